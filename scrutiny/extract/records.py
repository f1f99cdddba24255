"""The record types of the export contract (shared/spec/RECORDS.md), one dataclass each.

Field names are the export names. Every record carries ``doc``, ``page`` and
``span`` (its provenance); ``to_dict()`` gives the JSONL line. Records are
frozen: an extractor that refines one makes a new one with ``dataclasses.replace``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields


@dataclass(frozen=True)
class Record:
    doc: str
    page: int | None = None
    span: tuple[int, int] | None = None

    type = "record"

    def to_dict(self) -> dict:
        d = {"type": self.type}
        d.update(asdict(self))
        if d.get("span") is not None:
            d["span"] = list(d["span"])
        return d

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    @property
    def text_for_search(self) -> str:
        """The words a search over records matches."""
        return ""


@dataclass(frozen=True)
class DocumentRecord(Record):
    type = "document"
    doc_type: str = "other"
    title: str | None = None
    date: str | None = None
    organisation: str | None = None
    pages: int | None = None
    evidence: tuple[str, ...] = ()  # which classification cues fired

    @property
    def text_for_search(self) -> str:
        return self.title or ""


@dataclass(frozen=True)
class Meeting(Record):
    type = "meeting"
    body: str | None = None
    title: str | None = None
    date: str | None = None
    time: str | None = None
    venue: str | None = None
    chair: str | None = None
    minutes_by: str | None = None
    next_meeting: dict | None = None

    @property
    def text_for_search(self) -> str:
        return " ".join(x for x in (self.body, self.title, self.venue) if x)


@dataclass(frozen=True)
class Attendee(Record):
    type = "attendee"
    name: str = ""
    role: str | None = None
    abbreviation: str | None = None
    organisation: str | None = None
    status: str = "present"

    @property
    def text_for_search(self) -> str:
        return " ".join(x for x in (self.name, self.role, self.abbreviation, self.organisation) if x)


@dataclass(frozen=True)
class Item(Record):
    type = "item"
    number: str | None = None
    title: str = ""
    speakers: tuple[str, ...] = ()

    @property
    def text_for_search(self) -> str:
        return self.title


@dataclass(frozen=True)
class Action(Record):
    type = "action"
    text: str = ""
    owner: str | None = None
    owner_name: str | None = None
    due: str | None = None
    status: str | None = None
    ref: str | None = None

    @property
    def text_for_search(self) -> str:
        return self.text


@dataclass(frozen=True)
class Board(Record):
    type = "board"
    name: str = ""
    abbreviation: str | None = None
    purpose: str | None = None
    chair: str | None = None
    frequency: str | None = None
    parent: str | None = None
    status: str | None = None

    @property
    def text_for_search(self) -> str:
        return " ".join(x for x in (self.name, self.abbreviation, self.purpose) if x)


@dataclass(frozen=True)
class Membership(Record):
    type = "membership"
    board: str = ""
    member: str = ""
    member_kind: str = "organisation"
    role_on_board: str = "member"

    @property
    def text_for_search(self) -> str:
        return f"{self.member} ({self.board})"


@dataclass(frozen=True)
class Commitment(Record):
    type = "commitment"
    text: str = ""
    theme: str | None = None
    heading: str | None = None
    ref: str | None = None
    kind: str = "pledge"

    @property
    def text_for_search(self) -> str:
        return self.text


@dataclass(frozen=True)
class Progress(Record):
    type = "progress"
    ref: str | None = None
    commitment: str | None = None
    activity: str | None = None
    update: str | None = None
    oversight: str | None = None

    @property
    def text_for_search(self) -> str:
        return " ".join(x for x in (self.commitment, self.activity, self.update) if x)


RECORD_TYPES: dict[str, type[Record]] = {
    cls.type: cls
    for cls in (DocumentRecord, Meeting, Attendee, Item, Action, Board, Membership, Commitment, Progress)
}

# Store table per record type (the document record lives in ``documents``).
RECORD_TABLES = {
    "meeting": "meetings",
    "attendee": "attendees",
    "item": "items",
    "action": "actions",
    "board": "boards",
    "membership": "memberships",
    "commitment": "commitments",
    "progress": "progress",
}


def record_from_dict(d: dict) -> Record:
    """Rebuild a record from its ``to_dict()`` form (extra keys ignored)."""
    cls = RECORD_TYPES[d["type"]]
    names = set(cls.field_names())
    kwargs = {k: v for k, v in d.items() if k in names}
    for key in ("span",):
        if kwargs.get(key) is not None:
            kwargs[key] = tuple(kwargs[key])
    for key in ("speakers", "evidence"):
        if key in kwargs and kwargs[key] is not None:
            kwargs[key] = tuple(kwargs[key])
    return cls(**kwargs)
