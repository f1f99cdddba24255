"""Actions: what a named party is to do as an outcome of a meeting.

Four sources, from the most explicit down: action-log tables (Ref | Action | Owner |
Due | Status) and Action columns of Item | Discussion | Action tables (an Action/Owner
cell may hold "task / Owner: KL" pairs); "ACTION:" and "Action – Clerk" markers; "Next
steps" / "Actions" sections, every sentence of which is an action; and, in minutes,
sentences that assign work to a clear owner ("The Force to provide…", "JD agreed to…",
"It was agreed that the Secretariat would…", "the Chair asked that the Clerk circulate…",
"RESOLVED that the Clerk write…"). Discussion prose that merely contains "will" is not an
action. A report's prose yields only dated commitments of a named party ("The Chief
Constable will provide … by 18 November 2025"); its "The Panel is asked to…" is a
recommendation, not an action.
"""

from __future__ import annotations

import bisect
import re
from calendar import monthrange

from ..ingest.model import Block
from .context import ExtractionContext, RecordExtractor
from .dates import MONTH_YEAR, find_dates
from .attendees import minutes_like
from .items import is_sentence, item_sentences, items_of
from .people import is_abbreviation, is_organisation, is_role, looks_like_name
from .records import Action, Meeting
from .roles import People, people_of, split_sentences

SECTION = re.compile(
    r"^(?:next steps|actions?(?:\s+(?:points?|agreed|arising|required|summary|list))?|agreed actions|"
    r"summary of (?:agreed )?actions|key actions|actions? and decisions|decisions and actions|"
    r"outcomes? and actions|follow[- ]up actions)\s*:?$", re.I)
_NP = (r"(?:[Tt]he\s+|[Aa]ll\s+)?(?:[A-Z][\w'’/&.-]*|officers|members|partners)"
       r"(?:\s+(?:[A-Z][\w'’/&.-]*|of|and|for|the|&|on))*?")
# "Members will be aware…", "The Panel will recall…": no task follows.
_NOT_TASKS = (r"(?:be\s+(?:a|an|the|aware|pleased|interested|happy|glad|able|noted|asked)\b|recall|remember|note|"
              r"know|see|appreciate|understand|be\s+aware|have\s+seen|have\s+noted)")
# Verbs by which a body decides rather than takes on work ("That the Panel notes the report").
_DECIDES = ("notes?|noted|agrees?|approves?|endorses?|receives?|accepts?|supports?|welcomes?|confirms?|"
            "adopts?|thanks?|recommends?|resolves?|delegates?|requests?|asks?")
_TAKES_ON = re.compile(rf"^(?P<owner>{_NP})\s+(?:(?:has|have|had)\s+(?:also\s+)?)?(?:agreed|undertook|undertaken|"
                       rf"offered|volunteered|committed|promised)\s+to\s+[a-z]+")
_WILL = re.compile(rf"^(?P<owner>{_NP})\s+will\s+(?!{_NOT_TASKS})[a-z]+")
ASSIGNMENT = [
    re.compile(rf"^(?P<owner>{_NP})\s+to\s+(?!be\b)[a-z]+\b"),
    _TAKES_ON,
    re.compile(rf"^(?P<owner>{_NP})\s+(?:was|were|is|are|has been|have been)\s+"
               rf"(?:asked|requested|tasked|invited|required)\s+to\s+[a-z]+"),
    _WILL,
    re.compile(rf"^(?:[A-Z][^,]{{0,60}},\s+)?[Ii]t\s+was\s+(?:agreed|resolved|requested|AGREED|RESOLVED)\s+that\s+"
               rf"(?P<owner>{_NP})\s+(?:would|will|should|is to|are to|to)\s+[a-z]+"),
    # "The Chair asked that the Democratic Services Officer circulate the report."
    re.compile(rf"^(?:[A-Z][^,]{{0,60}},\s+)?{_NP}\s+(?:asked|requested|proposed|suggested|directed)\s+that\s+"
               rf"(?P<owner>{_NP})\s+(?:should\s+)?(?!(?:be|{_DECIDES}|consider)\b)(?:[a-z]*ss|[a-z]*[a-rt-z])\b"),
    re.compile(rf"^(?:RESOLVED|AGREED|Agreed|Resolved)\s*(?:that|:|[–—-])?\s*(?P<owner>{_NP})\s+"
               rf"(?:to|will|would|should)\s+[a-z]+"),
]
# Groups that take on work in minutes ("It was agreed that partners would…").
GROUP_OWNERS = frozenset({"partners", "officers", "members", "all members", "all partners", "group", "board",
                          "panel", "committee", "partnership", "secretariat", "force"})
_PRONOUNS = frozenset({"it", "this", "that", "there", "he", "she", "they", "we", "i", "you", "these", "those",
                       "all", "which", "what", "who"})
MARKER = re.compile(r"(?:^|(?<=[.;!?)]\s)|(?<=\())\s*(?:ACTIONS?|Actions?)(?:\s+(?P<ref>[A-Z]?\d+(?:[./]\d+)*))?"
                    r"\s*(?:[:–—]|-\s|by\b\s*:?)\s*(?P<body>(?:(?!\bACTIONS?\b|\bActions?\s*[:–—])[^()])*)")
# "RESOLVED: (1) That the presentation be noted. (2) That the Chairman write to …": one task each.
RESOLUTION = re.compile(rf"(?:^|\(\w{{1,3}}\)\s*|RESOLVED:?\s*|AGREED:?\s*)[Tt]hat\s+(?P<owner>{_NP})\s+"
                        rf"(?:be\s+(?:asked|requested|invited|instructed|authorised)\s+to\s+(?!(?:{_DECIDES}|consider)\b)|"
                        rf"(?!(?:be|is|are|was|were|has|have|{_DECIDES})\b))(?P<verb>[a-z]+)\b[^.]*\.?")
_NOTHING = re.compile(r"^(?:none|nil|n/?a|no (?:further )?actions?|noted|-+|–)\W*$", re.I)
# Status words of action trackers. The earliest word in a cell decides ("Ongoing – due to complete in
# March"); a RAG colour counts only when no word is written ("GREEN – Complete" is complete). Without a
# legend, blue is done, green and amber are under way ("on track", "at risk"), red is open and off track.
STATUS = (
    ("open", r"not (?:yet )?(?:started|complete[d]?|done|begun)|incomplete|open|new|outstanding|carried forward|"
             r"c/f|pending|overdue|to do|live|on hold|deferred|not due"),
    ("complete", r"complete[d]?|closed|done|discharged|finished|achieved|resolved|delivered"),
    ("ongoing", r"ongoing|on-going|on going|in progress|underway|under way|on track|started|partially|"
                r"progressing|at risk|delayed|behind schedule"),
)
RAG = (("complete", r"blue"), ("ongoing", r"green|amber"), ("open", r"red"))
# Columns of a delivery plan: in a report such a table is progress, not an action log.
_PLAN_COLUMNS = re.compile(r"(?i)\b(?:commitment|objective|priority|progress|oversight|theme)\b")
_COLUMNS = (  # (column, header words); owner before action so "Action by" is an owner
    ("owner", r"owner|owners?\(s\)|action owner|lead|lead officer|responsible|responsibility|by whom|who|"
              r"action by|assigned to|responsible officer|lead/owner|officer"),
    ("due", r"due|due date|deadline|by when|target date|date due|timescales?|target|completion date|when|by|"
            r"due by|target completion date|date for completion|date"),
    ("status", r"status|rag|rag status|progress status|current status|open/closed"),
    ("ref", r"ref\.?|reference|no\.?|action no\.?|action ref|#|id|number|action number|minute ref"),
    ("action", r"actions?|action required|agreed actions?|action points?|actions? agreed|action/decision|"
               r"action description|description of action|description|actions?/decisions?|"
               r"actions?\s*(?:/|&|and|\()\s*(?:owners?|leads?|by whom|who|responsibility)\)?"
               r"(?:\s*(?:/|&|and)\s*(?:deadline|due(?: date)?|date|when|timescales?))?"),
    ("discussion", r"discussion|notes|minutes|summary|discussion/decision|key points|details"),
)


# "Owner: KL", "Due: 29/11/24" inside an Action/Owner cell or after an ACTION line.
_CELL_LABEL = re.compile(r"(?:(?<=\s)|^)(?:(?P<owner>(?:action\s+)?owners?|leads?|responsible|by whom|action by|who)|"
                         r"(?P<due>due(?:\s+date)?|deadline|by when|target date|timescale|when))\s*(?::|\s[–—]\s)\s*",
                         re.I)
_SENTENCE_START = re.compile(r"^(?:[–—-]\s*)?[A-Z][a-z]+\s+[a-z]")
_TASK_LABEL = re.compile(r"^(?:actions?|task)\s*(?::|\s[–—]\s)\s*", re.I)


def last_day(year: int, month: int) -> str:
    """ISO date of a month's last day: the deadline "by end of May" means."""
    return f"{year:04d}-{month:02d}-{monthrange(year, month)[1]:02d}"


def normalise_status(text: str | None) -> str | None:
    """open, ongoing or complete from an action log's status cell ("Carried forward" is open,
    "AMBER – In progress" ongoing, a bare "Green" ongoing)."""
    text = (text or "").strip().lower()
    found = [(m.start(), -len(m.group(0)), status) for status, pattern in STATUS
             for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text)]
    if found:
        return min(found)[2]
    for status, pattern in RAG:
        if re.match(rf"(?:{pattern})\b", text):
            return status
    return None


def table_columns(header: tuple[str, ...]) -> dict[str, int]:
    """Column index of each of owner, due, status, ref, action and discussion in a header row."""
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
    """The "by 31 March …" end of an action sentence, where its deadline is."""
    m = re.search(r"\b(?:by|before|due|deadline|no later than)\b.*$", text, re.I)
    return m.group(0) if m else ""


class Owners:
    """Who an action sentence names as owner, and who that is."""

    def __init__(self, people: People):
        self.people = people

    def is_party(self, owner: str) -> bool:
        """A person, role, abbreviation, organisation or group that can take on work (not "It", "This")."""
        bare = re.sub(r"^(?:the|all)\s+", "", owner.strip(), flags=re.I)
        if not bare or bare.lower() in _PRONOUNS or bare.split()[0].lower() in _PRONOUNS:
            return False
        return bool(self.people.resolve(bare) or bare.lower() in GROUP_OWNERS or is_abbreviation(bare)
                    or is_role(bare) or is_organisation(bare) or looks_like_name(bare))

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
        # "the DCC", "the Secretariat" are roles: the role as written; "The Force" keeps its article.
        if bare != owner and (self.people.resolve(bare) or is_abbreviation(bare)
                              or (is_role(bare) and not is_organisation(bare))):
            return bare
        return owner

    def name_of(self, owner: str | None) -> str | None:
        """The one person an owner names: "Claire Moss, Panel Support Officer" is one, "KL/AB" two."""
        if not owner:
            return None
        names = {self._resolve_part(p) for p in re.split(r"\s*(?:[/&,]|\band\b)\s*", owner) if p.strip()}
        return names.pop() if len(names) == 1 else None

    def _resolve_part(self, part: str) -> str | None:
        """ "Claire Moss (PSO)": the name, else what the brackets hold."""
        m = re.fullmatch(r"(.*?)\s*\(([^()]+)\)", part.strip())
        if not m:
            return self.people.resolve(part)
        return self.people.resolve(m.group(1)) or self.people.resolve(m.group(2))


def labelled_tasks(text: str, owners: "Owners") -> list[tuple[str, str | None, str | None]]:
    """(task, owner, due text) of each task in "Provide X by 29/11/24. Owner: KL Share Y. Owner: AB";
    a label whose task already has that value ("Owner: KL Provide X") goes with the task after it."""
    tasks: list[list] = []
    pending: list = [None, None, None]
    pos = 0
    for m in list(_CELL_LABEL.finditer(text)) + [None]:
        task = _TASK_LABEL.sub("", text[pos:m.start() if m else len(text)].lstrip(" \n.;–—-")).rstrip(" \n;–—-")
        if task:
            pending[0] = task
            tasks.append(pending)
            pending = [None, None, None]
        if m is None:
            break
        nxt = _CELL_LABEL.search(text, m.end())
        value = text[m.end():nxt.start() if nxt else len(text)]
        used = _value_extent(value, owners, bool(m.group("owner")))
        slot = 1 if m.group("owner") else 2
        holder = tasks[-1] if tasks and tasks[-1][slot] is None else pending
        holder[slot] = value[:used].strip(" .;,–—-")
        pos = m.end() + used
    return [tuple(t) for t in tasks if t[1] or t[2]] if any(t[1] for t in tasks) else []


def _value_extent(value: str, owners: "Owners", is_owner: bool) -> int:
    """How much of a label's value is the owner or date; the rest starts the next task."""
    end = re.search(r"[.;\n]|$", value).start()
    chunk = value[:end]
    if not is_owner:
        return end
    words = list(re.finditer(r"\S+", chunk))
    for k in range(1, len(words)):
        rest = chunk[words[k].start():]
        if owners.is_party(chunk[:words[k - 1].end()]) and _SENTENCE_START.match(rest):
            return words[k].start()
    return end


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
        out += self._sections(ctx)
        if minutes_like(ctx):
            out += self._assignments(ctx)
        else:
            out += self._dated_commitments(ctx)
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
        if ctx.doc_type != "minutes" and any(_PLAN_COLUMNS.search(c) for c in rows[0]):
            return []

        def cell(row, name):
            return row[cols[name]].strip() if name in cols else ""

        out = []
        for row in rows[1:]:
            text = cell(row, "action")
            if row == rows[0] or not text or _NOTHING.match(text):
                continue
            owner = cell(row, "owner") or None
            if owner is None and (tasks := labelled_tasks(text, self.owners)):
                out += [self._labelled(ctx, block, task, owner, due, status=normalise_status(cell(row, "status")))
                        for task, owner, due in tasks]
                continue
            if "discussion" in cols and owner is None and self._owner_only(text):
                owner, sentences = text, split_sentences(cell(row, "discussion"))
                naming = [s for s in sentences if re.search(rf"\b{re.escape(owner)}\b", s)]
                text = (naming or sentences or [text])[-1]
            pos = block.text.find(text)
            span = (pos, pos + len(text)) if pos >= 0 else (0, None)
            out.append(self._make(ctx, block, text, *span, owner=owner,
                                  due=due_date(cell(row, "due"), self.meeting_date),
                                  status=normalise_status(cell(row, "status")),
                                  ref=None if "discussion" in cols else cell(row, "ref") or None))
        return out

    def _labelled(self, ctx, block: Block, task: str, owner: str | None, due: str | None,
                  status: str | None = None, ref: str | None = None) -> Action:
        pos = block.text.find(task)
        span = (pos, pos + len(task)) if pos >= 0 else (0, None)
        return self._make(ctx, block, task, *span, owner=owner, status=status, ref=ref,
                          due=due_date(due or _deadline_part(task), self.meeting_date))

    def _markers(self, ctx) -> list[Action]:
        out = []
        blocks = ctx.blocks
        for i, block in enumerate(blocks):
            if block.kind == "table":
                continue
            for m in MARKER.finditer(block.text):
                if tasks := labelled_tasks(m.group("body"), self.owners):
                    out += [self._labelled(ctx, block, task, owner, due, ref=m.group("ref"))
                            for task, owner, due in tasks]
                    continue
                body = (split_sentences(m.group("body")) or [""])[0].strip()
                if not body.strip(" ."):
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
                    out.append(self._make(ctx, target, text, start, start + len(text), owner=body.strip(" ."),
                                          ref=m.group("ref")))
        return out

    def _sections(self, ctx) -> list[Action]:
        """Every sentence of a "Next steps" or "Actions" item, or of such a headed section."""
        out = []
        items = items_of(ctx) if minutes_like(ctx) else []
        found = [(block, s, start, end) for item in items if item.row is None and SECTION.match(item.title)
                 for block, s, start, end in item_sentences(ctx, item)]
        starts = {item.index for item in items}
        blocks = ctx.blocks
        for i, block in enumerate(blocks):
            if block.kind == "heading" and i not in starts and SECTION.match(_unnumbered(block.text)):
                for b in _section_blocks(blocks, i):
                    found += [(b, s, start, end) for s, start, end in ctx.block_sentences(b)]
        for block, sentence, start, end in found:
            sentence = re.sub(r"^\d{1,3}(?:\.\d{1,2})*\.?\s+", "", sentence)
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
            for sentence, start, end in _fine_sentences(ctx, block):
                if any(p.match(sentence) and self.owners.is_party(p.match(sentence).group("owner"))
                       for p in ASSIGNMENT):
                    out.append(self._make(ctx, block, sentence, start, end))
            for m in RESOLUTION.finditer(block.text):
                if self.owners.is_party(m.group("owner")):
                    lead = 0 if m.group(0)[:1].isalpha() else re.search(r"[Tt]hat\s", m.group(0)).start()
                    text, start = m.group(0)[lead:], m.start() + lead
                    out.append(self._make(ctx, block, text, start, start + len(text),
                                          owner=self.owners.as_written(m.group("owner"))))
        return out


    def _dated_commitments(self, ctx) -> list[Action]:
        """A report's "The Chief Constable will provide … by 18 November 2025": a named party takes on a task
        with a deadline. Undated intent ("The Force will continue to…") is narrative, not an action."""
        out = []
        for block in ctx.blocks:
            if block.kind == "table":
                continue
            for sentence, start, end in _fine_sentences(ctx, block):
                sentence = re.sub(r"^\d{1,3}(?:\.\d{1,2})+\.?\s+", "", sentence)
                if not any(p.match(sentence) and self.owners.is_party(p.match(sentence).group("owner"))
                           for p in (_TAKES_ON, _WILL)):
                    continue
                if due_date(_deadline_part(sentence), self.meeting_date):
                    start = block.text.find(sentence, start)
                    out.append(self._make(ctx, block, sentence, start, start + len(sentence)))
        return out


def _fine_sentences(ctx, block: Block) -> list[tuple[str, int, int]]:
    """The pipeline's sentences, split again where it missed a boundary ("at A&E. The Force will…")."""
    out = []
    for text, start, _ in ctx.block_sentences(block):
        offset = start
        for part in split_sentences(text):
            pos = block.text.find(part, offset)
            out.append((part, pos, pos + len(part)))
            offset = pos + len(part)
    return out


def _unnumbered(text: str) -> str:
    return re.sub(r"^\d{1,3}(?:\.\d{1,2})*\.?\s+", "", text.strip())


def _section_blocks(blocks, i: int) -> list[Block]:
    level = blocks[i].level or 1
    out = []
    for block in blocks[i + 1:]:
        if block.kind == "heading" and (block.level or 1) <= level:
            break
        if block.kind != "table":
            out.append(block)
    return out


def _similar(a: Action, b: Action) -> bool:
    wa, wb = set(a.text.lower().split()), set(b.text.lower().split())
    return 2 * len(wa & wb) / max(len(wa) + len(wb), 1) >= 0.6


def _unique(actions: list[Action]) -> list[Action]:
    """Drop an action that repeats an earlier one from the same words (a marker inside a "Next steps")."""
    kept: list[Action] = []
    spans: list[tuple[int, int, int]] = []  # (start, end, index in kept), sorted
    longest = 0
    for action in actions:
        if action.span and action.span[1] is not None:
            start, end = action.span
            lo = bisect.bisect_left(spans, (start - longest, -1, -1))
            hi = bisect.bisect_left(spans, (end, -1, -1))
            if any(s_end > start and _similar(kept[k], action) for _, s_end, k in spans[lo:hi]):
                continue
            bisect.insort(spans, (start, end, len(kept)))
            longest = max(longest, end - start)
        kept.append(action)
    return kept
