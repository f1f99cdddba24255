"""Which files a batch covers: folders walked, and stored files gone from them."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .corpus import Store
from .ingest import is_supported, sniff_format

# Files in a folder that describe the folder rather than belong to it.
_FOLDER_NOTES = ("readme", "license", "licence", "changelog")


def _is_folder_note(path: Path) -> bool:
    return path.name.startswith(".") or path.stem.lower() in _FOLDER_NOTES


def _wanted_in_folder(path: Path) -> bool:
    if is_supported(path):
        return True
    try:
        with path.open("rb") as f:
            return sniff_format(f.read(1024)) in ("pdf", "html")
    except OSError:
        return False


def find_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Files to ingest from files and folders (recursive), and unsupported files skipped."""
    found: list[Path] = []
    skipped: list[str] = []
    for p in map(Path, paths):
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if not child.is_file() or _is_folder_note(child) \
                        or any(part.startswith(".") for part in child.relative_to(p).parts):
                    continue
                (found.append(child) if _wanted_in_folder(child) else skipped.append(str(child)))
        else:
            found.append(p)  # named explicitly: read it or say why not
    return found, skipped


def missing_files(store: Store, roots: Iterable[Path], found: Iterable[Path]) -> list[str]:
    """Stored files under the folders given that this walk no longer finds."""
    folders = [root for root in roots if root.is_dir()]
    if not folders:
        return []
    present = {str(path.resolve()) for path in found}
    return sorted(row["path"] for row in store.paths_under(folders) if row["path"] not in present)
