"""Where files are processed: in this process, in worker processes, or on a Dask cluster.

Every runner takes tasks ``(key, path, bytes)`` and gives back ``(key, outcome)``
pairs, the outcome a :class:`~scrutiny.work.Processed` or a
:class:`~scrutiny.work.Failure`. A runner never raises for a bad file: a file
that takes longer than the time limit, or kills its worker, comes back as a
Failure and the batch goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import wait

from .errors import ScrutinyError
from .work import Failure, FileTimeout, WorkOptions, process_file, run_safely

DEFAULT_FILE_TIMEOUT = 60.0
STARTUP_TIMEOUT = 300.0  # a worker's imports and pipeline, on a loaded machine
READY = "ready"
DEFAULT_MAX_MEMORY_MB = 2048
# Imported once by the fork server, so each new worker starts warm.
_PRELOAD = ["scrutiny.work", "scrutiny.extract.pipeline", "scrutiny.search.attribution",
            "scrutiny.ingest.pdf", "scrutiny.ingest.html", "scrutiny.ingest.docx", "scrutiny.ingest.text"]


def timeout_failure(seconds: float) -> Failure:
    return Failure(f"took longer than {seconds:g} s to read (--file-timeout); skipped")


class InlineRunner:
    """In this process, one file at a time; the time limit by SIGALRM (main thread only)."""

    capacity = 1

    def __init__(self, options: WorkOptions = WorkOptions(), timeout: float | None = DEFAULT_FILE_TIMEOUT,
                 task=process_file):
        self.options = options
        self.timeout = timeout
        self.task = task
        self._done: list = []

    has_room = True  # submit runs the file at once

    def submit(self, key, path: str, data: bytes) -> None:
        with self._time_limit():
            try:
                outcome = run_safely(path, data, self.options, self.task)
            except FileTimeout:
                outcome = timeout_failure(self.timeout)
        self._done.append((key, outcome))

    def collect(self) -> list:
        done, self._done = self._done, []
        return done

    def _time_limit(self):
        return _Alarm(self.timeout) if self.timeout and _in_main_thread() else _NoLimit()

    def close(self) -> None:
        pass


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


class _NoLimit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class _Alarm:
    """Raise FileTimeout in the main thread after ``seconds`` of wall time."""

    def __init__(self, seconds: float):
        self.seconds = seconds

    def __enter__(self):
        def expire(signum, frame):
            raise FileTimeout()

        self._old = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc):
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self._old)
        return False


def _worker_main(conn, options: WorkOptions, max_memory: int | None, task=process_file) -> None:
    """A worker process: files in, outcomes out, until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if task is process_file:  # build the pipeline now, so a file's time limit is the file's alone
        from .extract.pipeline import ExtractionSettings, build_pipeline

        build_pipeline(ExtractionSettings.resolve(options.settings))
    if max_memory:
        resource.setrlimit(resource.RLIMIT_AS, (max_memory, max_memory))
    conn.send(READY)
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        key, path, data = message
        outcome = run_safely(path, data, options, task)
        del data
        conn.send((key, outcome))
        if isinstance(outcome, Failure) and outcome.fatal_to_worker:
            return  # a worker that ran out of memory may be in a bad state: start afresh


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: object
    busy_with: tuple | None = None  # (key, started)


def describe_exit(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        # The kernel's OOM killer sends SIGKILL; C libraries (pdfium) abort when an
        # allocation fails under the worker's memory limit.
        hint = ", probably out of memory" if -exitcode in (signal.SIGKILL, signal.SIGABRT) else ""
        return f"the worker reading it was killed ({name}{hint}); skipped"
    return f"the worker reading it stopped unexpectedly (exit code {exitcode}); skipped"


class ProcessRunner:
    """``workers`` processes from a fork server; a worker that hangs or dies is replaced."""

    def __init__(self, workers: int, options: WorkOptions = WorkOptions(),
                 timeout: float | None = DEFAULT_FILE_TIMEOUT, max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB,
                 task=process_file):
        self.capacity = max(1, workers)
        self.task = task  # a module-level (path, bytes, options) -> Processed; tests swap it
        self.options = options
        self.timeout = timeout
        self.max_memory = max_memory_mb * 1024 * 1024 if max_memory_mb else None
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(_PRELOAD)
        self._workers: list[_Worker] = []
        self._done: list = []

    @property
    def has_room(self) -> bool:
        """Whether a worker is free (or can be started) for another file."""
        return sum(1 for w in self._workers if w.busy_with) < self.capacity

    def submit(self, key, path: str, data: bytes) -> None:
        if not any(w.busy_with is None for w in self._workers):
            self._start_workers()
        worker = next(w for w in self._workers if w.busy_with is None)
        worker.busy_with = (key, time.monotonic())
        try:
            worker.conn.send((key, path, data))
        except (BrokenPipeError, OSError):
            self._lost(worker, describe_exit(worker.process.exitcode))

    def collect(self) -> list:
        """Wait for at least one outcome (if any file is in flight) and return all that are ready."""
        while not self._done and any(w.busy_with for w in self._workers):
            busy = [w for w in self._workers if w.busy_with]
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], self._wait_time(busy))
            for worker in busy:
                if worker.conn in ready:
                    self._receive(worker)
                elif worker.process.sentinel in ready:
                    self._lost(worker, describe_exit(worker.process.exitcode))
            self._expire(busy)
        done, self._done = self._done, []
        return done

    def _wait_time(self, busy: list[_Worker]) -> float | None:
        if not self.timeout:
            return None
        now = time.monotonic()
        return max(0.0, min(w.busy_with[1] + self.timeout - now for w in busy))

    def _receive(self, worker: _Worker) -> None:
        try:
            key, outcome = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(1)
            self._lost(worker, describe_exit(worker.process.exitcode))
            return
        worker.busy_with = None
        self._done.append((key, outcome))
        if isinstance(outcome, Failure) and outcome.fatal_to_worker:  # it exits: see _worker_main
            worker.process.join(5)
            worker.conn.close()
            self._workers.remove(worker)

    def _expire(self, busy: list[_Worker]) -> None:
        if not self.timeout:
            return
        now = time.monotonic()
        for worker in busy:
            if worker.busy_with and now - worker.busy_with[1] >= self.timeout:
                worker.process.kill()
                worker.process.join()
                self._lost(worker, timeout_failure(self.timeout).reason)

    def _lost(self, worker: _Worker, reason: str) -> None:
        """The worker is gone with its file: report the file, forget the worker."""
        key = worker.busy_with[0] if worker.busy_with else None
        worker.conn.close()
        self._workers.remove(worker)
        if key is not None:
            self._done.append((key, Failure(reason)))

    def _start_workers(self) -> None:
        """Start workers up to capacity and wait until each is ready, so that a file's
        time limit never pays for a worker's start."""
        started = []
        for _ in range(self.capacity - len(self._workers)):
            parent, child = self._context.Pipe()
            process = self._context.Process(target=_worker_main, daemon=True, name="scrutiny-worker",
                                            args=(child, self.options, self.max_memory, self.task))
            process.start()
            child.close()
            started.append(_Worker(process, parent))
        for worker in started:
            self._workers.append(worker)  # closed with the runner, whatever happens next
            try:
                ready = worker.conn.poll(STARTUP_TIMEOUT) and worker.conn.recv() == READY
            except (EOFError, OSError):
                ready = False
            if not ready:
                raise ScrutinyError(f"a worker process could not start ({describe_exit(worker.process.exitcode)})")

    def close(self) -> None:
        for worker in self._workers:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        for worker in self._workers:
            worker.process.join(5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self._workers.clear()


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def make_runner(workers: int = 0, dask: str | None = None, options: WorkOptions = WorkOptions(),
                timeout: float | None = DEFAULT_FILE_TIMEOUT, max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB):
    """``workers`` 0 reads in this process; ``dask`` an address (or 'local') sends work to Dask."""
    if dask:
        from .runner_dask import DaskRunner

        return DaskRunner(dask, options, timeout=timeout, workers=workers or default_workers())
    if workers <= 0:
        return InlineRunner(options, timeout)
    return ProcessRunner(workers, options, timeout, max_memory_mb)
