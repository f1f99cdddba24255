"""Agenda items of minutes: where each starts and ends, its number and its title.

Items come as numbered headings or paragraphs ("1. Matters arising", "23/45 Budget",
"2.1", "Item 3:"), as unnumbered headings, or as rows of an Item | Discussion | Action
table. :func:`find_items` finds them once for every minutes component (meeting
title, next meeting, speakers, action sections).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..ingest.model import Block, Document
from .context import ExtractionContext, RecordExtractor
from .people import SMALL_WORDS
from .records import Item
from .roles import PAST_FORMS, SubjectFinder, people_of, split_sentences

_NUMBERED = re.compile(
    r"^(?:(?:agenda\s+)?item\s+(?:no\.?\s*)?|minute\s+(?:no\.?\s*)?)?"
    r"(?P<num>\d{1,3}(?:\.\d{1,2}){0,2}|(?-i:[A-Z]{1,6})[/ ]?\d{1,3}/\d{1,4}|\d{1,3}/\d{1,4})"
    r"(?:[.):]|\s[–—-])?\s+(?P<rest>[A-Z0-9“\"'‘(].*)$", re.I | re.S)
_OPENER = re.compile(
    r"\b(?:The|It|This|These|There|Members?|Cllrs?|Councill?ors?|Mr|Mrs|Ms|Dr|He|She|They|We|All|RESOLVED|"
    r"Resolved|AGREED|Agreed|NOTED|Noted|Following|Apologies|Minutes|An?(?= [a-z]))\b"
    r"|\b[A-Z]{2,4}(?= [a-z]+ed\b)")
_CAPS_RUN = re.compile(r"^(?:[A-Z0-9][A-Z0-9&'’/.,()-]*\s+|[–—-]\s+)+(?=[A-Z][a-z])")
_FINITE = frozenset({"is", "was", "were", "are", "has", "have", "had", "will", "would", "be", "been", "can"})
# Items that run the meeting rather than being its topic.
PROCEDURAL = re.compile(
    r"^(?:welcome|introductions?|apologies|declarations?|minutes|matters arising|outstanding matters|"
    r"action (?:log|points|tracker)|actions?\b|next steps|any other business|aob|a\.o\.b|date|next meeting|"
    r"confirmation of next|close|public (?:questions|participation)|chair'?s? (?:announcements|update)|"
    r"notes of|review of actions|forward (?:plan|work)|work programme|items? for)", re.I)
ATTENDANCE_LABEL = re.compile(
    r"^(?:members\s+|councillors\s+|officers\s+|board\s+members\s+|panel\s+members\s+)?"
    r"(?:present|attendees|attendance|attending|in attendance|also present|also in attendance|apologies"
    r"(?: for absence| received)?|absent|absence|officers|virtual|substitutes?|members|observers|guests|"
    r"distribution)\b\s*(?:\([^)]*\))?\s*:?$", re.I)
MAX_TITLE_WORDS = 15

_ITEM_HEADERS = {"item", "agenda item", "subject", "topic", "title", "item/subject", "agenda"}
_DISCUSSION_HEADERS = {"discussion", "notes", "minutes", "summary", "discussion/decision", "discussion points",
                       "key points", "comments", "details", "minute", "discussion and decisions", "notes/actions"}
_NUMBER_HEADERS = {"no", "no.", "item no", "item no.", "#", "number", "ref", "item number", "minute no"}


@dataclass(frozen=True)
class ItemSpan:
    """One agenda item: its title block (or table row) and the blocks up to the next item."""

    number: str | None
    title: str
    index: int  # block index of the title (or of the table)
    end: int  # block index after the item's last block
    title_end: int  # offset in the title block where the title's text ends
    row: int | None = None  # table row, for Item | Discussion | Action tables
    body: str | None = None  # the discussion cell, for table rows


def number_key(number: str) -> tuple[int, ...]:
    """(24, 31) for "24/31", (2, 1) for "2.1": minute numbers rise through a meeting."""
    return tuple(int(d) for d in re.findall(r"\d+", number)) or (0,)


def _verbish(word: str) -> bool:
    w = word.lower().strip(",.;:")
    return word[:1].islower() and (w in _FINITE or w in PAST_FORMS or (w.endswith("ed") and len(w) > 4))


def is_sentence(text: str) -> bool:
    """Text with a finite or past verb after its first word: prose, not a title or a name."""
    return any(_verbish(w) for w in text.split()[1:])


def heading_part(text: str, is_heading: bool) -> str | None:
    """The title of an item line: the heading part of a run-in paragraph, trailing ':' dropped."""
    text = " ".join(text.split()).strip()
    if is_heading:
        return text.rstrip(" :–—-") or None
    for m in _OPENER.finditer(text):
        before = text[:m.start()].rstrip(" –—-:")
        if not before:
            continue
        words = before.split()
        if len(words) > 12 or words[-1].lower() in SMALL_WORDS or is_sentence(before):
            break
        return before
    m = re.match(r"^([^:]{2,100}):\s+\S", text)
    if m and len(m.group(1).split()) <= 10 and not is_sentence(m.group(1)):
        return m.group(1).strip()
    m = _CAPS_RUN.match(text)
    if m and len(m.group(0).split()) >= 2:  # "PLAY AREA – VILLAGE GREEN The Council agreed…"
        return m.group(0).strip(" –—-:")
    words = text.split()
    if len(words) <= MAX_TITLE_WORDS and not text.endswith(".") and not is_sentence(text):
        return text.rstrip(" :–—-")
    return None


def _numbered_candidates(blocks: tuple[Block, ...]) -> list[ItemSpan]:
    out = []
    for i, block in enumerate(blocks):
        if block.kind == "table":
            continue
        m = _NUMBERED.match(block.text)
        if not m:
            continue
        title = heading_part(m.group("rest"), block.kind == "heading")
        if title:
            title_end = m.start("rest") + m.group("rest").find(title[:20]) + len(title)
            out.append(ItemSpan(m.group("num").rstrip("."), title, i, i + 1, min(title_end, len(block.text))))
    return out


def _in_sequence(candidates: list[ItemSpan]) -> list[ItemSpan]:
    """Keep numbers that rise from one item to the next (a numbered list inside an item restarts)."""
    kept: list[ItemSpan] = []
    for cand in candidates:
        key = number_key(cand.number)
        if not kept:
            kept.append(cand)
            continue
        last = number_key(kept[-1].number)
        if key > last and key[0] - last[0] <= 5:
            kept.append(cand)
    return kept


def _heading_candidates(blocks: tuple[Block, ...], start: int) -> list[ItemSpan]:
    headings = [(i, b) for i, b in enumerate(blocks) if i >= start and b.kind == "heading"
                and not is_attendance_label(blocks, i) and i > 0]
    levels = [b.level or 1 for _, b in headings]
    level = min((lv for lv in set(levels) if levels.count(lv) >= 2), default=None)
    out = []
    for i, block in headings:
        if (block.level or 1) == level:
            title = heading_part(block.text, True)
            if title:
                out.append(ItemSpan(None, title, i, i + 1, len(block.text)))
    return out if len(out) >= 2 else []


def _with_ends(items: list[ItemSpan], blocks: tuple[Block, ...]) -> list[ItemSpan]:
    """Each item runs to the next item, or to a heading that outranks it (an "Action log" after the last)."""
    levels = [blocks[it.index].level for it in items if blocks[it.index].kind == "heading"]
    top = min(levels) if levels else None
    out = []
    for k, item in enumerate(items):
        stop = items[k + 1].index if k + 1 < len(items) else len(blocks)
        level = blocks[item.index].level if blocks[item.index].kind == "heading" else top
        end = next((j for j in range(item.index + 1, stop) if blocks[j].kind == "heading"
                    and (level is None or (blocks[j].level or 1) <= level)), stop)
        out.append(ItemSpan(item.number, item.title, item.index, end, item.title_end))
    return out


def items_of(ctx) -> list[ItemSpan]:
    """The items of the context's document, found once and shared by the minutes components."""
    cache = ctx.doc.user_data
    if "scrutiny.items" not in cache:
        cache["scrutiny.items"] = find_items(ctx.document)
    return cache["scrutiny.items"]


def find_items(document: Document) -> list[ItemSpan]:
    """The document's agenda items in order."""
    blocks = document.blocks
    items = _in_sequence(_numbered_candidates(blocks))
    if len(items) < 2:
        items = _heading_candidates(blocks, _attendance_end(blocks))
    items = _with_ends(items, blocks)
    table_items = [it for i, b in enumerate(blocks) if b.kind == "table" for it in table_row_items(b, i)]
    if table_items and len(table_items) >= len(items):
        return table_items
    return items


def is_attendance_label(blocks: tuple[Block, ...], i: int) -> bool:
    """A "Present:"/"Apologies" label that introduces names (not an "Apologies" item with prose)."""
    text = blocks[i].text
    label, sep, rest = text.partition(":") if ":" in text[:45] else (text, "", "")
    if not ATTENDANCE_LABEL.match(label.strip() + sep):
        return False
    if rest.strip():
        return not is_sentence(rest)
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return nxt is not None and (nxt.kind in ("list_item", "table") or not is_sentence(nxt.text))


def _attendance_end(blocks: tuple[Block, ...]) -> int:
    """After the title and any attendance labels at the top."""
    return max((i + 1 for i in range(min(len(blocks), 60)) if is_attendance_label(blocks, i)), default=0)


def _header_role(cell: str) -> str | None:
    key = " ".join(cell.lower().replace(":", "").split())
    if key in _ITEM_HEADERS:
        return "item"
    if key in _DISCUSSION_HEADERS:
        return "discussion"
    if key in _NUMBER_HEADERS:
        return "number"
    if key.startswith("action"):
        return "action"
    return None


def table_columns(header: tuple[str, ...]) -> dict[str, int]:
    """Column index of the item, number, discussion and action columns of a header row."""
    cols: dict[str, int] = {}
    for j, cell in enumerate(header):
        role = _header_role(cell)
        if role and role not in cols:
            cols[role] = j
    return cols


def table_row_items(block: Block, index: int) -> list[ItemSpan]:
    """Items of an Item | Discussion | Action table, one per row."""
    rows = block.rows or ()
    if len(rows) < 2:
        return []
    cols = table_columns(rows[0])
    if "discussion" not in cols or not ({"item", "number"} & set(cols)):
        return []
    out = []
    for r, row in enumerate(rows[1:], start=1):
        if row == rows[0]:
            continue
        discussion = row[cols["discussion"]]
        cell = row[cols["item"]].strip() if "item" in cols else ""
        number = row[cols["number"]].strip(" .") if "number" in cols else None
        if re.fullmatch(r"\d{1,3}(?:\.\d{1,2})*\.?", cell):
            number, cell = cell.rstrip("."), ""
        m = _NUMBERED.match(cell)
        if m and not number:
            number, cell = m.group("num").rstrip("."), m.group("rest")
        title = heading_part(cell, True) if cell else heading_part(discussion, False)
        if title:
            out.append(ItemSpan(number or None, title, index, index + 1, 0, r, discussion))
    return out


def item_sentences(ctx, item: ItemSpan) -> list[tuple[Block, str, int, int]]:
    """(block, sentence, start, end) of an item's body, offsets inside the block's text."""
    blocks = ctx.document.blocks
    if item.row is not None:
        block = blocks[item.index]
        return [(block, s, 0, len(block.text)) for s in split_sentences(item.body or "")]
    out = []
    title_block = blocks[item.index]
    rest = title_block.text[item.title_end:]
    offset = item.title_end
    for sentence in split_sentences(rest):
        start = title_block.text.find(sentence, offset)
        out.append((title_block, sentence, start, start + len(sentence)))
        offset = start + len(sentence)
    for block in blocks[item.index + 1:item.end]:
        if block.kind != "table":
            out += [(block, text, s, e) for text, s, e in ctx.block_sentences(block)]
    return out


class ItemExtractor(RecordExtractor):
    """One item record per agenda item of minutes, with the attendees who speak in it."""

    def extract(self, ctx: ExtractionContext):
        from .attendees import minutes_like  # attendees builds on this module

        if not minutes_like(ctx):
            return
        finder = SubjectFinder(people_of(ctx))
        blocks = ctx.document.blocks
        for item in items_of(ctx):
            speakers: list[str] = []
            for _, sentence, _, _ in item_sentences(ctx, item):
                speakers += [n for n in finder.speakers(sentence) if n not in speakers]
            end = item.title_end if item.row is None else None
            yield Item(**ctx.cite(blocks[item.index], 0, end), number=item.number, title=item.title,
                       speakers=tuple(speakers))
