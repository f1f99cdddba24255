"""Readers: one pure function per format, ``read_X(path, data=None) -> Document``.

``read_document`` picks the reader from the file's suffix, checked against the
file's first bytes, so a ``.pdf`` that is really HTML is read as HTML and
random bytes named ``.pdf`` fail with a clear reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..errors import UnreadableDocument, UnsupportedFormat
from .model import Block, Document, DocumentBuilder
from .normalize import normalize_text

Reader = Callable[..., Document]

# Bump when a reader changes what it produces: stored documents are then re-read.
PARSER_VERSION = "1"

# How PDFs are read: "fast" (pdfium, pdfplumber only for tables and odd pages) or "full"
# (pdfplumber throughout). Both give the same documents; see ingest/pdf_fast.py.
PDF_ENGINES = ("fast", "full")

SUFFIX_FORMATS = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
}


def get_reader(format: str) -> Reader:
    """The reader function for a format name."""
    # Imported lazily: pdfplumber and python-docx are slow to import and a
    # search never needs them.
    if format == "pdf":
        from .pdf import read_pdf
        return read_pdf
    if format == "html":
        from .html import read_html
        return read_html
    if format == "docx":
        from .docx import read_docx
        return read_docx
    if format in ("text", "markdown"):
        from .text import read_text
        return read_text
    raise UnsupportedFormat(f"no reader for format {format!r}")


def sniff_format(data: bytes) -> str | None:
    """The format the bytes themselves announce, or None when they say nothing."""
    head = data[:1024].lstrip()
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        return "zip"
    lowered = head[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered:
        return "html"
    return None


def detect_format(path: Path, data: bytes) -> str:
    """Decide the format from suffix and content; raise when they cannot agree."""
    by_suffix = SUFFIX_FORMATS.get(path.suffix.lower())
    by_content = sniff_format(data)
    if by_suffix is None:
        if by_content in ("pdf", "html"):
            return by_content
        raise UnsupportedFormat(f"unsupported file type {path.suffix or '(no extension)'!r}")
    if not data:
        raise UnreadableDocument("empty file (0 bytes)")
    if by_suffix == "pdf" and by_content != "pdf":
        if by_content == "html":
            return "html"
        raise UnreadableDocument("not a PDF (no %PDF header)")
    if by_suffix == "docx" and by_content != "zip":
        raise UnreadableDocument("not a Word document (not a zip archive)")
    if by_suffix in ("text", "markdown") and by_content == "pdf":
        return "pdf"
    return by_suffix


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIX_FORMATS


def read_document(path: str | Path, data: bytes | None = None, *, pdf_engine: str = "fast") -> Document:
    """Read any supported file into a :class:`Document`; ``pdf_engine`` (one of
    :data:`PDF_ENGINES`) chooses how PDFs are read and is ignored for other formats."""
    path = Path(path)
    if pdf_engine not in PDF_ENGINES:
        raise ValueError(f"pdf_engine must be one of {', '.join(PDF_ENGINES)}, not {pdf_engine!r}")
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as e:
            raise UnreadableDocument(f"cannot read file: {e.strerror or e}") from e
    format = detect_format(path, data)
    if format == "pdf":
        return get_reader(format)(path, data, engine=pdf_engine)
    return get_reader(format)(path, data)


__all__ = [
    "PARSER_VERSION",
    "PDF_ENGINES",
    "Block",
    "Document",
    "DocumentBuilder",
    "detect_format",
    "get_reader",
    "is_supported",
    "normalize_text",
    "read_document",
]
