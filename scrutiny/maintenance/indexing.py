"""Indexing stored documents: in batches into the live index, or all at once into a new generation.

Neither reads a file: passages are cut from the stored blocks and records, as
ingest cuts them from what it has just read, so the index comes out the same.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..corpus import Store
from ..faults import crash_point
from ..search import DocumentInfo, Passage, SearchIndex
from ..search.build import IndexBuilder
from ..search.generations import discard, new_index_dir, point_to, remove_old_generations, remove_stale

INDEX_BATCH = 50  # documents per index commit: each commit costs a segment write


def document_info(row: dict) -> DocumentInfo:
    """What every passage repeats, from a documents row (or its summary)."""
    return DocumentInfo(row["id"], row["name"], row["title"], row["doc_type"], row["date"])


def document_passages(store: Store, row: dict) -> list[Passage]:
    """Every passage and searchable record of a stored document, as ingest indexes them."""
    from ..search.attribution import passages_for_index  # imports spaCy: only when indexing

    document_id = row["id"]
    return passages_for_index(document_info(row), store.blocks(document_id),
                              store.records(document_id=document_id), store.passage_speakers(document_id),
                              digest=store.records_digest(document_id))


def _chunks(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def index_documents(store: Store, index: SearchIndex, document_ids: Iterable[str], batch: int = INDEX_BATCH,
                    on_batch: Callable[[int], None] | None = None) -> int:
    """(Re)index stored documents in batches; returns passages written.

    Each batch is one index commit replacing those documents' passages, after which
    the store marks them indexed: a run killed in between indexes them again next
    time, which is harmless. An id no longer in the store is removed from the index.
    """
    written = 0
    for chunk in _chunks(list(dict.fromkeys(document_ids)), batch):
        rows = {r["id"]: r for r in store.document_summaries(f"id IN ({', '.join('?' * len(chunk))})", chunk)}
        passages = [p for document_id in chunk if document_id in rows
                    for p in document_passages(store, rows[document_id])]
        written += index.write(passages, remove_document_ids=chunk)
        store.mark_indexed(list(rows))
        if on_batch:
            on_batch(len(chunk))
    return written


def drop_removed(store: Store, index: SearchIndex) -> int:
    """Drop from the index the documents deleted from the store (its ``index_removals`` queue)."""
    queued = store.index_removals()
    if not queued:
        return 0
    stored = set(store.document_ids())
    gone = [document_id for document_id in queued if document_id not in stored]  # the same bytes may be back
    if gone:
        index.write([], remove_document_ids=gone)
    store.clear_index_removals(queued)
    return len(gone)


@dataclass
class ReindexResult:
    path: Path  # the new live index directory
    built: set[str] = field(default_factory=set)  # ids of the documents indexed
    documents: int = 0
    passages: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (document name, reason)
    seconds: float = 0.0

    def summary(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        return (f"{self.documents} documents, {self.passages} passages reindexed, {len(self.failed)} failed "
                f"in {self.seconds:.1f} s ({rate:.1f} documents/s)")


def reindex(home: str | Path, store: Store, *, on_start: Callable[[int], None] | None = None,
            on_document: Callable[[str, str | None], None] | None = None) -> ReindexResult:
    """Build a complete index from the store in a new generation, then publish it.

    The live index keeps answering searches until the pointer swap; a run killed
    before it leaves the live index as it was (the next run removes the half-built
    directory), one killed after it leaves only old directories for the next to remove.
    ``on_document(name, error)`` is called per document, ``error`` None on success.
    """
    started = time.perf_counter()
    home = Path(home)
    remove_stale(home)
    path = new_index_dir(home)
    result = ReindexResult(path)
    try:
        with IndexBuilder(path) as builder:
            summaries = list(store.document_summaries())
            if on_start:
                on_start(len(summaries))
            _build(store, builder, summaries, result, on_document)
            builder.commit(remove_document_ids=_catch_up(store, builder, result, on_document))
    except BaseException:
        discard(path)
        raise
    crash_point("reindex:before-publish")
    point_to(home, path)
    crash_point("reindex:after-publish")
    store.mark_indexed(result.built)
    store.mark_indexed(set(store.document_ids()) - result.built, indexed=False)
    store.clear_index_removals(store.index_removals())
    remove_old_generations(home)
    result.documents, result.passages = len(result.built), builder.passages
    result.seconds = time.perf_counter() - started
    return result


def _build(store: Store, builder: IndexBuilder, summaries: list[dict], result: ReindexResult,
           on_document) -> None:
    for row in summaries:
        try:
            builder.add(document_passages(store, row))
            result.built.add(row["id"])
            error = None
        except Exception as e:  # one bad document must not cost the whole index
            error = f"unexpected {type(e).__name__}: {e}"
            result.failed.append((row["name"], error))
        if on_document:
            on_document(row["name"], error)
        crash_point("reindex:mid-build")


def _catch_up(store: Store, builder: IndexBuilder, result: ReindexResult, on_document) -> set[str]:
    """Build documents an ingest stored while the index was being built; return those it deleted."""
    failed = {name for name, _ in result.failed}
    stored = {r["id"]: r for r in store.document_summaries()}
    gone = result.built - set(stored)
    result.built -= gone
    added = [row for document_id, row in stored.items()
             if document_id not in result.built and row["name"] not in failed]
    if added:
        _build(store, builder, added, result, on_document)
    return gone
