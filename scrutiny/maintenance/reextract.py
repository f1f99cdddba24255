"""Re-running extraction from stored blocks, without reading a file again.

A document's reader output (blocks, text, the reader's title and metadata) is in
the store, so after an extractor upgrade its records can be made again exactly as a
fresh ingest would make them. Each document's records are replaced in one
transaction, which also marks it unindexed; its passages are rewritten in batches
after. A run killed at any point loses nothing committed: the next run skips the
documents already done (their extractor version is current) and indexes those
left unindexed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

from ..corpus import Store
from ..extract import EXTRACTOR_VERSION, extract_records
from ..faults import crash_point
from ..search import SearchIndex
from .indexing import INDEX_BATCH, drop_removed, index_documents


@dataclass
class ReextractResult:
    reextracted: list[str] = field(default_factory=list)  # document names
    failed: list[tuple[str, str]] = field(default_factory=list)  # (document name, reason)
    approximate: list[str] = field(default_factory=list)  # stored before reader metadata was kept
    current: int = 0  # documents already extracted by this version, left alone
    indexed: int = 0  # passages written
    seconds: float = 0.0

    def summary(self) -> str:
        text = (f"{len(self.reextracted)} re-extracted, {self.current} already current, "
                f"{len(self.failed)} failed in {self.seconds:.1f} s")
        if self.approximate:
            text += f" ({len(self.approximate)} stored by an older scrutiny: 'ingest --force' redoes them exactly)"
        return text


def reextract(store: Store, index: SearchIndex, force: bool = False, settings=None,
              on_document: Callable[[str, str | None], None] | None = None,
              on_start: Callable[[int], None] | None = None) -> ReextractResult:
    """Re-extract the documents another extractor version made (every document with ``force``).

    ``on_document(name, error)`` is called per document, ``error`` None on success.
    """
    started = time.perf_counter()
    result = ReextractResult()
    if index.fresh:  # a new or emptied index: every document must go in, not only those redone
        store.mark_all_unindexed()
    drop_removed(store, index)
    every = store.document_ids()
    todo = every if force else store.outdated_ids(EXTRACTOR_VERSION)
    result.current = len(every) - len(todo)
    if on_start:
        on_start(len(todo))
    done: list[str] = []
    for document_id in todo:
        crash_point("reextract:between-documents")
        name, error = reextract_document(store, document_id, settings, result)
        if error is None:
            done.append(document_id)
            crash_point("reextract:before-index")
        if on_document:
            on_document(name, error)
        if len(done) >= INDEX_BATCH:
            result.indexed += index_documents(store, index, done)
            done = []
    # with those a killed run committed but did not index
    result.indexed += index_documents(store, index, list(dict.fromkeys(done + store.unindexed_ids())))
    result.seconds = time.perf_counter() - started
    return result


def reextract_document(store: Store, document_id: str, settings, result: ReextractResult) -> tuple[str, str | None]:
    """Extract one stored document again and swap its records in one transaction."""
    row = store.document_row(document_id)
    if row is None:  # deleted meanwhile
        return document_id, None
    name = row["name"]
    try:
        records = extract_records(store.stored_document(document_id, row), settings)
    except Exception as e:  # an extractor bug must not stop the batch
        result.failed.append((name, f"unexpected {type(e).__name__}: {e}"))
        return name, result.failed[-1][1]
    if row.get("metadata") is None:
        result.approximate.append(name)
    with store.db.atomic():  # replace_records' own transaction nests in this one
        store.replace_records(document_id, records, EXTRACTOR_VERSION)
        crash_point("reextract:before-commit")
    result.reextracted.append(name)
    return name, None
