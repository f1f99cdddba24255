"""One reindex, reextract or repair at a time in a data directory.

An advisory ``flock`` on ``HOME/maintenance.lock``: the kernel releases it when its
process dies, even by SIGKILL, so a killed run never leaves the directory locked.
"""

from __future__ import annotations

import fcntl
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import ScrutinyError

LOCK_FILENAME = "maintenance.lock"


class MaintenanceBusy(ScrutinyError):
    """Another reindex, reextract or repair is running on the same data directory."""


@contextmanager
def maintenance_lock(home: str | Path) -> Iterator[None]:
    path = Path(home) / LOCK_FILENAME
    with open(path, "a") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise MaintenanceBusy(f"another reindex, reextract or check --repair is running on {home}") from None
        yield
