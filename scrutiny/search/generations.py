"""Index generations: a rebuilt index replaces the old one in one atomic step.

``HOME/index.current`` names the live index directory (``index-3``); without it the
live index is ``HOME/index``, where earlier versions kept it, so their stores keep
working. A rebuild writes a new directory beside the live one and publishes it by
replacing the pointer file (``os.replace``, atomic), so a search that opened the old
directory keeps answering from it. Publishing keeps the generation it replaced, for
such searches, and removes older ones.

A directory being built has a marker ``HOME/index-N.building`` holding the
builder's process id and host: a directory whose builder has gone (killed
mid-rebuild) is stale, and :func:`remove_stale` deletes it.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
from pathlib import Path

POINTER_FILENAME = "index.current"
LEGACY_DIRNAME = "index"
BUILDING_SUFFIX = ".building"
_GENERATION_NAME = re.compile(r"index-(\d+)")


def generation_number(name: str) -> int | None:
    """N of ``index-N``, 0 for the legacy ``index`` directory, None for anything else."""
    if name == LEGACY_DIRNAME:
        return 0
    match = _GENERATION_NAME.fullmatch(name)
    return int(match.group(1)) if match else None


def _pointer_target(home: Path) -> str | None:
    try:
        name = (home / POINTER_FILENAME).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return name if generation_number(name) is not None else None  # a garbled pointer: ignore it


def current_index_dir(home: str | Path) -> Path:
    """The live index directory (which need not exist yet)."""
    home = Path(home)
    return home / (_pointer_target(home) or LEGACY_DIRNAME)


def generation_dirs(home: str | Path) -> list[Path]:
    """Every index directory in a data directory, oldest first."""
    home = Path(home)
    if not home.is_dir():
        return []
    found = [(generation_number(p.name), p) for p in home.iterdir() if p.is_dir()]
    return [p for n, p in sorted((n, p) for n, p in found if n is not None)]


def _marker(path: Path) -> Path:
    return path.with_name(path.name + BUILDING_SUFFIX)


def new_index_dir(home: str | Path) -> Path:
    """A new, empty generation directory, marked as being built by this process."""
    home = Path(home)
    home.mkdir(parents=True, exist_ok=True)
    names = [p.name for p in generation_dirs(home)] + [current_index_dir(home).name]
    names += [m.name[:-len(BUILDING_SUFFIX)] for m in home.glob("index-*" + BUILDING_SUFFIX)]
    n = max(generation_number(name) or 0 for name in names) + 1
    while True:
        path = home / f"index-{n}"
        try:  # the marker first, so that no remove_stale can take the directory for a dead build
            fd = os.open(_marker(path), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:  # another builder took this number
            n += 1
            continue
        with os.fdopen(fd, "w") as f:
            f.write(f"{os.getpid()} {socket.gethostname()}\n")
        path.mkdir()
        return path


def _pid_alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:  # alive, someone else's
        return True
    return True


def _builder_alive(marker: Path) -> bool:
    try:
        pid, host = marker.read_text().split()
    except (OSError, ValueError):
        return False
    if host != socket.gethostname():
        return True  # a builder on another machine sharing the directory: cannot tell, so leave it
    return _pid_alive(pid)


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:  # the rename itself must survive a power cut
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _fsync_files(path: Path) -> None:
    for file in path.iterdir():
        if file.is_file():
            fd = os.open(file, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def point_to(home: str | Path, path: str | Path) -> None:
    """Make a built generation the live index: one atomic rename of the pointer file."""
    home, path = Path(home), Path(path)
    if path.parent.resolve() != home.resolve() or generation_number(path.name) is None:
        raise ValueError(f"{path} is not an index generation of {home}")
    _fsync_files(path)  # the index on disk before the pointer that names it
    _write_atomically(home / POINTER_FILENAME, path.name + "\n")
    _marker(path).unlink(missing_ok=True)


def discard(path: str | Path) -> None:
    """Remove an unpublished generation (a rebuild that failed)."""
    path = Path(path)
    shutil.rmtree(path, ignore_errors=True)
    _marker(path).unlink(missing_ok=True)


def _superseded(home: Path) -> list[Path]:
    """Generations older than the one the live index replaced."""
    live = generation_number(current_index_dir(home).name) or 0
    older = [p for p in generation_dirs(home) if generation_number(p.name) < live]
    return older[:-1]  # the newest of them is the previous generation: searches may still read it


def remove_old_generations(home: str | Path) -> list[Path]:
    """Remove generations older than the one the live index replaced."""
    doomed = _superseded(Path(home))
    for path in doomed:
        shutil.rmtree(path, ignore_errors=True)
    return doomed


def publish(home: str | Path, path: str | Path) -> None:
    """Swap the pointer to ``path``, then remove generations older than the previous one."""
    point_to(home, path)
    remove_old_generations(home)


def stale_paths(home: str | Path) -> list[Path]:
    """Left by killed rebuilds: unpublished directories, markers and temp files; and old generations."""
    home = Path(home)
    if not home.is_dir():
        return []
    live = current_index_dir(home)
    live_number = generation_number(live.name) or 0
    stale = _superseded(home)
    for path in generation_dirs(home):
        if generation_number(path.name) > live_number and not _builder_alive(_marker(path)):
            stale.append(path)
    for marker in home.glob("index-*" + BUILDING_SUFFIX):
        built = marker.with_name(marker.name[:-len(BUILDING_SUFFIX)])
        if built == live or not _builder_alive(marker):
            stale.append(marker)
    stale += [p for p in home.glob(POINTER_FILENAME + ".*.tmp")
              if not _pid_alive(p.name[len(POINTER_FILENAME) + 1:-len(".tmp")])]
    return stale


def remove_stale(home: str | Path) -> list[Path]:
    """Delete what :func:`stale_paths` finds; returns what was removed."""
    removed = stale_paths(home)
    for path in removed:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    return removed


def remove_all(home: str | Path) -> None:
    """Remove the index entirely: pointer first, so no one opens a half-deleted generation."""
    home = Path(home)
    (home / POINTER_FILENAME).unlink(missing_ok=True)
    for path in generation_dirs(home):
        shutil.rmtree(path, ignore_errors=True)
    for marker in home.glob("index-*" + BUILDING_SUFFIX):
        marker.unlink(missing_ok=True)
