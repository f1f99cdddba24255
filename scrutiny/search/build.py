"""Writing a whole index at once, for ``scrutiny reindex``.

Whoosh's multiprocess writer analyses the passages in ``procs`` worker processes,
each writing its own segment, and the segments are committed together unmerged:
about ``procs`` times faster than one writer. A writer whose pool of postings outgrows
its memory limit sorts it on disk in pure Python, which costs more than the writing,
so the index is written in rounds of ``BUILD_ROUND`` passages, each round's segments
committed unmerged, every pool staying in memory: an index of a few segments per
hundred thousand passages. ``SearchIndex.write`` is for changing a live index a batch at a time.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.util
import os
import signal
from pathlib import Path
from typing import Iterable

from whoosh import index

from .codec import FilingSegmentWriter, WriteCodec
from .passages import Passage
from .schema import SCHEMA, passage_to_fields

BUILD_LIMIT_MB = 256  # each writer's pool; Whoosh sorts on disk beyond it
BUILD_ROUND = 24000  # passages per round: each of two workers' pools well under the limit
_PR_SET_PDEATHSIG = 1
_hooked = False


class IncompleteIndex(RuntimeError):
    """The index written holds fewer passages than were added (a worker's segment was lost)."""


def default_procs() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def _die_with_parent(_=None) -> None:
    """In a forked worker: be killed when the process that forked it dies, even by SIGKILL,
    instead of waiting forever on a queue nobody will write to again."""
    parent = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the worker may outlive a killed parent
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _hook_workers() -> None:
    global _hooked
    if not _hooked:
        multiprocessing.util.register_after_fork(_die_with_parent, _die_with_parent)
        _hooked = True


def _can_fork_workers() -> bool:
    # Whoosh starts its workers with the default start method; only fork shares the index object.
    return multiprocessing.get_start_method(allow_none=True) in (None, "fork") and hasattr(os, "fork")


class IndexBuilder:
    """A new index in an empty directory, filled by :meth:`add` and made visible by :meth:`commit`."""

    def __init__(self, path: str | Path, procs: int | None = None, limitmb: int = BUILD_LIMIT_MB,
                 round_size: int = BUILD_ROUND):
        self.path = Path(path)
        self._ix = index.create_in(str(self.path), SCHEMA)
        self._procs = procs or default_procs()
        self._limitmb, self._round_size = limitmb, round_size
        self._writer = None
        self._in_round = 0
        self.passages = 0
        self._committed = False

    def _open_writer(self):
        if self._procs > 1 and _can_fork_workers():
            _hook_workers()
            return self._ix.writer(procs=self._procs, multisegment=True, limitmb=self._limitmb, codec=WriteCodec())
        return FilingSegmentWriter(self._ix, limitmb=self._limitmb)

    def add(self, passages: Iterable[Passage]) -> None:
        """Add one document's passages (a round ends only between documents)."""
        for p in passages:
            if self._writer is None:
                self._writer = self._open_writer()
            self._writer.add_document(**passage_to_fields(p))
            self.passages += 1
            self._in_round += 1
        if self._in_round >= self._round_size:
            self._end_round()

    def _end_round(self) -> None:
        if self._writer is not None:
            self._writer.commit(merge=False)
        self._writer, self._in_round = None, 0

    def commit(self, remove_document_ids: Iterable[str] = ()) -> None:
        """Write the index; then drop documents added but found gone from the store meanwhile.

        (A writer deletes only from what is committed, hence the second, small commit.)
        Raises :class:`IncompleteIndex` if the index does not hold every passage added.
        """
        self._end_round()
        self._committed = True
        written = self._ix.doc_count()
        if written != self.passages:  # whoosh drops a worker's segment it waited too long for
            self._ix.close()
            raise IncompleteIndex(f"the new index holds {written} passages of {self.passages}")
        remove = sorted(set(remove_document_ids))
        if remove:
            writer = self._ix.writer()
            for document_id in remove:
                writer.delete_by_term("document_id", document_id)
            writer.commit()
        self._ix.close()

    def cancel(self) -> None:
        if self._writer is not None:
            self._writer.cancel()
            self._writer = None
        self._ix.close()

    def __enter__(self) -> "IndexBuilder":
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is not None and not self._committed:
            self.cancel()
