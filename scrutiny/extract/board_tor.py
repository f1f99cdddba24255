"""Boards from terms of reference: labelled fields, in a table or as headed sections.

Three layouts carry the same fields (Meeting/Name, Purpose, Frequency, Chair,
Members, Quorum, Reporting to):
- a label | value table (a DOCX cell's separate lines are in ``metadata["tables"]``);
- headings ("Membership") each followed by their blocks;
- label paragraphs ("Members:" then list items, or "Chair: Cllr A Smith" inline).
Fields are read in order; a group of them with two kinds or more, one of them
substantive (purpose, frequency, members, quorum, reporting), is one board.
Fields this reader does not know ("Linked meetings", "7. Governance") end the field
before them and give no boards or member lines: boards linked to a board are not its
boards. In a terms of reference their sentences are still read for what they say about
the board itself ("The group reports to …", "Secretariat support is provided by …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..ingest.model import Block, Document
from .board_draft import BoardDraft, Line
from .board_members import (CHAIR_MARK, clean_member, is_member_line, person_name, role_on_board,
                            strip_role_label)
from .board_tables import header_columns
from .board_text import (board_at_start, chair_by_subject, chair_from, clean_name, drop_copula, is_board_name,
                         own_parent, parent_from, subject_mention)
from .frequency import normalise_frequency

_BODY = r"(?:group|board|meeting|panel|partnership|committee|forum)"
LABELS = (
    ("name", rf"(?:name|title)(?: of (?:the )?{_BODY})?|meeting(?: name| title)?|{_BODY}(?: name)?|body"),
    ("purpose", rf"(?:(?:overall|key|main) )?(?:purpose|aims?|role|remit)s?"
                rf"(?: and (?:aims?|objectives|purpose|remit|scope|role))?(?: of (?:the )?{_BODY})?"),
    ("frequency", r"(?:meeting )?frequency(?: of meetings?)?(?: and (?:location|venue|timing|format))?|"
                  r"meetings|how often|meets|meeting arrangements|schedule of meetings"),
    ("vice_chair", r"(?:vice|deputy)[- ]?chair(?:man|person)?"),
    ("chair", r"(?:co-|joint )?chair(?:man|person|ed by|ing)?|chair and vice[- ]chair"),
    ("members", rf"(?:core |standing |voting |full )?member(?:s|ship)(?: of (?:the )?{_BODY})?|attendees|composition"),
    ("support", r"secretariat|(?:administrative|admin|secretariat) support|clerk"),
    ("parent", r"reporting(?: to| line| lines| arrangements?)?|reports to|accountable to|accountability|"
               r"parent (?:board|group|body)"),
    ("quorum", r"quorum|quoracy"),
    ("subgroups", r"sub[- ]?(?:groups?|committees?|boards?|panels?)(?: and working groups)?|working groups|"
                  r"task and finish groups"),
)
_LABELS = [(kind, re.compile(rf"(?:{p})", re.I)) for kind, p in LABELS]
_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[a-z][.)]|[ivx]+[.)])\s+", re.I)
_LABEL_PARAGRAPH = re.compile(r"^(?P<label>[A-Z][^:]{0,60}?)\s*:\s*(?P<value>.*)$", re.S)
_SUBSTANTIVE = {"purpose", "frequency", "members", "quorum", "parent"}
# Outside a terms of reference, "Meeting: … / Purpose: …" is a report's cover block: a board needs more.
_CONSTITUTIONAL = {"frequency", "members", "quorum", "parent"}
_REPEATABLE = {"members", "support", "vice_chair"}
_TOR_TITLE = re.compile(r"\s*[-–—:|,]?\s*\bterms of reference\b\s*(?:for|of)?\s*[-–—:|,]?\s*", re.I)
_MEMBER_HEADER = re.compile(r"(?:name|member|organi[sz]ation|role|title|position|post|representing|agency|body|"
                            r"job title|designation)s?", re.I)
_VICE_AFTER = re.compile(r"\s+(?=(?:the\s+)?(?:vice|deputy)[- ]?chair(?:man|person)?\s*(?::|[-–]\s|is\b|will\b))",
                         re.I)
_CELL_BULLET = re.compile(r"\s*[·•▪●◦‣∙➢►■]\s*")


def label_kind(text: str) -> str | None:
    """The field a label names ("Purpose of group:" → purpose), or None."""
    label = _NUMBER.sub("", text or "").strip().rstrip(":").strip().lower()
    for kind, pattern in _LABELS:
        if pattern.fullmatch(label):
            return kind
    return None


def _label_like(label: str) -> bool:
    return len(label.split()) <= 7 and not re.search(r"\b(?:is|are|will|was|were)\b", label)


def _row_label(cell: str) -> bool:
    """A label cell of a label | value table that this reader does not know ("Governance", "Linked meetings")."""
    cell = _NUMBER.sub("", cell).strip()
    return 0 < len(cell.split()) <= 4 and cell[:1].isupper() and not re.search(r"[.;,\d]", cell)


@dataclass
class Field:
    kind: str  # a LABELS kind, or "other" for a label this reader does not use
    label: Line
    lines: list[Line] = field(default_factory=list)
    layout: str = "table"  # table, heading, paragraph


def _split_cell(text: str, kind: str) -> list[str]:
    """A table cell's lines when the reader kept none: bullets, then semicolons, then short comma lists."""
    parts = [p for p in _CELL_BULLET.split(text) if p.strip()]
    if len(parts) > 1 or kind != "members":
        return parts or [text]
    parts = [p for p in re.split(r";\s*", text) if p.strip()]
    if len(parts) > 1:
        return parts
    commas = [p.strip() for p in text.split(",")]
    if len(commas) > 2 and all(p[:1].isupper() and len(p.split()) <= 6 for p in commas):
        return commas
    return [text]


def _lines_match(rows: tuple, cell_lines: list | None) -> bool:
    """True when the reader's cell lines are those of this table (same shape, same first column)."""
    if not cell_lines or len(cell_lines) != len(rows):
        return False
    return all(len(lines) == len(row) and " ".join(" ".join(lines[0]).split()) == row[0]
               for lines, row in zip(cell_lines, rows))


def table_fields(block: Block, cell_lines: list | None) -> list[Field]:
    """The fields of a label | value table (empty when it is not one)."""
    rows = block.rows or ()
    if not rows or len(rows[0]) < 2 or any(header_columns(r) for r in rows[:3]):
        return []
    if not _lines_match(rows, cell_lines):
        cell_lines = None
    fields, offset = [], 0
    for r, row in enumerate(rows):
        kind = label_kind(row[0])
        if kind is None and not (_label_like(row[0]) and (row[0].strip().endswith(":") or _row_label(row[0]))):
            continue
        label = Line.find(block, row[0], offset)
        values = [c for c in row[1:] if c.strip()]
        if cell_lines:
            texts = [line for cell in cell_lines[r][1:] for line in cell]
        else:
            texts = [p for value in values for p in _split_cell(value, kind or "")]
        lines, at = [], label.end
        for text in texts:
            line = Line.find(block, text, at)
            lines.append(line)
            at = max(at, line.end)
        offset = max(offset, at)
        fields.append(Field(kind or "other", label, lines, "table"))
    return fields if sum(f.kind != "other" for f in fields) >= 2 else []


class FieldScanner:
    """Headed sections and label paragraphs, read block by block into fields."""

    def __init__(self):
        self.fields: list[Field] = []
        self._open: Field | None = None  # the field whose value is still being read

    def table(self, block: Block) -> bool:
        """A table under "Membership" (Name | Organisation): one member line per row. False for other tables."""
        if self._open is None or self._open.kind not in _REPEATABLE or not block.rows:
            self._open = None
            return False
        start = 0
        for row in block.rows:
            text = "\t".join(row)
            cells = [c for c in row if c.strip()]
            if cells and not all(_MEMBER_HEADER.fullmatch(c.strip()) for c in cells):
                self._open.lines.append(Line(", ".join(cells), block, start, start + len(text)))
            start += len(text) + 1
        self._open = None
        return True

    def heading(self, block: Block) -> None:
        kind = label_kind(block.text)
        self._open = None
        line = Line(block.text, block, 0, len(block.text))
        if kind:
            self._start(Field(kind, line, layout="heading"))
        elif self.fields and self.fields[-1].kind != "break" and (is_board_name(block.text)
                                                                  or _TOR_TITLE.search(block.text)):
            self.fields.append(Field("break", line, layout="heading"))  # another board's terms of reference
        elif not is_board_name(block.text) and not _TOR_TITLE.search(block.text):
            # "7. Governance": read, for the sentences about the board it may hold ("The group reports to …")
            self._start(Field("other", line, layout="heading"))

    def text(self, block: Block) -> None:
        for text, start in _segments(block):
            self._text(Line(text, block, start, start + len(text)))

    def _text(self, line: Line) -> None:
        if line.block.kind == "paragraph" and line.start == 0 and _NUMBER.match(line.text) \
                and len(line.text.split()) <= 6 and (kind := label_kind(line.text)):
            self._start(Field(kind, line, layout="heading"))  # "2. Membership": plain text's numbered heading
            return
        m = _LABEL_PARAGRAPH.match(line.text) if line.block.kind == "paragraph" else None
        label = m.group("label") if m else None
        kind = label_kind(label) if label else None
        in_members = self._open is not None and self._open.kind == "members" and self._open.layout == "heading"
        if kind and not (in_members and kind in ("chair", "vice_chair", "support") and m.group("value")):
            self._label(line, m, kind)
        elif label and not m.group("value") and _label_like(label):
            self._start(Field("other", line, layout="paragraph"))
        elif label and kind is None and _row_label(label):
            # "Governance: The group reports to …": kept for its sentences; the open field stays open
            start = line.start + m.start("value")
            value = Line(m.group("value"), line.block, start, start + len(m.group("value")))
            self.fields.append(Field("other", line, [value], layout="paragraph"))
        elif self._open is not None:
            self._open.lines.append(line)

    def _label(self, line: Line, m: re.Match, kind: str) -> None:
        label = Line(m.group("label"), line.block, line.start, line.start + m.end("label"))
        f = Field(kind, label, layout="paragraph")
        value = m.group("value").strip()
        if value:
            start = line.start + m.start("value")
            f.lines.append(Line(value, line.block, start, start + len(value)))
        self._start(f)
        if value and not value.endswith(":"):
            self._open = None  # "Chair: Cllr A Smith" is complete on its line

    def _start(self, f: Field) -> None:
        self.fields.append(f)
        self._open = f


def _segments(block: Block) -> list[tuple[str, int]]:
    """A paragraph cut before each inline label it holds: PDF text runs "Chair: A Vice-chair: B" together."""
    starts = []
    for colon in re.finditer(r"\s*:\s", block.text):
        before = block.text[:colon.start()]
        for k in range(1, 5):  # the shortest label ending at the colon: "… Council Vice-chair:"
            m = re.search(r"(?:^|(?<=\s))(\S+(?:\s\S+){%d})$" % (k - 1), before)
            if m and m.group(1)[:1].isupper() and label_kind(m.group(1)):
                starts.append(m.start(1))
                break
    if len(starts) < 2 or block.kind != "paragraph":
        return [(block.text, 0)]
    starts[0] = 0
    ends = starts[1:] + [len(block.text)]
    return [(block.text[a:b].strip(), a) for a, b in zip(starts, ends) if block.text[a:b].strip()]


def group_fields(fields: list[Field]) -> list[list[Field]]:
    """Fields split into boards: a second name, or a field kind seen twice, starts a new one."""
    groups: list[list[Field]] = []
    current: list[Field] = []
    for f in fields:
        if f.kind == "break":
            if current:
                groups.append(current)
            current = []
            continue
        kinds = {g.kind for g in current}
        if current and f.kind != "other" and f.kind in kinds and f.kind not in _REPEATABLE:
            groups.append(current)
            current = []
        current.append(f)
    if current:
        groups.append(current)
    return groups


def anchor(fields: list[Field]) -> Field:
    """The field a group of fields is placed by: the first one that is not a section this reader only skims."""
    return next((f for f in fields if not (f.kind == "other" and f.layout == "heading")), fields[0])


def context_name(document: Document, before: int) -> tuple[str, Line | None] | None:
    """The board a terms of reference without a name field is for: a heading above it, or the title."""
    for block in reversed(document.blocks[:before]):
        if block.kind == "heading" and label_kind(block.text) is None:
            name = clean_name(_TOR_TITLE.sub(" ", block.text))
            if is_board_name(name) or (_TOR_TITLE.search(block.text) and len(name.split()) >= 2):
                return name, Line(block.text, block, 0, len(block.text))
    if document.title and _TOR_TITLE.search(document.title):
        name = clean_name(_TOR_TITLE.sub(" ", document.title).split("|")[0])
        return (name, None) if len(name.split()) >= 2 or re.fullmatch(r"[A-Z]{3,10}", name) else None
    return None


def under_tor_heading(document: Document, at: int) -> bool:
    """True when the nearest heading above block ``at`` says "terms of reference"."""
    heading = next((b for b in reversed(document.blocks[:at]) if b.kind == "heading"), None)
    return heading is not None and bool(_TOR_TITLE.search(heading.text))


def is_tor_title(text: str | None) -> bool:
    return bool(_TOR_TITLE.search(text or ""))


def _value(f: Field) -> str:
    lines = [ln.text for ln in f.lines]
    return " ".join(lines[:1] if f.layout != "table" else lines).strip()


def fields_to_draft(fields: list[Field], context: tuple[str, Line | None] | None,
                    in_tor: bool = True) -> BoardDraft | None:
    """A board from one group of fields, or None when the group is too thin to be a terms of reference.

    ``in_tor`` says the fields are known to be a terms of reference (by the document's type or a heading).
    """
    kinds = {f.kind for f in fields} - {"other"}
    if len(kinds) < 2 or not kinds & (_SUBSTANTIVE if in_tor else _CONSTITUTIONAL):
        return None
    first = {}
    for f in fields:
        first.setdefault(f.kind, f)
    name_field = first.get("name")
    if name_field and name_field.lines:
        name, evidence = clean_name(_value(name_field)), name_field.lines[0]
    elif context:
        name, evidence = context[0], context[1] or anchor(fields).label
    else:
        return None
    draft = BoardDraft(name=name, evidence=evidence, source="terms_of_reference")
    if "purpose" in first:
        purpose = _value(first["purpose"])
        mention = subject_mention(purpose)  # "The X Board (XB) leads…": the purpose starts at the verb
        draft.purpose = (drop_copula(mention[1]) if mention and mention[0] == name else purpose) or None
    if "frequency" in first:
        draft.frequency = normalise_frequency(" ".join(ln.text for ln in first["frequency"].lines))
    if "chair" in first:
        text = _VICE_AFTER.split(_value(first["chair"]))[0]  # "Chair: A … Vice Chair: B" in one cell
        found = chair_from(text) or chair_by_subject(text)
        chair = found[0] if found else clean_member(text)
        draft.chair = person_name(chair) or chair or None
    if "parent" in first:
        text = _value(first["parent"])
        bare = re.sub(r"^(?:(?:reports?|reporting|accountable|answerable)\s+)?(?:in)?to\s+", "", text, flags=re.I)
        draft.parent = parent_from(text) or board_at_start(bare) or (
            clean_name(bare) if 0 < len(bare.split()) <= 10 else None)
    if not in_tor:  # a report's or plan's other sections are not about this board
        fields = [f for f in fields if f.kind != "other"]
    draft.parent = draft.parent or _stated_parent(fields, name)
    draft.own_text = " ".join(ln.text for f in fields if f.kind != "other" for ln in f.lines)
    _add_members(draft, fields)
    if "subgroups" in first:
        draft.subgroups = list(first["subgroups"].lines)
    return draft


def _stated_parent(fields: list[Field], name: str) -> str | None:
    """A parent stated in a sentence about the board, in any section ("7. Governance: The group reports to …")."""
    for f in fields:
        if f.kind in ("subgroups", "members", "support"):
            continue
        for line in f.lines:
            for sentence in line.sentences():
                parent = own_parent(sentence.text, name)
                if parent:
                    return parent
    return None


def _add_members(draft: BoardDraft, fields: list[Field]) -> None:
    for f in fields:
        if f.kind in ("other", "chair"):
            for line in f.lines[1 if f.kind == "chair" else 0:]:
                text, label_role = strip_role_label(clean_member(line.text))
                if not draft.add_stated_members(line) and f.kind == "chair" and label_role == "member" \
                        and is_member_line(text):
                    draft.add_member(text, "member", line)  # "Vice Chair: …" below the Chair in one cell
        if f.kind not in _REPEATABLE:
            continue
        for line in f.lines:
            if draft.add_stated_members(line):
                continue
            text, label_role = strip_role_label(clean_member(line.text))
            if not is_member_line(text):
                continue
            role = {"support": "support", "vice_chair": "member"}.get(f.kind) or label_role or role_on_board(text)
            draft.add_member(text, role, line)
    listed_chair = next((m for m in draft.members if m.role == "chair"), None)
    chair_field = next((f for f in fields if f.kind == "chair" and f.lines), None)
    if chair_field and listed_chair is None:
        # the Chair row is a member too, unless the members list names its own chair
        line = chair_field.lines[0]
        found = chair_from(line.text) or chair_by_subject(line.text)
        if found:  # "The group is chaired by the Chief Superintendent, Local Policing."
            text, loose = found[0], True
            line = Line(text, line.block, line.start + found[1], line.start + found[2])
        else:
            text, loose = strip_role_label(clean_member(line.text))[0], False
        if is_member_line(text) and draft.add_member(text, "chair", line, loose):
            draft.members.insert(0, draft.members.pop())
        draft.add_stated_members(chair_field.lines[0])
    if draft.chair is None and listed_chair:
        chair = CHAIR_MARK.sub("", listed_chair.text).strip(" ,")
        draft.chair = person_name(chair) or chair or None
