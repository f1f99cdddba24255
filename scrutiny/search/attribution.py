"""Who speaks in or owns each passage, with what roles, in which meeting or board.

Built once per document from its records: the attendees (so "The DCC added…"
counts for the Deputy Chief Constable listed as present), the meeting's body
and the boards the document describes. ``--person`` and ``--role`` searches
and the person and board facets read what this puts in the index.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..extract.records import Action, Attendee, Board, Item, Meeting, Record
from ..extract.roles import People, SubjectFinder, split_sentences
from .passages import DocumentInfo, Passage, document_to_passages, record_passages
from .stamp import make_stamp, records_digest


class DocumentPeople:
    def __init__(self, records: list[Record]):
        self.attendees = [r for r in records if isinstance(r, Attendee) and r.name]
        self.meeting = next((r for r in records if isinstance(r, Meeting)), None)
        self._people = People(self.attendees, chair=self.meeting.chair if self.meeting else None)
        self._finder: SubjectFinder | None = None  # built on first need: it loads spaCy's tokenizer
        self._roles = {}
        for a in self.attendees:
            self._roles.setdefault(a.name, [])
            self._roles[a.name] += [x for x in (a.role, a.abbreviation) if x]
        self.boards = [self.meeting.body] if self.meeting and self.meeting.body else []

    def speakers(self, text: str) -> list[str]:
        if not self.attendees:
            return []
        if self._finder is None:
            self._finder = SubjectFinder(self._people)
        names: list[str] = []
        for line in text.split("\n"):
            for sentence in split_sentences(line):
                names += [n for n in self._finder.speakers(sentence) if n not in names]
        return names

    def of_record(self, record: Record) -> list[str]:
        if isinstance(record, Action):
            return [record.owner_name] if record.owner_name else []
        if isinstance(record, Item):
            return list(record.speakers)
        if isinstance(record, Meeting):
            return [a.name for a in self.attendees]
        return []

    def roles(self, names: list[str]) -> list[str]:
        return [role for name in names for role in self._roles.get(name, [])]

    def boards_of(self, record: Record | None) -> list[str]:
        if isinstance(record, Board):
            return [x for x in (record.name, record.abbreviation) if x]
        return list(self.boards)


def attribute_passage(passage: Passage, people: DocumentPeople, record: Record | None = None,
                      speakers: list[str] | None = None, stamp: str | None = None) -> Passage:
    if speakers is not None:
        names = speakers
    else:
        names = people.of_record(record) if record is not None else people.speakers(passage.text)
    names = [n for n in names if n and not re.fullmatch(r"\W*", n)]
    return replace(passage, people=tuple(names), roles=tuple(people.roles(names)),
                   boards=tuple(people.boards_of(record)), stamp=passage.stamp if stamp is None else stamp)


def passages_for_index(info: DocumentInfo, blocks, records, speakers: list[list[str]] | None = None,
                       digest: str | None = None) -> list[Passage]:
    """Every passage and searchable record of a document, attributed, ready to index.

    ``speakers``, who speaks in each body passage as an earlier run found them (see
    ``Store.passage_speakers``), saves parsing every sentence again; ignored unless
    there is one list per body passage. ``digest``, the records' digest as an earlier
    run computed it (``Store.records_digest``), saves computing it again."""
    records = list(records)
    people = DocumentPeople(records)
    body = document_to_passages(info, list(blocks))
    of_records = list(record_passages(info, records))
    if speakers is None or len(speakers) != len(body):
        speakers = [None] * len(body)
    # What `scrutiny check` compares with the store to find stale or missing passages.
    stamp = make_stamp(digest or records_digest(records), len(body) + len(of_records))
    return [attribute_passage(p, people, speakers=names, stamp=stamp) for p, names in zip(body, speakers)] + \
        [attribute_passage(p, people, record, stamp=stamp) for record, p in of_records]
