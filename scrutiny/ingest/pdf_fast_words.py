"""Words from pdfium's pieces, the same as pdfplumber's ``extract_words(**WORD_OPTIONS)``.

The pieces (see :mod:`.pdf_fast_chars`) go through pdfplumber's word rules unchanged:
consecutive characters of one font and size form a group, a group's lines are clustered
by top (3 pt), each line sorted by x0 and cut where a gap passes 0.2 of the font size,
the next character starts left of the last one, or a space comes. A piece counts as its
characters as long as no other piece sorts between them; where one would, the caller
reads the page again character by character.
"""

from __future__ import annotations

from itertools import groupby

from .pdf_fast_chars import Piece

# pdfplumber's defaults for WORD_OPTIONS (pdf.py): y_tolerance 3, x_tolerance_ratio 0.2.
Y_TOLERANCE = 3.0
X_TOLERANCE_RATIO = 0.2


def pieces_to_words(pieces: list[Piece]) -> list[dict]:
    """pdfplumber's WordExtractor on pieces; raises ValueError where a piece would have
    sorted differently from its characters."""
    words = []
    for (size, _), group in groupby(pieces, key=lambda p: (p.size, p.fontname)):
        group = list(group)
        for line in cluster_lines(group):
            line.sort(key=lambda p: p.x0)
            check_order(line)
            words.extend(_line_words(line, X_TOLERANCE_RATIO * size))
    return words


def cluster_lines(group: list[Piece]) -> list[list[Piece]]:
    """pdfplumber's cluster_objects on top: sorted distinct tops chained within 3 pt."""
    cluster_of = {}
    index, last = -1, None
    for top in sorted({p.top for p in group}):
        if last is None or top > last + Y_TOLERANCE:
            index += 1
        cluster_of[top] = index
        last = top
    ordered = sorted(group, key=lambda p: cluster_of[p.top])
    return [list(line) for _, line in groupby(ordered, key=lambda p: cluster_of[p.top])]


def check_order(line: list[Piece]) -> None:
    for a, b in zip(line, line[1:]):
        if b.x0 < a.last_x0 or (b.x0 == a.last_x0 and b.order < a.order):
            raise ValueError("pieces interleave")


def _line_words(line: list[Piece], x_tolerance: float) -> list[dict]:
    words, current = [], []
    for piece in line:
        if piece.text.isspace():
            if current:
                words.append(_merge(current))
            current = []
        elif current and begins_new_word(current[-1], piece, x_tolerance):
            words.append(_merge(current))
            current = [piece]
        else:
            current.append(piece)
    if current:
        words.append(_merge(current))
    return words


def begins_new_word(prev: Piece, piece: Piece, x_tolerance: float) -> bool:
    return piece.x0 < prev.last_x0 or piece.x0 > prev.x1 + x_tolerance or abs(piece.top - prev.top) > Y_TOLERANCE


def _merge(pieces: list[Piece]) -> dict:
    first = pieces[0]
    if len(pieces) == 1:
        return {"text": first.text, "x0": first.x0, "x1": first.x1, "top": first.top,
                "bottom": first.bottom, "size": first.size, "fontname": first.fontname}
    return {
        "text": "".join(p.text for p in pieces),
        "x0": min(p.x0 for p in pieces),
        "x1": max(p.x1 for p in pieces),
        "top": min(p.top for p in pieces),
        "bottom": max(p.bottom for p in pieces),
        "size": first.size,
        "fontname": first.fontname,
    }
