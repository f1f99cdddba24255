"""A board's objectives given in a terms-of-reference table: "Objectives | <one per line>".

Terms of reference are often a two-column table of labels and values. The row
labelled Objectives (or Aims, Priorities) lists the board's objectives, one
per line of the cell; the board is the value of the "Name of group" (or
"Meeting", "Board" …) row, else a board-named heading or the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..ingest.model import Block, Document
from .plan_structure import ABBREVIATION, board_name
from .tables import row_span

_OBJECTIVES_LABEL = re.compile(r"^(?:(?:key|main|strategic|specific|our|the)\s+)?(?:objectives|aims|priorities)"
                               r"(?:\s+of the \w+)?\s*:?$", re.I)
_NAME_LABEL = re.compile(r"^(?:name(?:\s+of\s+(?:the\s+)?\w+)?|meeting|group|board|forum|panel|partnership|"
                         r"committee|title)\s*:?$", re.I)


@dataclass(frozen=True)
class TableObjective:
    block: Block
    start: int  # offsets inside the block's text
    end: int
    text: str
    board: str | None


def table_objectives(document: Document) -> list[TableObjective]:
    """Objectives from label | value tables, in order."""
    lines_by_table = _cell_lines(document)
    out: list[TableObjective] = []
    for number, block in enumerate(document.tables):
        rows = block.rows
        if not rows or len(rows[0]) < 2:
            continue
        named = next((r[1] for r in rows if _NAME_LABEL.match(r[0].strip()) and r[1].strip()), None)
        board = ABBREVIATION.sub("", named).strip() if named else board_name(document)
        for index, row in enumerate(rows):
            if not _OBJECTIVES_LABEL.match(row[0].strip()) or not row[1].strip():
                continue
            start, _ = row_span(block, index)
            cells = lines_by_table[number][index] if number < len(lines_by_table) else []
            lines = cells[1] if len(cells) > 1 and cells[1] else _sentences(row[1])
            for line in lines:
                at = block.text.find(line, start)
                if at >= 0:
                    out.append(TableObjective(block, at, at + len(line), line, board))
                    start = at + len(line)
    return out


def _cell_lines(document: Document) -> list[list[list[list[str]]]]:
    """Each table's cells as their own lines (DOCX keeps them), when they match the table blocks."""
    tables = document.metadata.get("tables") or []
    return tables if len(tables) == len(document.tables) else []


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.;])\s+(?=[A-Z])", text.strip()) if s]
