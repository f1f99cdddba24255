"""Batch work on a store and its index that reads no file: reindex, reextract, check and repair.

In Python::

    from scrutiny.corpus import open_store
    from scrutiny.search import open_index
    from scrutiny.maintenance import check, reindex, repair

    with open_store(home) as store:
        reindex(home, store)              # a new index generation, swapped in atomically
        with open_index(home) as index:
            report = check(store, index)
            if report.problems:
                repair(store, index, report)
"""

from .check import PROBLEMS, CheckReport, RepairResult, check, repair
from .indexing import INDEX_BATCH, ReindexResult, document_passages, drop_removed, index_documents, reindex
from .lock import MaintenanceBusy, maintenance_lock
from .reextract import ReextractResult, reextract, reextract_document

__all__ = ["INDEX_BATCH", "PROBLEMS", "CheckReport", "MaintenanceBusy", "ReextractResult", "ReindexResult",
           "RepairResult", "check", "document_passages", "drop_removed", "index_documents", "maintenance_lock",
           "reextract", "reextract_document", "reindex", "repair"]
