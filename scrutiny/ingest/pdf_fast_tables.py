"""Ruled tables for the fast engine, found by pdfplumber's own table finder without
pdfplumber parsing the page.

pdfplumber finds a ruled table from the page's *edges*: the sides of its lines,
rectangles and curves, as pdfminer classifies painted paths. Parsing a whole page
with pdfminer to get them costs a hundred times what pdfium takes to list the same
paths, so :func:`page_edges` rebuilds the edges from pdfium's path objects by
pdfminer's rules (a subpath "ml" is a line, a closed axis-aligned "mlllh" a
rectangle, anything else a curve through its segments' end points) and pdfplumber's
own ``line_to_edge``, ``rect_to_edges`` and ``curve_to_edges``. pdfplumber's
``TableFinder`` then snaps, joins and intersects them as for a parsed page.

Cell text follows ``Table.extract``: a character belongs to the cell holding its
centre, and a cell's characters become lines and words by ``extract_text``'s
defaults (3 pt tolerances). Here the characters are the fast engine's pieces
(see :mod:`.pdf_fast_chars`); where a piece straddles a cell's side, or pieces would
sort apart from their characters, the page's characters are taken one by one.
"""

from __future__ import annotations

import ctypes
from bisect import bisect_left, bisect_right

import pypdfium2.raw as pdfium_c
from pdfplumber.table import TableFinder, TableSettings
from pdfplumber.utils import curve_to_edges, line_to_edge, rect_to_edges

from .pdf_fast_words import begins_new_word, check_order, cluster_lines
from .pdf_layout import TableItem

# extract_text's defaults, which Table.extract uses.
CELL_TOLERANCE = 3.0
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_SETTINGS = TableSettings.resolve(None)


class PiecesStraddle(Exception):
    """A piece's characters may fall in different cells: read the characters one by one."""


def page_objects(page) -> list[tuple[int, tuple]]:
    """Every object of a pdfium page with its matrix to page space, a form's objects in
    its place (depth first, as pdfminer lays out a form's contents)."""
    out: list = []
    raw = page.raw
    _walk(pdfium_c.FPDFPage_CountObjects(raw), lambda i: pdfium_c.FPDFPage_GetObject(raw, i), _IDENTITY, out)
    return out


def _walk(count: int, get, outer: tuple, out: list) -> None:
    for i in range(count):
        obj = get(i)
        matrix = _multiply(_object_matrix(obj), outer)
        out.append((obj, matrix))
        if pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_FORM:
            _walk(pdfium_c.FPDFFormObj_CountObjects(obj),
                  lambda i, form=obj: pdfium_c.FPDFFormObj_GetObject(form, i), matrix, out)


def page_edges(page, height: float) -> list[dict]:
    """The page's edges as pdfplumber's ``page.edges`` lists them: lines', then
    rectangles', then curves'."""
    lines, rects, curves = [], [], []
    for obj, matrix in page_objects(page):
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH or not _painted(obj):
            continue
        for shape, pts in subpaths(obj, matrix):
            shape_obj = classify(shape, pts, height)
            {"line": lines, "rect": rects, "curve": curves}[shape_obj["object_type"]].append(shape_obj)
    edges = [line_to_edge(line) for line in lines]
    for rect in rects:
        edges.extend(rect_to_edges(rect))
    for curve in curves:
        edges.extend(curve_to_edges(curve))
    return edges


def needs_table_finding(edges: list[dict]) -> bool:
    """pdf.page_needs_table_finding on edges: two horizontal and two vertical at least."""
    horizontal = sum(1 for e in edges if e["orientation"] == "h")
    vertical = sum(1 for e in edges if e["orientation"] == "v")
    return horizontal >= 2 and vertical >= 2


def _painted(path) -> bool:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(path, fill, stroke):
        return True
    return bool(fill.value or stroke.value)


def subpaths(path, matrix: tuple) -> list[tuple[str, list[tuple[float, float]]]]:
    """The path's subpaths as pdfminer's ``paint_path`` sees them: the operators ("m",
    "l", "c", "h") and each one's end point in page space. pdfium keeps a Bézier as
    three points and a close as a flag on the last point."""
    out: list = []
    shape, pts = "", []
    x, y = ctypes.c_float(), ctypes.c_float()
    bezier = 0
    for i in range(pdfium_c.FPDFPath_CountSegments(path)):
        segment = pdfium_c.FPDFPath_GetPathSegment(path, i)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            if len(shape) > 1:
                out.append((shape, pts))
            shape, pts, bezier = "m", [_apply(matrix, x.value, y.value)], 0
            continue
        if not shape:
            continue  # pdfminer drops a subpath that does not start with "m"
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier % 3:
                continue  # a control point
            shape += "c"
        else:
            shape += "l"
        pts.append(_apply(matrix, x.value, y.value))
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            shape += "h"
            pts.append(pts[0])
    if len(shape) > 1:
        out.append((shape, pts))
    return out


def classify(shape: str, pts: list, height: float) -> dict:
    """pdfminer's line, rectangle or curve, as the object pdfplumber makes of it."""
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape, pts = shape[:-2] + "h", pts[:-2] + pts[-1:]
    if shape in ("mlh", "ml"):
        return _bounded("line", pts[:2], height)
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if pts[0] == pts[4] and square:
            return _bounded("rect", [pts[0], pts[2]], height)
    curve = _bounded("curve", pts, height)
    curve["pts"] = [(px, height - py) for px, py in pts]
    return curve


def _bounded(kind: str, pts: list, height: float) -> dict:
    """x0, x1, top, bottom and sizes of the points' bounding box, pdfplumber's way."""
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    top, bottom = height - y1, height - y0
    return {"object_type": kind, "x0": x0, "x1": x1, "y0": y0, "y1": y1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": y1 - y0}


class _EdgePage:
    """What TableFinder reads of a page when both strategies are "lines"."""

    def __init__(self, edges: list[dict]):
        self.edges = edges


def find_tables(edges: list[dict], pieces: list) -> list[TableItem]:
    """pdf.find_page_tables on edges and pieces: ruled tables with two filled columns
    at least; raises PiecesStraddle where pieces cannot stand for their characters."""
    from .pdf import cell_text  # pdf imports the fast engine lazily; this keeps it so

    items = []
    for table in TableFinder(_EdgePage(edges), _SETTINGS).tables:
        rows = [[cell_text(text) for text in row] for row in table_rows(table, pieces)]
        filled_columns = sum(1 for col in zip(*rows) if any(col)) if rows else 0
        if filled_columns >= 2:
            x0, top, x1, bottom = table.bbox
            items.append(TableItem(rows, x0, top, x1, bottom))
    return items


def table_rows(table, pieces: list) -> list[list[str | None]]:
    """``Table.extract()`` with pieces for characters."""
    inside = _pieces_in_cells([cell for row in table.rows for cell in row.cells if cell is not None], pieces)
    return [[None if cell is None else _cell_text(inside.get(cell, [])) for cell in row.cells]
            for row in table.rows]


def _pieces_in_cells(cells: list, pieces: list) -> dict:
    """The pieces of each cell, in page order: a piece goes to every cell holding its
    centre, as a character does in ``Table.extract``. The cells' sides cut the table
    into a grid, so a centre finds its cells by two bisections."""
    xs = sorted({c[0] for c in cells} | {c[2] for c in cells})
    ys = sorted({c[1] for c in cells} | {c[3] for c in cells})
    slots: dict[tuple[int, int], list] = {}
    for cell in cells:
        for i in range(bisect_left(xs, cell[0]), bisect_left(xs, cell[2])):
            for j in range(bisect_left(ys, cell[1]), bisect_left(ys, cell[3])):
                slots.setdefault((i, j), []).append(cell)
    left, right, top, bottom = xs[0], xs[-1], ys[0], ys[-1]
    inside: dict = {}
    for piece in pieces:
        v_mid = (piece.top + piece.bottom) / 2
        if not (top <= v_mid < bottom and piece.x0 < right and left < piece.x1):
            continue
        if piece.x0 != piece.last_x0:  # characters of a piece across a side would part
            side = bisect_right(xs, piece.x0)
            if side < len(xs) and xs[side] < piece.x1:
                raise PiecesStraddle
        h_mid = (piece.x0 + piece.x1) / 2
        slot = (bisect_right(xs, h_mid) - 1, bisect_right(ys, v_mid) - 1)
        for cell in slots.get(slot, ()):
            inside.setdefault(cell, []).append(piece)
    return inside


def _cell_text(pieces: list) -> str:
    """extract_text(chars) with its defaults: lines by top, words by 3 pt gaps."""
    if not pieces:
        return ""
    words = []
    for line in cluster_lines(pieces):
        line.sort(key=lambda p: p.x0)
        check_order(line)  # ValueError: the caller reads the characters one by one
        words.extend(_line_words(line))
    return "\n".join(" ".join(w["text"] for w in line) for line in _word_lines(words))


def _line_words(line: list) -> list[dict]:
    words, current = [], []
    for piece in line:
        if piece.text.isspace():
            if current:
                words.append(current)
            current = []
        elif current and begins_new_word(current[-1], piece, CELL_TOLERANCE):
            words.append(current)
            current = [piece]
        else:
            current.append(piece)
    if current:
        words.append(current)
    return [{"text": "".join(p.text for p in w), "top": min(p.top for p in w)} for w in words]


def _word_lines(words: list[dict]) -> list[list[dict]]:
    """pdfplumber's cluster_objects on the words' tops, each cluster in word order."""
    cluster_of, index, last = {}, -1, None
    for top in sorted({w["top"] for w in words}):
        if last is None or top > last + CELL_TOLERANCE:
            index += 1
        cluster_of[top] = index
        last = top
    lines: list[list[dict]] = [[] for _ in range(index + 1)]
    for word in words:
        lines[cluster_of[word["top"]]].append(word)
    return lines


def _object_matrix(obj) -> tuple:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _multiply(m: tuple, n: tuple) -> tuple:
    """m then n, in PDF's row-vector convention."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _apply(m: tuple, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]
