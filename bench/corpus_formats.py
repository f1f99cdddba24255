"""Writers for the benchmark corpus: one ``write_<format>(path, doc)`` per format.

A document is a title, an organisation, a running header and a list of blocks:
``("h", level, text)``, ``("p", text)``, ``("ul", items)``, ``("ol", items)`` and
``("table", header, rows, weights)``. The PDF writer draws on a reportlab canvas
rather than platypus so that a document gets exactly the number of pages asked for:
it lays blocks out until the last page is full. Every writer gives the same bytes for
the same document (reportlab's invariant mode, fixed DOCX zip timestamps).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from tests.genre.make_genre import _docx_grid_table, _docx_save, _html_page, _touch

WIDTH, HEIGHT = A4
MARGIN = 56
TOP, BOTTOM = HEIGHT - 72, 60
GUTTER = 20
HEADING_SIZES = {1: 15, 2: 12.5, 3: 10.5}
BODY, LEADING = 10, 13
CELL, CELL_LEADING = 8.5, 10.5


@dataclass
class CorpusDoc:
    title: str
    organisation: str
    header: str  # running header of PDF pages and DOCX sections
    blocks: list = field(default_factory=list)
    numbering: str = "Page {n} of {total}"  # PDF footer
    two_column: bool = False  # PDF body pages after the first set in two columns


class PageLimit(Exception):
    """The PDF has all the pages it was asked for."""


class PdfLayout:
    """Lays blocks onto exactly ``pages`` pages; a table always gets the full page width."""

    def __init__(self, path: Path, doc: CorpusDoc, pages: int):
        self.canvas = Canvas(str(path), pagesize=A4, invariant=1)
        self.canvas.setTitle(doc.title)
        self.canvas.setAuthor(doc.organisation)
        self.doc, self.pages, self.page, self.tables = doc, pages, 0, 0
        self.table_pages: set[int] = set()
        self._start_page(single=True)

    # -- pages and columns -------------------------------------------------------------------------
    def _start_page(self, single: bool = False) -> None:
        self.page += 1
        if self.page > self.pages:
            raise PageLimit
        self.columns = 2 if self.doc.two_column and not single and self.page > 1 else 1
        self.column, self.y = 0, TOP
        self.canvas.setFont("Helvetica", 8)
        self.canvas.setFillGray(0.4)
        self.canvas.drawString(MARGIN, HEIGHT - 40, self.doc.header)
        self.canvas.setFillGray(0)

    def _end_page(self) -> None:
        c = self.canvas
        c.setFont("Helvetica", 8)
        c.setFillGray(0.4)
        c.drawString(MARGIN, 30, self.doc.organisation)
        c.drawRightString(WIDTH - MARGIN, 30, self.doc.numbering.format(n=self.page, total=self.pages))
        c.setFillGray(0)
        c.showPage()

    def _next_page(self, single: bool = False) -> None:
        self._end_page()
        self._start_page(single)

    @property
    def x(self) -> float:
        return MARGIN + self.column * (self.width + GUTTER)

    @property
    def width(self) -> float:
        full = WIDTH - 2 * MARGIN
        return full if self.columns == 1 else (full - GUTTER) / 2

    def _room(self, height: float) -> bool:
        """Make room for ``height`` points; True when that moved to a new column or page."""
        if self.y - height >= BOTTOM:
            return False
        if self.column + 1 < self.columns:
            self.column, self.y = self.column + 1, TOP
        else:
            self._next_page()
        return True

    # -- blocks ------------------------------------------------------------------------------------
    def _text(self, text: str, font: str, size: float, leading: float, indent: float = 0,
              marker: str = "") -> None:
        lines = simpleSplit(text, font, size, self.width - indent)
        while lines:
            width = self.width
            if self._room(leading) and self.width != width:  # on into a page of another column width
                lines = simpleSplit(" ".join(lines), font, size, self.width - indent)
            self.canvas.setFont(font, size)
            if marker:
                self.canvas.drawString(self.x + 2, self.y - size, marker)
                marker = ""
            self.canvas.drawString(self.x + indent, self.y - size, lines.pop(0))
            self.y -= leading

    def heading(self, level: int, text: str) -> None:
        size = HEADING_SIZES.get(level, BODY)
        self._room(size + 6 + 2 * LEADING)  # keep a heading with the first lines below it
        self.y -= 6
        self._text(text, "Helvetica-Bold", size, size + 4)
        self.y -= 2

    def paragraph(self, text: str) -> None:
        self._text(text, "Helvetica", BODY, LEADING)
        self.y -= 5

    def items(self, items: list[str], numbered: bool) -> None:
        for n, item in enumerate(items, 1):
            self._text(item, "Helvetica", BODY, LEADING, indent=16, marker=f"{n}." if numbered else "\u2022")
            self.y -= 2
        self.y -= 3

    def table(self, header: list[str], rows: list[list[str]], weights: list[float], heading=None) -> None:
        """A ruled table, with the heading just before it (if any) kept on the same page."""
        if self.columns == 2:
            self._next_page(single=True)
        widths = [self.width * w / sum(weights) for w in weights]
        first = rows[0] if rows else header
        above = HEADING_SIZES.get(heading[1], BODY) + 12 if heading else 0
        self._room(above + self._row_height(header, widths, "Helvetica-Bold")
                   + self._row_height(first, widths, "Helvetica"))
        if heading:
            self.heading(*heading[1:])
        self._row(header, widths, bold=True)
        self.tables += 1
        for row in rows:
            if self._room(self._row_height(row, widths, "Helvetica")):
                self._row(header, widths, bold=True)  # the header row repeats after a break
            self._row(row, widths)
        self.y -= 8

    @staticmethod
    def _row_height(row, widths, font) -> float:
        return max(len(simpleSplit(t, font, CELL, w - 6)) or 1 for t, w in zip(row, widths)) * CELL_LEADING + 6

    def _row(self, row: list[str], widths: list[float], bold: bool = False) -> None:
        c, font = self.canvas, "Helvetica-Bold" if bold else "Helvetica"
        height, x = self._row_height(row, widths, font), self.x
        c.setLineWidth(0.5)
        for text, w in zip(row, widths):
            if bold:
                c.setFillGray(0.85)
            c.rect(x, self.y - height, w, height, stroke=1, fill=1 if bold else 0)
            c.setFillGray(0)
            c.setFont(font, CELL)
            for i, line in enumerate(simpleSplit(text, font, CELL, w - 6)):
                c.drawString(x + 3, self.y - 3 - CELL - i * CELL_LEADING, line)
            x += w
        self.y -= height
        self.table_pages.add(self.page)

    def add(self, block: tuple) -> None:
        kind = block[0]
        if kind == "h":
            self.heading(block[1], block[2])
        elif kind == "p":
            self.paragraph(block[1])
        elif kind in ("ul", "ol"):
            self.items(block[1], numbered=kind == "ol")
        elif kind == "table":
            self.table(*block[1:])

    def save(self) -> None:
        self.canvas.save()


def write_pdf(path: Path, doc: CorpusDoc, pages: int, blocks) -> tuple[int, int]:
    """Lay ``blocks`` (an iterable that must not run out first) onto exactly ``pages`` pages; return
    how many tables were begun (the last may be cut short by the end) and how many pages show one."""
    layout, heading = PdfLayout(path, doc, pages), None
    try:
        for block in blocks:
            if heading and block[0] == "table":
                layout.table(*block[1:], heading=heading)
                heading = None
                continue
            if heading:
                layout.add(heading)
            heading = block if block[0] == "h" else None
            if not heading:
                layout.add(block)
        raise ValueError(f"{path.name}: the blocks ran out before page {pages}")
    except PageLimit:
        layout.save()
    _touch(path)
    return layout.tables, len(layout.table_pages)


def write_docx(path: Path, doc: CorpusDoc) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = doc.title
    document.core_properties.author = doc.organisation
    document.sections[0].header.paragraphs[0].text = doc.header
    document.sections[0].footer.paragraphs[0].text = doc.organisation
    for block in doc.blocks:
        kind = block[0]
        if kind == "h":
            document.add_heading(block[2], level=block[1])
        elif kind == "p":
            document.add_paragraph(block[1])
        elif kind in ("ul", "ol"):
            for item in block[1]:
                document.add_paragraph(item, style="List Bullet" if kind == "ul" else "List Number")
        elif kind == "table":
            _docx_grid_table(document, [block[1], *block[2]])
    return _docx_save(document, path)


def blocks_to_html(blocks) -> str:
    e, out = html.escape, []
    for block in blocks:
        kind = block[0]
        if kind == "h":
            out.append(f"<h{block[1]}>{e(block[2])}</h{block[1]}>")
        elif kind == "p":
            out.append(f"<p>{e(block[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in block[1]) + f"</{kind}>")
        elif kind == "table":
            head = "".join(f"<th>{e(c)}</th>" for c in block[1])
            body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in block[2])
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    return "\n".join("      " + line for line in out)


def write_html(path: Path, doc: CorpusDoc, nav: list[str]) -> Path:
    aside = "      <ul>" + "".join(f'<li><a href="#">{html.escape(n)}</a></li>' for n in nav[:3]) + "</ul>"
    return _html_page(path, site=doc.organisation, title=doc.title, nav=nav,
                      breadcrumbs=["Home", nav[0], doc.title], main=blocks_to_html(doc.blocks), aside=aside,
                      footer_note=f"\u00a9 {doc.organisation}")


def write_markdown(path: Path, doc: CorpusDoc) -> Path:
    out = []
    for block in doc.blocks:
        kind = block[0]
        if kind == "h":
            out.append("#" * block[1] + " " + block[2])
        elif kind == "p":
            out.append(block[1])
        elif kind in ("ul", "ol"):
            out.append("\n".join(f"{f'{n}.' if kind == 'ol' else '-'} {item}" for n, item in enumerate(block[1], 1)))
        elif kind == "table":
            rows = [block[1], ["---"] * len(block[1]), *block[2]]
            out.append("\n".join("| " + " | ".join(c.replace("|", "/") for c in row) + " |" for row in rows))
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")
    return _touch(path)


def write_text(path: Path, doc: CorpusDoc) -> Path:
    out = []
    for block in doc.blocks:
        kind = block[0]
        if kind == "h":
            out.append(block[2].upper() if block[1] == 1 else block[2])
        elif kind == "p":
            out.append(block[1])
        elif kind in ("ul", "ol"):
            out.append("\n".join(f"{f'{n}.' if kind == 'ol' else '-'} {item}" for n, item in enumerate(block[1], 1)))
        elif kind == "table":
            out.append("\n".join("\t".join(row) for row in [block[1], *block[2]]))
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")
    return _touch(path)
