"""The ingest pipeline: files → documents → records → store → index.

``ingest_paths`` is what ``scrutiny ingest`` runs. Each file is read and
extracted on its own; a failure is recorded with a one-line reason and the
batch goes on. The store commits one transaction per document; the index is
written in batches and each document is marked indexed only after its
passages are committed, so an interrupted run is completed by the next one.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .corpus import FileInfo, Store
from .errors import ScrutinyError, UnsupportedFormat
from .extract import EXTRACTOR_VERSION, extract_records
from .ingest import PARSER_VERSION, is_supported, read_document, sniff_format
from .search import DocumentInfo, SearchIndex
from .search.attribution import passages_for_index

INDEX_BATCH = 50
# Files in a folder that describe the folder rather than belong to it.
_FOLDER_NOTES = ("readme", "license", "licence", "changelog")


@dataclass
class FileResult:
    path: str
    status: str  # ingested, unchanged, failed
    name: str | None = None
    document_id: str | None = None
    error: str | None = None
    pages: int | None = None
    seconds: float = 0.0
    warnings: tuple[str, ...] = ()


@dataclass
class BatchResult:
    results: list[FileResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # unsupported files met in folders

    @property
    def counts(self) -> Counter:
        return Counter(r.status for r in self.results)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]

    def summary(self) -> str:
        c = self.counts
        text = f"{c['ingested']} ingested, {c['unchanged']} unchanged, {c['failed']} failed"
        if self.skipped:
            text += f", {len(self.skipped)} skipped (unsupported type)"
        return text


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


def index_document(index_batch: list, info: DocumentInfo, blocks, records) -> None:
    index_batch.append((info.document_id, passages_for_index(info, blocks, records)))


class Ingester:
    """One batch of ingestion into a store and an index."""

    def __init__(self, store: Store, index: SearchIndex, force: bool = False, settings=None):
        self.store = store
        self.settings = settings
        self.index = index
        self.force = force
        self._pending: list[tuple[str, list]] = []
        self._removed: set[str] = set()

    def ingest_file(self, path: Path) -> FileResult:
        started = time.perf_counter()
        result = self._ingest(path)
        result.seconds = time.perf_counter() - started
        if len(self._pending) >= INDEX_BATCH:
            self.flush()
        return result

    def _ingest(self, path: Path) -> FileResult:
        shown = str(path)
        try:
            if not path.exists():
                raise ScrutinyError("no such file")
            if not path.is_file():
                raise ScrutinyError("not a regular file")
            data = path.read_bytes()
            info = FileInfo.from_bytes(path, data)
            if not self.force and self.store.is_current(info, PARSER_VERSION, EXTRACTOR_VERSION):
                return self._known(shown, info)
            document = read_document(path, data)
            records = extract_records(document, self.settings)
        except ScrutinyError as e:
            return FileResult(shown, "failed", error=str(e))
        except OSError as e:
            return FileResult(shown, "failed", error=f"cannot read file: {e.strerror or e}")
        except (RecursionError, MemoryError) as e:
            return FileResult(shown, "failed", error=f"too complex to read ({type(e).__name__})")
        except Exception as e:  # a reader bug must not stop the batch
            return FileResult(shown, "failed", error=f"unexpected {type(e).__name__}: {e}")
        try:
            replaced = self.store.save_document(document, info, records, PARSER_VERSION, EXTRACTOR_VERSION)
        except sqlite3.Error as e:  # rolled back: nothing of this file is stored
            return FileResult(shown, "failed", error=f"could not store: {e}")
        self._removed.update(replaced)
        doc_record = records[0]
        index_document(self._pending, DocumentInfo(info.sha256, document.name, doc_record.title,
                                                   doc_record.doc_type, doc_record.date), document.blocks, records)
        return FileResult(shown, "ingested", document.name, info.sha256, pages=document.pages,
                          warnings=document.warnings)

    def _known(self, shown: str, info: FileInfo) -> FileResult:
        row = self.store.path_row(info.path)
        if not row or row["document_id"] != info.sha256:
            self._removed.update(self.store.add_path(info))
        doc = self.store.document_row(info.sha256)
        return FileResult(shown, "unchanged", doc["name"], info.sha256, pages=doc["pages"])

    def index_unindexed(self) -> int:
        """Index stored documents the index lacks (e.g. after an interrupted run)."""
        ids = self.store.unindexed_ids()
        for document_id in ids:
            row = self.store.document_row(document_id)
            info = DocumentInfo(document_id, row["name"], row["title"], row["doc_type"], row["date"])
            index_document(self._pending, info, self.store.blocks(document_id),
                           self.store.records(document_id=document_id))
            if len(self._pending) >= INDEX_BATCH:
                self.flush()
        self.flush()
        return len(ids)

    def flush(self) -> None:
        if not self._pending and not self._removed:
            return
        passages = [p for _, ps in self._pending for p in ps]
        ids = [document_id for document_id, _ in self._pending]
        self.index.write(passages, remove_document_ids=set(ids) | self._removed)
        self.store.mark_indexed(ids)
        self._pending.clear()
        self._removed.clear()


def ingest_paths(paths: Iterable[str | Path], store: Store, index: SearchIndex, *, force: bool = False,
                 settings=None,
                 on_start: Callable[[int], None] | None = None,
                 on_file: Callable[[FileResult], None] | None = None) -> BatchResult:
    """Ingest files and folders; never raises for a bad file."""
    files, skipped = find_files(paths)
    batch = BatchResult(skipped=skipped)
    if index.fresh:  # a new or rebuilt index: refill it from the store at the end
        store.mark_all_unindexed()
    if on_start:
        on_start(len(files))
    ingester = Ingester(store, index, force=force, settings=settings)
    for path in files:
        result = ingester.ingest_file(path)
        batch.results.append(result)
        if on_file:
            on_file(result)
    ingester.flush()
    ingester.index_unindexed()
    return batch


__all__ = ["BatchResult", "FileResult", "UnsupportedFormat", "find_files", "ingest_paths"]
