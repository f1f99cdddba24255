"""An action's parts as minutes and action logs write them: who owns it (a sentence that
assigns work, an "Owner:" label, a log's owner column), when it is due and in what state.

The extractors of :mod:`.actions` find the actions; these read their fields.
"""

from __future__ import annotations

import re
from calendar import monthrange

from .dates import MONTH_YEAR, find_dates
from .people import is_abbreviation, is_organisation, is_role, looks_like_name
from .roles import People


NOUN_PHRASE = (r"(?:[Tt]he\s+|[Aa]ll\s+)?(?:[A-Z][\w'’/&.-]*|officers|members|partners)"
               r"(?:\s+(?:[A-Z][\w'’/&.-]*|of|and|for|the|&|on))*?")
# "Members will be aware…", "The Panel will recall…": no task follows.
_NOT_TASKS = (r"(?:be\s+(?:a|an|the|aware|pleased|interested|happy|glad|able|noted|asked)\b|recall|remember|note|"
              r"know|see|appreciate|understand|be\s+aware|have\s+seen|have\s+noted)")
# Verbs by which a body decides rather than takes on work ("That the Panel notes the report").
DECIDES = ("notes?|noted|agrees?|approves?|endorses?|receives?|accepts?|supports?|welcomes?|confirms?|"
           "adopts?|thanks?|recommends?|resolves?|delegates?|requests?|asks?")
TAKES_ON = re.compile(rf"^(?P<owner>{NOUN_PHRASE})\s+(?:(?:has|have|had)\s+(?:also\s+)?)?"
                      rf"(?:agreed|undertook|undertaken|offered|volunteered|committed|promised)\s+to\s+[a-z]+")
WILL_DO = re.compile(rf"^(?P<owner>{NOUN_PHRASE})\s+will\s+(?!{_NOT_TASKS})[a-z]+")
ASSIGNMENT = [
    re.compile(rf"^(?P<owner>{NOUN_PHRASE})\s+to\s+(?!be\b)[a-z]+\b"),
    TAKES_ON,
    re.compile(rf"^(?P<owner>{NOUN_PHRASE})\s+(?:was|were|is|are|has been|have been)\s+"
               rf"(?:asked|requested|tasked|invited|required)\s+to\s+[a-z]+"),
    WILL_DO,
    re.compile(rf"^(?:[A-Z][^,]{{0,60}},\s+)?[Ii]t\s+was\s+(?:agreed|resolved|requested|AGREED|RESOLVED)\s+that\s+"
               rf"(?P<owner>{NOUN_PHRASE})\s+(?:would|will|should|is to|are to|to)\s+[a-z]+"),
    # "The Chair asked that the Democratic Services Officer circulate the report."
    re.compile(rf"^(?:[A-Z][^,]{{0,60}},\s+)?{NOUN_PHRASE}\s+(?:asked|requested|proposed|suggested|directed)\s+that\s+"
               rf"(?P<owner>{NOUN_PHRASE})\s+(?:should\s+)?(?!(?:be|{DECIDES}|consider)\b)(?:[a-z]*ss|[a-z]*[a-rt-z])\b"),
    re.compile(rf"^(?:RESOLVED|AGREED|Agreed|Resolved)\s*(?:that|:|[–—-])?\s*(?P<owner>{NOUN_PHRASE})\s+"
               rf"(?:to|will|would|should)\s+[a-z]+"),
]
# Groups that take on work in minutes ("It was agreed that partners would…").
GROUP_OWNERS = frozenset({"partners", "officers", "members", "all members", "all partners", "group", "board",
                          "panel", "committee", "partnership", "secretariat", "force"})
_PRONOUNS = frozenset({"it", "this", "that", "there", "he", "she", "they", "we", "i", "you", "these", "those",
                       "all", "which", "what", "who"})
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


def deadline_part(text: str) -> str:
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
