"""The single writer of a batch: what the runners read goes into the store and the index.

Only this process writes. Each document is one store transaction; index writes are
batched (a Whoosh commit per document would dominate the run), and documents are
marked indexed only after the commit that holds their passages.

An index commit takes seconds, so it runs on a thread of its own while this one
goes on storing documents and handing files to the workers; otherwise every worker
would stand idle through every commit. Only the store is touched from this thread,
only the index from the other, and one index commit runs at a time.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from typing import Callable

from .corpus import FileInfo, Store
from .extract import EXTRACTOR_VERSION
from .faults import crash_point
from .ingest import PARSER_VERSION
from .search import SearchIndex
from .search.stamp import parse_stamp
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


def body_speakers(passages: list) -> list[list[str]]:
    """Who speaks in each body passage: kept so reindex need not work it out again."""
    return [list(p.people) for p in passages if p.kind == "passage"]


def stamped_digest(passages: list) -> str | None:
    """The records digest the passages are stamped with: kept so reindex need not compute it again."""
    parsed = parse_stamp(passages[0].stamp) if passages else None
    return parsed[0] if parsed else None


class IndexCommits:
    """Index commits run one at a time on a background thread; what follows a commit
    (marking documents indexed in the store) runs on the caller's thread once it is done."""

    def __init__(self, index: SearchIndex):
        self.index = index
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._then: Callable[[], None] | None = None

    def start(self, passages: list, remove_document_ids: set[str], then: Callable[[], None]) -> None:
        self.wait()

        def run() -> None:
            try:
                self.index.write(passages, remove_document_ids=remove_document_ids)
            except BaseException as e:  # raised again on the caller's thread
                self._error = e

        self._then = then
        self._thread = threading.Thread(target=run, name="scrutiny-index-commit", daemon=True)
        self._thread.start()

    def poll(self) -> None:
        """Finish a commit that is done, without waiting for one that is not."""
        if self._thread is not None and not self._thread.is_alive():
            self.wait()

    def wait(self) -> None:
        if self._thread is None:
            return
        self._thread.join()
        self._thread = None
        error, self._error = self._error, None
        then, self._then = self._then, None
        if error is not None:
            raise error
        then()


class Writer:
    def __init__(self, store: Store, index: SearchIndex, batch: int = INDEX_BATCH):
        self.store = store
        self.index = index
        self.batch = batch
        self._pending: list[tuple[str, list]] = []  # (document id, passages) not yet in the index
        self._removed: set[str] = set()  # document ids to drop from the index
        self._committed: set[str] = set()  # documents stored by this batch
        self._commits = IndexCommits(index)

    def commit(self, shown: str, info: FileInfo, outcome: Processed | Failure) -> FileResult:
        """Store one read document (or report why it was not read)."""
        self._commits.poll()
        if isinstance(outcome, Failure):
            return FileResult(shown, "failed", error=outcome.reason, seconds=outcome.seconds)
        if info.sha256 in self._committed:  # the same bytes at a second path of this batch
            return self.unchanged(shown, info)
        document = outcome.document
        try:
            replaced = self.store.save_document(document, info, outcome.records, PARSER_VERSION, EXTRACTOR_VERSION,
                                                passage_speakers=body_speakers(outcome.passages),
                                                records_digest=stamped_digest(outcome.passages))
        except sqlite3.Error as e:  # rolled back: nothing of this file is stored
            return FileResult(shown, "failed", error=f"could not store: {e}", seconds=outcome.seconds)
        crash_point("ingest:after-store")
        self._committed.add(info.sha256)
        self._removed.update(replaced)
        self._pending.append((info.sha256, outcome.passages))
        if len(self._pending) >= self.batch:
            self.flush(wait=False)
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

    def flush(self, wait: bool = True) -> None:
        """Commit the pending passages and removals to the index; ``wait=False`` returns
        while the commit runs (the next commit or flush waits for it)."""
        if self._pending or self._removed:
            passages = [p for _, ps in self._pending for p in ps]
            ids = [document_id for document_id, _ in self._pending]
            removed = set(self._removed)
            self._pending, self._removed = [], set()

            def indexed() -> None:
                crash_point("ingest:after-index")
                self.store.mark_indexed(ids)
                self.store.clear_index_removals(removed)

            self._commits.start(passages, set(ids) | removed, indexed)
        if wait:
            self._commits.wait()

    def complete_index(self) -> int:
        """Index stored documents the index lacks, and drop those the store deleted
        (after an interrupted run, or into a new index)."""
        from .maintenance import drop_removed, index_documents

        self.flush()
        drop_removed(self.store, self.index)
        return index_documents(self.store, self.index, self.store.unindexed_ids())
