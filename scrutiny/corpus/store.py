"""The store: documents keyed by content hash, their blocks and records, in SQLite."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from sqlite_utils import Database

from ..errors import DocumentNotFound, StoreNotFound
from ..extract.records import RECORD_TABLES, DocumentRecord, Record, record_from_dict
from ..ingest.model import Block, Document
from .schema import ensure_schema

DB_FILENAME = "scrutiny.db"
SUMMARY_COLUMNS = "id, name, title, doc_type, date, extractor_version, indexed"


@dataclass(frozen=True)
class FileInfo:
    """What the store keeps about a file on disk."""

    path: str
    size: int
    modified: str
    sha256: str

    @classmethod
    def from_bytes(cls, path: Path, data: bytes, mtime: float | None = None) -> "FileInfo":
        if mtime is None:
            mtime = path.stat().st_mtime
        modified = datetime.fromtimestamp(mtime, timezone.utc).isoformat(timespec="seconds")
        return cls(str(path.resolve()), len(data), modified, hashlib.sha256(data).hexdigest())


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _json(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def record_to_row(record: Record, document_id: str) -> dict:
    """A record as a row of its table: provenance columns, lists and dicts as JSON."""
    d = record.to_dict()
    span = d.pop("span")
    d.pop("type")
    row = {"document_id": document_id, "span_start": span[0] if span else None,
           "span_end": span[1] if span else None}
    for key, value in d.items():
        row[key] = _json(list(value) if isinstance(value, tuple) else value) \
            if isinstance(value, (list, tuple, dict)) else value
    return row


def row_to_record(record_type: str, row: dict) -> Record:
    d = {"type": record_type}
    for key, value in row.items():
        if key in ("id", "document_id", "span_start", "span_end"):
            continue
        if isinstance(value, str) and value[:1] in "[{" and key in ("speakers", "next_meeting", "evidence"):
            value = json.loads(value)
        d[key] = value
    if row.get("span_start") is not None:
        d["span"] = (row["span_start"], row["span_end"])
    return record_from_dict(d)


class Store:
    """A scrutiny store: one SQLite file opened through sqlite-utils."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.db = Database(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        # With WAL a commit survives the process being killed without an fsync per
        # transaction; only a power cut could lose the last few (never corrupt the file).
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        ensure_schema(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- lookups ---------------------------------------------------------

    def document_row(self, document_id: str) -> dict | None:
        rows = list(self.db["documents"].rows_where("id = ?", [document_id]))
        return rows[0] if rows else None

    def path_row(self, path: str) -> dict | None:
        rows = list(self.db["paths"].rows_where("path = ?", [path]))
        return rows[0] if rows else None

    def is_current(self, info: FileInfo, parser_version: str, extractor_version: str) -> bool:
        """True when these bytes are stored, read and extracted by the current versions."""
        row = self.document_row(info.sha256)
        return bool(row and row["parser_version"] == parser_version
                    and row["extractor_version"] == extractor_version)

    def resolve(self, name_or_id: str) -> dict:
        """A document row by name, file name, path or id prefix."""
        table = self.db["documents"]
        for where, arg in (("id = ?", name_or_id), ("name = ?", name_or_id),
                           ("name = ?", Path(name_or_id).stem), ("path = ?", str(Path(name_or_id).resolve()))):
            rows = list(table.rows_where(where, [arg], limit=2))
            if rows:
                return rows[0]
        if len(name_or_id) >= 6:
            rows = list(table.rows_where("id LIKE ?", [name_or_id + "%"], limit=2))
            if len(rows) == 1:
                return rows[0]
        raise DocumentNotFound(f"no stored document matches {name_or_id!r}")

    # -- writes: one transaction per document ------------------------------

    def add_path(self, info: FileInfo) -> list[str]:
        """Record that a known document (same bytes) lives at this path; see ``save_document``."""
        with self.db.atomic():
            return self._point_path(info)

    def save_document(self, document: Document, info: FileInfo, records: Iterable[Record],
                      parser_version: str, extractor_version: str,
                      passage_speakers: list[list[str]] | None = None,
                      records_digest: str | None = None) -> list[str]:
        """Store a document, its blocks and records, replacing older versions.

        Returns the ids of documents this replaced (a changed file's old bytes),
        so the caller can drop them from the search index too.
        """
        records = list(records)
        doc_record = next((r for r in records if isinstance(r, DocumentRecord)), None)
        with self.db.atomic():
            # The paths that point at these bytes stay while their rows are replaced.
            self.db.execute("PRAGMA defer_foreign_keys = ON")
            self._delete_rows(info.sha256)
            row = self._document_row(document, info, doc_record, parser_version, extractor_version)
            row["passage_speakers"] = _json(passage_speakers)
            row["records_digest"] = records_digest
            self.db["documents"].insert(row)
            self.db["blocks"].insert_all(
                ({"document_id": info.sha256, "seq": i, "kind": b.kind, "level": b.level, "page": b.page,
                  "start": b.start, "end": b.end, "text": b.text,
                  "rows": _json([list(r) for r in b.rows]) if b.rows is not None else None}
                 for i, b in enumerate(document.blocks)), batch_size=500)
            self._insert_records(info.sha256, records)
            replaced = self._point_path(info)
        return replaced

    def replace_records(self, document_id: str, records: Iterable[Record], extractor_version: str) -> None:
        """Swap a stored document's records for new ones (re-extraction)."""
        records = list(records)
        with self.db.atomic():
            for table in RECORD_TABLES.values():
                self.db.execute(f"DELETE FROM [{table}] WHERE document_id = ?", [document_id])
            self._insert_records(document_id, records)
            doc_record = next((r for r in records if isinstance(r, DocumentRecord)), None)
            # New records may name other attendees: speakers are worked out afresh.
            updates = {"extractor_version": extractor_version, "indexed": 0, "passage_speakers": None,
                       "records_digest": None}
            if doc_record:
                updates.update(self._document_record_columns(doc_record))
            self.db["documents"].update(document_id, updates)

    def delete_document(self, document_id: str) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM paths WHERE document_id = ?", [document_id])
            self._delete_rows(document_id)
            self._queue_index_removal(document_id, "deleted")

    def mark_indexed(self, document_ids: Iterable[str], indexed: bool = True) -> None:
        with self.db.atomic():
            for document_id in document_ids:
                self.db.execute("UPDATE documents SET indexed = ? WHERE id = ?", [int(indexed), document_id])

    def _insert_records(self, document_id: str, records: list[Record]) -> None:
        by_table: dict[str, list[dict]] = {}
        for record in records:
            table = RECORD_TABLES.get(record.type)
            if table:
                by_table.setdefault(table, []).append(record_to_row(record, document_id))
        for table, rows in by_table.items():
            self.db[table].insert_all(rows, batch_size=500)

    def _point_path(self, info: FileInfo) -> list[str]:
        """Point the path at the new bytes; drop the document it pointed to if now orphaned."""
        old = self.path_row(info.path)
        self.db["paths"].upsert({"path": info.path, "document_id": info.sha256, "size": info.size,
                                 "modified": info.modified, "seen_at": _now()}, pk="path")
        replaced = []
        if old and old["document_id"] != info.sha256:
            still_used = self.db.execute("SELECT 1 FROM paths WHERE document_id = ? LIMIT 1",
                                         [old["document_id"]]).fetchone()
            if not still_used:
                self._delete_rows(old["document_id"])
                self._queue_index_removal(old["document_id"], "replaced")
                replaced.append(old["document_id"])
        return replaced

    def _delete_rows(self, document_id: str) -> None:
        for table in list(RECORD_TABLES.values()) + ["blocks"]:
            self.db.execute(f"DELETE FROM [{table}] WHERE document_id = ?", [document_id])
        self.db.execute("DELETE FROM documents WHERE id = ?", [document_id])

    @staticmethod
    def _document_record_columns(record: DocumentRecord) -> dict:
        return {"doc_type": record.doc_type, "doc_type_evidence": _json(list(record.evidence)),
                "title": record.title, "date": record.date, "organisation": record.organisation}

    def _document_row(self, document: Document, info: FileInfo, record: DocumentRecord | None,
                      parser_version: str, extractor_version: str) -> dict:
        row = {
            "id": info.sha256, "path": info.path, "name": document.name, "format": document.format,
            "size": info.size, "modified": info.modified, "parser_version": parser_version,
            "extractor_version": extractor_version, "doc_type": "other", "doc_type_evidence": "[]",
            "title": document.title, "date": None, "organisation": None, "pages": document.pages,
            "file_date": document.file_date, "warnings": _json(list(document.warnings)),
            "text": document.text, "ingested_at": _now(), "indexed": 0, "reader_title": document.title,
            "metadata": json.dumps(document.metadata, ensure_ascii=False, default=str),
        }
        if record:
            row.update(self._document_record_columns(record))
        return row

    # -- reads -------------------------------------------------------------

    def documents(self, where: str | None = None, args: list | None = None) -> Iterator[dict]:
        return self.db["documents"].rows_where(where, args or [], order_by="name")

    def blocks(self, document_id: str, page: int | None = None) -> list[Block]:
        where, args = "document_id = ?", [document_id]
        if page is not None:
            where, args = where + " AND page = ?", args + [page]
        # Plain SQL: reindex reads every block of the store through here.
        cursor = self.db.execute(f"SELECT kind, text, start, [end], page, level, rows FROM blocks "
                                 f"WHERE {where} ORDER BY seq", args)
        return [Block(kind, text, start, end, page, level,
                      tuple(tuple(r) for r in json.loads(rows)) if rows else None)
                for kind, text, start, end, page, level, rows in cursor]

    def passage_speakers(self, document_id: str) -> list[list[str]] | None:
        """Who speaks in each body passage, as ingest attributed them (None: not kept)."""
        row = self.db.execute("SELECT passage_speakers FROM documents WHERE id = ?", [document_id]).fetchone()
        return json.loads(row[0]) if row and row[0] is not None else None

    def forget_records_digest(self, document_ids: Iterable[str]) -> None:
        with self.db.atomic():
            for document_id in document_ids:
                self.db.execute("UPDATE documents SET records_digest = NULL WHERE id = ?", [document_id])

    def records_digest(self, document_id: str) -> str | None:
        """The digest of the document's records that ingest stamped its passages with (None: not kept)."""
        row = self.db.execute("SELECT records_digest FROM documents WHERE id = ?", [document_id]).fetchone()
        return row[0] if row else None

    def document_record(self, row: dict) -> DocumentRecord:
        return DocumentRecord(doc=row["name"], page=None, span=None, doc_type=row["doc_type"] or "other",
                              title=row["title"], date=row["date"], organisation=row["organisation"],
                              pages=row["pages"], evidence=tuple(json.loads(row["doc_type_evidence"] or "[]")))

    def records(self, record_type: str | None = None, document_id: str | None = None) -> Iterator[Record]:
        """Every stored record, document records first, in document order."""
        where = "id = ?" if document_id else None
        docs = list(self.documents(where, [document_id] if document_id else None))
        types = [record_type] if record_type else ["document", *RECORD_TABLES]
        for row in docs:
            for t in types:
                if t == "document":
                    yield self.document_record(row)
                    continue
                for r in self.db[RECORD_TABLES[t]].rows_where("document_id = ?", [row["id"]], order_by="id"):
                    yield row_to_record(t, r)

    def mark_all_unindexed(self) -> None:
        """After the index was created anew: every document must be indexed again."""
        with self.db.atomic():
            self.db.execute("UPDATE documents SET indexed = 0")

    def unindexed_ids(self) -> list[str]:
        return [r["id"] for r in self.db["documents"].rows_where("indexed = 0", select="id")]

    def stats(self) -> dict:
        q = self.db.execute
        return {
            "documents": q("SELECT count(*) FROM documents").fetchone()[0],
            "paths": q("SELECT count(*) FROM paths").fetchone()[0],
            "blocks": q("SELECT count(*) FROM blocks").fetchone()[0],
            "by_format": dict(q("SELECT format, count(*) FROM documents GROUP BY format ORDER BY 1").fetchall()),
            "by_type": dict(q("SELECT doc_type, count(*) FROM documents GROUP BY doc_type ORDER BY 1").fetchall()),
            "records": {t: q(f"SELECT count(*) FROM [{table}]").fetchone()[0]
                        for t, table in RECORD_TABLES.items()},
        }

    # -- maintenance: reindex, reextract, check, prune (see scrutiny.maintenance) --

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY name, id")]

    def document_summaries(self, where: str | None = None, args: list | None = None) -> Iterator[dict]:
        """Document rows without their text, metadata and evidence: what indexing needs."""
        return self.db["documents"].rows_where(where, args or [], order_by="name, id", select=SUMMARY_COLUMNS)

    def outdated_ids(self, extractor_version: str) -> list[str]:
        """Documents whose records another version of the extractors made."""
        return [r["id"] for r in self.document_summaries("extractor_version IS NOT ?", [extractor_version])]

    def stored_document(self, document_id: str, row: dict | None = None) -> Document:
        """The document as its reader returned it, rebuilt from the stored row and blocks.

        The reader's title and metadata are kept since this version; for a document
        stored earlier the extracted title stands in and the metadata is empty.
        """
        row = row or self.document_row(document_id)
        if row is None:
            raise DocumentNotFound(f"no stored document has id {document_id}")
        source_kept = row.get("metadata") is not None
        return Document(name=row["name"], format=row["format"], blocks=tuple(self.blocks(document_id)),
                        text=row["text"], title=row["reader_title"] if source_kept else row["title"],
                        pages=row["pages"], file_date=row["file_date"],
                        metadata=json.loads(row["metadata"]) if source_kept else {},
                        warnings=tuple(json.loads(row["warnings"] or "[]")))

    def paths_under(self, roots: Iterable[str | Path]) -> list[dict]:
        """Stored path rows at or under these files and folders (compared exactly, not LIKE)."""
        found: dict[str, dict] = {}
        for root in roots:
            root = str(Path(root).resolve())
            folder = root.rstrip("/\\") + os.sep
            for row in self.db["paths"].rows_where("path = ? OR substr(path, 1, ?) = ?",
                                                   [root, len(folder), folder]):
                found[row["path"]] = row
        return [found[p] for p in sorted(found)]

    def remove_paths(self, paths: Iterable[str | Path]) -> list[str]:
        """Forget these paths; delete the documents now at no path. One transaction.

        Returns the deleted documents' ids, for the caller to drop from the index; they
        are also queued in ``index_removals`` until :meth:`clear_index_removals`.
        """
        deleted = []
        with self.db.atomic():
            for path in paths:
                row = self.path_row(str(path)) or self.path_row(str(Path(path).resolve()))
                if row is None:
                    continue
                document_id = row["document_id"]
                self.db.execute("DELETE FROM paths WHERE path = ?", [row["path"]])
                still_at = self.db.execute("SELECT path FROM paths WHERE document_id = ? ORDER BY path LIMIT 1",
                                           [document_id]).fetchone()
                if still_at:  # the document's own path column names a path it still has
                    self.db.execute("UPDATE documents SET path = ? WHERE id = ? AND path = ?",
                                    [still_at[0], document_id, row["path"]])
                else:
                    self._delete_rows(document_id)
                    self._queue_index_removal(document_id, "pruned")
                    deleted.append(document_id)
        return deleted

    def _queue_index_removal(self, document_id: str, reason: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO index_removals (document_id, reason) VALUES (?, ?)",
                        [document_id, reason])

    def index_removals(self) -> list[str]:
        """Deleted documents the index may still hold (see ``INDEX_REMOVAL_COLUMNS``)."""
        return [r[0] for r in self.db.execute("SELECT document_id FROM index_removals ORDER BY document_id")]

    def clear_index_removals(self, document_ids: Iterable[str]) -> None:
        with self.db.atomic():
            for document_id in document_ids:
                self.db.execute("DELETE FROM index_removals WHERE document_id = ?", [document_id])

    def orphan_rows(self) -> dict[str, int]:
        """Rows of blocks, paths and records whose document is gone (by table, only those with any)."""
        counts = {}
        for table in ["paths", "blocks", *RECORD_TABLES.values()]:
            n = self.db.execute(f"SELECT count(*) FROM [{table}] WHERE document_id NOT IN "
                                "(SELECT id FROM documents)").fetchone()[0]
            if n:
                counts[table] = n
        return counts

    def delete_orphan_rows(self) -> int:
        with self.db.atomic():
            return sum(self.db.execute(f"DELETE FROM [{table}] WHERE document_id NOT IN "
                                       "(SELECT id FROM documents)").rowcount
                       for table in ["paths", "blocks", *RECORD_TABLES.values()])


def open_store(home: str | Path, create: bool = True) -> Store:
    """Open (or create) the store in a data directory."""
    home = Path(home)
    path = home / DB_FILENAME
    if not path.exists():
        if not create:
            raise StoreNotFound.in_home(home)
        home.mkdir(parents=True, exist_ok=True)
    return Store(path)
