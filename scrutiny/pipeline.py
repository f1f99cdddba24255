"""The ingest pipeline: files → documents → records → store → index.

``ingest_paths`` is what ``scrutiny ingest`` runs. This process walks the files,
hashes them and skips those already stored by the current reader and extractor;
the rest go to a runner (this process, worker processes or a Dask cluster: see
:mod:`scrutiny.runners`) that reads and extracts them, and come back to one
writer here. The writer commits one transaction per document, in the order the
files were found, so a batch gives the same store whatever ran it; the index is
written in batches, and a document is marked indexed only once its passages are
committed, so an interrupted run is completed by the next one.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Callable, Iterable

from .corpus import FileInfo, Store
from .errors import ScrutinyError, UnsupportedFormat
from .extract import EXTRACTOR_VERSION
from .faults import crash_point
from .files import find_files, missing_files
from .ingest import PARSER_VERSION
from .runners import DEFAULT_FILE_TIMEOUT, DEFAULT_MAX_MEMORY_MB, make_runner
from .search import SearchIndex
from .work import Failure, Processed, WorkOptions
from .writer import FileResult, Writer

__all__ = ["BatchResult", "FileResult", "IngestOptions", "UnsupportedFormat", "find_files", "ingest_paths"]


@dataclass
class IngestOptions:
    force: bool = False  # re-read files even when unchanged
    workers: int = 0  # 0: read in this process
    dask: str | None = None  # a scheduler address, or "local"
    pdf_engine: str = "fast"
    settings: dict | None = None  # extraction settings, e.g. {"trained_pipeline": "en_core_web_sm"}
    file_timeout: float | None = DEFAULT_FILE_TIMEOUT
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB
    prune: bool = False  # remove stored files that have gone from the folders ingested

    @property
    def work(self) -> WorkOptions:
        return WorkOptions(self.pdf_engine, self.settings)


@dataclass
class BatchResult:
    results: list[FileResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # unsupported files met in folders
    missing: list[str] = field(default_factory=list)  # stored files gone from the folders ingested
    pruned: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def pages_read(self) -> int:
        return sum(r.pages or 0 for r in self.results if r.status == "ingested")

    @property
    def pages_per_second(self) -> float:
        return self.pages_read / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        text = (f"{self.count('ingested')} ingested, {self.count('unchanged')} unchanged, "
                f"{len(self.pruned)} pruned, {self.count('failed')} failed, "
                f"{self.pages_per_second:.1f} pages/s")
        if self.skipped:
            text += f", {len(self.skipped)} skipped (unsupported type)"
        if self.missing and not self.pruned:
            text += f", {len(self.missing)} gone (--prune removes them)"
        return text

    def to_report(self) -> dict:
        """The JSON summary ``--report`` writes: each file's status, pages, seconds and error."""
        return {
            "files": [{"path": r.path, "status": r.status, "pages": r.pages, "seconds": round(r.seconds, 4),
                       "error": r.error, "document_id": r.document_id, "warnings": list(r.warnings)}
                      for r in self.results],
            "skipped": self.skipped,
            "missing": self.missing,
            "pruned": self.pruned,
            "summary": {"ingested": self.count("ingested"), "unchanged": self.count("unchanged"),
                        "pruned": len(self.pruned), "failed": self.count("failed"),
                        "skipped": len(self.skipped), "pages": self.pages_read,
                        "seconds": round(self.seconds, 3), "pages_per_second": round(self.pages_per_second, 2)},
        }


@dataclass
class _Task:
    path: Path
    info: FileInfo
    data: bytes | None


def _prepare(path: Path, store: Store, force: bool) -> _Task | FileResult | FileInfo:
    """Read and hash a file: a task to run, a FileInfo when already stored, or a failure."""
    shown = str(path)
    try:
        if not path.exists():
            raise ScrutinyError("no such file")
        if not path.is_file():
            raise ScrutinyError("not a regular file")
        data = path.read_bytes()
        info = FileInfo.from_bytes(path, data)
    except ScrutinyError as e:
        return FileResult(shown, "failed", error=str(e))
    except OSError as e:  # vanished or unreadable between the walk and now
        return FileResult(shown, "failed", error=f"cannot read file: {e.strerror or e}")
    if not force and store.is_current(info, PARSER_VERSION, EXTRACTOR_VERSION):
        return info
    return _Task(path, info, data)


class _Batch:
    """One run of ``ingest_paths``: dispatch in file order, commit in file order."""

    def __init__(self, store: Store, index: SearchIndex, options: IngestOptions, on_file):
        self.store, self.options, self.on_file = store, options, on_file
        self.writer = Writer(store, index)
        self.runner = None  # started on the first file to read: a no-op run starts no workers
        self.tasks: dict[int, _Task] = {}
        self.outcomes: dict[int, Processed | Failure] = {}
        self.next_commit = 0
        self.results: list[FileResult] = []

    def add(self, path: Path) -> None:
        prepared = _prepare(path, self.store, self.options.force)
        if isinstance(prepared, FileResult):
            self._report(prepared)
        elif isinstance(prepared, FileInfo):
            self._report(self.writer.unchanged(str(path), prepared))
        else:
            self._dispatch(prepared)

    def _dispatch(self, task: _Task) -> None:
        if self.runner is None:
            o = self.options
            self.runner = make_runner(o.workers, o.dask, o.work, o.file_timeout, o.max_memory_mb)
        # Bound what is read but not yet committed: memory stays flat on any batch size.
        while len(self.tasks) >= 2 * self.runner.capacity + 2 or not self.runner.has_room:
            self._collect()
        seq = len(self.tasks) + self.next_commit
        self.tasks[seq] = task
        data, task.data = task.data, None
        self.runner.submit(seq, str(task.path), data)

    def _collect(self) -> None:
        collected = self.runner.collect()
        if not collected and self.next_commit not in self.outcomes:
            raise RuntimeError("the runner has no outcome for a file it was given")  # never loop forever
        for seq, outcome in collected:
            self.outcomes[seq] = outcome
        while self.next_commit in self.outcomes:
            task = self.tasks.pop(self.next_commit)
            outcome = self.outcomes.pop(self.next_commit)
            self.next_commit += 1
            crash_point("ingest:before-commit")
            self._report(self.writer.commit(str(task.path), task.info, outcome))

    def finish(self) -> None:
        try:
            while self.tasks:
                self._collect()
        finally:
            if self.runner is not None:
                self.runner.close()
        self.writer.flush()

    def _report(self, result: FileResult) -> None:
        self.results.append(result)
        if self.on_file:
            self.on_file(result)


def ingest_paths(paths: Iterable[str | Path], store: Store, index: SearchIndex,
                 options: IngestOptions | None = None, *,
                 on_start: Callable[[int], None] | None = None,
                 on_file: Callable[[FileResult], None] | None = None,
                 on_missing: Callable[[str, bool], None] | None = None,
                 **option_values) -> BatchResult:
    """Ingest files and folders; never raises for a bad file.

    Options come as an :class:`IngestOptions` or as its fields by keyword
    (``ingest_paths(["minutes/"], store, index, workers=2, force=True)``).
    """
    options = options or IngestOptions(**{f.name: option_values.pop(f.name) for f in fields(IngestOptions)
                                          if f.name in option_values})
    if option_values:
        raise TypeError(f"unknown ingest options: {', '.join(option_values)}")
    started = time.perf_counter()
    paths = [Path(p) for p in paths]
    files, skipped = find_files(paths)
    batch = BatchResult(skipped=skipped, missing=missing_files(store, paths, files))
    if index.fresh:  # a new or rebuilt index: refill it from the store at the end
        store.mark_all_unindexed()
    if on_start:
        on_start(len(files))
    run = _Batch(store, index, options, on_file)
    try:
        for path in files:
            run.add(path)
    finally:
        run.finish()
    batch.results = run.results
    if options.prune and batch.missing:
        run.writer.prune(batch.missing)
        batch.pruned = list(batch.missing)
    for path in batch.missing:
        if on_missing:
            on_missing(path, options.prune)
    run.writer.complete_index()
    batch.seconds = time.perf_counter() - started
    return batch
