"""The PDF reader: ``read_pdf(path, data=None, engine="fast") -> Document``.

Two engines give the same page layouts. "full" makes one pass over the pages with
pdfplumber: words once per page, ruled tables only on pages whose drawing could hold
one, each page closed as soon as it is read. "fast" reads the words and the drawing
with pdfium, runs pdfplumber's table finder on edges rebuilt from it, and asks
pdfplumber to parse only odd pages (see :mod:`.pdf_fast` and :mod:`.pdf_fast_tables`). Then running
headers and footers are dropped, lines grouped into blocks and headings marked (see
:mod:`.pdf_layout` and :mod:`.pdf_blocks`).
"""

from __future__ import annotations

import io
import re
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

import pdfplumber
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import LITERAL_PAGE, LITERAL_PAGES
from pdfminer.pdftypes import PDFObjRef, resolve1
from pdfminer.psparser import PSEOF
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import PdfminerException

from ..errors import NoTextLayer, ScrutinyError, UnreadableDocument
from . import PDF_ENGINES
from .model import Block, Document, DocumentBuilder
from .pdf_blocks import TextStats, group_blocks, mark_headings, remove_running_lines
from .pdf_layout import PageLayout, TableItem, clean_text, join_lines, layout_page

# Gaps are judged against the font size: some producers (TeX) write no space
# characters and set words only a quarter of an em apart.
WORD_OPTIONS = {
    "extra_attrs": ["size", "fontname"],
    "use_text_flow": False,
    "keep_blank_chars": False,
    "x_tolerance_ratio": 0.2,
}
METADATA_KEYS = {
    "Author": "author",
    "Subject": "subject",
    "Keywords": "keywords",
    "Creator": "creator",
    "Producer": "producer",
}
# Values some producers write when they know nothing.
PLACEHOLDERS = frozenset({"", "untitled", "unspecified", "unknown", "anonymous", "none"})
_OFFICE_PREFIX = re.compile(r"^microsoft (?:word|powerpoint|excel) - ", re.I)
_FILE_SUFFIX = re.compile(r"\.(?:docx?|pptx?|xlsx?|rtf|odt|pdf)$", re.I)
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})-?(\d{2})?-?(\d{2})?")


@dataclass
class PageFailure:
    """A page that could not be read: kept empty, reported in the document's warnings."""

    number: int
    height: float
    error: Exception


def read_pdf(path: Path, data: bytes | None = None, engine: str = "fast") -> Document:
    """Read a PDF into a :class:`Document` of headings, paragraphs, list items and tables.

    ``engine`` is "fast" (pdfium, pdfplumber only where needed) or "full" (pdfplumber
    throughout); both give the same document.
    """
    if engine not in PDF_ENGINES:
        raise ValueError(f"engine must be one of {', '.join(PDF_ENGINES)}, not {engine!r}")
    path = Path(path)
    warnings: list[str] = []
    with pdf_errors():
        result = None
        if engine == "fast" and (read_fast := fast_engine()) is not None:
            if data is None:
                data = path.read_bytes()
            check_pdf_header(data[:1024])
            result = read_fast(data, warnings)
        if result is None:
            with open_pdf(path, data) as pdf:
                walk_page_tree(pdf.doc)
                result = read_pages(pdf, warnings), dict(pdf.metadata)
    pages, metadata = result
    return pages_to_document(path.stem, pages, metadata, warnings)


def fast_engine():
    """``pdf_fast.read_fast``, or None where pypdfium2 is too old for it: the full engine
    then reads every PDF, giving the same documents, slower. Imported here because
    pdf_fast uses this module's pdfplumber helpers."""
    try:
        from .pdf_fast import read_fast
    except (ImportError, AttributeError):  # a pdfium call the installed build lacks
        return None
    return read_fast


def open_pdf(path: Path, data: bytes | None = None) -> pdfplumber.PDF:
    """Open with pdfplumber from bytes or path; refuse bytes that are not a PDF at all."""
    if data is None:
        with open(path, "rb") as f:
            head = f.read(1024)
    else:
        head = data[:1024]
    check_pdf_header(head)
    return pdfplumber.open(io.BytesIO(data) if data is not None else path)


def check_pdf_header(head: bytes) -> None:
    if b"%PDF-" not in head:
        raise UnreadableDocument("corrupt PDF: no %PDF header")


def walk_page_tree(doc: PDFDocument) -> int:
    """How many pages pdfminer finds in the page tree (0: none, it then scans the file);
    refuse a tree in which a node is its own ancestor (a crafted file, a broken incremental
    save): pdfminer would skip the loop and read on, but such a file is corrupt, and a
    reader that walks it naively never ends. A node listed twice is counted once, as
    pdfminer does."""
    stack: list[tuple[object, bool]] = [(doc.catalog.get("Pages"), False)]
    path: set = set()  # the nodes from the root down to the current one
    seen: set = set()  # nodes met: each is walked and counted once
    pages = 0
    while stack:
        ref, leaving = stack.pop()
        key = ref.objid if isinstance(ref, PDFObjRef) else id(ref)
        if leaving:
            path.discard(key)
            continue
        if key in path:
            raise UnreadableDocument("corrupt PDF: page tree loops back on itself")
        if key in seen:
            continue
        seen.add(key)
        node = resolve1(ref)
        if not isinstance(node, dict):
            continue
        kind = node.get("Type", node.get("type"))
        if kind is LITERAL_PAGE:
            pages += 1
        elif kind is LITERAL_PAGES and isinstance(kids := resolve1(node.get("Kids")), list):
            path.add(key)
            stack.append((ref, True))
            stack.extend((kid, False) for kid in reversed(kids))
    return pages


@contextmanager
def pdf_errors() -> Iterator[None]:
    """Turn whatever pdfminer or pdfplumber raises into a one-line UnreadableDocument."""
    try:
        yield
    except ScrutinyError:
        raise
    except OSError as e:
        raise UnreadableDocument(f"cannot read file: {e.strerror or e}") from e
    except Exception as e:  # pdfminer raises many unrelated types, some bare
        raise UnreadableDocument(describe_error(e)) from e


def describe_error(error: Exception) -> str:
    """A short reason for a pdfminer/pdfplumber failure."""
    if isinstance(error, PdfminerException) and error.args and isinstance(error.args[0], Exception):
        error = error.args[0]
    if isinstance(error, PDFPasswordIncorrect):
        return "encrypted PDF (password required)"
    if isinstance(error, PDFEncryptionError):
        return f"encrypted PDF (unsupported encryption: {_first_line(error)})"
    if isinstance(error, PSEOF):
        return "corrupt PDF: unexpected end of file (truncated?)"
    reason = _first_line(error)
    if reason.startswith("No /Root object"):
        reason = "no document catalogue (/Root)"
    return f"corrupt PDF: {reason}"


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:120] if text else type(error).__name__


def read_pages(pdf: pdfplumber.PDF, warnings: list[str]) -> list[PageLayout]:
    """Every page as a :class:`PageLayout` with pdfplumber."""
    return collect_pages(plumber_pages(pdf), warnings)


def plumber_pages(pdf: pdfplumber.PDF) -> Iterator[PageLayout | PageFailure]:
    for page in pdf.pages:
        try:
            yield read_page(page)
        except Exception as e:  # one broken content stream should not lose the document
            yield PageFailure(page.page_number, float(page.height), e)
        finally:
            page.close()  # frees the page's layout objects: memory stays flat


def collect_pages(results: Iterable[PageLayout | PageFailure], warnings: list[str]) -> list[PageLayout]:
    """The layouts, a failed page kept empty and reported; no pages, or none readable, fails."""
    pages: list[PageLayout] = []
    failed: list[PageFailure] = []
    for result in results:
        if isinstance(result, PageFailure):
            failed.append(result)
            result = PageLayout(result.number, result.height)
        pages.append(result)
    if not pages:
        raise UnreadableDocument("corrupt PDF: no pages")
    if failed and len(failed) == len(pages):
        raise UnreadableDocument(describe_error(failed[0].error))
    if failed:
        numbers = ", ".join(str(f.number) for f in failed)
        warnings.append(f"{len(failed)} page(s) could not be read ({numbers}): {describe_error(failed[0].error)}")
    return pages


def read_page(page: Page) -> PageLayout:
    """Words once, tables only where the page's drawing could hold one."""
    layout = PageLayout(page.page_number, float(page.height))
    layout.chars = len(page.chars)
    layout.images = len(page.images)
    if not layout.chars:
        return layout
    tables = find_page_tables(page) if page_needs_table_finding(page) else []
    words = page.extract_words(**WORD_OPTIONS)
    layout.items = layout_page(drop_table_words(words, tables), tables)
    return layout


def page_needs_table_finding(page: Page) -> bool:
    """Whether ``find_tables()`` could find anything: a ruled table needs at least two
    horizontal and two vertical edges. Cheap once the page is parsed."""
    if not (page.lines or page.rects or page.curves):
        return False
    horizontal = vertical = 0
    for edge in page.edges:
        if edge["orientation"] == "h":
            horizontal += 1
        else:
            vertical += 1
        if horizontal >= 2 and vertical >= 2:
            return True
    return False


def find_page_tables(page: Page) -> list[TableItem]:
    """Ruled tables with at least two columns of text; a box round a paragraph is not one."""
    items = []
    for table in page.find_tables():
        rows = [[cell_text(cell) for cell in row] for row in table.extract()]
        filled_columns = sum(1 for col in zip(*rows) if any(col)) if rows else 0
        if filled_columns >= 2:
            x0, top, x1, bottom = table.bbox
            items.append(TableItem(rows, x0, top, x1, bottom))
    return items


def cell_text(cell: str | None) -> str:
    """A cell's lines joined by spaces, hyphenated words mended, glyph artefacts dropped."""
    if not cell:
        return ""
    return join_lines([t for t in (clean_text(line).strip() for line in cell.split("\n")) if t])


def drop_table_words(words: list[dict], tables: list[TableItem]) -> list[dict]:
    """The words outside the tables: a table's text is in its rows."""
    if not tables:
        return words
    return [w for w in words if not any(_inside(w, t) for t in tables)]


def _inside(word: dict, table: TableItem) -> bool:
    x = (word["x0"] + word["x1"]) / 2
    y = (word["top"] + word["bottom"]) / 2
    return table.x0 - 1 <= x <= table.x1 + 1 and table.top - 1 <= y <= table.bottom + 1


def pages_to_document(name: str, pages: list[PageLayout], metadata: dict, warnings: list[str]) -> Document:
    """Blocks from the page layouts, with title, date and metadata."""
    if not any(p.chars for p in pages):
        raise no_text_layer(len(pages))
    scanned = [str(p.number) for p in pages if p.images and not p.chars]
    if scanned:
        warnings.append(f"no text layer on page(s) {', '.join(scanned)} (images only; OCR needed)")
    stats = TextStats.from_pages(pages)
    remove_running_lines(pages, stats.body_size)
    blocks = group_blocks(pages, stats)
    mark_headings(blocks, stats)
    builder = DocumentBuilder(name=name, format="pdf")
    builder.warnings.extend(warnings)
    for block in blocks:
        if block.kind == "table":
            builder.add_table(block.rows, page=block.page)
        else:
            builder.add(block.kind, block.text, page=block.page, level=block.level)
    if not builder.blocks:  # only page numbers or running lines over scanned pages
        raise no_text_layer(len(pages))
    return builder.build(
        title=pdf_title(metadata, builder.blocks),
        pages=len(pages),
        file_date=pdf_date(metadata.get("CreationDate")),
        metadata=clean_metadata(metadata),
    )


def no_text_layer(pages: int) -> NoTextLayer:
    noun = "page" if pages == 1 else "pages"
    return NoTextLayer(f"scanned PDF with no text layer ({pages} {noun}; OCR needed)")


def pdf_title(metadata: dict, blocks: list[Block]) -> str | None:
    """The metadata Title unless it is a placeholder, else the first top-level heading."""
    title = _text_value(metadata.get("Title"))
    if title:
        title = _FILE_SUFFIX.sub("", _OFFICE_PREFIX.sub("", title)).strip()
    if title and not _is_placeholder(title):
        return title
    return next((b.text for b in blocks if b.kind == "heading" and b.level == 1), None)


def pdf_date(value) -> str | None:
    """ISO date from a PDF date string ("D:20240312101500+00'00'")."""
    match = _PDF_DATE.match(_text_value(value) or "")
    if not match:
        return None
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def clean_metadata(metadata: dict) -> dict:
    """Author, subject, keywords, creator, producer and dates, placeholders left out."""
    out = {}
    for key, name in METADATA_KEYS.items():
        value = _text_value(metadata.get(key))
        if value and not _is_placeholder(value):
            out[name] = value
    for key, name in (("CreationDate", "created"), ("ModDate", "modified")):
        if day := pdf_date(metadata.get(key)):
            out[name] = day
    return out


def _is_placeholder(value: str) -> bool:
    return value.strip("() ").lower() in PLACEHOLDERS


def _text_value(value) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return value.strip() if isinstance(value, str) else None
