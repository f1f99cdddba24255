"""Runners: a file that hangs, balloons or kills its worker comes back as a failure; the rest go on."""

from __future__ import annotations

import os
import signal
import time

import pytest

from scrutiny.runners import InlineRunner, ProcessRunner
from scrutiny.work import Failure, WorkOptions

# Worker tasks must be importable by name: the worker processes unpickle them.


def echo(path, data, options):
    return Failure(f"echo {path} {len(data)}")


def behave(path, data, options):
    """A task whose behaviour the file's name chooses, to stand in for hostile files."""
    if path == "hang":
        time.sleep(600)
    if path == "balloon":
        hog = bytearray(4 * 1024 ** 3)  # over the address-space limit the worker runs under
        return Failure(f"allocated {len(hog)}")
    if path == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    return Failure(f"done {path}")


def _collect_all(runner, count):
    outcomes = {}
    while len(outcomes) < count:
        outcomes.update(dict(runner.collect()))
    return outcomes


def test_process_runner_returns_each_outcome_under_its_key():
    runner = ProcessRunner(2, WorkOptions(), timeout=30, task=echo)
    try:
        runner.submit("a", "first.txt", b"12345")
        runner.submit("b", "second.txt", b"12")
        outcomes = _collect_all(runner, 2)
    finally:
        runner.close()
    assert outcomes["a"].reason == "echo first.txt 5"
    assert outcomes["b"].reason == "echo second.txt 2"


def test_a_file_that_hangs_is_skipped_after_the_time_limit_and_the_worker_replaced():
    runner = ProcessRunner(1, WorkOptions(), timeout=1.5, task=behave)
    try:
        runner.submit(1, "hang", b"")
        first = _collect_all(runner, 1)
        runner.submit(2, "fine", b"")
        second = _collect_all(runner, 1)
    finally:
        runner.close()
    assert first[1].reason == "took longer than 1.5 s to read (--file-timeout); skipped"
    assert second[2].reason == "done fine"


def test_a_file_that_balloons_fails_with_a_memory_reason_and_the_batch_goes_on():
    runner = ProcessRunner(1, WorkOptions(), timeout=60, max_memory_mb=1024, task=behave)
    try:
        runner.submit(1, "balloon", b"")
        first = _collect_all(runner, 1)
        runner.submit(2, "fine", b"")
        second = _collect_all(runner, 1)
    finally:
        runner.close()
    assert isinstance(first[1], Failure)
    assert "ran out of memory" in first[1].reason
    assert second[2].reason == "done fine"


def test_a_worker_killed_mid_file_is_reported_and_replaced():
    runner = ProcessRunner(2, WorkOptions(), timeout=60, task=behave)
    try:
        runner.submit(1, "die", b"")
        runner.submit(2, "fine", b"")
        outcomes = _collect_all(runner, 2)
        runner.submit(3, "again", b"")
        outcomes.update(_collect_all(runner, 1))
    finally:
        runner.close()
    assert outcomes[1].reason == "the worker reading it was killed (SIGKILL, probably out of memory); skipped"
    assert outcomes[2].reason == "done fine"
    assert outcomes[3].reason == "done again"


def test_inline_runner_stops_a_hanging_file_with_an_alarm():
    runner = InlineRunner(WorkOptions(), timeout=0.5, task=behave)
    runner.submit("x", "hang", b"")
    [(key, outcome)] = runner.collect()
    assert key == "x"
    assert outcome.reason == "took longer than 0.5 s to read (--file-timeout); skipped"
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no alarm left to fire later


@pytest.mark.parametrize("error, reason", [
    (MemoryError(), "ran out of memory while reading (over the per-file memory limit)"),
    (RecursionError(), "too deeply nested to read (RecursionError)"),
    (KeyError("x"), "unexpected KeyError: 'x'"),
])
def test_unexpected_errors_become_one_line_reasons(error, reason):
    from scrutiny.work import describe_failure

    assert describe_failure(error).reason == reason
