"""The fast PDF engine: pdfium reads every page, pdfplumber only the pages it must.

pdfium (through pypdfium2) reads a page's characters a hundred times faster than
pdfplumber's layout analysis. Each page's words are rebuilt as pdfplumber would give
them (see :mod:`.pdf_fast_chars` and :mod:`.pdf_fast_words`) and laid out by the same
code as the full engine, so both make the same blocks. pdfplumber is opened once per
document, on first need:

- for ruled tables, on the pages whose drawing has the edges a two-column table needs
  (pdfium lists the paths cheaply; pdfplumber then finds the tables exactly as today);
- for a page pdfium would read differently from pdfminer (rotated page or text, a
  glyph without Unicode, a bullet whose code decides its text): that page is read
  whole by the full engine.

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
from .pdf import (PageFailure, collect_pages, drop_table_words, find_page_tables, page_needs_table_finding,
                  read_page, walk_page_tree)
from .pdf_fast_chars import FullPageNeeded, PageReader
from .pdf_fast_words import pieces_to_words
from .pdf_layout import PageLayout, layout_page

# A file whose last bytes hold no %%EOF was cut short (or has junk appended).
EOF_WINDOW = 2048
# Edges a ruled table with two columns needs at least: two rules across, three down.
MIN_TABLE_RULES = 2
MIN_TABLE_COLUMN_EDGES = 3
_FLAT = 1e-3  # points: a segment this close to level is horizontal (or vertical)
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
    words, layout.chars = page_words(doc, page, height)
    if not layout.chars:
        kinds = [pdfium_c.FPDFPageObj_GetType(obj) for obj, _ in page_objects(page)]
        if pdfium_c.FPDF_PAGEOBJ_TEXT in kinds:  # text pdfium cannot read (a Type 3 font?)
            raise FullPageNeeded("text objects without characters")
        layout.images = kinds.count(pdfium_c.FPDF_PAGEOBJ_IMAGE)
        return layout
    tables = []
    if could_hold_table(page):
        plumber_page = doc.plumber_page(index)
        try:
            if page_needs_table_finding(plumber_page):
                tables = find_page_tables(plumber_page)
        finally:
            plumber_page.close()
    layout.items = layout_page(drop_table_words(words, tables), tables)
    return layout


def page_words(doc: FastPDF, page: pypdfium2.PdfPage, height: float) -> tuple[list[dict], int]:
    """The page's words as pdfplumber's ``extract_words(**WORD_OPTIONS)`` gives them,
    and how many characters it has."""
    textpage = page.get_textpage()
    try:
        reader = PageReader(ctypes.cast(textpage.raw, ctypes.c_void_p).value, height, doc.fonts, doc.metrics,
                            reportlab=doc.reportlab)
        pieces = reader.read()
        try:
            words = pieces_to_words(pieces)
        except ValueError:  # pieces would sort apart from their characters: go char by char
            pieces = reader.read(atomic=True)
            words = pieces_to_words(pieces)
    finally:
        textpage.close()
    return words, sum(len(p.text) for p in pieces)


def page_objects(page: pypdfium2.PdfPage) -> list[tuple[object, list[float]]]:
    """Every object of a page with its matrix to page space, inside forms too."""
    out = []
    page = page.raw
    stack = [(pdfium_c.FPDFPage_CountObjects(page), lambda i: pdfium_c.FPDFPage_GetObject(page, i), _IDENTITY)]
    while stack:
        count, get, outer = stack.pop()
        for i in range(count):
            obj = get(i)
            matrix = _multiply(_object_matrix(obj), outer)
            out.append((obj, matrix))
            if pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_FORM:
                stack.append((pdfium_c.FPDFFormObj_CountObjects(obj),
                              lambda i, form=obj: pdfium_c.FPDFFormObj_GetObject(form, i), matrix))
    return out


def could_hold_table(page: pypdfium2.PdfPage) -> bool:
    """Whether the page's paths have the edges pdfplumber needs for a table of two
    columns: two horizontal rules and vertical edges at three x positions. pdfplumber
    counts any slanted line as a vertical edge at its left end; so does this."""
    rules, columns = 0, set()
    for obj, matrix in page_objects(page):
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        for (x0, y0), (x1, y1) in path_segments(obj, matrix):
            if abs(y1 - y0) <= _FLAT:
                rules += abs(x1 - x0) > _FLAT
            else:
                columns.add(min(x0, x1))
            if rules >= MIN_TABLE_RULES and len(columns) >= MIN_TABLE_COLUMN_EDGES:
                return True
    return False


def path_segments(path, matrix: list[float]) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The straight pieces of a path in page space, closing segments included; a
    curve contributes the lines between its control points, as pdfminer's do."""
    segments = []
    x, y = ctypes.c_float(), ctypes.c_float()
    start = previous = None
    for i in range(pdfium_c.FPDFPath_CountSegments(path)):
        segment = pdfium_c.FPDFPath_GetPathSegment(path, i)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        point = _apply(matrix, x.value, y.value)
        if pdfium_c.FPDFPathSegment_GetType(segment) == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        elif previous is not None:
            segments.append((previous, point))
        previous = point
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None and start != point:
            segments.append((point, start))
    return segments


_IDENTITY = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]


def _object_matrix(obj) -> list[float]:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return _IDENTITY
    return [m.a, m.b, m.c, m.d, m.e, m.f]


def _multiply(m: list[float], n: list[float]) -> list[float]:
    """m then n, in PDF's row-vector convention."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return [a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2]


def _apply(m: list[float], x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]
