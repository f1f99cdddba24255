"""Comparing the store with the index, and repairing what differs.

Every passage carries its document's stamp (records digest and passage count, see
``scrutiny.search.stamp``), so a check needs neither files nor re-extraction: the
index's postings give each document's passages, the store gives its records.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..corpus import Store
from ..search import SearchIndex
from ..search.generations import remove_stale, stale_paths
from ..search.inventory import index_inventory
from ..search.stamp import parse_stamp, records_digest
from .indexing import document_passages, drop_removed, index_documents

# What each kind of problem means, in the order reports list them.
PROBLEMS = {
    "missing": "stored but not in the index yet",
    "lost": "marked indexed in the store but not in the index",
    "orphaned": "in the index but not in the store",
    "stale": "indexed from other records than the store holds",
    "incomplete": "passages missing from the index, or doubled",
}


@dataclass
class CheckReport:
    documents: int = 0  # in the store
    indexed_documents: int = 0  # in the index
    passages: int = 0  # in the index
    missing: list[str] = field(default_factory=list)  # document ids, as in PROBLEMS
    lost: list[str] = field(default_factory=list)
    orphaned: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)
    orphan_rows: dict[str, int] = field(default_factory=dict)  # store rows whose document is gone, by table
    leftovers: list[str] = field(default_factory=list)  # index directories left by killed rebuilds
    names: dict[str, str] = field(default_factory=dict)  # document id -> name

    @property
    def problems(self) -> int:
        """One per line of :meth:`lines`: a document, a table with orphan rows, a leftover path."""
        return sum(len(getattr(self, kind)) for kind in PROBLEMS) + len(self.orphan_rows) + len(self.leftovers)

    def to_dict(self) -> dict:
        out = asdict(self)
        names = out.pop("names")
        for kind in PROBLEMS:
            out[kind] = [{"id": i, "name": names.get(i, "")} for i in out[kind]]
        out["problems"] = self.problems
        return out

    def lines(self) -> list[str]:
        """One line per problem, ``what: document (id)``."""
        out = [f"{PROBLEMS[kind]}: {self.names.get(i, '?')} ({i[:16]})" for kind in PROBLEMS
               for i in getattr(self, kind)]
        out += [f"rows of {table} whose document is not stored: {n}" for table, n in self.orphan_rows.items()]
        out += [f"left over by an interrupted rebuild: {path}" for path in self.leftovers]
        return out

    def summary(self) -> str:
        counts = ", ".join(f"{len(getattr(self, kind))} {kind}" for kind in PROBLEMS)
        return (f"{self.documents} documents stored, {self.indexed_documents} indexed ({self.passages} passages): "
                f"{counts}, {sum(self.orphan_rows.values())} orphan rows, {len(self.leftovers)} leftover dirs")


def check(store: Store, index: SearchIndex) -> CheckReport:
    """Every difference between the store and the index, and leftovers of killed runs."""
    inventory = index_inventory(index)
    summaries = {row["id"]: row for row in store.document_summaries()}
    report = CheckReport(documents=len(summaries), indexed_documents=len(inventory),
                         passages=sum(d.passages for d in inventory.values()))
    report.names = {i: d.doc for i, d in inventory.items()} | {i: r["name"] for i, r in summaries.items()}
    for document_id, row in summaries.items():
        kind = _problem(store, row, inventory.get(document_id))
        if kind:
            getattr(report, kind).append(document_id)
    report.orphaned = sorted(set(inventory) - set(summaries))
    report.orphan_rows = store.orphan_rows()
    report.leftovers = [str(p) for p in stale_paths(index.path.parent)]
    return report


def _problem(store: Store, row: dict, indexed) -> str | None:
    if indexed is None:
        if not document_passages(store, row):  # nothing to index: nothing missing
            return None
        return "lost" if row["indexed"] else "missing"
    stamps = {parse_stamp(s) for s in indexed.stamps}
    if len(stamps) != 1 or None in stamps:
        return "stale"
    digest, count = stamps.pop()
    if digest != records_digest(store.records(document_id=row["id"])):
        return "stale"
    return "incomplete" if count != indexed.passages else None


@dataclass
class RepairResult:
    reindexed: int = 0  # documents indexed again
    removed: int = 0  # documents dropped from the index
    rows_deleted: int = 0  # orphan rows deleted from the store
    dirs_removed: int = 0

    def summary(self) -> str:
        return (f"repaired: {self.reindexed} documents reindexed, {self.removed} removed from the index, "
                f"{self.rows_deleted} orphan rows deleted, {self.dirs_removed} leftover dirs removed")


def repair(store: Store, index: SearchIndex, report: CheckReport) -> RepairResult:
    """Fix what ``check`` found: index what is missing, stale or incomplete, drop orphans."""
    result = RepairResult()
    if report.orphaned:
        index.write([], remove_document_ids=report.orphaned)
        result.removed = len(report.orphaned)
    if report.orphan_rows:
        result.rows_deleted = store.delete_orphan_rows()
    redo = report.missing + report.lost + report.stale + report.incomplete
    # Records changed behind scrutiny's back leave the digest ingest kept behind them.
    store.forget_records_digest(report.stale)
    index_documents(store, index, redo)
    result.reindexed = len(redo)
    result.removed += drop_removed(store, index)
    result.dirs_removed = len(remove_stale(Path(index.path).parent)) if report.leftovers else 0
    return result
