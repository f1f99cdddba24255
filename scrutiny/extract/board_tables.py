"""Boards from summary tables: Name | Purpose | Meets (| Chair | Reports to).

Appendices list a body's meetings in one table that runs over several pages, one
table block per page, the header sometimes repeated and sometimes not, and a
name or purpose that wraps into a second row. A table without a header of its own
continues the table before it when it has as many columns and no heading comes
between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..ingest.model import Block
from .board_draft import BoardDraft, Line
from .board_text import chair_from, clean_name, parent_from
from .frequency import normalise_frequency

HEADERS = {
    "name": re.compile(r"^(?:name(?: of (?:the )?(?:meeting|board|group|body|forum))?|meetings?|boards?|groups?|"
                       r"forums?|bod(?:y|ies)|partnerships?|committees?|meeting name)\b", re.I),
    # not "Role": Name | Role | Organisation is an attendance table
    "purpose": re.compile(r"^(?:purposes?|remit|description|function|aims?|summary|terms of reference|"
                          r"role and (?:purpose|remit)|responsibilit\w*)\b", re.I),
    "frequency": re.compile(r"^(?:meets|frequency|meeting frequency|how often|when (?:it )?meets)\b", re.I),
    "chair": re.compile(r"^(?:chair(?:ed by|person)?)\b", re.I),
    "parent": re.compile(r"^(?:reports? to|reporting to|accountable to|parent)\b", re.I),
}
_MAX_GAP = 3  # blocks (a key, a stray wrapped line) between the parts of a glossary without pages
_OPEN_END = re.compile(r"(?:-|\b(?:and|of|for|the|&|to|in|on))$", re.I)


@dataclass
class _Glossary:
    columns: dict[str, int]
    width: int
    at: int  # index of the last block of the glossary
    page: int | None


def header_columns(row: tuple[str, ...]) -> dict[str, int] | None:
    """The column of each field when the row is a glossary header, else None."""
    columns: dict[str, int] = {}
    for i, cell in enumerate(row):
        for key, pattern in HEADERS.items():
            if key not in columns and pattern.match(cell.strip()):
                columns[key] = i
                break
    if "name" in columns and ("purpose" in columns or "frequency" in columns):
        return columns
    return None


def _cell(row: tuple[str, ...], columns: dict[str, int], key: str) -> str:
    i = columns.get(key)
    return row[i].strip() if i is not None and i < len(row) else ""


_KEYS = ("name", "purpose", "frequency", "chair", "parent")


def _continues(prev: dict | None, row: dict) -> bool:
    """A row that wraps the row above: no name, a name in lower case, or the row above left open."""
    if prev is None:
        return False
    name, purpose = row["name"], row["purpose"]
    if not name or name[:1].islower() or _OPEN_END.search(prev["name"]):
        return True
    return bool(purpose[:1].islower() and not row["frequency"] and not prev["purpose"].endswith("."))


def _join(a: str, b: str) -> str:
    if not a or not b:
        return a or b
    return a + b if a.endswith("-") else f"{a} {b}"


def _fill(draft: BoardDraft, raw: dict) -> None:
    """The draft's fields from the raw cells of its row(s)."""
    draft.name = clean_name(raw["name"])
    draft.purpose = raw["purpose"] or None
    draft.frequency = normalise_frequency(raw["frequency"])
    found = chair_from(raw["purpose"])
    draft.chair = raw["chair"] or (found[0] if found else None)
    draft.parent = raw["parent"] or parent_from(raw["purpose"])
    draft.own_text = raw["purpose"]


class GlossaryReader:
    """Reads the glossary tables of a document, in order, into board drafts."""

    def __init__(self):
        self.drafts: list[BoardDraft] = []
        self._glossary: _Glossary | None = None
        self._prev: BoardDraft | None = None
        self._raw: dict | None = None  # the cells of the last board's row(s), wrapped rows joined

    def heading(self) -> None:
        self._glossary = None
        self._prev, self._raw = None, None

    def paragraph(self, block: Block, at: int) -> None:
        """A lower-case line just after a glossary table: the last purpose wrapped out of its cell."""
        if self._glossary and self._raw and at == self._glossary.at + 1 and block.text[:1].islower():
            self._raw["purpose"] = _join(self._raw["purpose"], block.text)
            _fill(self._prev, self._raw)

    def table(self, block: Block, at: int) -> bool:
        """Read the table that is block ``at``; True when it was (part of) a glossary."""
        rows = block.rows or ()
        start = 0
        for i, row in enumerate(rows[:3]):
            columns = header_columns(row)
            if columns:
                self._glossary, start = _Glossary(columns, len(row), at, block.page), i + 1
                break
        else:
            if not self._continued_by(block, at):
                self._glossary = None
                return False
        self._glossary.at, self._glossary.page = at, block.page
        offset = 0
        for row in rows[start:]:
            offset = self._row(block, row, offset)
        return True

    def _continued_by(self, block: Block, at: int) -> bool:
        """A table without a header goes on with the glossary: as wide, on the next page or close after."""
        g = self._glossary
        if not g or not block.rows or g.width != len(block.rows[0]):
            return False
        if g.page is not None and block.page is not None:
            return block.page == g.page + 1
        return at - g.at <= _MAX_GAP

    def _row(self, block: Block, cells: tuple[str, ...], offset: int) -> int:
        if header_columns(cells):
            return offset  # the header repeated on a new page
        row = {key: _cell(cells, self._glossary.columns, key) for key in _KEYS}
        if not row["name"] and not row["purpose"]:
            return offset
        if _continues(self._raw, row):
            self._raw = {key: _join(self._raw[key], row[key]) for key in _KEYS}
            _fill(self._prev, self._raw)
            return offset
        line = Line.find(block, row["name"], offset)
        self._prev, self._raw = BoardDraft(name="", evidence=line, source="glossary"), row
        _fill(self._prev, row)
        self.drafts.append(self._prev)
        return line.end
