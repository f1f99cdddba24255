"""The fast PDF engine: pdfium reads every page, pdfplumber only the pages it must.

pdfium (through pypdfium2) reads a page's characters a hundred times faster than
pdfplumber's layout analysis. Each page's words are rebuilt as pdfplumber would give
them (see :mod:`.pdf_fast_chars` and :mod:`.pdf_fast_words`) and laid out by the same
code as the full engine, so both make the same blocks. Ruled tables are found by
pdfplumber's table finder on edges rebuilt from pdfium's paths (see
:mod:`.pdf_fast_tables`). pdfplumber is opened once per document, on first need: for a
page pdfium would read differently from pdfminer (rotated page or text, a glyph
without Unicode, a bullet whose code decides its text), which is read whole by the
full engine.

A file pdfium refuses (other than for a password) or that does not end in ``%%EOF``
(truncated) goes to the full engine whole: its recovery and its reasons are the
reference, and such files are rare.
"""

from __future__ import annotations

import ctypes
import io
import threading

import pdfplumber
import pypdfium2
import pypdfium2.raw as pdfium_c
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser

from ..errors import UnreadableDocument
from .pdf import PageFailure, collect_pages, drop_table_words, read_page, walk_page_tree
from .pdf_fast_chars import FullPageNeeded, PageReader
from .pdf_fast_tables import PiecesStraddle, find_tables, needs_table_finding, page_edges, page_objects
from .pdf_fast_words import pieces_to_words
from .pdf_layout import PageLayout, layout_page

# A file whose last bytes hold no %%EOF was cut short (or has junk appended).
EOF_WINDOW = 2048
# pdfium is not thread-safe: threads of one process (a Dask worker with several) take turns.
_PDFIUM = threading.Lock()


class PageTreeMismatch(Exception):
    """pdfium and pdfminer see different pages: the full engine reads the file."""


class FastPDF:
    """An open document: pdfium for text, pdfplumber opened on first need."""

    def __init__(self, data: bytes):
        self.data = data
        self.pdf = pypdfium2.PdfDocument(data)
        self.metadata = {k: v for k, v in self.pdf.get_metadata_dict().items() if v}
        self.reportlab = self.metadata.get("Producer", "").startswith("ReportLab")
        self.fonts: dict = {}  # pdfium font handle -> Font, shared by the pages
        self.metrics: dict = {}  # (font, size, scale) -> Metrics, shared by the pages
        self.plumber: pdfplumber.PDF | None = None  # opened on first need

    def plumber_page(self, index: int):
        if self.plumber is None:
            self.plumber = pdfplumber.open(io.BytesIO(self.data))
            self.check_page_tree()
        return self.plumber.pages[index]

    def check_page_tree(self) -> None:
        """pdfminer's page tree must hold the pages pdfium read. A tree that loops fails
        as in the full engine; any other disagreement (pdfium counts a page a broken
        tree lists twice, or pdfminer cannot parse what pdfium can) leaves the file to
        the full engine. Walking the tree costs a fraction of a millisecond a page."""
        try:
            doc = self.plumber.doc if self.plumber else PDFDocument(PDFParser(io.BytesIO(self.data)))
            pages = walk_page_tree(doc)
        except UnreadableDocument:
            raise
        except Exception as e:
            raise PageTreeMismatch(str(e)) from e
        if pages != len(self.pdf):
            raise PageTreeMismatch(f"pdfminer finds {pages} pages, pdfium {len(self.pdf)}")

    def close(self) -> None:
        if self.plumber is not None:
            self.plumber.close()
        self.pdf.close()


def read_fast(data: bytes, warnings: list[str]) -> tuple[list, dict] | None:
    """Page layouts and metadata, or None when the full engine should read the file."""
    if b"%%EOF" not in data[-EOF_WINDOW:]:
        return None
    with _PDFIUM:
        try:
            return read_with_pdfium(data, warnings)
        except PageTreeMismatch:
            return None


def read_with_pdfium(data: bytes, warnings: list[str]) -> tuple[list, dict] | None:
    """Every page, or None when pdfium refuses the file or cannot load one of its pages."""
    try:
        doc = FastPDF(data)
    except pypdfium2.PdfiumError as e:
        # pdfium leaves its last error unset on some failures, so a stale "password"
        # can follow an encrypted file: believe it only if the trailer names /Encrypt.
        if getattr(e, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD and b"/Encrypt" in data:
            raise UnreadableDocument("encrypted PDF (password required)") from e
        return None
    try:
        results = []
        for index in range(len(doc.pdf)):
            result = read_fast_page(doc, index)
            if result is None:
                return None
            results.append(result)
        if doc.plumber is None:  # else checked when it was opened
            doc.check_page_tree()
        return collect_pages(results, warnings), doc.metadata
    finally:
        doc.close()


def read_fast_page(doc: FastPDF, index: int) -> PageLayout | PageFailure | None:
    """One page with pdfium, or with pdfplumber where pdfium's view could differ;
    None if pdfium cannot load the page (a broken page tree: the full engine decides)."""
    try:
        page = doc.pdf[index]
    except pypdfium2.PdfiumError:
        return None
    try:
        return fast_page(doc, page, index)
    except (PageTreeMismatch, UnreadableDocument):  # the whole file is the full engine's, or fails
        raise
    except Exception:  # FullPageNeeded, or a page pdfminer chokes on: the full engine reports it
        return full_page(doc, index)
    finally:
        page.close()


def full_page(doc: FastPDF, index: int) -> PageLayout | PageFailure:
    plumber_page = doc.plumber_page(index)
    try:
        return read_page(plumber_page)
    except Exception as e:  # as the full engine: a broken page is kept empty and reported
        return PageFailure(index + 1, float(plumber_page.height), e)
    finally:
        plumber_page.close()


def fast_page(doc: FastPDF, page: pypdfium2.PdfPage, index: int) -> PageLayout:
    if page.get_rotation() % 360:
        raise FullPageNeeded("rotated page")
    _, bottom, _, top = page.get_mediabox()
    # pdfplumber measures top as the MediaBox height less the raw y, wherever the box sits.
    height = top - bottom
    layout = PageLayout(index + 1, height)
    textpage = page.get_textpage()
    try:
        reader = page_reader(doc, textpage, height)
        words, pieces = reader_words(reader)
        layout.chars = sum(len(p.text) for p in pieces)
        if not layout.chars:
            kinds = [pdfium_c.FPDFPageObj_GetType(obj) for obj, _ in page_objects(page)]
            if pdfium_c.FPDF_PAGEOBJ_TEXT in kinds:  # text pdfium cannot read (a Type 3 font?)
                raise FullPageNeeded("text objects without characters")
            layout.images = kinds.count(pdfium_c.FPDF_PAGEOBJ_IMAGE)
            return layout
        tables = page_tables(page, height, reader, pieces)
    finally:
        textpage.close()
    layout.items = layout_page(drop_table_words(words, tables), tables)
    return layout


def page_tables(page: pypdfium2.PdfPage, height: float, reader: PageReader, pieces: list) -> list:
    """The ruled tables pdfplumber would find on the page (see :mod:`.pdf_fast_tables`)."""
    edges = page_edges(page, height)
    if not needs_table_finding(edges):
        return []
    try:
        return find_tables(edges, pieces)
    except (PiecesStraddle, ValueError):  # pieces cannot stand for their characters here
        return find_tables(edges, reader.read(atomic=True))


def page_reader(doc: FastPDF, textpage: pypdfium2.PdfTextPage, height: float) -> PageReader:
    return PageReader(ctypes.cast(textpage.raw, ctypes.c_void_p).value, height, doc.fonts, doc.metrics,
                      reportlab=doc.reportlab)


def reader_words(reader: PageReader) -> tuple[list[dict], list]:
    """The page's words as pdfplumber's ``extract_words(**WORD_OPTIONS)`` gives them,
    and the pieces they were made of."""
    pieces = reader.read()
    try:
        return pieces_to_words(pieces), pieces
    except ValueError:  # pieces would sort apart from their characters: go char by char
        pieces = reader.read(atomic=True)
        return pieces_to_words(pieces), pieces


def page_words(doc: FastPDF, page: pypdfium2.PdfPage, height: float) -> tuple[list[dict], int]:
    """The page's words as pdfplumber's ``extract_words(**WORD_OPTIONS)`` gives them,
    and how many characters it has."""
    textpage = page.get_textpage()
    try:
        words, pieces = reader_words(page_reader(doc, textpage, height))
    finally:
        textpage.close()
    return words, sum(len(p.text) for p in pieces)
