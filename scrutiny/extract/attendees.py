"""Attendance: who was present, in attendance or sent apologies.

Minutes list people under labels ("Present:", "In attendance", "Apologies"), inline
or one a line, in Name | Role | Organisation tables, as tab-separated rows, as a bare
bullet list under the header ("Name, Role (ABBR)"), or in a sentence ("Apologies
were received from …"). :func:`find_attendance` returns every entry with its status
and the block it came from; the meeting component reads it too (for "(Chair)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..ingest.model import Block, Document
from .context import ExtractionContext, RecordExtractor
from .items import find_items, is_attendance_label, is_sentence
from .people import PersonEntry, fold, is_organisation, is_role, parse_person
from .people_lists import parse_people, reads_as_name
from .records import Attendee

STATUS_WORDS = (
    ("apologies", r"apolog\w*|absent|absence|not present"),
    ("in_attendance", r"in attendance|also present|also in attendance|also attending|officers?|observers?|"
                      r"guests?|advisers?|support(?:ing)? officers?|in support"),
    ("present", r"present|attendees|attendance|attending|members|councillors|virtual\w*|substitutes?|"
                r"board members|panel members"),
)
_LABEL = re.compile(
    r"^\s*(?P<label>(?:(?:members|councillors|officers|board members|panel members)\s+)?"
    r"(?:present|attendees|attendance|attending|in attendance|also present|also in attendance|also attending|"
    r"apologies(?: for absence| received(?: from)?)?|absent|absence|officers(?: present| in attendance)?|"
    r"virtual(?:ly)?(?: attendance)?|attending virtually|substitutes?|members|observers|guests)"
    r"(?:\s*\([^)]{0,30}\))?)\s*(?::|\s[–—-]\s|$)\s*(?P<value>.*)$", re.I | re.S)
# An attendance label inside a longer block ("… at County Hall Present: Cllr A Smith (Chair), …").
INNER_LABEL = re.compile(
    r"(?<=\s)(?:Present|PRESENT|Members [Pp]resent|In [Aa]ttendance|IN ATTENDANCE|Also [Pp]resent|"
    r"Also in attendance|Apologies(?: for [Aa]bsence)?|APOLOGIES|Officers(?: present)?|Absent|Substitutes?)\s*:")
_APOLOGY_SENTENCE = re.compile(
    r"\bapologies(?: for absence)?\s+(?:were|was|had been|have been|are|)\s*"
    r"(?:received|submitted|given|noted|tendered|reported|sent|offered)?\s*(?:from|by|on behalf of)\s+"
    r"(?P<list>[^.]+)", re.I)
# A name as prose writes it: capitalised words, titles included ("Councillor Ben Ashcroft").
_WORD = r"(?:[A-Z]\.|(?:Mr|Mrs|Ms|Dr|Cllr|Revd|Prof)\.|[A-Z][\w'’-]*)"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,5}}"
_SUBSTITUTE_SENTENCE = re.compile(
    rf"(?P<name>{_NAME})\s+(?i:(?:attended|was present|was in attendance)\s+(?:as\s+(?:a\s+|the\s+)?substitute"
    rf"(?:\s+for)?|in place of|on behalf of)|(?:substituted|was substituting|deputised|was deputising)\s+for)\b"
    rf"(?:\s+(?P<absent>{_NAME}))?")
# "…Greaves, for whom Councillor Ben Ashcroft attended as substitute, and…", "(substituted by Cllr X)".
_SUBSTITUTE_CLAUSE = re.compile(
    rf",?\s*\(?(?i:for whom)\s+(?P<a>{_NAME})\s+(?i:attended|was present|substituted|deputised)"
    rf"(?i:\s+as\s+(?:a\s+|the\s+)?substitute)?\)?"
    rf"|,?\s*\(?(?i:substituted by|replaced by|represented by|deputised by)\s+(?P<b>{_NAME})\)?"
    rf"|,?\s*\(?(?i:with)\s+(?P<c>{_NAME})\s+(?i:substituting|deputising|attending as (?:a\s+)?substitute)\)?")
# "Cllr A Smith and Mr B Jones sent their apologies."
_SENT_APOLOGIES = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<list>[A-Z][^.;]{2,200}?)\s+(?:had\s+|have\s+|has\s+)?(?:sent|gave|given|tendered|"
    r"submitted|offered)\s+(?:their|his|her)\s+apologies\b")
# A PDF heading that joined an attendance label and the first organisation under it ("Attendees OPCC").
_MERGED_HEADING = re.compile(r"^(?P<label>(?i:present|attendees|attendance|in attendance|also present|apologies|"
                             r"officers))\s+(?P<rest>[A-Z].{1,60})$")
# Labels that make a report's list an attendance list ("Members" alone may be a board's membership).
_STRONG_LABEL = re.compile(r"(?i)^(?:members\s+)?(?:present|attendees|in attendance|apologies)")
_SUBSTITUTE = re.compile(
    r"\s*\(?\b(?:substituting for|substitute for|for|in place of|replacing)\b\s*(?P<absent>.*?)\)?$", re.I)
_NAME_HEADERS = {"name", "names", "attendee", "attendees", "member", "members", "present", "who", "attendee name"}
_ROLE_HEADERS = {"role", "title", "position", "job title", "designation", "role/title", "post"}
_ORG_HEADERS = {"organisation", "organization", "agency", "representing", "service", "company", "org",
                "organisation/agency", "department", "partner", "body"}
_STATUS_HEADERS = {"status", "attendance", "present/apologies", "attended"}


@dataclass(frozen=True)
class Entry:
    """One person of the attendance, with status and where the paper lists them."""

    person: PersonEntry
    status: str
    block: Block
    start: int = 0  # offsets of the entry inside the block's text
    end: int | None = None


def status_of(label: str) -> str | None:
    """present, in_attendance or apologies for an attendance label ("Also present", "Apologies for absence")."""
    label = " ".join(label.lower().split())
    label = re.sub(r"\s*\(.*\)$", "", label)
    for status, pattern in STATUS_WORDS:
        if re.fullmatch(rf"(?:(?:members|councillors|officers|board members|panel members)\s+)?(?:{pattern})"
                        rf"(?:\s+(?:for absence|received(?: from)?|present|in attendance|attendance))?", label):
            return status
    return None


def _locate(block: Block, person: PersonEntry, after: int) -> tuple[int, int | None]:
    key = person.raw.split(",")[0].split("(")[0].strip()
    pos = block.text.find(key, after) if key else -1
    return (pos, pos + len(person.raw)) if pos >= 0 else (0, None)


def _inline(block: Block, text: str, status: str, substitutes: bool = False) -> list[Entry]:
    """People of an inline list; substitutes ("Cllr X for Cllr Y") are present, Y is not."""
    out, after, absent = [], 0, []
    if substitutes:  # "Cllr X for Cllr Y": Y sent apologies
        absent = [m.group("absent") for p in re.split(r"[,;]", text) if (m := _SUBSTITUTE.search(p))]
        text = ",".join(_SUBSTITUTE.sub("", p) for p in re.split(r"[,;]", text))
    stand_ins = [c.group(c.lastgroup) for c in _SUBSTITUTE_CLAUSE.finditer(text)]  # "(substituted by Cllr X)"
    for person in parse_people(_SUBSTITUTE_CLAUSE.sub("", text)):
        start, end = _locate(block, person, after)
        after = start
        out.append(Entry(person, status, block, start, end))
    return (out + [e for name in stand_ins for e in _prose_people(block, name, "present", 0)]
            + [e for name in absent for e in _prose_people(block, name, "apologies", 0)])


def _column_entries(block: Block, statuses: list[str | None]) -> list[Entry]:
    """Present | Apologies set side by side: each column a list, wrapped lines joined back."""
    out = []
    for j, status in enumerate(statuses):
        cells: list[str] = []
        for row in block.rows[1:]:
            cell = row[j].strip() if j < len(row) else ""
            if not cell:
                continue
            head = re.split(r"\s*(?:\(|\s[–—-]\s|,)", cell, maxsplit=1)[0]
            if cells and not reads_as_name(head):
                cells[-1] = _continue(cells[-1], cell)
            else:
                cells.append(cell)
        out += [Entry(p, status, block) for cell in cells for p in parse_people(cell)] if status else []
    return out


def _continue(entry: str, line: str) -> str:
    """An entry with its next line in a column: a wrapped phrase goes on ("… Safety and" + "Partnerships",
    "…, Northshire" + "Police"), a line of its own ("Jo Bell" + "Chair, Northshire Police") is a new part."""
    last = re.split(r",|\s[–—-]\s|\(", entry)[-1].strip(" )")
    has_parts = last != entry.strip()
    lone_word = len(last.split()) == 1 and not is_role(last) and not is_organisation(last)
    if (re.search(r"(?:[,&/(–—-]|\b(?:and|of|for|the|to|in|on))$", entry.rstrip()) or line[:1].islower()
            or (has_parts and (len(line.split()) == 1 or lone_word))):
        return f"{entry} {line}"
    return f"{entry}, {line}"


def _column_statuses(block: Block) -> list[str | None] | None:
    header = block.rows[0] if block.rows else ()
    statuses = [status_of(c.strip(" :")) if c.strip() else None for c in header]
    if any(statuses) and all(s or not c.strip() for s, c in zip(statuses, header)):
        return statuses
    return None


def _table_entries(block: Block, status: str | None) -> list[Entry]:
    rows = block.rows or ()
    if not rows:
        return []
    if (statuses := _column_statuses(block)) is not None:
        return _column_entries(block, statuses)
    header = [" ".join(c.lower().strip(" :").split()) for c in rows[0]]
    cols = {kind: next((j for j, h in enumerate(header) if h in names), None)
            for kind, names in (("name", _NAME_HEADERS), ("role", _ROLE_HEADERS), ("org", _ORG_HEADERS),
                                ("status", _STATUS_HEADERS))}
    headed = cols["name"] is not None and any(cols[k] is not None for k in ("role", "org", "status"))
    out, group = [], None
    for row in rows[1:] if headed else rows:
        new: list[Entry] = []
        if headed and row == rows[0]:
            continue
        if (spanning := _spanning_label(row)) is not None:  # "Apologies" or "OPCC" across the table
            status, group = (status_of(spanning), None) if status_of(spanning) else (status, spanning or None)
            status = status or ("present" if group else None)
        elif headed:
            new = _header_row(block, row, cols, status)
        elif (label_status := status_of(row[0].strip(" :")) if row[0] else None) and len(row) > 1:
            status = label_status
            new = _inline(block, " ; ".join(c for c in row[1:] if c), label_status)
        elif status and row[0] and reads_as_name(row[0].split(",")[0]):
            person = parse_person("\t".join(c for c in row if c))
            new = [Entry(person, status, block)] if person else []
        out += [_in_group(e, group) for e in new]
    return out


def _spanning_label(row: tuple[str, ...]) -> str | None:
    """A row that heads the rows below it: one text across the table (merged or alone in its row) that is
    an attendance label ("Apologies") or an organisation ("Northshire Police"); "" for another heading."""
    texts = {c.strip() for c in row if c.strip()}
    if len(texts) != 1 or len(row) < 2:
        return None
    text = texts.pop().strip(" :")
    if status_of(text):
        return text
    if parse_person(text) is None and not is_sentence(text) and len(text.split()) <= 8:
        return text if is_organisation(text) else ""
    return None


def _in_group(entry: Entry, group: str | None) -> Entry:
    """An entry listed under an organisation's heading takes it as organisation when it gives none."""
    if not group or entry.person.organisation:
        return entry
    return replace(entry, person=replace(entry.person, organisation=group))


def _header_row(block: Block, row: tuple[str, ...], cols: dict, status: str | None) -> list[Entry]:
    person = parse_person(row[cols["name"]])
    if person is None:
        return []
    role = row[cols["role"]].strip() if cols["role"] is not None else None
    org = row[cols["org"]].strip() if cols["org"] is not None else None
    row_status = status_of(row[cols["status"]]) if cols["status"] is not None and row[cols["status"]] else None
    if cols["status"] is not None and re.fullmatch(r"(?i)y(?:es)?|✓|x|attended", row[cols["status"]].strip()):
        row_status = "present"
    person = replace(person, role=role or person.role, organisation=org or person.organisation,
                     chair=person.chair or bool(role and re.fullmatch(r"(?i)chair\w*", role)),
                     minutes=person.minutes or bool(role and re.fullmatch(r"(?i)(?:minute|note)[- ]?taker", role)))
    return [Entry(person, row_status or status or "present", block)]


def _bullet_run(blocks: tuple[Block, ...], i: int) -> list[Entry]:
    """Unlabelled 'Name, Role (ABBR)' bullets under the header: all must read as people with roles."""
    run = []
    for block in blocks[i:]:
        if block.kind != "list_item":
            break
        person = parse_person(block.text)
        if person is None or not (person.role or person.abbreviation):
            return []
        run.append(Entry(person, "present", block))
    return run if len(run) >= 2 else []


def _labelled(blocks: tuple[Block, ...], start: int, stop: int, bare_bullets: bool,
              status: str | None = None) -> list[Entry]:
    entries: list[Entry] = []
    group = None  # the organisation heading the people below it ("OPCC", "Northshire Police")
    i = start
    while i < stop:
        block = blocks[i]
        m = _LABEL.match(block.text) if block.kind != "table" else None
        inner = list(INNER_LABEL.finditer(block.text)) if block.kind != "table" and not m else []
        if inner:
            entries += _inner_labels(block, inner)
            status, group = status_of(inner[-1].group(0).rstrip(" :")), None
        elif m and is_attendance_label(blocks, i) and status_of(m.group("label")):
            status, group = status_of(m.group("label")), None
            if m.group("value").strip():
                substitutes = m.group("label").lower().startswith("substitut")
                entries += _inline(block, m.group("value"), status, substitutes)
        elif block.kind == "table":
            entries += _table_entries(block, status)
            columns = _column_statuses(block)
            status = next((s for s in columns if s), None) if columns else status
        elif (merged := _MERGED_HEADING.match(block.text)) and (heading := _group_heading(blocks, i, merged["rest"])):
            status, group = status_of(merged["label"]), heading  # "Attendees" and "OPCC" read as one heading
        elif status and not _is_prose(block.text) and (found := _inline(block, block.text, status)):
            entries += [_in_group(e, group) for e in found]
        elif status and (heading := _group_heading(blocks, i)) is not None:
            group = heading or None
        elif status is None and bare_bullets and (heading := _group_heading(blocks, i)) and _listed_under(blocks, i):
            status, group = "present", heading  # unlabelled attendance: "OPCC" over "Name – Role (ABBR)" lines
        elif status is None and bare_bullets and block.kind == "list_item" and (run := _bullet_run(blocks, i)):
            entries += run
            i += len(run)
            continue
        else:
            status = None
        i += 1
    return entries


def _listed_under(blocks: tuple[Block, ...], i: int) -> bool:
    """People with roles one a line under the heading at i: two or more, or one before the next heading."""
    run = 0
    for block in blocks[i + 1:]:
        person = parse_person(block.text) if block.kind != "table" else None
        if person is None or not (person.role or person.abbreviation or person.organisation):
            break
        run += 1
    nxt = i + 1 + run
    follows = nxt < len(blocks) and (_LABEL.match(blocks[nxt].text) or _group_heading(blocks, nxt) is not None)
    return run >= 2 or (run == 1 and bool(follows))


def _is_prose(text: str) -> bool:
    """A sentence, or apologies and substitutes told in one (left to :func:`_sentences`)."""
    return is_sentence(text) or any(p.search(text) for p in (_APOLOGY_SENTENCE, _SENT_APOLOGIES,
                                                             _SUBSTITUTE_SENTENCE, _SUBSTITUTE_CLAUSE))


def _group_heading(blocks: tuple[Block, ...], i: int, text: str | None = None) -> str | None:
    """A short line inside an attendance list that heads the people below it: the organisation it
    names ("OPCC", "Southmoor Police"), "" for another heading ("Partners"), None if it is not one."""
    text = (blocks[i].text if text is None else text).strip(" :")
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if nxt is None or not text or ":" in text or len(text.split()) > 8 or is_sentence(text) or parse_person(text):
        return None
    if nxt.kind != "table" and not parse_person(nxt.text):
        return None
    return text if is_organisation(text) else ""


def _inner_labels(block: Block, marks: list[re.Match]) -> list[Entry]:
    out = []
    for k, m in enumerate(marks):
        value = block.text[m.end(): marks[k + 1].start() if k + 1 < len(marks) else len(block.text)]
        status = status_of(m.group(0).rstrip(" :"))
        if status:
            out += _inline(block, value, status, m.group(0).lower().startswith("substitut"))
    return out


def _sentences(blocks: tuple[Block, ...], indexes: list[int]) -> list[Entry]:
    """"Apologies were received from …", "… sent their apologies" and "Cllr X attended as substitute for …"."""
    out = []
    for i in indexes:
        block = blocks[i]
        for pattern, status in ((_APOLOGY_SENTENCE, "apologies"), (_SENT_APOLOGIES, "apologies")):
            for m in pattern.finditer(block.text):
                listed = m.group("list")
                for clause in _SUBSTITUTE_CLAUSE.finditer(listed):
                    out += _prose_people(block, clause.group(clause.lastgroup), "present", m.start("list"))
                out += _prose_people(block, _SUBSTITUTE_CLAUSE.sub("", listed), status, m.start("list"))
        for m in _SUBSTITUTE_SENTENCE.finditer(block.text):  # the member replaced sent apologies
            out += _prose_people(block, m.group("name"), "present", m.start("name"))
            out += _prose_people(block, m.group("absent"), "apologies", m.start("absent")) if m["absent"] else []
    return out


def _prose_people(block: Block, text: str, status: str, offset: int) -> list[Entry]:
    out = []
    for person in parse_people(re.sub(r"\s+(?:and|&)\s+", ", ", text)):
        start = block.text.find(person.raw, offset)
        out.append(Entry(person, status, block, max(start, 0), start + len(person.raw) if start >= 0 else None))
    return out


def minutes_like(ctx) -> bool:
    """Minutes, or a report that lists who attended."""
    return ctx.doc_type == "minutes" or (ctx.doc_type == "report" and bool(attendance_of(ctx)))


def attendance_of(ctx) -> list[Entry]:
    """The context's attendance entries, found once (minutes; reports only with attendance labels)."""
    cache = ctx.doc.user_data
    if "scrutiny.attendance" not in cache:
        minutes = ctx.doc_type == "minutes"
        found = find_attendance(ctx.document, minutes) if ctx.doc_type in ("minutes", "report") else []
        cache["scrutiny.attendance"] = found
    return cache["scrutiny.attendance"]


def find_attendance(document: Document, minutes: bool = True) -> list[Entry]:
    """Every attendance entry of a document, first mention of each person kept.

    For a paper that is not minutes, only under a "Present"/"Attendees"/"Apologies" label.
    """
    blocks = document.blocks
    items = find_items(document)
    limit = items[0].index if items else min(len(blocks), 60)
    if not minutes and not any(_STRONG_LABEL.match(b.text) or INNER_LABEL.search(b.text) for b in blocks[:limit]):
        return []
    early = [it for it in items[:4] if it.row is None
             and re.search(r"apolog|attendance|welcome|introduc|present", it.title, re.I)]
    scan = list(range(limit)) + [j for it in early for j in range(it.index, it.end)]
    entries = _labelled(blocks, 0, limit, bare_bullets=minutes)
    for it in early:
        entries += _labelled(blocks, it.index + 1, it.end, False, status_of(it.title))
    entries += _sentences(blocks, scan)
    seen, surnames, out = set(), set(), []
    for e in entries:  # "Cllr Tate" later in the text is the "Cllr Robert Tate" listed before
        words = [fold(w) for w in e.person.name.split()]
        if " ".join(words) not in seen and not (len(words) == 1 and words[0] in surnames):
            seen.add(" ".join(words))
            surnames.add(words[-1])
            out.append(e)
    return out


class AttendeeExtractor(RecordExtractor):
    """One attendee record per person of a minutes-like document's attendance."""

    def extract(self, ctx: ExtractionContext):
        for entry in attendance_of(ctx):
            p = entry.person
            yield Attendee(**ctx.cite(entry.block, entry.start, entry.end), name=p.name, role=p.role,
                           abbreviation=p.abbreviation, organisation=p.organisation, status=entry.status)
