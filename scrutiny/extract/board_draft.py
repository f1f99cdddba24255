"""What the board readers hand to the component: boards and members found so far.

A draft is mutable while a reader fills it; ``boards.py`` merges drafts from the
different readers, resolves abbreviations and turns them into records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..ingest.model import Block
from .board_members import CHAIR_MARK, person_name
from .board_text import own_chair, support_from, vice_chair_from


def member_key(text: str) -> str:
    """A member compared without case, punctuation, a leading "the" or a chair mark."""
    words = re.findall(r"[a-z0-9]+", CHAIR_MARK.sub("", text).lower())
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def same_member(a: str, b: str) -> bool:
    """One member written twice: equal, or one the other's head before a comma, dash or bracket
    ("Chief Superintendent, Local Policing" and "Chief Superintendent, Local Policing – Southmoor Police");
    "Chief Constable" and "Deputy Chief Constable" stay two."""
    ka, kb = member_key(a), member_key(b)
    if ka == kb:
        return bool(ka)
    short, long_ = sorted((a, b), key=lambda t: len(member_key(t)))
    if len(member_key(short).split()) < 2 and not re.fullmatch(r"(?:the\s+)?[A-Z]{3,}", short.strip()):
        return False
    long_ = CHAIR_MARK.sub("", long_)
    cuts = re.finditer(r"\s*(?:\s[-–—]\s|[–—(,])", long_)
    return any(member_key(long_[:m.start()]) == member_key(short) for m in cuts)


@dataclass(frozen=True)
class Line:
    """A piece of a block's text: ``start``/``end`` are offsets inside the block."""

    text: str
    block: Block
    start: int
    end: int

    def sentences(self) -> list["Line"]:
        return [Line(m.group(0), self.block, self.start + m.start(), self.start + m.end())
                for m in re.finditer(r"\S.*?(?:[.!?](?=\s+[A-Z(])|$)", self.text)]

    @classmethod
    def find(cls, block: Block, text: str, after: int = 0) -> "Line":
        """The line located in its block (the whole block when the text cannot be found there)."""
        text = " ".join(text.split())
        at = block.text.find(text, after)
        if at < 0:
            at = block.text.find(text)
        if at < 0:
            return cls(text, block, 0, len(block.text))
        return cls(text, block, at, at + len(text))


@dataclass
class MemberDraft:
    text: str
    role: str  # chair, member, support
    evidence: Line


@dataclass
class BoardDraft:
    name: str
    evidence: Line
    source: str  # terms_of_reference, glossary, prose
    purpose: str | None = None
    chair: str | None = None
    frequency: str | None = None
    parent: str | None = None
    status: str | None = None
    abbreviation: str | None = None
    own_text: str = ""  # the board's own description, where its initials may be used
    members: list[MemberDraft] = field(default_factory=list)
    subgroups: list[Line] = field(default_factory=list)  # a terms of reference's "Sub-groups" lines

    def add_member(self, text: str, role: str, evidence: Line, loose: bool = False) -> bool:
        """Add a member unless the board has it already ("X (Chair)" and "X" are one); True if added.

        ``loose`` for a member named in a sentence ("chaired by the Chief Superintendent"), which may be
        the head of a listed member's line; lines of one list are compared whole.
        """
        key = member_key(text)
        same = next((m for m in self.members
                     if (same_member(m.text, text) if loose else member_key(m.text) == key)), None)
        if same is not None:
            if role == "chair":
                same.role = "chair"
            return False
        if text:
            self.members.append(MemberDraft(text, role, evidence))
        return bool(text)

    def add_stated_members(self, line: Line) -> bool:
        """Members a sentence names by what they do on the board: "The group is chaired by …", "The Vice
        Chair is …", "Secretariat support is provided by the OPCC". True when the line held such a sentence
        (it is then not a member line itself)."""
        stated = False
        for sentence in line.sentences():
            finders = ((vice_chair_from, "member"), (support_from, "support"),
                       (lambda text: own_chair(text, self.name), "chair"))
            for finder, role in finders:
                found = finder(sentence.text)
                if not found:
                    continue
                text, start = found[0], sentence.start + found[1]
                self.add_member(text, role, Line(text, line.block, start, start + len(text)), loose=True)
                if role == "chair" and self.chair is None:
                    self.chair = person_name(text) or text
                stated = True
        return stated
