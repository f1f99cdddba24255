"""The work of one file, as a pure function: (path, bytes) → document, records, passages.

``process_file`` is what every runner executes — in this process, in a worker
process or on a Dask worker — so the result of a batch cannot depend on where its
files were read. It touches neither the store nor the index: the single writer
in :mod:`scrutiny.pipeline` commits what it returns.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path

from .errors import ScrutinyError


@dataclass(frozen=True)
class WorkOptions:
    """How files are read and extracted; the same for every file of a batch."""

    pdf_engine: str = "fast"
    settings: dict | None = None  # ExtractionSettings fields, e.g. {"trained_pipeline": "en_core_web_sm"}


@dataclass
class Processed:
    """A file read and extracted, ready for the writer."""

    document: object  # scrutiny.ingest.model.Document
    records: list
    passages: list
    seconds: float = 0.0


@dataclass
class Failure:
    """Why a file could not be read: one line for the user."""

    reason: str
    seconds: float = 0.0
    fatal_to_worker: bool = field(default=False, repr=False)  # the worker should be replaced


class FileTimeout(BaseException):
    """Raised by the in-process time limit; a BaseException so that no reader swallows it."""


def process_file(path: str, data: bytes, options: WorkOptions = WorkOptions()) -> Processed:
    """Read, extract and cut into passages; raises ScrutinyError (or worse) on bad input."""
    from .extract import extract_records
    from .ingest import read_document
    from .search import DocumentInfo
    from .search.attribution import passages_for_index
    from .search.schema import analyse_passage

    document = read_document(Path(path), data, pdf_engine=options.pdf_engine)
    records = extract_records(document, options.settings)
    doc_record = records[0]
    # The passages carry the document id (the content hash) so that the index
    # needs nothing from the store.
    info = DocumentInfo(sha256(data).hexdigest(), document.name, doc_record.title, doc_record.doc_type,
                        doc_record.date)
    # Analysed here, in parallel, so that the one index writer of a batch only files terms.
    passages = [analyse_passage(p) for p in passages_for_index(info, document.blocks, records)]
    return Processed(document, records, passages)


def describe_failure(error: BaseException) -> Failure:
    """The one-line reason for an exception raised while processing a file."""
    if isinstance(error, ScrutinyError):
        return Failure(str(error))
    if isinstance(error, MemoryError):
        return Failure("ran out of memory while reading (over the per-file memory limit)", fatal_to_worker=True)
    if isinstance(error, RecursionError):
        return Failure("too deeply nested to read (RecursionError)")
    if isinstance(error, OSError):
        return Failure(f"cannot read file: {error.strerror or error}")
    return Failure(f"unexpected {type(error).__name__}: {error}")


def run_safely(path: str, data: bytes, options: WorkOptions, process=process_file) -> Processed | Failure:
    """``process`` (by default :func:`process_file`) that never raises but for
    KeyboardInterrupt: what every runner calls."""
    started = time.perf_counter()
    try:
        outcome: Processed | Failure = process(path, data, options)
    except (KeyboardInterrupt, SystemExit, FileTimeout):
        raise
    except BaseException as e:  # a reader bug must not stop the batch
        outcome = describe_failure(e)
    outcome.seconds = time.perf_counter() - started
    return outcome
