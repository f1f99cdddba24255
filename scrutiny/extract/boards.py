"""The ``scrutiny_boards`` component: Board and Membership records.

Three readers find boards: terms of reference (``board_tor.py``, with the
sub-groups they list), summary tables of meetings (``board_tables.py``) and prose
descriptions (``board_prose.py``).
Their drafts are merged by name; then abbreviations are looked up in the whole
document, so "a sub group of the LCJB" names the board the document defined as
"West Mercia Local Criminal Justice Board (LCJB)".

Minutes mention boards in passing ("the PCC as Chair of the LCJB") without
describing them, so in minutes only summary tables and terms of reference under
their own heading are read.
"""

from __future__ import annotations

import re

from spacy.language import Language

from .board_draft import BoardDraft
from .board_members import member_kind
from .board_prose import read_prose, read_subgroups
from .board_tables import GlossaryReader
from .board_text import (abbreviation_for, find_abbreviations, is_board_name, name_key, resolve_abbreviation,
                         split_abbreviation, status_from)
from .board_tor import (FieldScanner, context_name, fields_to_draft, group_fields, is_tor_title, table_fields,
                        under_tor_heading)
from .context import ExtractionContext, RecordExtractor
from .records import Board, Membership


def read_structured(ctx: ExtractionContext) -> list[BoardDraft]:
    """Drafts from glossary tables and terms of reference, in document order."""
    document = ctx.document
    cell_lines = document.metadata.get("tables")  # each table cell's lines, where the reader kept them
    glossary, scanner = GlossaryReader(), FieldScanner()
    groups = []  # (fields, index of the block they start at)
    table_no = 0
    for i, block in enumerate(document.blocks):
        if block.kind == "table":
            lines = cell_lines[table_no] if cell_lines and table_no < len(cell_lines) else None
            table_no += 1
            if scanner.table(block):
                continue
            if not glossary.table(block, i):
                fields = table_fields(block, lines)
                if fields:
                    groups.append((fields, i))
        elif block.kind == "heading":
            glossary.heading()
            scanner.heading(block)
        else:
            glossary.paragraph(block, i)
            scanner.text(block)
    index = {id(b): i for i, b in enumerate(document.blocks)}
    groups += [(g, index[id(g[0].label.block)]) for g in group_fields(scanner.fields)]
    drafts = list(glossary.drafts)
    tor_document = ctx.doc_type == "terms_of_reference" or is_tor_title(document.title)
    for fields, at in sorted(groups, key=lambda g: g[1]):
        in_tor = tor_document or under_tor_heading(document, at)
        if in_tor or ctx.doc_type != "minutes":
            draft = fields_to_draft(fields, context_name(document, at), in_tor)
            if draft:
                drafts.append(draft)
    return drafts


def _name_keys(draft: BoardDraft) -> list[str]:
    return [name_key(draft.name)]


def _abbreviation_keys(draft: BoardDraft) -> list[str]:
    """A board written once in full and once by its abbreviation ("SAPB terms of reference")."""
    keys = [draft.abbreviation.upper()] if draft.abbreviation else []
    if draft.name.isupper() and " " not in draft.name:
        keys.append(draft.name)
    return keys or [f"\0{id(draft)}"]


def merge_drafts(drafts: list[BoardDraft], keys=_name_keys) -> list[BoardDraft]:
    """One draft per board; the first keeps its fields and takes what the others add."""
    merged: dict[str, BoardDraft] = {}
    out: list[BoardDraft] = []
    for draft in drafts:
        first = next((merged[k] for k in keys(draft) if k in merged), None)
        if first is None:
            out.append(draft)
            merged.update(dict.fromkeys(keys(draft), draft))
            continue
        if first.name.isupper() and not draft.name.isupper():
            first.name, first.evidence = draft.name, draft.evidence  # the name written in full
        for attr in ("abbreviation", "purpose", "chair", "frequency", "parent", "status"):
            if getattr(first, attr) is None:
                setattr(first, attr, getattr(draft, attr))
        first.own_text = f"{first.own_text} {draft.own_text}"
        for m in draft.members:
            first.add_member(m.text, m.role, m.evidence)
    return out


def _resolve(drafts: list[BoardDraft], text: str) -> None:
    """Abbreviations from the whole text, then parents named by abbreviation resolved to boards."""
    defined = find_abbreviations(text)
    for d in drafts:
        d.abbreviation = d.abbreviation or abbreviation_for(d.name, defined, d.own_text)
    by_abbreviation = {d.abbreviation: d.name for d in drafts if d.abbreviation}
    for d in drafts:
        parent = resolve_abbreviation(d.parent, defined, by_abbreviation, tuple(o.name for o in drafts), text)
        parent = _full_name(parent, drafts) if parent else None
        if parent and (name_key(parent) == name_key(d.name)
                       or not (is_board_name(parent) or any(name_key(parent) == name_key(o.name) for o in drafts))):
            parent = None  # "reports to the PCC": a person, not a board
        d.parent = parent
        d.status = _dated_status(d, text) or d.status


def _full_name(name: str, drafts: list[BoardDraft]) -> str:
    """A board the document names in full elsewhere: "the Community Safety Partnership Board" is the
    "Riverside Community Safety Partnership Board" when that is the only board ending so."""
    key = name_key(name).split()
    if len(key) < 2:
        return name  # "the Board" could be any of them
    longer = [d.name for d in drafts if len(name_key(d.name).split()) > len(key)
              and name_key(d.name).split()[-len(key):] == key]
    return longer[0] if len(longer) == 1 else name


def _dated_status(draft: BoardDraft, text: str) -> str | None:
    """A dated status the document gives anywhere: "…, the Estates Board was dissolved on 31 July 2024"."""
    if draft.status and re.search(r"\d", draft.status):
        return None
    for m in re.finditer(re.escape(draft.name), text):
        status = status_from(text[m.start():m.end() + 80].split(".")[0])
        if status and re.search(r"\d", status):
            return status
    return None


class BoardExtractor(RecordExtractor):
    """Boards the document describes, each followed by its members."""

    def extract(self, ctx: ExtractionContext):
        drafts = read_structured(ctx)
        drafts += [sub for d in drafts for sub in read_subgroups(d)]
        if ctx.doc_type != "minutes":
            drafts += read_prose(ctx)
        for draft in drafts:
            draft.name, abbreviation = split_abbreviation(draft.name)
            draft.abbreviation = draft.abbreviation or abbreviation
        drafts = merge_drafts(drafts)
        _resolve(drafts, ctx.document.text)
        drafts = merge_drafts(drafts, _abbreviation_keys)
        for d in drafts:
            ev = d.evidence
            yield Board(**ctx.cite(ev.block, ev.start, ev.end), name=d.name, abbreviation=d.abbreviation,
                        purpose=d.purpose, chair=d.chair, frequency=d.frequency, parent=d.parent, status=d.status)
        for d in drafts:
            for m in d.members:
                ev = m.evidence
                yield Membership(**ctx.cite(ev.block, ev.start, ev.end), board=d.name, member=m.text,
                                 member_kind=member_kind(m.text), role_on_board=m.role)


@Language.factory("scrutiny_boards")
def make_board_extractor(nlp: Language, name: str) -> BoardExtractor:
    return BoardExtractor()
