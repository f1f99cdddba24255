"""Boards described in prose: web pages and the governance part of plans.

A section (a heading and the blocks up to the next heading) describes a board when
its heading is a board's name and its text refers to a board ("The West Mercia
Local Criminal Justice Board (LCJB) brings together…", "The key purpose of the
board is…"), or when one of its sentences opens with a board's name and a verb
("The Alliance Governance Group consisted of…"). The section's sentences then give
the purpose, chair, parent, frequency, status and members.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..ingest.model import Block
from .board_draft import BoardDraft, Line
from .board_members import clean_member, is_member_line, person_name, role_on_board, split_conjuncts
from .board_text import (chair_by_subject, chair_from, clean_name, drop_copula, is_board_name, parent_from,
                         status_from, subject_mention, support_from)
from .board_tor import label_kind
from .context import ExtractionContext
from .frequency import find_frequency

_PURPOSE_OF = re.compile(r"^(?:the\s+)?(?:(?:key|main|overall|primary|core)\s+)?(?:purpose|role|aim|remit|function)s?"
                         r"\s+of\s+(?:the|this)\s+[\w-]+\s+(?:is|are|will be)\b", re.I)
_PURPOSE_VERBS = {
    "brings", "ensures", "provides", "oversees", "aims", "exists", "works", "supports", "leads", "coordinates",
    "co-ordinates", "delivers", "considers", "monitors", "scrutinises", "scrutinizes", "seeks", "focuses",
    "drives", "develops", "sets", "holds", "promotes", "agrees", "enables", "reviews", "challenges",
    "tackles", "helps", "offers", "acts", "gives", "takes", "manages", "directs", "commissions", "advises",
    "produces", "analyses", "identifies", "informs", "improves", "reduces", "prevents", "protects", "looks",
}
_IS_PURPOSE = re.compile(r"^(?:is|are)\s+(?:responsible|accountable|tasked|charged)\b|"
                         r"^(?:is|are)\s+(?:the|a|an)\s+(?!sub[- ]?\w+\s+of\b)(?![\w-]+\s+of\b)")
_SUB_GROUP = re.compile(r"^(?:is|was|are)\s+(?:a|the)\s+sub[- ]?\w+\s+of\s+.*?\s+and\s+(?=[a-z])")
_MEET_TO = re.compile(r"\b(?:meets?|met|meeting|convenes?|convened|set\s+up|established|formed|created)\b[^.]*?"
                      r"\s(?P<p>to\s+(?!(?:the|a|an|it|its|them|their|this)\b)[a-z]+\b.*)$")
_THE_BOARD = re.compile(r"^(?:The|This)\s+(?:board|group|partnership|committee|panel|forum|network)\s+"
                        r"(?P<rest>[a-z].*)$", re.I)
_MEMBERS_OF = re.compile(
    r"\b(?:consist(?:s|ed)?\s+of|comprise[sd]?|(?:is|are|was|were)\s+made\s+up\s+of|"
    r"membership\s+(?:includes|included|comprises|consists\s+of)|"
    r"[Mm]embers(?:\s+of\s+(?:the|this)\s+(?:board|group|partnership|committee|panel|forum|network))?\s+"
    r"(?:are|include|included|also\s+include)|"
    r"includes\s+representatives\s+(?:from|of)|"
    r"(?:is|are|was|were)\s+attended\s+by)\s+(?P<list>[^:]+?)\.?$")
_MEMBERS_LEAD = re.compile(r"\b(?:member(?:s|ship)?|includ\w+|compris\w+|consist\w*|made up|attend\w*|represent\w*)\b",
                           re.I)
_REFERS = re.compile(r"\b(?:the|this)\s+(?:board|group|partnership|committee|panel|forum|meeting|network)\b", re.I)
_SUBGROUP_SPLIT = re.compile(r"\s+[-–—]\s+|:\s+|\s+(?=\()")  # "Name – what it does", "Name: …", "Name (…)"


@dataclass
class Sentence:
    text: str
    line: Line


@dataclass
class Section:
    heading: Block | None
    blocks: list[Block] = field(default_factory=list)


def purpose_of(sentence: str) -> str | None:
    """The clause giving a board's purpose, as written."""
    if _PURPOSE_OF.match(sentence):
        return sentence
    mention = subject_mention(sentence)
    rest = mention[1] if mention else None
    if rest is None and (m := _THE_BOARD.match(sentence)):
        rest = m.group("rest")  # "The Board sets the partnership's strategy…"
    if rest:
        rest = _SUB_GROUP.sub("", rest)
        if rest.split()[0] in _PURPOSE_VERBS or _IS_PURPOSE.match(rest):
            return drop_copula(rest)
    m = _MEET_TO.search(sentence)
    return m.group("p") if m else None


def sections(blocks: tuple[Block, ...]) -> list[Section]:
    out = [Section(None)]
    for block in blocks:
        if block.kind == "heading":
            out.append(Section(block))
        else:
            out[-1].blocks.append(block)
    return out


def _sentences(ctx: ExtractionContext, section: Section) -> list[Sentence]:
    return [Sentence(text, Line(text, b, s, e))
            for b in section.blocks if b.kind == "paragraph"
            for text, s, e in ctx.block_sentences(b)]


def _fill(draft: BoardDraft, sentences: list[Sentence]) -> None:
    for s in sentences:
        draft.purpose = draft.purpose or purpose_of(s.text)
        draft.status = draft.status or status_from(s.text)
        draft.parent = draft.parent or parent_from(s.text)
        found = find_frequency(s.text)
        draft.frequency = draft.frequency or (found[0] if found else None)
        chair = chair_from(s.text) or chair_by_subject(s.text)
        if chair and not draft.chair:
            draft.chair = person_name(chair[0]) or chair[0]
            draft.add_member(chair[0], "chair", _line_at(s, chair), loose=True)
        support = support_from(s.text)
        if support:
            draft.add_member(support[0], "support", _line_at(s, support), loose=True)
        m = _MEMBERS_OF.search(s.text)
        if m:
            for member in split_conjuncts(m.group("list")):
                draft.add_member(member, role_on_board(member), Line.find(s.line.block, member, s.line.start))
    draft.own_text = " ".join(s.text for s in sentences)


def _line_at(s: Sentence, found: tuple[str, int, int]) -> Line:
    return Line(found[0], s.line.block, s.line.start + found[1], s.line.start + found[2])


def _listed_members(draft: BoardDraft, section: Section, own: list[Sentence]) -> None:
    """Members listed after a lead-in such as "…includes membership from all partners, including:"."""
    own_blocks = [s.line.block for s in own]
    for i, block in enumerate(section.blocks):
        if block.kind != "paragraph" or not block.text.rstrip().endswith(":") or block not in own_blocks:
            continue
        if not _MEMBERS_LEAD.search(block.text):
            continue
        for item in section.blocks[i + 1:]:
            if item.kind != "list_item":
                break
            text = clean_member(item.text)
            if is_member_line(text):
                draft.add_member(text, role_on_board(text), Line(item.text, item, 0, len(item.text)))


def _heading_board(section: Section, sentences: list[Sentence]) -> BoardDraft | None:
    heading = section.heading
    if heading is None or not is_board_name(heading.text):
        return None
    if not any(subject_mention(s.text) or _REFERS.search(s.text) for s in sentences):
        return None
    return BoardDraft(name=heading.text.strip(), evidence=Line(heading.text, heading, 0, len(heading.text)),
                      source="prose")


def _mentioned_boards(sentences: list[Sentence]) -> list[tuple[BoardDraft, list[Sentence]]]:
    """Boards a section names as the subject of a sentence, each with the sentences from there on."""
    found: list[tuple[BoardDraft, list[Sentence]]] = []
    preamble: list[Sentence] = []
    for s in sentences:
        mention = subject_mention(s.text)
        if mention and all(d.name.lower() != mention[0].lower() for d, _ in found):
            evidence = Line.find(s.line.block, mention[0], s.line.start)
            found.append((BoardDraft(name=mention[0], evidence=evidence, source="prose"), []))
        if found:
            found[-1][1].append(s)
        else:
            preamble.append(s)
    if found:
        found[0][1][:0] = preamble  # "The Alliance … was dissolved" before the group is named
    return found


def _describes(draft: BoardDraft) -> bool:
    """A board named in passing ("The Panel is asked to note…") tells nothing about itself."""
    return any((draft.purpose, draft.chair, draft.parent, draft.frequency, draft.status, draft.members))


def _membership_subsections(draft: BoardDraft, section: Section, following: list[Section]) -> None:
    """Members listed under a "Membership" sub-heading of the board's heading."""
    for sub in following:
        if sub.heading is None or (sub.heading.level or 1) <= (section.heading.level or 1):
            break
        if label_kind(sub.heading.text) != "members":
            continue
        for item in sub.blocks:
            text = clean_member(item.text)
            if item.kind == "list_item" and is_member_line(text):
                draft.add_member(text, role_on_board(text), Line(item.text, item, 0, len(item.text)))


def read_subgroups(parent: BoardDraft) -> list[BoardDraft]:
    """Sub-groups a terms of reference lists ("Safe Accommodation Working Group – meets monthly and
    reports to the Board"): boards of their own, with the terms of reference's board as parent."""
    drafts = []
    for line in parent.subgroups:
        text = line.text.strip()
        parts = _SUBGROUP_SPLIT.split(text, maxsplit=1)
        head, rest = parts[0], (parts[1] if len(parts) > 1 else "")
        head = clean_member(head)
        name, rest = (clean_name(head), rest) if is_board_name(head) else (subject_mention(text) or (None, ""))
        if not name:
            continue
        draft = BoardDraft(name=name, evidence=Line.find(line.block, name, line.start), source="terms_of_reference",
                           parent=parent.name)
        _fill(draft, [Sentence(rest, line)])
        draft.parent = parent.name  # "reports to the Board": the board these are the terms of reference of
        drafts.append(draft)
    return drafts


def read_prose(ctx: ExtractionContext) -> list[BoardDraft]:
    drafts = []
    all_sections = sections(ctx.blocks)
    for i, section in enumerate(all_sections):
        sentences = _sentences(ctx, section)
        board = _heading_board(section, sentences)
        pairs = [(board, sentences)] if board else _mentioned_boards(sentences)
        for draft, own in pairs:
            _fill(draft, own)
            _listed_members(draft, section, own)
            if board is not None:
                _membership_subsections(draft, section, all_sections[i + 1:])
            if _describes(draft):
                drafts.append(draft)
    return drafts
