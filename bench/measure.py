"""Run a command and measure its whole process tree: ``run_measured(cmd) -> Measured``.

A thread samples the child and all its descendants (``/proc/PID/task/*/children``) every 50 ms: the
summed RSS and the CPU time of every process seen; every 0.5 s also the summed PSS (shared pages split
between the processes sharing them, so a forkserver's workers are not counted twice; reading it costs
about 4 ms a process, too much for every sample on a 2-core machine). ``wait4`` adds the child's
rusage: ``ru_maxrss`` is the largest single process among the child and the descendants it reaped.
The child runs in a session of its own, so that a time limit can kill the whole tree.
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass

SAMPLE_SECONDS = 0.05
PSS_EVERY = 10  # samples
PAGE_BYTES, CLOCK_TICKS = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK")


def process_tree(root: int) -> list[int]:
    pids, stack = [], [root]
    while stack:
        pid = stack.pop()
        pids.append(pid)
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except OSError:  # the process has just ended
            pass
    return pids


def rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE_BYTES
    except (OSError, IndexError, ValueError):
        return 0


def pss_bytes(pid: int) -> int:
    """Proportional set size: shared pages (a forkserver's and its workers') counted once in all."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            return next(int(line.split()[1]) * 1024 for line in f if line.startswith("Pss:"))
    except (OSError, StopIteration, IndexError, ValueError):
        return 0


def cpu_ticks(pid: int) -> int:
    """User and system time a process has used so far, in clock ticks."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()  # the command name may hold spaces
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return 0


class TreeMemory(threading.Thread):
    """Samples a process and its descendants until stopped: peaks of the summed RSS and PSS, and the
    CPU time each process was last seen to have used."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.peak_pss, self._done = pid, 0, 0, threading.Event()
        self.ticks: dict[int, int] = {}

    def run(self) -> None:
        for n in range(2**62):
            tree = process_tree(self.pid)
            self.peak = max(self.peak, sum(rss_bytes(p) for p in tree))
            if n % PSS_EVERY == 0:
                self.peak_pss = max(self.peak_pss, sum(pss_bytes(p) for p in tree))
            self.ticks.update((p, max(self.ticks.get(p, 0), cpu_ticks(p))) for p in tree)
            if self._done.wait(SAMPLE_SECONDS):
                return

    def stop(self) -> None:
        self._done.set()
        self.join()


@dataclass
class Measured:
    seconds: float
    peak_mb: float  # summed RSS of the tree, sampled
    pss_mb: float  # summed PSS of the tree, sampled
    maxrss_mb: float  # ru_maxrss: the largest single process among the child and the descendants it reaped
    cpu_seconds: float  # of the whole tree: sampled, or the rusage of wait4 when that is more
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool = False


def kill_tree(session: int, killed: threading.Event) -> None:
    killed.set()
    try:
        os.killpg(session, signal.SIGKILL)
    except ProcessLookupError:
        pass


def run_measured(cmd: list[str], timeout: float | None = None) -> Measured:
    """Run ``cmd`` to its end, or kill its whole process tree after ``timeout`` seconds."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, start_new_session=True)
        sampler = TreeMemory(proc.pid)
        sampler.start()
        killed = threading.Event()
        timer = threading.Timer(timeout, kill_tree, (proc.pid, killed)) if timeout else None
        if timer:
            timer.start()
        _, status, usage = os.wait4(proc.pid, 0)  # wait4, not wait: it gives this child's rusage
        seconds = time.perf_counter() - start
        if timer:
            timer.cancel()
        sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        cpu = max(sum(sampler.ticks.values()) / CLOCK_TICKS, usage.ru_utime + usage.ru_stime)
        return Measured(seconds, sampler.peak / 2**20, sampler.peak_pss / 2**20, usage.ru_maxrss / 1024, cpu,
                        proc.returncode, out.read().decode(errors="replace"), err.read().decode(errors="replace"),
                        timed_out=killed.is_set())
