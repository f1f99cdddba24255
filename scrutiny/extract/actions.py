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

from ..ingest.model import Block
from .action_parts import (ASSIGNMENT, DECIDES, NOUN_PHRASE, TAKES_ON, WILL_DO, Owners, deadline_part, due_date,
                           labelled_tasks, normalise_status, table_columns)
from .attendees import minutes_like
from .context import ExtractionContext, RecordExtractor
from .items import is_sentence, item_sentences, items_of
from .records import Action, Meeting
from .roles import people_of, split_sentences

SECTION = re.compile(
    r"^(?:next steps|actions?(?:\s+(?:points?|agreed|arising|required|summary|list))?|agreed actions|"
    r"summary of (?:agreed )?actions|key actions|actions? and decisions|decisions and actions|"
    r"outcomes? and actions|follow[- ]up actions)\s*:?$", re.I)
MARKER = re.compile(r"(?:^|(?<=[.;!?)]\s)|(?<=\())\s*(?:ACTIONS?|Actions?)(?:\s+(?P<ref>[A-Z]?\d+(?:[./]\d+)*))?"
                    r"\s*(?:[:–—]|-\s|by\b\s*:?)\s*(?P<body>(?:(?!\bACTIONS?\b|\bActions?\s*[:–—])[^()])*)")
# "RESOLVED: (1) That the presentation be noted. (2) That the Chairman write to …": one task each.
RESOLUTION = re.compile(rf"(?:^|\(\w{{1,3}}\)\s*|RESOLVED:?\s*|AGREED:?\s*)[Tt]hat\s+(?P<owner>{NOUN_PHRASE})\s+"
                        rf"(?:be\s+(?:asked|requested|invited|instructed|authorised)\s+to\s+(?!(?:{DECIDES}|consider)\b)|"
                        rf"(?!(?:be|is|are|was|were|has|have|{DECIDES})\b))(?P<verb>[a-z]+)\b[^.]*\.?")
_NOTHING = re.compile(r"^(?:none|nil|n/?a|no (?:further )?actions?|noted|-+|–)\W*$", re.I)
# Columns of a delivery plan: in a report such a table is progress, not an action log.
_PLAN_COLUMNS = re.compile(r"(?i)\b(?:commitment|objective|priority|progress|oversight|theme)\b")


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
        due = due or due_date(deadline_part(text), self.meeting_date)
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
                          due=due_date(due or deadline_part(task), self.meeting_date))

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
                           for p in (TAKES_ON, WILL_DO)):
                    continue
                if due_date(deadline_part(sentence), self.meeting_date):
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
