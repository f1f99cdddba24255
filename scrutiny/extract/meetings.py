"""The meeting a set of minutes or a report records: body, date, time, venue, chair, minute-taker.

The header gives most of it, as labels ("Date: Tuesday 28th February, 14:00pm",
"Chair: PCC John Campion", "Venue: …", several on one line), as a sentence
("Minutes of the meeting of the X Panel held on … at 10.00 am at County Hall") or,
for a report, as a cover line ("X POLICE AND CRIME PANEL DATE: 19 JUNE 2017").
A year the header leaves out comes from the title, a later dated line or the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..ingest.model import Block, Document
from .attendees import INNER_LABEL, attendance_of
from .context import ExtractionContext, RecordExtractor
from .dates import find_dates, years_in
from .items import PROCEDURAL, ItemSpan, is_sentence, items_of
from .people import (BODY_NOUNS, ORG_ABBREVIATIONS, ORG_WORDS, fold, is_organisation, is_role, name_in,
                     parse_person, title_case)
from .records import Meeting

LABELS = {
    "date": r"date(?: of (?:the )?meeting)?|meeting date|held on",
    "time": r"time|start time|meeting time",
    "venue": r"venue|location|place|where|held at|meeting venue|meeting location|room",
    "chair": r"chair(?:man|woman|person)?|chaired by|meeting chair|in the chair",
    "minutes_by": r"minutes(?: taken)?(?: by)?|minute[- ]?taker|notes(?: taken)?(?: by)?|note[- ]?taker|"
                  r"notetaker|clerk|recorder|minuted by",
    "title": r"title|subject|topic|theme|meeting title|meeting subject|meeting theme",
    "body": r"meeting|meeting of|name of meeting|committee|board|panel|group|report to|to",
}
_LABEL = re.compile("|".join(rf"(?P<{k}>\b(?:{v}))" for k, v in LABELS.items()), re.I)
_LABEL_AT = re.compile(rf"(?:^|(?<=\s))(?:{'|'.join(LABELS.values())})\s*:\s*", re.I)
TIME = re.compile(
    r"(?<![\d/.:])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\b\.?|hrs\b|hours\b|noon\b)?",
    re.I)
_HELD = re.compile(r"\b(?:minutes|notes|meeting|held)\b.{0,80}?\b(?:held|on)\b", re.I)
_NEXT = re.compile(r"\bnext meeting\b", re.I)
# A line that gives the next meeting (not "an update at the next meeting" in discussion).
_NEXT_LINE = re.compile(r"\b(?:(?:date|time|details)\s+(?:and\s+\w+\s+)?of\s+(?:the\s+)?next\s+meeting|"
                        r"next\s+meeting\s*(?::|[–—-]|will\s+(?:be|take)|is\b|on\b))", re.I)
_TOPIC_LABEL = re.compile(r"\b(?:theme|topic|title|subject)\s*:\s*([^.;]{3,80})", re.I)
_TAKEN_BY = re.compile(r"\b(?:minutes|notes)\s+(?:were\s+)?(?:taken|recorded|prepared)\s+by\s*:?\s*(?P<who>[^.;]{3,80})",
                       re.I)
_MINUTES_OF = re.compile(
    r"^(?:draft\s+|confirmed\s+|unconfirmed\s+|approved\s+)?(?:minutes|notes|record|meeting)\s+of\s+(?:the\s+)?"
    r"(?:(?:virtual|extraordinary|special|annual|public|formal|informal)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?",
    re.I)
_REPORT_SECTIONS = re.compile(r"^(?:recommendations?|background|purpose|summary|executive summary|"
                              r"introduction|the report|report)\b", re.I)
# A line to sign the minutes on ("Chair ………… Date …………", "Signed: ____").
_MEETING_NAME = re.compile(r"(?P<words>(?:(?:[A-Z][\w'’&/-]*|and|of|for|the|to|on|&)\s+){1,8})Meeting")
# Words that qualify a meeting without naming it ("Extraordinary Meeting").
_GENERIC_MEETING = frozenset({"the", "a", "an", "virtual", "extraordinary", "special", "annual", "public", "formal",
                              "informal", "private", "ordinary", "general", "monthly", "quarterly", "joint", "full",
                              "next", "this", "last", "previous", "and", "of", "for", "to", "on", "&", "team",
                              "online", "hybrid", "remote", "teams", "zoom"})
_NAME_LABEL = re.compile(r"(?i)^(?:name of (?:the )?meeting|meeting(?: name)?)\s*:\s*(?P<name>[A-Z][^:]{2,80}?)\s*"
                         r"(?=$|\s(?:date|time|venue|chair)\s*:)")
_SIGNATURE = re.compile(r"[.…_]{3,}|^(?:signed|signature)\b|\bchair(?:man|person)?\b.*\bdate\b", re.I)
_VIRTUAL = re.compile(r"\b(?:via|on|using)\s+(Microsoft Teams|MS Teams|Teams|Zoom|Skype|Webex)\b", re.I)


@dataclass
class Header:
    """Label values ("date", "chair", …, and "lead" for text before a label) and the opening blocks."""

    labels: dict[str, str]
    blocks: list[Block]


def read_header(blocks: list[Block], skip: frozenset[int] = frozenset()) -> Header:
    """Labels of the opening blocks; tables starting at an offset in skip (attendance lists) hold none."""
    labels: dict[str, str] = {}
    for block in blocks:
        if block.kind == "table" and block.start in skip:
            continue
        for key, value in _label_pairs(block):
            labels.setdefault(key, value)
    return Header(labels, blocks)


def _label_pairs(block: Block) -> list[tuple[str, str]]:
    """(label, value) pairs of a block: "Date: … Time: …" lines, or label | value table cells."""
    if block.kind == "table":
        pairs = []
        for row in block.rows or ():
            cells = [c for c in row if c.strip()]
            for k in range(0, len(cells) - 1, 2):
                m = _LABEL.fullmatch(cells[k].strip(" :"))
                if m:
                    pairs.append((m.lastgroup, cells[k + 1].strip()))
        return pairs
    text = block.text
    marks = list(_LABEL_AT.finditer(text))
    marks = [m for m in marks if m.start() == 0 or text[m.start()].isupper()]
    pairs = []
    for k, m in enumerate(marks):
        value = text[m.end(): marks[k + 1].start() if k + 1 < len(marks) else len(text)].strip(" ,;")
        key = _LABEL.match(text, m.start()).lastgroup
        if value:
            pairs.append((key, value))
    if marks and marks[0].start() > 0:
        pairs.append(("lead", text[: marks[0].start()].strip(" ,;:-–")))
    return pairs


def parse_time(text: str) -> str | None:
    """'14:00pm' -> '14:00', '10.00 am' -> '10:00', '2pm' -> '14:00'; None without a clear time."""
    for m in TIME.finditer(text):
        if not (m.group("m") or m.group("ampm")):
            continue
        h, minute, ampm = int(m.group("h")), int(m.group("m") or 0), (m.group("ampm") or "").lower()
        if ampm.startswith("p") and h < 12:
            h += 12
        elif ampm.startswith("a") and h == 12:
            h = 0
        if not m.group("m") and ampm in ("hrs", "hours"):
            continue
        return f"{h:02d}:{minute:02d}"
    return None


def _without_dates(text: str) -> str:
    for _, start, end, _ in sorted(find_dates(text, 2000), key=lambda d: -d[1]):
        text = text[:start] + " " + text[end:]
    return re.sub(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", " ", text)


def body_name(text: str) -> str | None:
    """A meeting body from a title or cover line, in title case if written in capitals.

    Dash-separated parts that are dates or say "Minutes"/"Notes" are dropped, so
    "X Group - Minutes" gives "X Group" and "X Partnership – Steering Group" stays whole.
    """
    text = _MINUTES_OF.sub("", " ".join(text.split())).strip(" ,:-–")
    text = re.split(r"\s+(?:held|on|at)\b|,", text, maxsplit=1)[0]
    addressed = re.search(r"(?i)\b(?:report|paper|update)\b.*?\bto\s+(?:the\s+)?(?P<body>[A-Z].*)$", text)
    if addressed:  # "Report of the Chief Constable to the Police and Crime Panel"
        text = addressed.group("body")
    parts = [p.strip() for p in re.split(r"(\s[–—-]\s)", text)]
    kept = []
    for part in parts:
        if re.fullmatch(r"\s?[–—-]\s?|", part):
            continue
        if find_dates(part, 2000) or re.search(r"(?i)\b(?:minutes|notes|draft|agenda)\b", part):
            continue
        kept.append(re.sub(r"(?i)\s+(?:meeting|minutes)$", "", part))
    name = " – ".join(kept)
    words = name.split()
    if not words or len(words) > 12 or words[-1].lower().strip("()") not in BODY_NOUNS:
        return None
    if name.isupper():
        name = title_case(name)
    return re.sub(r"^the\s+", "", name, flags=re.I)


def header_year(document: Document, blocks: list[Block], later: str | None) -> int | None:
    """The year for a date the header gives without one: a dated header line, the title, else (when
    no later meeting date decides it) the first full date in the paper or the file's date."""
    dated = [int(d[0][:4]) for b in blocks if b.kind != "table" for d in find_dates(b.text) if d[3]]
    years = dated + years_in(document.title or "")
    if years:
        return years[0]
    if later:
        return None
    full = [int(d[0][:4]) for b in document.blocks for d in find_dates(b.text) if d[3]]
    if full:
        return full[0]
    return int(document.file_date[:4]) if document.file_date else None


def meeting_date(text: str, year: int | None, later: str | None) -> str | None:
    """The first date in the text; a missing year from the context or from a later meeting date."""
    found = find_dates(text, year or (int(later[:4]) if later else None))
    if not found:
        return None
    iso, _, _, had_year = found[0]
    if not had_year and later and not year and iso > later:
        iso = f"{int(iso[:4]) - 1}{iso[4:]}"
    return iso


def next_meeting(document: Document, items: list[ItemSpan], year: int | None,
                 after: str | None) -> dict | None:
    """{"date", "title"} from a "next meeting" item or line."""
    blocks = document.blocks
    item = next((it for it in items if it.row is None and _NEXT.search(it.title)), None)
    if item is not None:
        texts = [blocks[item.index].text[item.title_end:]] + [b.text for b in blocks[item.index + 1:item.end]]
        if not any(t.strip() for t in texts) and item.end < len(blocks):  # a bare date read as the next item
            texts.append(blocks[item.end].text)
    else:
        hit = next((i for i in range(len(blocks) - 1, -1, -1) if _NEXT_LINE.search(blocks[i].text)), None)
        if hit is None:
            return None
        tail = blocks[hit].text[_NEXT_LINE.search(blocks[hit].text).start():]
        # A bare "Date of next meeting" label: its date is on the following line.
        label_only = not find_dates(tail, 2000) and len(tail.split()) <= 8
        texts = [tail] + ([b.text for b in blocks[hit + 1:hit + 2] if b.kind != "table"] if label_only else [])
    date = None
    for text in texts:
        found = find_dates(text, year)
        if found:
            date = found[0][0]
            if not found[0][3] and after and date < after:
                date = f"{int(date[:4]) + 1}{date[4:]}"
            break
    labelled = next((m.group(1).strip(" .") for t in texts if (m := _TOPIC_LABEL.search(t))), None)
    title = labelled or (next((t.strip() for t in texts[1:] if _is_topic_line(t)), None) if item else None)
    if date is None and title is None:
        return None
    return {"date": date, "title": title}


def _is_topic_line(text: str) -> bool:
    text = text.strip()
    return (0 < len(text.split()) <= 8 and not find_dates(text, 2000) and not parse_time(text)
            and ":" not in text and not is_sentence(text) and not re.fullmatch(r"(?i)tb[ac]|n/?a|none", text)
            and not _SIGNATURE.search(text))


def _name_or_as_written(value: str) -> str:
    first = re.split(r",|\s[–—-]\s|\(", value)[0].strip()
    return name_in(first) or name_in(value) or first


def meeting_title(document: Document, items: list[ItemSpan], labels: dict, body: str | None) -> str | None:
    """The topic line: a Title/Subject label, the item the document title names, or (for an
    untitled meeting such as a holding-to-account session) its one topic item."""
    if "title" in labels:
        return labels["title"]
    topical = [it for it in items if not PROCEDURAL.match(it.title)]
    named = document.title if document.title and not body_name(document.title) else ""
    title_words = set(re.findall(r"[a-z0-9]+", named.lower()))
    for it in topical:
        words = set(re.findall(r"[a-z0-9]+", it.title.lower()))
        if words and title_words and 2 * len(words & title_words) / (len(words) + len(title_words)) >= 0.6:
            return it.title
    return topical[0].title if len(topical) == 1 and body is None else None


def report_header(blocks: tuple[Block, ...]) -> list[Block]:
    """A report's cover: its opening blocks up to the first section heading ("Recommendation", …)."""
    out = []
    for block in blocks[:10]:
        if block.kind == "heading" and _REPORT_SECTIONS.match(block.text) and out:
            break
        out.append(block)
    return out


def find_body(header: Header) -> str | None:
    """The body a "Meeting:"/"Report to:" label, a cover line or a heading names."""
    for key in ("body", "lead"):
        if key in header.labels and (name := body_name(header.labels[key])):
            return name
    for block in header.blocks[:8]:
        if block.kind != "table" and (name := body_name(block.text)):
            return name
    return None


def meeting_name(text: str) -> tuple[str, str | None] | None:
    """(name, topic) for a meeting named for what it does rather than by a body
    ("Accountability and Scrutiny Meeting – Public Contact"), else None."""
    text = _MINUTES_OF.sub("", " ".join(text.split())).strip(" ,:-–")
    text = re.split(r"\s+held\b", text, maxsplit=1)[0]
    parts = [p.strip() for p in re.split(r"\s[–—-]\s|:\s", text) if p.strip() and not find_dates(p, 2000)]
    for k, part in enumerate(parts):
        name = title_case(part) if part.isupper() else part
        m = _MEETING_NAME.fullmatch(name)
        if m and not all(w.lower() in _GENERIC_MEETING for w in m.group("words").split()):
            rest = [p for p in parts[k + 1:] if not re.search(r"(?i)\b(?:minutes|notes|draft|agenda)\b", p)]
            return re.sub(r"^the\s+", "", name, flags=re.I), (rest[0] if rest else None)
    return None


def _standalone_meeting_name(text: str) -> str | None:
    """A meeting's name on a line of its own (a topic on the same line makes the meeting untitled, and
    RECORDS.md gives it the topic line as body)."""
    found = meeting_name(text)
    return found[0] if found and found[1] is None else None


def _is_subtitle(text: str) -> bool:
    """A topic line under a meeting's name: short, no label, date, time or verb, not a person or a body."""
    words = text.split()
    return (0 < len(words) <= 12 and not _LABEL_AT.search(text) and not find_dates(text, 2000)
            and not parse_time(text) and not is_sentence(text) and not body_name(text) and not meeting_name(text)
            and not re.search(r"(?i)\b(?:minutes|notes|draft|agenda|present|apologies|attendees)\b", text)
            and parse_person(text) is None and not re.match(r"(?i)(?:the\s+)?office\s+of\b", text)
            and not (is_organisation(text) and fold(words[-1]) in ORG_WORDS | {w.lower() for w in ORG_ABBREVIATIONS}))


def named_meeting(header: Header) -> tuple[str, str | None] | None:
    """(name, topic) of a meeting the header names by what it does, the topic from the next line if not
    from the same one."""
    blocks = [b for b in header.blocks if b.kind != "table"][:8]
    for k, block in enumerate(blocks):
        label = _NAME_LABEL.match(block.text)
        name = _standalone_meeting_name(block.text) or (label and _without_dates(label["name"]).strip(" ,–-"))
        if name:
            nxt = blocks[k + 1].text.strip() if k + 1 < len(blocks) else ""
            return name, (nxt if _is_subtitle(nxt) else None)
    return None


def venue_from(text: str) -> str | None:
    """The place in a "held … at County Hall, Worcester" sentence or a "date, time, place" line."""
    m = _VIRTUAL.search(text)
    if m:
        return m.group(1)
    timed = [t for t in TIME.finditer(text) if t.group("m") or t.group("ampm")]
    if timed:
        after = text[timed[0].end():]
        m = re.match(r"^\s*[,;–—-]\s*(?:(?:at|in)\s+)?(?:the\s+)?(?P<place>[A-Z][^.;()]{2,80})", after)
        if m:
            return " ".join(m.group("place").split()).strip(" ,")
    rest = TIME.sub(lambda t: " " if t.group("m") or t.group("ampm") else t.group(0), _without_dates(text))
    m = re.search(r"\b(?:held\s+)?(?:at|in)\s+(?:the\s+)?(?P<place>[A-Z][^.;()]{2,80})", rest)
    if not m:
        return None
    place = re.split(r"\s+(?:on|at|commencing|starting)\b", m.group("place"))[0]
    return " ".join(place.split()).strip(" ,") or None


class MeetingExtractor(RecordExtractor):
    """One meeting record for minutes, and for a report the panel or board meeting it is for."""

    def extract(self, ctx: ExtractionContext):
        if ctx.doc_type == "minutes":
            meeting = self._minutes(ctx)
        elif ctx.doc_type == "report":
            meeting = self._report(ctx)
        else:
            meeting = None
        return [meeting] if meeting else []

    def _minutes(self, ctx: ExtractionContext) -> Meeting | None:
        document, items = ctx.document, items_of(ctx)
        stop = items[0].index if items else min(len(document.blocks), 40)
        attendance = attendance_of(ctx)
        lists = frozenset(e.block.start for e in attendance if e.block.kind == "table")
        header = read_header(list(document.blocks[:max(stop, 1)]), lists)
        labels = header.labels
        date, time, venue = _when_and_where(document, header, items)
        chair = _chair(labels, attendance)
        body, topic = find_body(header), None
        if body is None and (named := named_meeting(header)):  # "Accountability and Scrutiny Meeting"
            body, topic = named
        title = labels.get("title") or topic or meeting_title(document, items, labels, body)
        fields = dict(body=body or title, title=title, date=date, time=time, venue=venue, chair=chair,
                      minutes_by=_minutes_by(labels, attendance, document.blocks),
                      next_meeting=next_meeting(document, items, int(date[:4]) if date else None, date))
        return Meeting(**_cite_all(ctx, header.blocks), **fields) if any(fields.values()) else None

    def _report(self, ctx: ExtractionContext) -> Meeting | None:
        header = read_header(report_header(ctx.document.blocks))
        body = find_body(header)
        if not body:
            return None
        date_text = header.labels.get("date")
        year = header_year(ctx.document, header.blocks, None)
        date = meeting_date(date_text, year, None) if date_text else None
        return Meeting(**_cite_all(ctx, header.blocks[:1]), body=body, date=date)


def _when_and_where(document: Document, header: Header, items: list[ItemSpan]):
    """(date, time, venue) from labels or the "held on … at … in …" line of the header."""
    labels = header.labels
    text = labels.get("date") or _held_line(header.blocks) or ""
    later = (next_meeting(document, items, None, None) or {}).get("date")
    date = meeting_date(text, header_year(document, header.blocks, later), later)
    time = parse_time(labels["time"]) if "time" in labels else parse_time(_without_dates(text))
    venue = labels.get("venue") or (venue_from(text) if text else None)
    return date, time, venue


def _held_line(blocks: list[Block]) -> str | None:
    """The header sentence that dates the meeting ("… held on Tuesday 10 December 2024 at 10.00 am")."""
    dated = [b.text for b in blocks if b.kind != "table" and find_dates(b.text, 2000) and not _NEXT.search(b.text)]
    held = [t for t in dated if _HELD.search(t)]
    line = (held or dated or [None])[0]
    cut = INNER_LABEL.search(line) if line else None
    return line[:cut.start()].strip() if cut else line


def _chair(labels: dict, attendance: list) -> str | None:
    """A "Chair:" label naming a person or role, else the attendee marked chair."""
    marked = next((e.person.name for e in attendance if e.person.chair), None)
    value = labels.get("chair")
    if value:
        written = _name_or_as_written(value)
        if not (marked and is_organisation(written) and not is_role(written)):
            return written
    return marked


def _minutes_by(labels: dict, attendance: list, blocks) -> str | None:
    """A "Minutes:"/"Clerk:" label, "Minutes taken by …" anywhere, or an attendee marked "(Minutes)"."""
    taken = next((m.group("who") for b in blocks if b.kind != "table" and (m := _TAKEN_BY.search(b.text))), None)
    if "minutes_by" in labels or taken:
        value = labels.get("minutes_by") or taken
        first = re.split(r",|\s[–—-]\s|\(", value)[0].strip()
        name = name_in(first) or name_in(value)
        if name or (is_role(first) and len(first.split()) <= 6):
            return name or first
    return next((e.person.name for e in attendance if e.person.minutes), None)


def _cite_all(ctx: ExtractionContext, blocks: list[Block]) -> dict:
    first, last = blocks[0], blocks[-1]
    return {"doc": ctx.document.name, "page": first.page, "span": (first.start, last.end)}
