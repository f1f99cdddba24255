"""The commitments of a plan, read from its heading structure and lists.

A police and crime plan sets out priorities (headings), objectives under them
(sub-headings) and, after a lead-in such as "I will:" or "We will:", lists of
pledges. "Outcomes" sections list committed outcomes; "My challenge to the
Chief Constable will be to:" lists challenges; a board's section lists its
objectives after "Specific objectives … below:". Reading goes by heading
levels (from font size in PDFs, '#' in markdown), never by page position.
Outcomes and challenges belong to the priority, even when they follow its last
objective's pledges under a smaller heading; a "Priority 2: …" heading set no
larger than its objectives still holds them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..ingest.model import Block, Document
from .titles import DocumentCasing, is_generic_heading, tidy_title

_LIST_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[a-z])[.)]\s+")
PLAN_REF = re.compile(r"^([A-Z]{1,3}\.?\d{1,2}(?:\.\d{1,2})*|\d{1,2}(?:\.\d{1,2})+)\s+(?=[A-Z])")
_LABELS = (
    ("outcome", re.compile(r"^(?:key |our |expected |intended |the )?outcomes?(?: we (?:want|expect|will deliver))?$"
                           r"|^(?:what success (?:will )?looks? like|measuring (?:success|progress)|"
                           r"how (?:we|i) will (?:measure|know)\b.*|(?:key |our )?(?:(?:outcome|success|performance) )?"
                           r"(?:measures|indicators)|measures of success|(?:key )?performance indicators)$", re.I)),
    ("challenge", re.compile(r"^(?:my |our )?challenges?(?: (?:to|for) the (?:chief constable|force))?$|"
                             r"^what (?:i|we) (?:will )?(?:expect|ask|require) (?:of|from) "
                             r"the (?:chief constable|force)$", re.I)),
    ("pledge", re.compile(r"^(?:(?:our|my) (?:commitments|pledges|promises)|what (?:we|i) will do|(?:we|i) will)$", re.I)),
    ("objective", re.compile(r"^(?:our |key |strategic |specific |the )?(?:objectives|aims|priorities)$", re.I)),
)
_CONTAINER = re.compile(r"^(?:our |the |my |key |strategic )?(?:priorities|objectives|themes|aims|priority areas)"
                        r"(?: and (?:objectives|priorities|outcomes|commitments))?$", re.I)
_BOARD = re.compile(r"\b(?:board|partnership|group|sub-?group|panel|committee|forum|network|executive|assembly)"
                    r"(?:\s*\([A-Z&]{2,}\))?$", re.I)
_PLEDGE_LEAD = re.compile(r"\b(?:i|we)\s+(?:will|shall|commit|pledge|promise|intend|am committed|are committed)\b"
                          r"|\b(?:commitments?|pledges?|promises?)\b|\bwill\s*:$", re.I)
# Challenges set to the force: "My challenge to the Chief Constable …", "I will ask the Chief Constable to:".
_CHALLENGE_LEAD = re.compile(r"\bchallenges?\b|\b(?:ask|expect|require|call on)\w*\b[^.]*"
                             r"\b(?:chief constable|the force)\b[^.]*\bto\s*:?$", re.I)
# "We will know we have succeeded when:", "Success will be measured by:", "Outcome measures:".
_OUTCOME_LEAD = re.compile(r"\boutcomes?\b|\bsucce(?:ss|ssful|eded|ed)\b|\bmeasur(?:e|es|ed|ing)\b(?!\s+to\b)", re.I)
_WILL_LEAD = re.compile(r"\b(?:i|we)\s+will\s*:?\s*$", re.I)  # "To measure progress we will:" lists pledges
_PRIORITY_MARK = re.compile(r"(?:strategic\s+|our\s+)?(?:priority|theme|pillar)\s+(?:\d{1,2}|[A-Z]|one|two|three|four|"
                            r"five|six|seven|eight|nine|ten)\b", re.I)
ABBREVIATION = re.compile(r"\s*\([A-Z][A-Za-z&]{1,9}\)\s*$")
_TOR_WORDS = re.compile(r"\s*[-–—:|]?\s*terms of reference\s*[-–—:|]?\s*", re.I)
RUN_MAX_WORDS = 40
HEADING_MAX_WORDS = 12
RUN_LINE_WORDS = 25


def heading_label(text: str) -> str | None:
    text = text.strip().rstrip(":").strip()
    return next((kind for kind, pattern in _LABELS if pattern.match(text)), None)


def names_board(text: str) -> bool:
    return bool(_BOARD.search(text.strip().rstrip(":").strip()))


def board_name(document: Document) -> str | None:
    """The board a paper is about: the first board-named heading, else its title ("X Board – Terms of Reference")."""
    candidates = [b.text for b in document.blocks if b.kind == "heading"] + [document.title or ""]
    for text in candidates:
        name = ABBREVIATION.sub("", _TOR_WORDS.sub(" ", text)).strip(" -–—:|")
        if name and names_board(name):
            return name
    return None


def lead_in_kind(sentence: str, in_board: bool, is_plan: bool) -> str | None:
    """The kind of list a lead-in sentence ending in ':' introduces, or None for other lists."""
    if _CHALLENGE_LEAD.search(sentence):
        return "challenge"
    if re.search(r"\boutcomes?\b", sentence, re.I) or (_OUTCOME_LEAD.search(sentence)
                                                          and not _WILL_LEAD.search(sentence)):
        return "outcome"
    if re.search(r"\b(?:objectives|aims|priorities)\b", sentence, re.I):
        return "objective" if in_board or is_plan else None
    return "pledge" if _PLEDGE_LEAD.search(sentence) else None


def last_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z*])", text.strip())[-1]


def is_lead_in(text: str) -> bool:
    return text.rstrip().endswith(":")


@dataclass
class PlanItem:
    """One commitment of a plan: its blocks (an item and any line that runs on) and context."""

    kind: str
    blocks: list[Block]
    theme: str | None
    heading: str | None

    @property
    def text(self) -> str:
        text = " ".join(b.text.strip() for b in self.blocks)
        return _LIST_NUMBER.sub("", PLAN_REF.sub("", text)).strip()

    @property
    def ref(self) -> str | None:
        """A plan reference the item opens with ("A.4 Ensure …", "2.3 Work …"), not a plain list number."""
        match = PLAN_REF.match(self.blocks[0].text.strip())
        return match.group(1) if match else None


@dataclass
class _Heading:
    text: str
    level: float
    role: str  # title, container, label, board, section
    label: str | None = None


@dataclass
class _Mode:
    kind: str
    owner: _Heading | None
    run: bool = True  # paragraphs straight after the lead-in count as items
    items: int = 0


@dataclass
class _PlanWalker:
    document: Document
    is_plan: bool
    casing: DocumentCasing = field(init=False)
    stack: list[_Heading] = field(default_factory=list)
    mode: _Mode | None = None
    suspended: bool = False
    items: list[PlanItem] = field(default_factory=list)
    last_index: int = -1  # block index of the last item's last block
    objective_level: float | None = None  # heading level of the objectives pledges sit under

    def __post_init__(self):
        self.casing = DocumentCasing(self.document.text)

    # -- headings ---------------------------------------------------------------------------
    def role(self, index: int, block: Block) -> _Heading:
        text = tidy_title(block.text, self.casing)
        label = heading_label(text)
        if index == self._title_index:
            role = "title"
        elif label:
            role = "label"
        elif _CONTAINER.match(text) or is_generic_heading(text):
            role = "container"
        else:
            role = "board" if names_board(text) else "section"
        level = block.level or 1
        if role == "section" and _PRIORITY_MARK.match(block.text.strip()):
            level -= 0.5  # "Priority 2: …" set as large as its objectives still holds them
        return _Heading(text, level, role, label)

    @cached_property
    def _title_index(self) -> int | None:
        """The first heading when it is the document's title."""
        index = next((i for i, b in enumerate(self.document.blocks) if b.kind == "heading"), None)
        title = re.sub(r"\W", "", (self.document.title or "").lower())
        if index is None or not title:
            return None
        return index if re.sub(r"\W", "", self.document.blocks[index].text.lower()) in title else None

    def depth(self, heading: _Heading | None) -> int:
        """Where the heading sits in the open sections: 0 outermost, -1 when closed or None."""
        return next((i for i, h in enumerate(self.stack) if h is heading), -1)

    def push(self, heading: _Heading) -> None:
        while self.stack and self.stack[-1].level >= heading.level:
            self.stack.pop()
        self.stack.append(heading)
        if self.mode and self.mode.owner is not None and self.depth(self.mode.owner) < 0:
            self.mode = None  # the section that set the mode has closed
        if self.mode:
            self.mode.run = False
        self.suspended = False

    def in_board(self) -> _Heading | None:
        """The innermost open section that is a board's (a title naming a board counts)."""
        return next((h for h in reversed(self.stack)
                     if h.role == "board" or (h.role == "title" and names_board(h.text))), None)

    # -- kinds and context --------------------------------------------------------------------
    def current_kind(self) -> str | None:
        if self.suspended:
            return None
        top = self.stack[-1] if self.stack else None
        # a label heading ("Outcome measures") sets the kind, unless a lead-in under it names another
        # ("My challenge to the Chief Constable will be to:"); a plain "I commit to:" does not
        if top is not None and top.role == "label" and not (
                self.mode and self.mode.owner is top and self.mode.kind not in ("pledge", top.label)):
            if top.label != "objective" or self.in_board():
                return top.label
            return None
        if self.mode is None:
            return None
        board = self.in_board()
        if board is not None and self.mode.kind != "objective" and self.depth(self.mode.owner) < self.depth(board):
            return None  # a board's section inside a priority: not the priority's pledges
        return self.mode.kind

    def context(self, kind: str) -> tuple[str | None, str | None]:
        """(theme, heading) of an item of this kind at the current place."""
        if kind == "objective" and (board := self.in_board()):
            return board.text, None
        if kind in ("outcome", "challenge"):
            return self._priority(), None
        sections = [h.text for h in self.stack if h.role in ("section", "board")]
        if not sections:
            return None, None
        if self.stack[-1].role == "label" or len(sections) == 1 or kind == "objective":
            return sections[-1], None
        return sections[-2], sections[-1]

    def _priority(self) -> str | None:
        """The priority an outcome or challenge list closes: the innermost section above the level of the
        objective headings that pledges sit under ("Tackle violence against women and girls" is an
        objective of "Protecting vulnerable people", so outcomes after it are the priority's)."""
        sections = [h for h in self.stack if h.role in ("section", "board")]
        if self.objective_level is not None:
            above = [h for h in sections if h.level < self.objective_level]
            if above:
                return above[-1].text
        if not sections:
            return None
        return sections[-2 if len(sections) > 1 and self.stack[-1].role != "label" else -1].text

    # -- blocks -------------------------------------------------------------------------------
    def emit(self, index: int, block: Block, kind: str) -> None:
        theme, heading = self.context(kind)
        if kind == "pledge" and heading is not None:
            self.objective_level = next(h.level for h in reversed(self.stack) if h.text == heading)
        self.items.append(PlanItem(kind, [block], theme, heading))
        self.last_index = index
        if self.mode:
            self.mode.items += 1

    def on_lead_in(self, block: Block) -> None:
        kind = lead_in_kind(last_sentence(block.text), self.in_board() is not None, self.is_plan)
        if kind is None:
            self.suspended = True
            if self.mode:
                self.mode.run = False
            return
        owner = self.stack[-1] if self.stack else None
        self.mode, self.suspended = _Mode(kind, owner), False

    def on_heading(self, index: int, block: Block) -> None:
        if is_lead_in(block.text) and lead_in_kind(block.text, self.in_board() is not None, self.is_plan):
            self.on_lead_in(block)
        elif self._heading_in_run(index, block):
            self.emit(index, block, self.mode.kind)
        else:
            self.push(self.role(index, block))

    def _heading_in_run(self, index: int, block: Block) -> bool:
        """A short objective line the reader took for a heading, inside a run of such lines."""
        mode = self.mode
        if not (mode and mode.run and mode.items and mode.kind == "objective" and not self.suspended):
            return False
        following = self.document.blocks[index + 1] if index + 1 < len(self.document.blocks) else None
        owner_level = mode.owner.level if mode.owner else 0
        return (following is not None and following.kind == "paragraph" and _run_line(following.text, RUN_LINE_WORDS)
                and _run_line(block.text, HEADING_MAX_WORDS) and (block.level or 1) >= owner_level
                and not names_board(block.text) and not heading_label(block.text))

    def on_paragraph(self, index: int, block: Block) -> None:
        text = block.text.strip()
        if text[:1].islower() and self.last_index == index - 1 and self.items:
            self.items[-1].blocks.append(block)
            self.last_index = index
        elif is_lead_in(text):
            self.on_lead_in(block)
        elif self.mode and self.mode.run and len(text.split()) <= RUN_MAX_WORDS and (kind := self.current_kind()):
            self.emit(index, block, kind)
        elif self.mode:
            self.mode.run = False

    def on_list_item(self, index: int, block: Block) -> None:
        if is_lead_in(block.text):  # "We will:" as a list's first line, its items nested below
            self.on_lead_in(block)
            return
        kind = self.current_kind()
        if kind is None and self.is_plan and re.match(r"^(?:i|we)\s+will\b", block.text.strip(), re.I) \
                and not self.suspended:
            kind = "pledge"
        if kind:
            self.emit(index, block, kind)
        if self.mode:
            self.mode.run = False

    def walk(self) -> list[PlanItem]:
        for index, block in enumerate(self.document.blocks):
            if block.kind == "heading":
                self.on_heading(index, block)
            elif block.kind == "paragraph":
                self.on_paragraph(index, block)
            elif block.kind == "list_item":
                self.on_list_item(index, block)
            elif self.mode:
                self.mode.run = False
        return self.items


def _run_line(text: str, max_words: int) -> bool:
    text = text.strip()
    return 0 < len(text.split()) <= max_words and not re.search(r"[.:;]$", text) and text[:1].isupper()


def plan_items(document: Document, is_plan: bool) -> list[PlanItem]:
    """The plan's commitments in reading order (see the module docstring)."""
    return _PlanWalker(document, is_plan).walk()
