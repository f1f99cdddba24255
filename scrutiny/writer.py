"""The single writer of a batch: what the runners read goes into the store and the index.

Only this process writes. Each document is one store transaction; index writes are
batched (a Whoosh commit per document would dominate the run), and documents are
marked indexed only after the commit that holds their passages.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .corpus import FileInfo, Store
from .extract import EXTRACTOR_VERSION
from .faults import crash_point
from .ingest import PARSER_VERSION
from .search import SearchIndex
from .work import Failure, Processed

INDEX_BATCH = 50


@dataclass
class FileResult:
    path: str
    status: str  # ingested, unchanged, failed
    name: str | None = None
    document_id: str | None = None
    error: str | None = None
    pages: int | None = None
    seconds: float = 0.0
    warnings: tuple[str, ...] = ()


class Writer:
    def __init__(self, store: Store, index: SearchIndex, batch: int = INDEX_BATCH):
        self.store = store
        self.index = index
        self.batch = batch
        self._pending: list[tuple[str, list]] = []  # (document id, passages) not yet in the index
        self._removed: set[str] = set()  # document ids to drop from the index
        self._committed: set[str] = set()  # documents stored by this batch

    def commit(self, shown: str, info: FileInfo, outcome: Processed | Failure) -> FileResult:
        """Store one read document (or report why it was not read)."""
        if isinstance(outcome, Failure):
            return FileResult(shown, "failed", error=outcome.reason, seconds=outcome.seconds)
        if info.sha256 in self._committed:  # the same bytes at a second path of this batch
            return self.unchanged(shown, info)
        document = outcome.document
        try:
            replaced = self.store.save_document(document, info, outcome.records, PARSER_VERSION, EXTRACTOR_VERSION)
        except sqlite3.Error as e:  # rolled back: nothing of this file is stored
            return FileResult(shown, "failed", error=f"could not store: {e}", seconds=outcome.seconds)
        crash_point("ingest:after-store")
        self._committed.add(info.sha256)
        self._removed.update(replaced)
        self._pending.append((info.sha256, outcome.passages))
        if len(self._pending) >= self.batch:
            self.flush()
        return FileResult(shown, "ingested", document.name, info.sha256, pages=document.pages,
                          seconds=outcome.seconds, warnings=document.warnings)

    def unchanged(self, shown: str, info: FileInfo) -> FileResult:
        """A file whose bytes are stored already: at most its path is recorded."""
        row = self.store.path_row(info.path)
        if not row or row["document_id"] != info.sha256:
            self._removed.update(self.store.add_path(info))
        doc = self.store.document_row(info.sha256)
        return FileResult(shown, "unchanged", doc["name"], info.sha256, pages=doc["pages"])

    def prune(self, paths: list[str]) -> None:
        """Forget files that are gone; documents no longer at any path leave store and index."""
        self._removed.update(self.store.remove_paths(paths))
        crash_point("ingest:after-prune")  # the store's removal queue lets the next run finish
        self.flush()

    def flush(self) -> None:
        if not self._pending and not self._removed:
            return
        passages = [p for _, ps in self._pending for p in ps]
        ids = [document_id for document_id, _ in self._pending]
        self.index.write(passages, remove_document_ids=set(ids) | self._removed)
        crash_point("ingest:after-index")
        self.store.mark_indexed(ids)
        self.store.clear_index_removals(self._removed)
        self._pending.clear()
        self._removed.clear()

    def complete_index(self) -> int:
        """Index stored documents the index lacks, and drop those the store deleted
        (after an interrupted run, or into a new index)."""
        from .maintenance import drop_removed, index_documents

        self.flush()
        drop_removed(self.store, self.index)
        return index_documents(self.store, self.index, self.store.unindexed_ids())
