"""Table definitions of the store. Plain tables with declared foreign keys, so the
database opens in Datasette as it is."""

from __future__ import annotations

from dataclasses import fields

from ..extract.records import RECORD_TABLES, RECORD_TYPES

DOCUMENT_COLUMNS = {
    "id": str,  # SHA-256 of the file's bytes
    "path": str,
    "name": str,
    "format": str,
    "size": int,
    "modified": str,
    "parser_version": str,
    "extractor_version": str,
    "doc_type": str,
    "doc_type_evidence": str,  # JSON list of the cues that fired
    "title": str,
    "date": str,
    "organisation": str,
    "pages": int,
    "file_date": str,
    "warnings": str,  # JSON list
    "reader_title": str,  # the title the file gives itself, before extraction (re-extraction needs it)
    "metadata": str,  # JSON: the reader's metadata, e.g. DOCX table cells' lines (re-extraction needs it)
    "text": str,
    # JSON: who speaks in each body passage, in passage order, as ingest attributed them;
    # reindex reuses it instead of parsing every sentence again. NULL: work it out.
    "passage_speakers": str,
    # The digest of the document's records its passages are stamped with (search/stamp.py),
    # as ingest computed it; reindex reuses it. NULL: compute it from the records.
    "records_digest": str,
    "ingested_at": str,
    "indexed": int,  # 1 once the search index holds this document
}

PATH_COLUMNS = {"path": str, "document_id": str, "size": int, "modified": str, "seen_at": str}

BLOCK_COLUMNS = {
    "document_id": str,
    "seq": int,
    "kind": str,
    "level": int,
    "page": int,
    "start": int,
    "end": int,
    "text": str,
    "rows": str,  # JSON list of lists, tables only
}

# Documents deleted from the store whose passages the index may still hold: written in the
# deleting transaction, cleared once the index has dropped them, so a run killed in between
# is finished by the next one.
INDEX_REMOVAL_COLUMNS = {"document_id": str, "reason": str}  # reason: pruned, replaced, deleted

_PY_TYPES = {"str": str, "int": int, "float": float}


def record_columns(record_type: str) -> dict:
    """Columns of one record table: provenance, then the record's own fields."""
    columns = {"id": int, "document_id": str, "doc": str, "page": int, "span_start": int, "span_end": int}
    for f in fields(RECORD_TYPES[record_type]):
        if f.name in ("doc", "page", "span"):
            continue
        annotation = str(f.type)
        columns[f.name] = int if annotation.startswith("int") else str  # lists and dicts as JSON
    return columns


def ensure_schema(db) -> None:
    """Create any missing table and index; existing data is untouched."""
    if "documents" not in db.table_names():
        db["documents"].create(DOCUMENT_COLUMNS, pk="id")
        db["documents"].create_index(["name"])
    for column in [c for c in DOCUMENT_COLUMNS if c not in db["documents"].columns_dict]:
        db["documents"].add_column(column, DOCUMENT_COLUMNS[column])  # a store made by an earlier version
    if "paths" not in db.table_names():
        db["paths"].create(PATH_COLUMNS, pk="path", foreign_keys=[("document_id", "documents", "id")])
        db["paths"].create_index(["document_id"])
    if "blocks" not in db.table_names():
        db["blocks"].create(BLOCK_COLUMNS, pk=("document_id", "seq"),
                            foreign_keys=[("document_id", "documents", "id")])
    if "index_removals" not in db.table_names():
        db["index_removals"].create(INDEX_REMOVAL_COLUMNS, pk="document_id")
    for record_type, table in RECORD_TABLES.items():
        if table not in db.table_names():
            db[table].create(record_columns(record_type), pk="id",
                             foreign_keys=[("document_id", "documents", "id")])
            db[table].create_index(["document_id"])
