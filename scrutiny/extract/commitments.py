"""Commitment and progress components: pledges of a plan, rows of a delivery plan.

``scrutiny_commitments`` reads a plan's pledges, outcomes, challenges and
board objectives from its headings and lists (``plan_structure.py``), a
board's objectives from a terms-of-reference table (``objectives.py``) and
each commitment row of a delivery-plan table (``progress.py``);
``scrutiny_progress`` gives one progress record per delivery-plan row.
Minutes are left alone: their lists are discussion points.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .context import ExtractionContext, RecordExtractor
from .objectives import table_objectives
from .plan_structure import plan_items
from .progress import DeliveryRow, delivery_rows, row_span_in
from .records import Commitment, Progress

SKIPPED_TYPES = ("minutes",)
# A report restates a plan's pledges and terms of reference list duties: from these only
# a board's stated objectives and delivery-plan rows count.
OBJECTIVES_ONLY_TYPES = ("report", "terms_of_reference")
_ROWS_KEY = "scrutiny.delivery_rows"


def cached_delivery_rows(ctx: ExtractionContext) -> list[DeliveryRow]:
    """The document's delivery-plan rows, read once for both components."""
    doc: Doc = ctx.doc
    if _ROWS_KEY not in doc.user_data:
        doc.user_data[_ROWS_KEY] = delivery_rows(ctx.document)
    return doc.user_data[_ROWS_KEY]


def _cite_row(ctx: ExtractionContext, row: DeliveryRow) -> dict:
    start, end = row_span_in(row)
    return ctx.cite(row.block, start, end)


class CommitmentExtractor(RecordExtractor):
    """Plan commitments from headings and lists, then delivery-plan rows."""

    def extract(self, ctx: ExtractionContext):
        if ctx.doc_type in SKIPPED_TYPES:
            return
        items = plan_items(ctx.document, is_plan=ctx.doc_type == "plan")
        if ctx.doc_type in OBJECTIVES_ONLY_TYPES:
            items = [item for item in items if item.kind == "objective"]
        for item in items:
            first, last = item.blocks[0], item.blocks[-1]
            yield Commitment(**ctx.cite(first, 0, last.end - first.start), text=item.text, theme=item.theme,
                             heading=item.heading, ref=item.ref, kind=item.kind)
        for objective in table_objectives(ctx.document):
            yield Commitment(**ctx.cite(objective.block, objective.start, objective.end), text=objective.text,
                             theme=objective.board, heading=None, ref=None, kind="objective")
        for row in cached_delivery_rows(ctx):
            text = row.text("commitment")
            if text:
                yield Commitment(**_cite_row(ctx, row), text=text, theme=row.theme, heading=row.heading,
                                 ref=row.ref, kind="pledge")


class ProgressExtractor(RecordExtractor):
    """One progress record per delivery-plan row, continuation rows merged."""

    def extract(self, ctx: ExtractionContext):
        if ctx.doc_type in SKIPPED_TYPES:
            return
        for row in cached_delivery_rows(ctx):
            yield Progress(**_cite_row(ctx, row), ref=row.ref, commitment=row.text("commitment"),
                           activity=row.text("activity"), update=row.text("update"),
                           oversight=row.text("oversight"))


@Language.factory("scrutiny_commitments")
def make_commitment_extractor(nlp: Language, name: str) -> CommitmentExtractor:
    return CommitmentExtractor()


@Language.factory("scrutiny_progress")
def make_progress_extractor(nlp: Language, name: str) -> ProgressExtractor:
    return ProgressExtractor()
