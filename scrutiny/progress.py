"""Progress for long batches: a rich bar on a terminal, plain log lines otherwise.

Failures are printed as they happen, one line each, ``path: reason``, on stderr.
Off a terminal a progress line (files done of total, pages/s, failures, time left)
is written at most every ``LOG_EVERY`` seconds, so a short batch prints none.
"""

from __future__ import annotations

import sys
import time

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

LOG_EVERY = 10.0


class LiveProgress:
    """A transient rich bar on a terminal (none otherwise), entered and left with the batch."""

    def __init__(self, stream=None):
        self.console = Console(file=stream or sys.stderr, highlight=False, soft_wrap=True)
        self.bar: Progress | None = None
        self.task = None
        self.total = 0
        self.done = 0

    def columns(self) -> list:
        raise NotImplementedError

    def __enter__(self):
        if self.console.is_terminal:
            self.bar = Progress(*self.columns(), console=self.console, transient=True)
            self.bar.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


class IngestProgress(LiveProgress):
    def __init__(self, stream=None, log_every: float = LOG_EVERY):
        super().__init__(stream)
        self.stream = self.console.file
        self.failed = 0
        self.pages = 0
        self.log_every = log_every
        self._started = self._logged = time.monotonic()

    def columns(self) -> list:
        return [TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]} pages/s"),
                TextColumn("{task.fields[failed]} failed"), TimeRemainingColumn(), TextColumn("{task.fields[current]}")]

    def start(self, total: int) -> None:
        self.total = total
        self._started = self._logged = time.monotonic()
        if self.bar is not None:
            self.task = self.bar.add_task("ingest", total=total, failed=0, current="", rate="0")

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self._started
        return self.pages / elapsed if elapsed > 0 else 0.0

    def _say(self, line: str) -> None:
        if self.bar is not None:  # above the live bar, not through it
            self.bar.console.print(line, markup=False, highlight=False)
        else:
            print(line, file=self.stream, flush=True)

    def advance(self, result) -> None:
        self.done += 1
        if result.status == "failed":
            self.failed += 1
            self._say(f"{result.path}: {result.error}")
        elif result.status == "ingested":
            self.pages += result.pages or 0
        for warning in result.warnings:
            self._say(f"{result.path}: warning: {warning}")
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, advance=1, failed=self.failed, current=escape(result.name or ""),
                            rate=f"{self.rate:.0f}")
        elif self.done < self.total and time.monotonic() - self._logged >= self.log_every:
            self._log_line()

    def _log_line(self) -> None:
        self._logged = now = time.monotonic()
        left = ""
        if self.done:
            seconds = (now - self._started) / self.done * (self.total - self.done)
            left = f", about {_duration(seconds)} left"
        self._say(f"ingest: {self.done}/{self.total} files, {self.rate:.1f} pages/s, "
                  f"{self.failed} failed{left}")

    def missing(self, path: str, pruned: bool) -> None:
        self._say(f"{path}: pruned (no longer present)" if pruned
                  else f"{path}: no longer present (--prune removes it from the store)")


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f}s"
    if seconds < 5400:
        return f"{seconds / 60:.0f}m"
    return f"{seconds / 3600:.1f}h"


class BatchProgress(LiveProgress):
    """Per-document progress of reindex, reextract and check: failures as ``name: reason``
    lines, and off a terminal a count every ``plain_every`` documents."""

    def __init__(self, verb: str, stream=None, plain_every: int = 100):
        super().__init__(stream)
        self.verb = verb
        self.plain_every = plain_every

    def columns(self) -> list:
        return [TextColumn(self.verb), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                TextColumn("{task.fields[current]}")]

    def start(self, total: int) -> None:
        self.total = total
        if self.bar is not None:
            self.task = self.bar.add_task(self.verb, total=total, current="")

    def advance(self, name: str, error: str | None = None) -> None:
        self.done += 1
        if error:
            self.console.print(f"{name}: {error}", markup=False)
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, advance=1, current=escape(name))
        elif self.done % self.plain_every == 0 or self.done == self.total:
            self.console.print(f"{self.verb}: {self.done}/{self.total} documents", markup=False)
