"""Page geometry for the PDF reader: words into lines, columns and reading order,
list markers, and line texts joined across hyphenated line ends.

Works on plain word dicts (``text x0 x1 top bottom size fontname``, as pdfplumber's
``extract_words`` gives them) so it can be fed from any PDF library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

# A gap wider than this many font sizes splits a row into segments (columns, tab stops).
SEGMENT_GAP = 2.0
# Words per segment from which side-by-side segments read as prose columns, not a list.
PROSE_WORDS = 5
ALIGN_TOLERANCE = 6.0
MIN_ALIGNED_ROWS = 3
MAX_ALIGNED_COLUMNS = 6

BULLET_GLYPHS = frozenset("•·▪■□◦○●►▶➢➤✓✔∙⁃‣◆◇♦»*")
DASHES = frozenset("-–—")
# Left parts that keep their hyphen when a compound breaks at a line end
# ("cross-\nborder" -> "cross-border"); any other lowercase continuation is a
# word split by hyphenation ("organi-\nsation" -> "organisation").
KEEP_HYPHEN = frozenset(
    "cross co non self multi anti well semi mid all half long short full".split()
)
_CID = re.compile(r"\(cid:\d+\)")
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_NUMBER = re.compile(
    r"""^(?:\(?\d{1,3}[.)]                  # 6.  6)  (6)
         |\d{1,2}(?:\.\d{1,2}){1,3}\.?        # 2.1  2.1.3
         |\(?[a-z]\)                          # a)  (a)
         |\((?:[ivx]{1,5})\)|[ivx]{1,5}[.)]    # (iv)  iv)  iv.
         )\s
         |^\d{1,4}/\d{2,4}\s+(?=[A-Z])            # 70/17 Matters arising
         |^\d{1,2}\s+(?=[A-Z][a-z])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)
    """,  # the last: "1 To be heard", a bare number before a capital that is not a month
    re.X,
)


@dataclass(slots=True)
class Line:
    """One line of text on a page, bullet glyph removed (``x0`` still counts it)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    text_x0: float  # where the text starts, after any bullet
    marker: str = ""  # how the line opens: "bullet", "dash", "number" or ""
    glyph: str = ""  # the bullet or dash taken off the text


@dataclass(slots=True)
class TableItem:
    """A table on a page: rows of cell strings and its bounding box."""

    rows: list[list[str]]
    x0: float
    top: float
    x1: float
    bottom: float


Item = Line | TableItem


@dataclass
class PageLayout:
    """A page reduced to lines and tables in reading order."""

    number: int
    height: float
    items: list[Item] = field(default_factory=list)
    chars: int = 0
    images: int = 0

    @property
    def lines(self) -> list[Line]:
        return [i for i in self.items if isinstance(i, Line)]


def is_bold(fontname: str) -> bool:
    return bool(_BOLD.search(fontname or ""))


def is_bullet(token: str) -> bool:
    """A bullet glyph, a private-use symbol-font bullet, or an unmapped "(cid:N)" glyph."""
    if _CID.fullmatch(token):
        return True
    return len(token) == 1 and (token in BULLET_GLYPHS or "\ue000" <= token <= "\uf8ff")


def clean_text(text: str) -> str:
    """Drop "(cid:N)" artefacts: glyphs the PDF gives no Unicode for."""
    return _CID.sub("", text) if "(cid:" in text else text


def join_lines(texts: list[str]) -> str:
    """Join line texts with spaces, mending words split by a hyphen at a line end."""
    out = ""
    for text in texts:
        out = join_pair(out, text) if out else text
    return out


def join_pair(left: str, right: str) -> str:
    """Join two lines. A lowercase continuation after "organi-" closes the word up,
    after a prefix-like part ("cross-", "self-") or an already hyphenated word
    keeps the hyphen; after a hyphen before a capital or digit ("2016-" "17")
    the hyphen stays and no space is added; a spaced dash stays spaced."""
    if not right:
        return left
    if left.endswith("\u00ad"):
        return left[:-1] + right
    if len(left) < 2 or left[-1] not in "-‐" or not left[-2].isalnum():
        if left[-1] in "–—" and len(left) > 1 and left[-2].isalnum():
            return left + right
        return f"{left} {right}"
    token = left[:-1].rsplit(" ", 1)[-1]
    if not right[0].islower():
        return left + right
    part = token.rsplit("-", 1)[-1]
    if "-" in token or not part.isalpha() or len(part) == 1 or part.lower() in KEEP_HYPHEN:
        return left + right
    return left[:-1] + right


def words_to_rows(words: list[dict]) -> list[list[dict]]:
    """Group words into visual rows by vertical overlap, each row sorted left to right."""
    rows: list[list[dict]] = []
    anchor = (0.0, 0.0)
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if rows and _overlaps(anchor, w):
            rows[-1].append(w)
        else:
            rows.append([w])
            anchor = (w["top"], w["bottom"])
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    return rows


def _overlaps(anchor: tuple[float, float], w: dict) -> bool:
    inter = min(anchor[1], w["bottom"]) - max(anchor[0], w["top"])
    return inter > 0.5 * min(anchor[1] - anchor[0], w["bottom"] - w["top"])


def row_segments(row: list[dict]) -> list[list[dict]]:
    """Split a row where the gap between words is wider than a tab stop."""
    segments = [[row[0]]]
    for prev, w in zip(row, row[1:]):
        if w["x0"] - prev["x1"] > SEGMENT_GAP * max(prev["size"], 1.0):
            segments.append([w])
        else:
            segments[-1].append(w)
    if len(segments) > 1 and _is_marker_segment(segments[0]):
        segments[:2] = [segments[0] + segments[1]]  # "1.<tab>Apologies" is one line
    return segments


def _is_marker_segment(segment: list[dict]) -> bool:
    """A lone bullet, dash or item number ("1.", "(a)", "70/17") set apart by a tab."""
    if len(segment) != 1:
        return False
    token = segment[0]["text"]
    return is_bullet(token) or token in DASHES or (len(token) <= 8 and any(c.isdigit() for c in token))


def words_to_line(words: list[dict]) -> Line | None:
    """A :class:`Line` from the words of one row or segment, with its list marker."""
    x0 = words[0]["x0"]
    marker, glyph, words = _split_marker(words)
    text = " ".join(t for t in (clean_text(w["text"]) for w in words) if t)
    if not text:
        return None
    if not marker and _NUMBER.match(text + " "):
        marker = "number"
    weights = [max(len(w["text"]), 1) for w in words]
    bold = sum(n for w, n in zip(words, weights) if is_bold(w.get("fontname", ""))) >= 0.6 * sum(weights)
    return Line(
        text=text,
        x0=x0,
        x1=max(w["x1"] for w in words),
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
        size=_dominant_size(words, weights),
        bold=bold,
        text_x0=words[0]["x0"],
        marker=marker,
        glyph=glyph,
    )


def _split_marker(words: list[dict]) -> tuple[str, str, list[dict]]:
    """Take a leading bullet or dash off the words: (marker, glyph, remaining words)."""
    first = words[0]["text"]
    if len(words) > 1 and is_bullet(first):
        return "bullet", first, words[1:]
    if len(words) > 1 and first in DASHES:
        return "dash", first, words[1:]
    if len(first) > 1 and is_bullet(first[0]) and first[1].isalnum():
        return "bullet", first[0], [{**words[0], "text": first[1:]}] + words[1:]
    if first.startswith("(cid:"):  # glued to its text: "(cid:127)Reduce"
        return "bullet", first, words
    return "", "", words


def _dominant_size(words: list[dict], weights: list[int]) -> float:
    """The font size most of the line's characters have, to the half point."""
    sizes: dict[float, int] = {}
    for w, n in zip(words, weights):
        key = round(w.get("size", 0.0) * 2) / 2
        sizes[key] = sizes.get(key, 0) + n
    return max(sizes, key=sizes.get)


def layout_page(words: list[dict], tables: list[TableItem]) -> list[Item]:
    """Lines and tables of one page in reading order."""
    rows = [row_segments(r) for r in words_to_rows(words)]
    gutter = find_gutter(rows)
    if gutter is not None:
        return order_in_columns(rows, tables, gutter)
    items: list[Item] = list(tables)
    for kind, run in split_aligned_runs(rows):
        if kind == "table":
            items.append(aligned_table(run))
        else:
            items.extend(line for row in run if (line := words_to_line([w for s in row for w in s])))
    items.sort(key=lambda i: i.top)
    return items


def find_gutter(rows: list[list[list[dict]]]) -> float | None:
    """The x of a gutter between two prose columns, or None for a one-column page.

    Side-by-side short segments (names | roles) are not columns: they stay rows.
    """
    pairs = [r for r in rows if len(r) == 2]
    if len(pairs) < 5 or len(pairs) < 0.3 * len(rows):
        return None
    gutter = median((r[0][-1]["x1"] + r[1][0]["x0"]) / 2 for r in pairs)
    left = [s for r in rows for s in r if s[-1]["x1"] <= gutter]
    right = [s for r in rows for s in r if s[0]["x0"] >= gutter]
    if min(len(left), len(right)) < 5:
        return None
    if median(map(len, left)) < PROSE_WORDS or median(map(len, right)) < PROSE_WORDS:
        return None
    return gutter


def order_in_columns(rows: list[list[list[dict]]], tables: list[TableItem], gutter: float) -> list[Item]:
    """Left column, then right column, between full-width lines and tables."""
    items: list[Item] = list(tables)
    for row in rows:
        items.extend(line for s in row if (line := words_to_line(s)))
    items.sort(key=lambda i: i.top)
    ordered: list[Item] = []
    left: list[Item] = []
    right: list[Item] = []
    for item in items:
        if item.x1 <= gutter:
            left.append(item)
        elif item.x0 >= gutter:
            right.append(item)
        else:
            ordered += left + right + [item]
            left, right = [], []
    return ordered + left + right


def split_aligned_runs(rows: list[list[list[dict]]]) -> list[tuple[str, list]]:
    """Cut the rows into plain runs and runs whose segments line up like table columns."""
    runs: list[tuple[str, list]] = []
    i = 0
    while i < len(rows):
        j = _aligned_run_end(rows, i)
        if j - i >= MIN_ALIGNED_ROWS:
            runs.append(("table", rows[i:j]))
            i = j
            continue
        if runs and runs[-1][0] == "text":
            runs[-1][1].append(rows[i])
        else:
            runs.append(("text", [rows[i]]))
        i += 1
    return runs


def _aligned_run_end(rows: list[list[list[dict]]], start: int) -> int:
    """End (exclusive) of a run of multi-segment rows starting at ``start`` whose
    segments start at shared x positions; single-segment rows under a non-first
    column are wrapped cells and stay in the run."""
    if len(rows[start]) < 2:
        return start
    columns = [s[0]["x0"] for s in rows[start]]
    end, multi = start + 1, 1
    for k in range(start + 1, len(rows)):
        row, prev = rows[k], rows[k - 1]
        size = prev[0][0]["size"] or 10.0
        if row[0][0]["top"] - prev[0][0]["bottom"] > 1.5 * size:
            break
        starts = [s[0]["x0"] for s in row]
        if not all(any(abs(x - c) <= ALIGN_TOLERANCE for c in columns) for x in starts):
            break
        if len(row) == 1 and abs(starts[0] - columns[0]) <= ALIGN_TOLERANCE:
            break
        multi += len(row) > 1
        end = k + 1
    if len(columns) > MAX_ALIGNED_COLUMNS or multi < MIN_ALIGNED_ROWS:
        return start
    return end


def aligned_table(run: list[list[list[dict]]]) -> TableItem:
    """Rows of cells from an aligned run; a wrapped cell joins the row above."""
    columns = [s[0]["x0"] for s in run[0]]
    rows: list[list[str]] = []
    for row in run:
        cells = [""] * len(columns)
        for seg in row:
            col = min(range(len(columns)), key=lambda c: abs(columns[c] - seg[0]["x0"]))
            cells[col] = " ".join(clean_text(w["text"]) for w in seg).strip()
        if len(row) == 1 and rows:
            rows[-1] = [join_lines([a, b]) if a and b else a or b for a, b in zip(rows[-1], cells)]
        else:
            rows.append(cells)
    words = [w for row in run for s in row for w in s]
    return TableItem(rows, min(w["x0"] for w in words), min(w["top"] for w in words),
                     max(w["x1"] for w in words), max(w["bottom"] for w in words))
