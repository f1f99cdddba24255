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


class IngestProgress:
    def __init__(self, stream=None, log_every: float = LOG_EVERY):
        self.stream = stream or sys.stderr
        self.console = Console(file=self.stream, highlight=False, soft_wrap=True)
        self.bar: Progress | None = None
        self.task = None
        self.total = 0
        self.done = 0
        self.failed = 0
        self.pages = 0
        self.log_every = log_every
        self._started = self._logged = time.monotonic()

    def __enter__(self) -> "IngestProgress":
        if self.console.is_terminal:
            self.bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]} pages/s"),
                                TextColumn("{task.fields[failed]} failed"), TimeRemainingColumn(),
                                TextColumn("{task.fields[current]}"), console=self.console, transient=True)
            self.bar.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)

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
