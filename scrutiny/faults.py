"""Crash points for the crash-safety tests.

``crash_point("ingest:after-store")`` kills the process with SIGKILL when the
environment variable ``SCRUTINY_CRASH_AT`` names that point (``name`` or
``name@N`` for its Nth passing). It costs one dictionary lookup when unset, and
lets a test stop a real subprocess at an exact moment rather than after a guessed
delay.
"""

from __future__ import annotations

import os
import signal
from collections import Counter

CRASH_ENV = "SCRUTINY_CRASH_AT"
_passed: Counter = Counter()


def crash_point(name: str) -> None:
    wanted = os.environ.get(CRASH_ENV)
    if not wanted:
        return
    point, _, nth = wanted.partition("@")
    if point != name:
        return
    _passed[name] += 1
    if _passed[name] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
