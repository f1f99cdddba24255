"""Helpers for reading tables of governance papers: header rows, refs, spanning rows.

Delivery plans and monitoring reports are tables whose columns are named by a
header row (Ref | Plan commitment | Supporting activity | Progress update |
Oversight, or Ref | Objective | Action | Lead | Progress | RAG …). These
helpers map header cells to record fields by their words, never by position,
and repair what PDF text extraction does to a row that spans the columns
("Polic | e and Crime Commissi | oner's Commitments:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from ..ingest.model import CELL_SEPARATOR, ROW_SEPARATOR, Block

# Header words per field, tried in this order: "Action owner" is an owner,
# "Progress against action" an update, "Plan commitment" a commitment.
HEADER_FIELDS = (
    ("ref", re.compile(r"\b(?:ref|refs|reference|ref no|no|id)\b\.?", re.I)),
    ("status", re.compile(r"\b(?:status|rag|rating)\b", re.I)),
    ("due", re.compile(r"\b(?:timescales?|deadlines?|due|target dates?|by when|dates?|timeline|completion)\b", re.I)),
    ("oversight", re.compile(r"\b(?:oversight|lead|leads|owner|owners|responsib\w*|accountab\w*|governance|"
                             r"monitoring|assurance|by whom)\b", re.I)),
    ("update", re.compile(r"\b(?:updates?|progress|commentary|comments?|position)\b", re.I)),
    ("theme", re.compile(r"\b(?:themes?|priority areas?)\b", re.I)),
    ("commitment", re.compile(r"\b(?:commit\w*|objectives?|pledges?|priorit\w*|aims?|goals?|promises?)\b", re.I)),
    ("activity", re.compile(r"\b(?:activit\w*|actions?|tasks?|milestones?|deliverables?|steps|how we will|what we (?:will do|did|have done))\b", re.I)),
)
HEADER_MAX_WORDS = 8
HEADER_PLAIN_WORDS = 4
_PREFERRED = {
    "commitment": re.compile(r"\b(?:commit\w*|pledges?|promises?)\b", re.I),
    "oversight": re.compile(r"\b(?:oversight|governance|monitoring|assurance|scrutiny|accountab\w*)\b", re.I),
}

# A plan reference: "1.1", "A.4", "B5", "D 9", "3.10", "A4.6", "2a".
_REF = re.compile(r"^[A-Z]{0,4}\s?[.\-]?\s?\d{1,3}(?:[.\-]\d{1,3}){0,3}[a-z]?\.?$")
# Capitals of other scripts that OCR and PDF fonts put in place of Latin ones ("Β5").
_HOMOGLYPHS = str.maketrans("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧАВЕКМНОРСТХ", "ABEZHIKMNOPTYXABEKMHOPCTX")
_PUNCT_ONLY = re.compile(r"^[\W_]+$")
_FUNCTION_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the",
                   "to", "with", "which", "that", "their", "its", "our", "my"}


def clean_cell(text: str | None) -> str:
    """A cell's text, empty when it holds only rules or punctuation ("----", "-")."""
    text = (text or "").strip()
    return "" if _PUNCT_ONLY.match(text) else text


def fold_homoglyphs(text: str) -> str:
    return text.translate(_HOMOGLYPHS)


def is_ref(text: str) -> bool:
    return bool(_REF.match(fold_homoglyphs(text.strip())))


def ref_key(ref: str | None) -> str:
    """A ref compared loosely: "A.1", "A1" and "a 1" are one ref."""
    return re.sub(r"[^a-z0-9]", "", fold_homoglyphs(ref or "").lower())


def cites_sub_ref(text: str, ref: str | None) -> bool:
    """Whether text numbers a sub-item of ref: "(A4.3)" under A.4, "(2.3.1)" under 2.3."""
    if not ref:
        return False
    ref = fold_homoglyphs(ref).rstrip(".")
    forms = {re.escape(ref)}
    if re.search(r"[A-Za-z]", ref):
        forms.add(re.escape(ref.replace(".", "")))
    return bool(re.search(rf"(?<![\w.])(?:{'|'.join(forms)})[.\-]\d", fold_homoglyphs(text)))


def ends_incomplete(text: str) -> bool:
    """Whether a cell's text stops mid-sentence (on "the", "to", a comma …)."""
    text = text.rstrip()
    if not text or text[-1] in ",;-–&/(":
        return True
    words = re.findall(r"[A-Za-z']+", text)
    return bool(words) and words[-1].lower() in _FUNCTION_WORDS


@dataclass(frozen=True)
class ColumnMap:
    """Which column holds which field; ``width`` is the header row's width."""

    columns: tuple[tuple[int, str], ...]
    width: int

    def field(self, name: str) -> int | None:
        return next((i for i, f in self.columns if f == name), None)

    @property
    def fields(self) -> set[str]:
        return {f for _, f in self.columns}

    def read(self, row: tuple[str, ...]) -> dict[str, str]:
        """The row's cells by field."""
        return {name: clean_cell(row[i]) if i < len(row) else "" for i, name in self.columns}


def header_field(cell: str) -> str | None:
    cell = cell.strip()
    if not cell or len(cell.split()) > HEADER_MAX_WORDS or is_ref(cell) or (cell.endswith(".") and " " in cell):
        return None
    for name, pattern in HEADER_FIELDS:
        if pattern.search(cell):
            if name == "ref" and len(cell.split()) > 3:
                continue
            return name
    return None


def header_map(row: tuple[str, ...], previous: ColumnMap | None = None) -> ColumnMap | None:
    """The column map a header row gives, or None if the row is not a delivery-plan header.

    A delivery plan names its commitments (Commitment, Objective, Pledge …)
    and something done or said about them (Activity, Update, Lead, RAG …).
    A garbled repeat of the previous header (same width, mostly the same
    fields) keeps the previous map.
    """
    if not row or not row[0].strip() or any(is_ref(c) for c in row):
        return None  # a row under a header starts with its Ref, or is a continuation with none
    found = [(i, f) for i, f in ((i, header_field(c)) for i, c in enumerate(row)) if f]
    if len({f for _, f in found}) < 3:
        return None
    if previous and previous.width == _width(row) and sum(previous.field(f) == i for i, f in found) >= 2:
        return previous
    if sum(len(row[i].split()) > HEADER_PLAIN_WORDS for i, _ in found) > 1:
        return None  # header cells are short labels; a row of short sentences is data
    columns = _choose_columns(found, row)
    fields = {f for _, f in columns}
    if "commitment" not in fields or not fields & {"activity", "update", "oversight", "status"}:
        return None
    return ColumnMap(tuple(columns), _width(row))


def _choose_columns(found: list[tuple[int, str]], row: tuple[str, ...]) -> list[tuple[int, str]]:
    """One column per field: the one named most plainly ("Oversight" over "Lead").

    With two commitment-like columns ("Priority | Commitment") and no Theme
    column, the one not named a commitment (else the first) is the theme.
    """
    by_field: dict[str, list[int]] = {}
    for i, name in found:
        by_field.setdefault(name, []).append(i)
    chosen: dict[int, str] = {}
    for name, indexes in by_field.items():
        preferred = _PREFERRED.get(name)
        fallback = indexes[-1] if name == "commitment" else indexes[0]
        best = next((i for i in indexes if preferred and preferred.search(row[i])), fallback)
        chosen[best] = name
        if name == "commitment" and len(indexes) > 1 and "theme" not in by_field:
            chosen[next(i for i in indexes if i != best)] = "theme"
    return sorted(chosen.items())


def _width(row: tuple[str, ...]) -> int:
    """Row width without trailing empty columns."""
    width = len(row)
    while width and not row[width - 1].strip():
        width -= 1
    return width


def fits(columns: ColumnMap, row: tuple[str, ...]) -> bool:
    """Whether a header-less table's row can continue a table with these columns."""
    return _width(row) <= columns.width <= len(row)


def spanning_text(row: tuple[str, ...], words: Mapping[str, int]) -> str | None:
    """The text of a row that spans the columns (a sub-heading such as "Policing element:"), else None.

    Its non-empty cells run from the first column and leave the row unfilled;
    a first cell that is a prefix of the next ("Poli", "Policing element:")
    is a duplicate; a word cut by a column edge is closed up when the document
    knows the whole word.
    """
    cells = [clean_cell(c) for c in row]
    filled = [i for i, c in enumerate(cells) if c]
    if not filled or filled[0] != 0 or is_ref(cells[0]):
        return None
    if filled != list(range(len(filled))) or len(filled) >= len(row):
        return None
    parts = [cells[i] for i in filled]
    if len(parts) > 1 and parts[1].lower().startswith(parts[0].lower()):
        parts = parts[1:]
    text = parts[0]
    for part in parts[1:]:
        text = join_split_word(text, part, words)
    if len(text.split()) > 12 or (len(parts) > 1 and not text.endswith(":")):
        return None
    return text


def join_split_word(left: str, right: str, words: Mapping[str, int]) -> str:
    """Join two pieces of one line, closing up a word split between them ("Polic" + "e and").

    ``words`` counts the document's words: the whole word must be there, and
    as common as the piece (the garbled pieces themselves are in the text too).
    """
    tail = re.search(r"([A-Za-z']+)$", left)
    head = re.match(r"([a-z][A-Za-z']*)", right)
    if tail and head:
        whole = (tail.group(1) + head.group(1)).lower()
        if words.get(whole, 0) >= max(words.get(tail.group(1).lower(), 0), 1):
            return left + right
    return f"{left} {right}"


def row_span(block: Block, index: int) -> tuple[int, int]:
    """[start, end) of row ``index`` inside the table block's text."""
    start = 0
    for row in block.rows[:index]:
        start += len(CELL_SEPARATOR.join(row)) + len(ROW_SEPARATOR)
    return start, start + len(CELL_SEPARATOR.join(block.rows[index]))
