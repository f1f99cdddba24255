"""Progress for long batches: a rich bar on a terminal, plain lines otherwise.

Failures are printed as they happen, one line each, ``path: reason``, on stderr.
"""

from __future__ import annotations

import sys

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


class IngestProgress:
    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.console = Console(file=self.stream, highlight=False, soft_wrap=True)
        self.bar: Progress | None = None
        self.task = None
        self.failed = 0

    def __enter__(self) -> "IngestProgress":
        if self.console.is_terminal:
            self.bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[failed]} failed"), TimeRemainingColumn(),
                                TextColumn("{task.fields[current]}"), console=self.console, transient=True)
            self.bar.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)

    def start(self, total: int) -> None:
        if self.bar is not None:
            self.task = self.bar.add_task("ingest", total=total, failed=0, current="")

    def _say(self, line: str) -> None:
        if self.bar is not None:  # above the live bar, not through it
            self.bar.console.print(line, markup=False, highlight=False)
        else:
            print(line, file=self.stream, flush=True)

    def advance(self, result) -> None:
        if result.status == "failed":
            self.failed += 1
            self._say(f"{result.path}: {result.error}")
        for warning in result.warnings:
            self._say(f"{result.path}: warning: {warning}")
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, advance=1, failed=self.failed, current=escape(result.name or ""))
