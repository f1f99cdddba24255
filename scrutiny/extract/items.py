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
from .people import SMALL_WORDS, fold, is_abbreviation, is_honorific, is_name_token
from .records import Item
from .roles import PAST_FORMS, VERB_FORMS, SubjectFinder, people_of, split_sentences

_NUMBERED = re.compile(
    r"^(?:(?:agenda\s+)?item\s+(?:no\.?\s*)?|minute\s+(?:no\.?\s*)?)?"
    r"(?P<num>\d{1,3}(?:\.\d{1,2}){0,2}|(?-i:[A-Z][A-Z&]{0,5})[/ ]?\d{1,3}/\d{1,4}|\d{1,3}/\d{1,4})"
    r"(?:[.):]|\s[–—-])?\s+(?P<rest>[A-Z0-9“\"'‘(].*)$", re.I | re.S)
_OPENER = re.compile(
    r"\b(?:The|It|This|These|There|Members?|Cllrs?|Councill?ors?|Mr|Mrs|Ms|Dr|He|She|They|We|All|RESOLVED|"
    r"Resolved|AGREED|Agreed|NOTED|Noted|Following|Apologies|Minutes|An?(?= [a-z]))\b"
    r"|\b[A-Z]{2,4}(?= [a-z]+ed\b)")
_CAPS_RUN = re.compile(r"^(?:[A-Z0-9][A-Z0-9&'’/.,()-]*\s+|[–—-]\s+)+(?=[A-Z][a-z])")
# A date that starts the rest of a heading line (weekday, "5 March", "05/03/2026").
_RUN_IN_DATE = re.compile(
    r"(?<=\s)(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|"
    r"Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{1,2}/\d{1,2}/\d{2,4}\b)")
_DATE_PREPOSITIONS = frozenset({"on", "of", "held", "dated", "from", "to", "at", "until", "since", "by", "for", "in",
                                "before", "after", "and", "monday", "tuesday", "wednesday", "thursday", "friday",
                                "saturday", "sunday"})
# Words that open a clause of prose, not a heading ("Following the meeting Joanne reported…").
_LEAD_INS = frozenset({"following", "after", "in", "on", "at", "during", "with", "as", "since", "when", "while",
                       "although", "further", "due", "before", "given", "having", "despite", "regarding", "if",
                       "once", "until", "whilst", "where", "for", "from", "to", "by", "but", "and", "also"})
# Words agenda titles are made of, never the name of a speaker who follows them.
_TITLE_NOUNS = frozenset({
    "update", "updates", "report", "review", "plan", "strategy", "performance", "budget", "matters", "arising",
    "business", "minutes", "meeting", "crime", "policing", "safety", "issues", "overview", "progress",
    "proposals", "consultation", "annual", "quarterly", "monitoring", "programme", "briefing", "presentation",
    "assessment", "statement", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "asb", "interest", "interests", "apologies", "declarations",
    "welcome", "introductions", "actions", "items", "questions", "risk", "risks", "audit", "precept",
    "lane", "road", "street", "park", "green", "estate", "avenue", "close", "way", "square", "ward", "town",
    "village", "hall", "centre", "quarter", "bridge", "hill", "north", "south", "east", "west",
})
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
        return _before_date(text).rstrip(" :–—-") or None
    for start, opener in _title_ends(text):
        before = text[:start].rstrip(" –—-:")
        if not before:
            continue
        words = before.split()
        if len(words) > 12 or words[-1].lower() in SMALL_WORDS or is_sentence(before):
            break
        if opener or not _lead_in(words):
            return before
        break
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


def _title_ends(text: str) -> list[tuple[int, bool]]:
    """Where a run-in heading may end, and whether an opener word ("The", "RESOLVED") marks it rather
    than a speaker before a speaking verb ("… update Joanne reported") or a date ("… meeting Thursday 5 March")."""
    ends = {(m.start(), True) for m in _OPENER.finditer(text)}
    ends |= {(m.start(), False) for m in _RUN_IN_DATE.finditer(text) if _date_starts_line(text, m.start())}
    words = list(re.finditer(r"\S+", text))
    for v, word in enumerate(words):
        if word.group() in PAST_FORMS and v:
            s = _subject_start([w.group() for w in words], v)
            if s is not None:
                ends.add((words[s].start(), False))
    return sorted(ends, key=lambda e: (e[0], not e[1]))


def _lead_in(words: list[str]) -> bool:
    """Words that open a clause of prose rather than name an item: "Following the meeting",
    "Responding to Cllr Ames,", "In response,"."""
    first = fold(words[0])
    participle = first.endswith("ing") and first not in ("briefing", "meeting") and len(words) > 1 \
        and fold(words[1]) in ("to", "on", "about", "with")
    return words[-1].endswith(",") or first in _LEAD_INS or participle


def _subject_start(words: list[str], v: int) -> int | None:
    """Index of the first word of the speaker before the verb at v ("ACC Rees", "Claire Moss, Panel
    Support Officer,", "JD"): at most two name words, after any titles; None if there is none."""
    j = v - 1
    if words[j].endswith(","):  # an appositive: "Claire Moss, Panel Support Officer, reported"
        k = next((k for k in range(j - 1, max(j - 7, -1), -1) if words[k].endswith(",")), None)
        if k is None:
            return None
        j, words = k, words[:k] + [words[k].rstrip(",")] + words[k + 1:]
    names = 0
    while j >= 0 and names < 2 and _subject_word(words[j]):
        names, j = names + 1, j - 1
        if is_abbreviation(words[j + 1]):
            break
    if not names:
        return None
    while j >= 0 and (is_honorific(words[j]) or words[j] == "The"):
        j -= 1
    return j + 1 if j >= 0 and not re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", words[j]) else None  # "1 April"


def _subject_word(word: str) -> bool:
    """A name word or initials, not a word agenda titles are made of ("Update", "Report", "April")."""
    low = fold(word)
    if low in _TITLE_NOUNS or low in VERB_FORMS or not word[:1].isupper():
        return False
    return is_name_token(word) or bool(re.fullmatch(r"[A-Z]{2,4}|[A-Z]{2,3}[a-z]", word))  # "JD", "ABr"


def _date_starts_line(text: str, start: int) -> bool:
    """A date after a title, not inside it ("Minutes of the meeting held on 5 May")."""
    before = text[:start].split()
    return len(before) >= 2 and fold(before[-1]) not in _DATE_PREPOSITIONS


def _before_date(text: str) -> str:
    """A heading without the date of a "Date of next meeting Thursday 5 March 2026 at 2pm" line."""
    for m in _RUN_IN_DATE.finditer(text):
        if _date_starts_line(text, m.start()) and not is_sentence(text[:m.start()]):
            return text[:m.start()]
    return text


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
            m = _NUMBERED.match(block.text)
            m = m if m and not re.fullmatch(r"\d{3}", m.group(0).split()[0]) else None  # "101 Calls" is a title
            title = heading_part(m.group("rest") if m else block.text, True)
            if title:
                out.append(ItemSpan(m.group("num").rstrip(".") if m else None, title, i, i + 1, len(block.text)))
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
