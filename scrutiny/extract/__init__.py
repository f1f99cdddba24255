"""Extraction: from a read :class:`~scrutiny.ingest.model.Document` to records.

``extract_records(document)`` returns the document record first, then every
other record the document yields. It never touches the store.
"""

from __future__ import annotations

import re

from ..ingest.model import Document
from .classify import classify_document
from .dates import find_dates
from .records import RECORD_TABLES, RECORD_TYPES, DocumentRecord, Record, record_from_dict

EXTRACTOR_VERSION = "1"

_DATE_LABEL = re.compile(r"^\s*(?:date(?: of meeting)?|meeting date)\s*:", re.I)
_HELD_ON = re.compile(r"\b(?:held on|meeting on|date:)", re.I)


def document_date(doc: Document, doc_type: str) -> str | None:
    """The date a minutes or report is of: a 'Date:' label or a date in its opening lines."""
    if doc_type not in ("minutes", "report"):
        return None
    head = doc.blocks[:15]
    context_years = [int(d[0][:4]) for b in doc.blocks for d in find_dates(b.text) if d[3]]
    title_years = [int(y) for y in re.findall(r"\b(20\d\d)\b", doc.title or "")]
    default_year = (title_years or context_years or [None])[0]
    candidates = [b for b in head if _DATE_LABEL.search(b.text) or _HELD_ON.search(b.text)] + list(head)
    if doc.title:
        found = find_dates(doc.title)
        if found:
            return found[0][0]
    for block in candidates:
        found = find_dates(block.text, default_year)
        if found:
            return found[0][0]
    return None


_TITLE_LABEL = re.compile(r"\b(?:title|subject|report title)\s*:\s*(?P<title>.{6,300})$", re.I)


def document_title(doc: Document) -> str | None:
    """A 'Title:'/'Subject:' line in the opening blocks, else the reader's title."""
    for block in doc.blocks[:8]:
        m = _TITLE_LABEL.search(block.text)
        if m:
            return m.group("title").strip()
    return doc.title


def extract_document_record(doc: Document) -> DocumentRecord:
    doc_type, evidence = classify_document(doc)
    return DocumentRecord(doc=doc.name, page=None, span=None, doc_type=doc_type, title=document_title(doc),
                          date=document_date(doc, doc_type), organisation=None, pages=doc.pages,
                          evidence=evidence)


def extract_records(doc: Document, settings=None) -> list[Record]:
    """Every record of a document, the document record first (see ``pipeline.py``)."""
    from .pipeline import run_pipeline

    return run_pipeline(doc, settings)


__all__ = [
    "EXTRACTOR_VERSION",
    "RECORD_TABLES",
    "RECORD_TYPES",
    "DocumentRecord",
    "Record",
    "extract_records",
    "record_from_dict",
]
