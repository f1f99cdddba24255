"""Questions a researcher asks of the stored records: pure functions over a ``Store``.

Each ``find_*`` function reads the record tables, joins what a reader needs (the meeting
an action or attendee belongs to, the members of a board, the progress rows reporting on
a commitment) and returns frozen entries that keep their citation (``doc``, ``page``,
``span``). Text filters are case-insensitive substrings; dates are ISO strings compared as
such, and a record without a date is left out when a date filter is given.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import asdict, dataclass

from ..extract.evaluate import dice, person_key, words
from .store import Store

PROGRESS_SIMILARITY = 0.6  # Dice over word sets, as the records contract matches commitments


@dataclass(frozen=True)
class Cited:
    """Where a record comes from: document name, page (paged formats) and character span."""

    doc: str
    page: int | None
    span: tuple[int, int] | None

    @property
    def source(self) -> str:
        return f"{self.doc} p.{self.page}" if self.page else self.doc

    def to_dict(self) -> dict:
        """The entry's fields, then its citation (``doc``, ``page``, ``span``)."""
        d = asdict(self)
        return {**{k: v for k, v in d.items() if k not in ("doc", "page", "span")},
                "doc": d["doc"], "page": d["page"], "span": d["span"]}


@dataclass(frozen=True)
class ActionEntry(Cited):
    date: str | None
    meeting: str | None
    text: str
    owner: str | None
    owner_name: str | None
    due: str | None
    status: str | None
    ref: str | None

    @property
    def owner_label(self) -> str:
        """``CC (Pippa Mills)`` when the owner was resolved to a person."""
        if self.owner and self.owner_name and self.owner_name.casefold() != self.owner.casefold():
            return f"{self.owner} ({self.owner_name})"
        return self.owner or self.owner_name or ""


@dataclass(frozen=True)
class MeetingEntry(Cited):
    date: str | None
    meeting: str | None
    time: str | None
    venue: str | None
    chair: str | None
    attendees: int


@dataclass(frozen=True)
class Appearance(Cited):
    """One attendee record: a person holding a role at a meeting."""

    name: str
    role: str | None
    abbreviation: str | None
    organisation: str | None
    status: str | None
    date: str | None
    meeting: str | None

    @property
    def role_label(self) -> str:
        """``Deputy Chief Constable (DCC)``."""
        if self.role and self.abbreviation:
            return f"{self.role} ({self.abbreviation})"
        return self.role or self.abbreviation or ""


@dataclass(frozen=True)
class Person:
    name: str
    key: str  # the normalised name people are grouped by
    appearances: tuple[Appearance, ...]

    def roles(self) -> dict[str, list[Appearance]]:
        """Appearances by role label, in the order roles are first seen."""
        out: dict[str, list[Appearance]] = {}
        for a in self.appearances:
            out.setdefault(a.role_label, []).append(a)
        return out

    def to_dict(self) -> dict:
        return {"name": self.name, "key": self.key,
                "roles": [{"role": label, "meetings": [a.to_dict() for a in apps]}
                          for label, apps in self.roles().items()]}


@dataclass(frozen=True)
class MembershipEntry(Cited):
    board: str
    member: str
    member_kind: str | None
    role_on_board: str | None


@dataclass(frozen=True)
class BoardEntry:
    """A board, merged over every document that names it (first stated value of each field)."""

    name: str
    abbreviation: str | None
    purpose: str | None
    chair: str | None
    frequency: str | None
    parent: str | None
    status: str | None
    sources: tuple[Cited, ...]
    members: tuple[MembershipEntry, ...]

    @property
    def member_count(self) -> int:
        return len({fold(m.member) for m in self.members})

    def to_dict(self) -> dict:
        d = asdict(self)
        d["member_count"] = self.member_count
        return d


@dataclass(frozen=True)
class ProgressEntry(Cited):
    ref: str | None
    commitment: str | None
    activity: str | None
    update: str | None
    oversight: str | None


@dataclass(frozen=True)
class CommitmentEntry(Cited):
    text: str
    theme: str | None
    heading: str | None
    ref: str | None
    kind: str | None
    progress: tuple[ProgressEntry, ...] = ()


# -- helpers -----------------------------------------------------------------


def fold(text) -> str:
    """Lower-cased words joined by spaces: the key names are grouped by."""
    return " ".join(words(text))


def ref_key(ref) -> str:
    """A reference with case and punctuation dropped: ``A.4`` and ``a4`` agree."""
    return re.sub(r"[^0-9a-z]", "", str(ref or "").casefold())


def contains(needle: str | None, *haystacks) -> bool:
    """True when ``needle`` is a case-insensitive substring of any haystack (no needle: True)."""
    if not needle:
        return True
    n = needle.casefold()
    return any(h and n in str(h).casefold() for h in haystacks)


def in_range(date: str | None, since: str | None = None, until: str | None = None) -> bool:
    if not (since or until):
        return True
    return bool(date) and (not since or date >= since) and (not until or date <= until)


def meeting_label(row: dict | None) -> str | None:
    """A meeting's body and, when different, its title."""
    parts: list[str] = []
    for value in (row or {}).get("body"), (row or {}).get("title"):
        if value and fold(value) not in {fold(p) for p in parts}:
            parts.append(value)
    return " – ".join(parts) or None


def rows(store: Store, table: str) -> list[dict]:
    """Every row of a record table with its document's title and date, in document order."""
    cursor = store.db.execute(
        f"SELECT t.*, d.title AS doc_title, d.date AS doc_date FROM [{table}] t "
        "JOIN documents d ON d.id = t.document_id ORDER BY d.name, t.id")
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, values)) for values in cursor.fetchall()]


def _cite(row: dict) -> dict:
    span = (row["span_start"], row["span_end"]) if row.get("span_start") is not None else None
    return {"doc": row["doc"], "page": row["page"], "span": span}


class MeetingIndex:
    """The meetings of each document; a record belongs to the last meeting starting before it."""

    def __init__(self, store: Store):
        self.by_doc: dict[str, list[dict]] = defaultdict(list)
        for row in rows(store, "meetings"):
            self.by_doc[row["document_id"]].append(row)
        for meetings in self.by_doc.values():
            meetings.sort(key=lambda m: m["span_start"] or 0)

    def meeting_of(self, row: dict) -> dict | None:
        meetings = self.by_doc.get(row["document_id"])
        if not meetings:
            return None
        pos = row.get("span_start")
        before = [m for m in meetings if pos is not None and (m["span_start"] or 0) <= pos]
        return before[-1] if before else meetings[0]

    def occasion(self, row: dict) -> tuple[str | None, str | None, dict | None]:
        """Date and label of the record's meeting, else of its document; and the meeting row."""
        m = self.meeting_of(row)
        date = (m and m["date"]) or row["doc_date"]
        return date, meeting_label(m) or row["doc_title"] or row["doc"], m


def _dated(entry) -> tuple:
    return (entry.date is None, entry.date or "", entry.doc, entry.span or (0, 0))


# -- queries -----------------------------------------------------------------


def find_actions(store: Store, *, owner: str | None = None, status: str | None = None, board: str | None = None,
                 since: str | None = None, until: str | None = None) -> list[ActionEntry]:
    """Actions, oldest first, dated by their meeting (else their document).

    ``owner`` matches the owner as written or the resolved owner name; ``board`` the meeting's
    body or title or the document's title; ``status`` is compared exactly (``open``, ...).
    """
    meetings = MeetingIndex(store)
    out = []
    for row in rows(store, "actions"):
        date, label, m = meetings.occasion(row)
        if not (contains(owner, row["owner"], row["owner_name"]) and (not status or row["status"] == status)
                and contains(board, m and m["body"], m and m["title"], row["doc_title"])
                and in_range(date, since, until)):
            continue
        out.append(ActionEntry(**_cite(row), date=date, meeting=label, text=row["text"], owner=row["owner"],
                               owner_name=row["owner_name"], due=row["due"], status=row["status"], ref=row["ref"]))
    return sorted(out, key=_dated)


def person_matches(needle: str | None, name: str | None) -> bool:
    """Case-insensitive substring of the name, as written or normalised (``Cllr``, ``OBE`` dropped)."""
    if not needle:
        return True
    key = person_key(needle)
    return contains(needle, name) or bool(key and key in person_key(name))


def find_meetings(store: Store, *, board: str | None = None, person: str | None = None,
                  since: str | None = None, until: str | None = None) -> list[MeetingEntry]:
    """Meetings, oldest first, with their number of attendees.

    ``person`` keeps meetings the person attended (attendee name) or chaired.
    """
    meetings = MeetingIndex(store)
    attended: dict[int, list[str]] = defaultdict(list)
    for row in rows(store, "attendees"):
        m = meetings.meeting_of(row)
        if m:
            attended[m["id"]].append(row["name"])
    out = []
    for m in rows(store, "meetings"):
        date = m["date"] or m["doc_date"]
        names = attended[m["id"]]
        if not (contains(board, m["body"], m["title"], m["doc_title"]) and in_range(date, since, until)):
            continue
        if person and not any(person_matches(person, n) for n in [*names, m["chair"]]):
            continue
        out.append(MeetingEntry(**_cite(m), date=date, meeting=meeting_label(m) or m["doc_title"] or m["doc"],
                                time=m["time"], venue=m["venue"], chair=m["chair"], attendees=len(names)))
    return sorted(out, key=_dated)


def find_people(store: Store, name: str | None = None) -> list[Person]:
    """People named in attendee records, grouped by normalised name, sorted by name."""
    meetings = MeetingIndex(store)
    groups: dict[str, list[Appearance]] = defaultdict(list)
    for row in rows(store, "attendees"):
        key = person_key(row["name"])
        if not key or not person_matches(name, row["name"]):
            continue
        date, label, _ = meetings.occasion(row)
        groups[key].append(Appearance(**_cite(row), name=row["name"], role=row["role"],
                                      abbreviation=row["abbreviation"], organisation=row["organisation"],
                                      status=row["status"], date=date, meeting=label))
    people = [Person(apps[0].name, key, tuple(sorted(apps, key=_dated))) for key, apps in groups.items()]
    return sorted(people, key=lambda p: p.key)


def _membership(row: dict) -> MembershipEntry:
    return MembershipEntry(**_cite(row), board=row["board"], member=row["member"],
                           member_kind=row["member_kind"], role_on_board=row["role_on_board"])


def _first(rows_: list[dict], field: str):
    return next((r[field] for r in rows_ if r[field]), None)


def _board_matches(name: str, group: list[dict], exact: bool) -> bool:
    if exact:
        return fold(group[0]["name"]) == fold(name) or any(
            r["abbreviation"] and r["abbreviation"].casefold() == name.casefold() for r in group)
    return contains(name, *(r["name"] for r in group), *(r["abbreviation"] for r in group))


def find_boards(store: Store, name: str | None = None) -> list[BoardEntry]:
    """Boards grouped by name across documents, with their members, sorted by name.

    ``name`` matches a board's name (substring) or abbreviation; when some board's name or
    abbreviation equals it exactly, only those boards are returned.
    """
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows(store, "boards"):
        groups[fold(row["name"])].append(row)
    if name:
        matched = {k: g for k, g in groups.items() if _board_matches(name, g, exact=True)} or \
                  {k: g for k, g in groups.items() if _board_matches(name, g, exact=False)}
        groups = defaultdict(list, matched)
    members: dict[str, list[MembershipEntry]] = defaultdict(list)
    for row in rows(store, "memberships"):
        if fold(row["board"]) in groups:
            members[fold(row["board"])].append(_membership(row))
    out = [BoardEntry(name=g[0]["name"], **{f: _first(g, f) for f in
                      ("abbreviation", "purpose", "chair", "frequency", "parent", "status")},
                      sources=tuple(Cited(**_cite(r)) for r in g), members=tuple(members[k]))
           for k, g in groups.items()]
    return sorted(out, key=lambda b: fold(b.name))


def find_memberships(store: Store, board: str | None = None, member: str | None = None) -> list[MembershipEntry]:
    """Memberships whose board matches ``board`` (substring, or a board's abbreviation) and
    whose member matches ``member`` (substring): "which boards does the CPS sit on?"."""
    by_abbreviation = {fold(r["name"]) for r in rows(store, "boards")
                       if board and r["abbreviation"] and r["abbreviation"].casefold() == board.casefold()}
    return [_membership(r) for r in rows(store, "memberships")
            if (contains(board, r["board"]) or fold(r["board"]) in by_abbreviation)
            and contains(member, r["member"])]


def reports_on(progress: dict, commitment: dict) -> bool:
    """A progress row reports on a commitment: same reference in the same document, else
    (no reference to compare) commitment texts with Dice similarity of at least 0.6."""
    if progress["document_id"] == commitment["document_id"] and progress["ref"] and commitment["ref"]:
        return ref_key(progress["ref"]) == ref_key(commitment["ref"])
    return dice(progress["commitment"], commitment["text"]) >= PROGRESS_SIMILARITY


def _progress(row: dict) -> ProgressEntry:
    return ProgressEntry(**_cite(row), ref=row["ref"], commitment=row["commitment"], activity=row["activity"],
                         update=row["update"], oversight=row["oversight"])


def find_commitments(store: Store, *, theme: str | None = None, ref: str | None = None,
                     kind: str | None = None) -> list[CommitmentEntry]:
    """Commitments in document order, each with the progress rows that report on it.

    ``theme`` is a substring of the theme; ``ref`` equals the reference ignoring case and
    punctuation (``a4`` finds ``A.4``); ``kind`` is ``pledge``, ``outcome``, ``challenge`` or ``objective``.
    """
    progress = rows(store, "progress")
    out = []
    for c in rows(store, "commitments"):
        if not (contains(theme, c["theme"]) and (not ref or ref_key(ref) == ref_key(c["ref"]))
                and (not kind or c["kind"] == kind)):
            continue
        out.append(CommitmentEntry(**_cite(c), text=c["text"], theme=c["theme"], heading=c["heading"],
                                   ref=c["ref"], kind=c["kind"],
                                   progress=tuple(_progress(p) for p in progress if reports_on(p, c))))
    return out
