"""Extraction: from a read :class:`~scrutiny.ingest.model.Document` to records.

``extract_records(document)`` returns the document record first, then every
other record the document yields. It never touches the store.
"""

from __future__ import annotations

from ..ingest.model import Document
from .document import extract_document_record
from .records import RECORD_TABLES, RECORD_TYPES, DocumentRecord, Record, record_from_dict

EXTRACTOR_VERSION = "1"


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
    "extract_document_record",
    "extract_records",
    "record_from_dict",
]
