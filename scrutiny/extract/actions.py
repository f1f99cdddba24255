"""Actions: what a named party is to do as an outcome of a meeting.

Four sources, from the most explicit down: action-log tables (Ref | Action | Owner |
Due | Status) and Action columns of Item | Discussion | Action tables; "ACTION:" and
"Action – Clerk" markers; "Next steps" / "Actions" sections, every sentence of which
is an action; and sentences that assign work to a clear owner ("The Force to provide…",
"JD agreed to…", "It was agreed that the Secretariat would…"). Discussion prose that
merely contains "will" is not an action. Reports yield only tables and markers: a
report's "The Panel is asked to…" is a recommendation, not an action.
"""

from __future__ import annotations

import re
from datetime import date as Date

from ..ingest.model import Block
from .context import ExtractionContext, RecordExtractor
from .dates import MONTH_YEAR, find_dates
from .items import is_sentence, item_sentences, items_of, minutes_like
from .meetings import last_day
from .people import is_abbreviation, is_organisation, is_role, looks_like_name
from .records import Action, Meeting
from .roles import People, people_of, split_sentences

SECTION = re.compile(
    r"^(?:next steps|actions?(?:\s+(?:points?|agreed|arising|required|summary|list))?|agreed actions|"
    r"summary of (?:agreed )?actions|key actions|actions? and decisions|decisions and actions|"
    r"outcomes? and actions|follow[- ]up actions)\s*:?$", re.I)
_NP = (r"(?:[Tt]he\s+|[Aa]ll\s+)?(?:[A-Z][\w'’/&.-]*|officers|members|partners)"
       r"(?:\s+(?:[A-Z][\w'’/&.-]*|of|and|for|the|&|on))*?")
ASSIGNMENT = [
    re.compile(rf"^(?P<owner>{_NP})\s+to\s+(?!be\b)[a-z]+\b"),
    re.compile(rf"^(?P<owner>{_NP})\s+(?:agreed|undertook|offered|volunteered|committed|promised)\s+to\s+[a-z]+"),
    re.compile(rf"^(?P<owner>{_NP})\s+(?:was|were|is|are|has been|have been)\s+"
               rf"(?:asked|requested|tasked|invited|required)\s+to\s+[a-z]+"),
    re.compile(rf"^(?P<owner>{_NP})\s+will\s+(?!be\s+(?:a|an|the)\b)[a-z]+"),
    re.compile(rf"^It\s+was\s+(?:agreed|resolved|requested|AGREED|RESOLVED)\s+that\s+(?P<owner>{_NP})\s+"
               rf"(?:would|will|should|is to|are to|to)\s+[a-z]+"),
    re.compile(rf"^(?:RESOLVED|AGREED|Agreed|Resolved)\s*(?:that|:|[–—-])?\s*(?P<owner>{_NP})\s+"
               rf"(?:to|will|would|should)\s+[a-z]+"),
]
_PRONOUNS = frozenset({"it", "this", "that", "there", "he", "she", "they", "we", "i", "you", "these", "those",
                       "all", "which", "what", "who"})
MARKER = re.compile(r"(?:^|(?<=[.;!?)]\s)|(?<=\())\s*(?:ACTIONS?|Actions?)(?:\s+(?P<ref>[A-Z]?\d+(?:\.\d+)*))?"
                    r"\s*(?:[:–—]|-\s|by\b)\s*(?P<body>[^()]*)")
_NOTHING = re.compile(r"^(?:none|nil|n/?a|no (?:further )?actions?|noted|-+|–)\W*$", re.I)
STATUS = (
    ("complete", r"complete[d]?|closed|done|discharged|finished|achieved|resolved|blue|green"),
    ("ongoing", r"ongoing|on-going|on going|in progress|underway|under way|amber|started|partially"),
    ("open", r"open|new|not started|outstanding|carried forward|c/f|red|pending|overdue|to do|live"),
)
_COLUMNS = (  # (column, header words); owner before action so "Action by" is an owner
    ("owner", r"owner|owners?\(s\)|action owner|lead|lead officer|responsible|responsibility|by whom|who|"
              r"action by|assigned to|responsible officer|lead/owner|officer"),
    ("due", r"due|due date|deadline|by when|target date|date due|timescales?|target|completion date|when|by|"
            r"due by|target completion date|date for completion|date"),
    ("status", r"status|rag|rag status|progress status|current status|open/closed"),
    ("ref", r"ref\.?|reference|no\.?|action no\.?|action ref|#|id|number|action number|minute ref"),
    ("action", r"actions?|action required|agreed actions?|action points?|actions? agreed|action/decision|"
               r"action description|description of action|description|actions?/decisions?"),
    ("discussion", r"discussion|notes|minutes|summary|discussion/decision|key points|details"),
)


def normalise_status(text: str | None) -> str | None:
    text = (text or "").strip().lower()
    for status, pattern in STATUS:
        if re.match(rf"(?:{pattern})\b", text):
            return status
    return None


def table_columns(header: tuple[str, ...]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for j, cell in enumerate(header):
        key = " ".join(cell.lower().strip(" :*").split())
        for name, pattern in _COLUMNS:
            if name not in cols and re.fullmatch(pattern, key):
                cols[name] = j
                break
    return cols


def due_date(text: str, meeting: str | None) -> str | None:
    """A deadline as ISO: "by 31 March" (year from the meeting), "by end of May" (its last day)."""
    year = int(meeting[:4]) if meeting else None
    found = find_dates(text, year)
    if found:
        iso, _, _, had_year = found[0]
        if not had_year and meeting and iso < meeting:
            iso = f"{int(iso[:4]) + 1}{iso[4:]}"
        return iso
    m = MONTH_YEAR.search(text)
    month_names = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    if m:
        return last_day(int(m.group("year")), month_names.index(m.group("m")[:3].lower()) + 1)
    m = re.search(r"\b(?:end of|by|before|in)\s+(?:the\s+end\s+of\s+)?(?P<m>" + "|".join(
        ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december")) + r")\b", text, re.I)
    if m and year:
        month = month_names.index(m.group("m")[:3].lower()) + 1
        iso = last_day(year, month)
        return last_day(year + 1, month) if meeting and iso < meeting else iso
    return None


def _deadline_part(text: str) -> str:
    m = re.search(r"\b(?:by|before|due|deadline|no later than)\b.*$", text, re.I)
    return m.group(0) if m else ""


class Owners:
    """Who an action sentence names as owner, and who that is."""

    def __init__(self, people: People):
        self.people = people

    def is_party(self, owner: str) -> bool:
        bare = re.sub(r"^(?:the|all)\s+", "", owner.strip(), flags=re.I)
        if not bare or bare.lower() in _PRONOUNS or bare.split()[0].lower() in _PRONOUNS:
            return False
        return bool(self.people.resolve(bare) or is_abbreviation(bare) or is_role(bare)
                    or is_organisation(bare) or looks_like_name(bare))

    def owner_in(self, sentence: str) -> str | None:
        """The owner an assignment sentence names, as written (no "the" before a person's role)."""
        for pattern in ASSIGNMENT:
            m = pattern.match(sentence.strip())
            if m and self.is_party(m.group("owner")):
                return self.as_written(m.group("owner"))
        m = re.search(r"(?:\s[–—-]\s*|\()(?P<owner>[A-Z][A-Za-z]{1,3}(?:\s*[/,&]\s*[A-Z][A-Za-z]{1,3})*)\)?\.?$",
                      sentence)
        if m and (is_abbreviation(m.group("owner").split("/")[0]) or self.people.resolve(m.group("owner"))):
            return m.group("owner")
        return None

    def as_written(self, owner: str) -> str:
        owner = owner.strip()
        bare = re.sub(r"^the\s+", "", owner, flags=re.I)
        if bare != owner and (self.people.resolve(bare) or is_abbreviation(bare)):
            return bare
        return owner

    def name_of(self, owner: str | None) -> str | None:
        if not owner or re.search(r"[/&,]|\band\b", owner):
            return None
        return self.people.resolve(owner)


class ActionExtractor(RecordExtractor):
    """Action records from tables, markers, action sections and assignment sentences."""

    def extract(self, ctx: ExtractionContext):
        if ctx.doc_type not in ("minutes", "report"):
            return []
        meeting = next(iter(ctx.of_type(Meeting)), None)
        self.meeting_date = meeting.date if meeting else None
        self.owners = Owners(people_of(ctx))
        out: list[Action] = []
        for block in ctx.blocks:
            if block.kind == "table":
                out += self._table(ctx, block)
        out += self._markers(ctx)
        if minutes_like(ctx):
            out += self._sections(ctx)
            out += self._assignments(ctx)
        return _unique(out)

    def _make(self, ctx, block: Block, text: str, start: int, end: int | None, owner: str | None = None,
              due: str | None = None, status: str | None = None, ref: str | None = None) -> Action:
        text = " ".join(text.split())
        owner = owner or self.owners.owner_in(text)
        due = due or due_date(_deadline_part(text), self.meeting_date)
        return Action(**ctx.cite(block, start, end), text=text, owner=owner, owner_name=self.owners.name_of(owner),
                      due=due, status=status, ref=ref)

    def _owner_only(self, text: str) -> bool:
        """"Clerk", "JD/AB", "Head of Finance": an owner with no task."""
        text = text.strip(" .")
        if not text or len(text.split()) > 5 or is_sentence(text) or re.search(r"\bto\s+[a-z]+", text):
            return False
        parts = [p for p in re.split(r"\s*(?:/|,|&|\band\b)\s*", text) if p]
        return all(self.owners.is_party(p) for p in parts)

    def _table(self, ctx, block: Block) -> list[Action]:
        rows = block.rows or ()
        cols = table_columns(rows[0]) if len(rows) > 1 else {}
        if "action" not in cols or not ({"owner", "due", "status", "discussion"} & set(cols)):
            return []

        def cell(row, name):
            return row[cols[name]].strip() if name in cols else ""

        out = []
        for row in rows[1:]:
            text = cell(row, "action")
            if row == rows[0] or not text or _NOTHING.match(text):
                continue
            owner = cell(row, "owner") or None
            if "discussion" in cols and owner is None and self._owner_only(text):
                owner, sentences = text, split_sentences(cell(row, "discussion"))
                text = sentences[-1] if sentences else text
            pos = block.text.find(text)
            span = (pos, pos + len(text)) if pos >= 0 else (0, None)
            out.append(self._make(ctx, block, text, *span, owner=owner,
                                  due=due_date(cell(row, "due"), self.meeting_date),
                                  status=normalise_status(cell(row, "status")), ref=cell(row, "ref") or None))
        return out

    def _markers(self, ctx) -> list[Action]:
        out = []
        blocks = ctx.blocks
        for i, block in enumerate(blocks):
            if block.kind == "table":
                continue
            for m in MARKER.finditer(block.text):
                body = (split_sentences(m.group("body")) or [""])[0].strip(" .")
                if not body:
                    continue
                if not self._owner_only(body):
                    start = m.start("body")
                    out.append(self._make(ctx, block, body, start, start + len(body), ref=m.group("ref")))
                    continue
                target, before = block, block.text[:m.start()].rstrip(" (")
                if not before and i and blocks[i - 1].kind not in ("heading", "table"):
                    target, before = blocks[i - 1], blocks[i - 1].text
                sentences = split_sentences(before)
                if sentences:
                    text = sentences[-1]
                    start = target.text.rfind(text)
                    out.append(self._make(ctx, target, text, start, start + len(text), owner=body,
                                          ref=m.group("ref")))
        return out

    def _sections(self, ctx) -> list[Action]:
        out = []
        items = items_of(ctx)
        for item in items:
            if item.row is None and SECTION.match(item.title):
                for block, sentence, start, end in item_sentences(ctx, item):
                    if len(sentence.split()) >= 3 and not _NOTHING.match(sentence):
                        out.append(self._make(ctx, block, sentence, start, end))
        return out

    def _assignments(self, ctx) -> list[Action]:
        items = items_of(ctx)
        first = items[0].index if items else 0
        out = []
        for block in ctx.blocks[first:]:
            if block.kind == "table":
                continue
            for sentence, start, end in ctx.block_sentences(block):
                if any(p.match(sentence) and self.owners.is_party(p.match(sentence).group("owner"))
                       for p in ASSIGNMENT):
                    out.append(self._make(ctx, block, sentence, start, end))
        return out


def _overlaps(a: Action, b: Action) -> bool:
    if not a.span or not b.span:
        return False
    same = set(a.text.lower().split()), set(b.text.lower().split())
    similar = 2 * len(same[0] & same[1]) / max(len(same[0]) + len(same[1]), 1) >= 0.6
    return a.span[0] < b.span[1] and b.span[0] < a.span[1] and similar


def _unique(actions: list[Action]) -> list[Action]:
    kept: list[Action] = []
    for action in actions:
        if not any(_overlaps(k, action) for k in kept):
            kept.append(action)
    return kept
