"""Delivery-plan rows: one per commitment of a delivery plan or monitoring report table.

A delivery plan is a table named by a header row (see ``tables.header_map``).
A commitment's row runs on over rows with an empty Ref cell and over the
next page's table (its header repeated, or none), so rows are merged until a
new Ref, or until a ref-less row starts a new commitment. The objective a row
sits in (the theme) and the sub-heading over it ("Policing element:") come
from the headings, short paragraphs and spanning rows between the tables; a
theme row repeated over the next page ("… (continued)") leaves the row above open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..ingest.model import Block, Document
from .plan_structure import PLAN_REF
from .titles import DocumentCasing, is_generic_heading, tidy_title, without_continued
from .tables import (ColumnMap, cites_sub_ref, ends_incomplete, fits, fold_homoglyphs,
                     header_map, is_ref, ref_key, row_span, spanning_text)

SUBHEADING_MAX_WORDS = 8
THEME_MAX_WORDS = 12
FRAGMENT_MIN_CHARS = 6
_THEME_ROW = re.compile(r"^(?:strategic\s+)?(?:priority|objective|theme|aim|outcome)\s*\d+\b", re.I)
# Words of a sub-heading that says who delivers ("Policing element", "PCC commitments").
_SUBHEADING_WORDS = re.compile(r"\b(?:commitments?|elements?|actions|activities|responsibilities|pledges|"
                               r"deliverables)\b", re.I)


@dataclass
class DeliveryRow:
    """One commitment's merged rows; ``cells`` maps a field to its text pieces in order."""

    block: Block
    row: int
    ref: str | None
    theme: str | None
    heading: str | None
    cells: dict[str, list[str]] = field(default_factory=dict)

    def add(self, values: dict[str, str]) -> None:
        for name, text in values.items():
            pieces = self.cells.setdefault(name, [])
            if text and (not pieces or pieces[-1] != text):  # a merged cell repeated per row
                pieces.append(text)

    def text(self, name: str) -> str | None:
        return " ".join(self.cells.get(name, [])) or None


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


class _Walker:
    """State while reading a document's blocks in order."""

    def __init__(self, document: Document):
        self.blocks = document.blocks
        self.casing = DocumentCasing(document.text)
        self.words = self.casing.word_counts
        self.title = _compact(document.title or "")
        self.theme: str | None = None
        self.theme_level: int | None = None
        self.heading: str | None = None
        self.subheadings: list[str] = []
        self.columns: ColumnMap | None = None
        self.current: DeliveryRow | None = None
        self.rows: list[DeliveryRow] = []

    # -- context between tables -------------------------------------------------------------
    def set_heading(self, text: str) -> None:
        text = without_continued(text.strip().rstrip(":").strip()).rstrip(":").strip()
        self.heading = text
        if text not in self.subheadings:
            self.subheadings.append(text)
        self.current = None

    def set_theme(self, text: str | None, level: int | None = None) -> None:
        if text is not None and text == self.theme:
            return  # "Protecting vulnerable people (continued)" over the next page's part of the table
        self.theme, self.theme_level, self.heading, self.current = text, level, None, None

    def known_subheading(self, text: str) -> str | None:
        """The sub-heading a garbled fragment ("ce and Crime Commiss") was cut from."""
        key = _compact(text)
        if len(key) < FRAGMENT_MIN_CHARS:
            return None
        return next((s for s in self.subheadings if key in _compact(s)), None)

    def opens_section(self, index: int) -> bool:
        """Whether the next block starts a table section: a sub-heading, a header or a spanning row."""
        following = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        if following is None:
            return False
        if following.kind == "table":
            first = following.rows[0]
            return header_map(first) is not None or spanning_text(first, self.words) is not None
        return following.kind == "paragraph" and _is_subheading(following.text)

    def on_heading(self, block: Block) -> None:
        text = block.text.strip()
        level = block.level or 1
        in_plan = self.columns is not None and self.theme_level is not None
        if _is_subheading(text) or (in_plan and (level > self.theme_level or (
                level == self.theme_level and _names_subheading(text)))):
            self.set_heading(text)
        elif is_generic_heading(text) or _compact(text) == self.title:
            self.set_theme(None)
            self.columns = None  # an appendix or glossary: what follows is another table
        else:
            self.set_theme(tidy_title(text, self.casing), block.level)

    def on_paragraph(self, index: int, block: Block) -> None:
        text = block.text.strip()
        words = len(text.split())
        if _is_subheading(text):
            self.set_heading(text)
        elif words <= 4 and (known := self.known_subheading(text)):
            self.set_heading(known)
        elif words <= THEME_MAX_WORDS and _is_title_like(text) and self.opens_section(index):
            if _names_subheading(text):
                self.set_heading(text)
            else:
                self.set_theme(tidy_title(text, self.casing))

    # -- tables -------------------------------------------------------------------------------
    def on_table(self, block: Block) -> None:
        first = block.rows[0]
        if self.columns is not None and header_map(first, self.columns) is None \
                and spanning_text(first, self.words) is None and not fits(self.columns, first):
            return  # a table of another shape: a list of meetings, or debris of a garbled page
        for index, row in enumerate(block.rows):
            self.on_row(block, index, row)

    def on_row(self, block: Block, index: int, row: tuple[str, ...]) -> None:
        columns = header_map(row, self.columns)
        if columns is not None:
            if columns != self.columns:  # a repeated header (next page) leaves the row above open
                self.columns, self.current = columns, None
            self._heading_in_header(row)
            return
        span = spanning_text(row, self.words)
        if span is not None:
            if _names_subheading(span) and not _THEME_ROW.match(span):
                self.set_heading(span)
            else:
                self.set_theme(tidy_title(span, self.casing))
            return
        if self.columns is not None:
            self.on_data_row(block, index, self.columns.read(row))

    def _heading_in_header(self, row: tuple[str, ...]) -> None:
        """A sub-heading PDF extraction ran into the header row ("PART Ref | B: Police and Crime C Plan…")."""
        words = set(re.findall(r"[a-z]+", " ".join(row).lower()))
        for known in self.subheadings:
            need = set(re.findall(r"[a-z]+", known.lower()))
            if len(need) >= 3 and known != self.heading and len(need & words) / len(need) >= 0.8:
                self.heading = known

    def on_data_row(self, block: Block, index: int, values: dict[str, str]) -> None:
        if theme := values.pop("theme", ""):
            self.theme = tidy_title(theme, self.casing)
        ref, garbled = self.take_ref(values)
        if not any(values.values()):
            return
        current = self.current
        if ref and (current is None or ref_key(ref) != ref_key(current.ref)):
            self.start(block, index, ref, values)
        elif current is None:
            if values.get("commitment") and not garbled:
                self.start(block, index, None, values)
        elif not ref and not garbled and self.starts_commitment(current, values):
            self.start(block, index, None, values)
        else:
            current.add(values)

    def take_ref(self, values: dict[str, str]) -> tuple[str, bool]:
        """The row's ref, and whether its Ref cell held words instead (text run in from a garbled row)."""
        ref = fold_homoglyphs(values.pop("ref", ""))
        commitment = values.get("commitment", "")
        if ref and not is_ref(ref):
            values["commitment"] = f"{ref} {commitment}".strip()
            return "", True
        if not ref and self.columns.field("ref") is None and (match := PLAN_REF.match(commitment)):
            values["commitment"] = commitment[match.end():]  # "1.2 Reduce burglary" in a table with no Ref column
            return match.group(1), False
        return ref, False

    def starts_commitment(self, current: DeliveryRow, values: dict[str, str]) -> bool:
        """Whether a ref-less row begins a new commitment rather than continuing the one above."""
        text = values.get("commitment", "")
        before = current.text("commitment") or ""
        if len(text.split()) < 4 or not text[:1].isupper() or not before:
            return False
        if any(cites_sub_ref(v, current.ref) for v in values.values()):
            return False
        return not ends_incomplete(before)

    def start(self, block: Block, index: int, ref: str | None, values: dict[str, str]) -> None:
        self.current = DeliveryRow(block, index, ref, self.theme, self.heading)
        self.current.add(values)
        self.rows.append(self.current)

    def walk(self) -> list[DeliveryRow]:
        for index, block in enumerate(self.blocks):
            if block.kind == "table" and block.rows:
                self.on_table(block)
            elif block.kind == "heading":
                self.on_heading(block)
            elif block.kind == "paragraph":
                self.on_paragraph(index, block)
        return self.rows


def _is_subheading(text: str) -> bool:
    text = text.strip()
    return text.endswith(":") and 1 <= len(text.split()) <= SUBHEADING_MAX_WORDS and text[:1].isupper()


def _names_subheading(text: str) -> bool:
    return text.rstrip().endswith(":") or bool(_SUBHEADING_WORDS.search(text))


def _is_title_like(text: str) -> bool:
    return text[:1].isupper() and not re.search(r"[.:;,]$", text) and not is_ref(text)


def delivery_rows(document: Document) -> list[DeliveryRow]:
    """The document's delivery-plan rows, continuation rows merged, in order."""
    return _Walker(document).walk()


def row_span_in(row: DeliveryRow) -> tuple[int, int]:
    """[start, end) of the row's first table row inside its block's text."""
    return row_span(row.block, row.row)
