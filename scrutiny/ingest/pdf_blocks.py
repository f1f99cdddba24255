"""From page lines to blocks: running headers and footers, paragraphs, list items,
headings, and words split by hyphens at line ends.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .pdf_layout import Line, PageLayout, TableItem, join_lines

# Share of pages a line must repeat on (at the top or bottom) to be a running header/footer.
RUNNING_SHARE = 0.4
# Outer share of the page height where headers and footers live.
RUNNING_BAND = 0.15
RUNNING_DEPTH = 3  # lines looked at from each end of a page
HEADING_RATIO = 1.1  # a heading's size over the body size
MAX_HEADING_WORDS = 25
MAX_BOLD_HEADING_WORDS = 12

_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|/)\s*\d{1,4})?$|^[ivxlc]{1,6}$", re.I
)
_CLAUSE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_DIGITS = re.compile(r"\d+")


@dataclass
class RawBlock:
    """A block before it goes into the document: its lines, or rows for a table."""

    kind: str
    page: int
    lines: list[Line] = field(default_factory=list)
    rows: list[list[str]] | None = None
    level: int | None = None

    @property
    def text(self) -> str:
        return join_lines([line.text for line in self.lines])

    @property
    def size(self) -> float:
        return self.lines[0].size

    @property
    def bold(self) -> bool:
        return all(line.bold for line in self.lines)


def ends_clause(text: str) -> bool:
    return bool(_CLAUSE_END.search(text))


def continues(prev: Line, line: Line) -> bool:
    """The line carries on the previous one's sentence."""
    return not ends_clause(prev.text) and line.text[:1].islower()


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def _running_key(line: Line) -> tuple[str, float]:
    # The size is part of the key so a title set large on page 1 survives when
    # the same words run small along the top of every later page.
    return " ".join(_DIGITS.sub("#", line.text.lower()).split()), line.size


def _edge_lines(page: PageLayout) -> list[Line]:
    """Lines near the top or bottom edge of a page: where headers and footers sit."""
    lines = sorted(page.lines, key=lambda line: line.top)
    if len(lines) > 2 * RUNNING_DEPTH:
        lines = lines[:RUNNING_DEPTH] + lines[-RUNNING_DEPTH:]
    band = RUNNING_BAND * page.height
    return [l for l in lines if l.top < band or l.bottom > page.height - band]


def remove_running_lines(pages: list[PageLayout], body_size: float) -> int:
    """Drop running headers/footers and page numbers in place; return how many lines went.

    A header or footer is an edge line whose text (digits ignored) and size repeat
    at an edge of at least ``RUNNING_SHARE`` of the pages, and of two pages at least;
    or an edge line no larger than body text that starts or ends with the printed
    page number ("Section 2: Finance 14"), found by the page-number offset most
    edge lines agree on.
    """
    edges = {p.number: _edge_lines(p) for p in pages}
    seen = Counter(k for lines in edges.values() for k in {_running_key(l) for l in lines})
    threshold = max(2, RUNNING_SHARE * sum(1 for p in pages if p.items))
    offset = _page_number_offset(edges, threshold)
    removed = 0
    for page in pages:
        drop = {id(l) for l in edges[page.number]
                if is_page_number(l.text) or seen[_running_key(l)] >= threshold
                or (offset is not None and l.size <= body_size + 0.5 and _offset(l, page.number) == offset)}
        removed += len(drop)
        page.items = [i for i in page.items if id(i) not in drop]
    return removed


def _offset(line: Line, page: int) -> int | None:
    """Physical page minus the number opening or closing the line, if there is one."""
    tokens = line.text.split()
    for token in (tokens[-1], tokens[0]):
        if token.isdigit() and len(token) <= 4:
            return page - int(token)
    return None


def _page_number_offset(edges: dict[int, list[Line]], threshold: float) -> int | None:
    offsets = Counter(o for page, lines in edges.items() for o in {_offset(l, page) for l in lines} if o is not None)
    if not offsets:
        return None
    offset, count = offsets.most_common(1)[0]
    return offset if count >= max(3, threshold) else None


@dataclass
class TextStats:
    """What the document's ordinary text looks like."""

    body_size: float = 10.0
    leading: float = 1.2  # line pitch over font size inside a paragraph

    @classmethod
    def from_pages(cls, pages: list[PageLayout]) -> "TextStats":
        sizes: Counter = Counter()
        pitches: Counter = Counter()
        for page in pages:
            lines = page.lines
            for line in lines:
                sizes[line.size] += len(line.text)
            for a, b in zip(lines, lines[1:]):
                ratio = (b.top - a.top) / max(a.size, 1.0)
                if a.size == b.size and 1.0 <= ratio <= 2.5:
                    pitches[round(ratio * 20) / 20] += 1
        stats = cls()
        if sizes:
            stats.body_size = sizes.most_common(1)[0][0]
        if pitches:
            stats.leading = pitches.most_common(1)[0][0]
        return stats


def _layout_break(prev: Line, line: Line, block: RawBlock, stats: TextStats) -> bool:
    """Whether geometry or font says ``line`` starts a new block."""
    size = max(prev.size, 1.0)
    if abs(line.size - prev.size) > 0.6 or line.bold != prev.bold:
        return True
    pitch = line.top - prev.top
    if pitch < 0:  # jumped up: next column
        return not continues(prev, line)
    extra = pitch - stats.leading * size
    # Display text is set tighter than body text, so a smaller gap parts two headings.
    gap = 0.3 if size >= stats.body_size * HEADING_RATIO else 0.6
    if extra > gap * size and not (continues(prev, line) and extra < 2 * size):
        return True
    if block.kind == "list_item":
        return _leaves_list_item(line, block)
    if abs((line.x0 + line.x1) - (prev.x0 + prev.x1)) < 4 and abs(line.x0 - prev.x0) > 2:
        return False  # centred text
    if line.x0 > prev.x0 + 0.8 * size and not continues(prev, line):
        return True  # indented first line of a new paragraph
    if line.x0 < prev.x0 - 0.8 * size and len(block.lines) > 1:
        return True
    right = max(l.x1 for l in block.lines)
    return bool(_SENTENCE_END.search(prev.text)) and prev.x1 < right - 6 * size and line.text[:1].isupper()


def _leaves_list_item(line: Line, block: RawBlock) -> bool:
    """Left of the item's marker: out. Back under the marker after a hanging
    indent: out, unless the sentence carries on (lists set without a hanging indent)."""
    first = block.lines[0]
    if line.x0 < first.x0 - 2:
        return True
    if line.x0 >= first.text_x0 - 2:
        return False
    return not continues(block.lines[-1], line)


def _credible_marker(prev: Line | None, line: Line, block: RawBlock | None, stats: TextStats) -> bool:
    """A dash or number opening a line marks a list item only at a clause boundary;
    mid-sentence it is just the text wrapping ("...by\n- 3 -" or "in\n12. May")."""
    if line.marker == "bullet" or prev is None or block is None or block.kind == "list_item":
        return True
    return ends_clause(prev.text) or _layout_break(prev, line, block, stats)


def group_blocks(pages: list[PageLayout], stats: TextStats) -> list[RawBlock]:
    """Group lines into paragraphs and list items, tables as they come; a paragraph
    cut by a page break continues onto the next page when the sentence does."""
    blocks: list[RawBlock] = []
    block: RawBlock | None = None
    prev: Line | None = None
    prev_page = 0
    for page in pages:
        for item in page.items:
            if isinstance(item, TableItem):
                blocks.append(RawBlock("table", page.number, rows=item.rows))
                block = prev = None
                continue
            line = item
            if line.marker in ("dash", "number") and not _credible_marker(prev, line, block, stats):
                if line.marker == "dash":
                    line.text = f"{line.glyph} {line.text}"
                line.marker = line.glyph = ""
            if block is None or prev is None or _starts_block(prev, line, block, prev_page != page.number, stats):
                block = RawBlock("list_item" if line.marker else "paragraph", page.number, [line])
                blocks.append(block)
            else:
                block.lines.append(line)
            prev, prev_page = line, page.number
    return blocks


def _starts_block(prev: Line, line: Line, block: RawBlock, new_page: bool, stats: TextStats) -> bool:
    if line.marker:
        return True
    if new_page:
        same_style = abs(line.size - prev.size) <= 0.6 and line.bold == prev.bold
        return not (same_style and continues(prev, line))
    return _layout_break(prev, line, block, stats)


def mark_headings(blocks: list[RawBlock], stats: TextStats) -> None:
    """Turn short blocks set larger or bold into headings, levels by size rank."""
    styles = {id(b): _heading_style(b, stats) for b in blocks if b.kind != "table"}
    sizes = sorted({b.size for b in blocks if styles.get(id(b)) == "size"}, reverse=True)
    for b in blocks:
        style = styles.get(id(b))
        if style == "size":
            b.kind, b.level = "heading", sizes.index(b.size) + 1
        elif style == "bold":
            b.kind, b.level = "heading", len(sizes) + 1


def _heading_style(block: RawBlock, stats: TextStats) -> str | None:
    """"size" for a short block in a larger font, "bold" for a short bold line at
    body size that stands alone and does not end like a sentence or lead-in."""
    if block.kind == "list_item" and block.lines[0].marker != "number":
        return None
    text = block.text
    words = len(text.split())
    if sum(c.isalpha() for c in text) < 2:
        return None
    if block.size >= stats.body_size * HEADING_RATIO and len(block.lines) <= 3 and words <= MAX_HEADING_WORDS:
        return "size"
    if (block.bold and abs(block.size - stats.body_size) <= 0.6 and len(block.lines) <= 2
            and words <= MAX_BOLD_HEADING_WORDS and not re.search(r"[.:;,][\"'”’)]*$", text)):
        return "bold"
    return None
