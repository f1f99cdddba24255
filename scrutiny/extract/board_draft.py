"""What the board readers hand to the component: boards and members found so far.

A draft is mutable while a reader fills it; ``boards.py`` merges drafts from the
different readers, resolves abbreviations and turns them into records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..ingest.model import Block
from .board_members import CHAIR_MARK


def member_key(text: str) -> str:
    """A member compared without case, punctuation, a leading "the" or a chair mark."""
    words = re.findall(r"[a-z0-9]+", CHAIR_MARK.sub("", text).lower())
    return " ".join(words[1:] if words[:1] == ["the"] else words)


@dataclass(frozen=True)
class Line:
    """A piece of a block's text: ``start``/``end`` are offsets inside the block."""

    text: str
    block: Block
    start: int
    end: int

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

    def add_member(self, text: str, role: str, evidence: Line) -> bool:
        """Add a member unless the board has it already ("X (Chair)" and "X" are one); True if added."""
        key = member_key(text)
        same = next((m for m in self.members if member_key(m.text) == key), None)
        if same is not None:
            if role == "chair":
                same.role = "chair"
            return False
        if text:
            self.members.append(MemberDraft(text, role, evidence))
        return bool(text)
