"""Where scrutiny keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "SCRUTINY_HOME"


def default_home() -> Path:
    """``$SCRUTINY_HOME``, else ``~/.local/share/scrutiny``."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    return Path.home() / ".local" / "share" / "scrutiny"
