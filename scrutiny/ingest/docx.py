"""Word (.docx) reader: body paragraphs and tables in document order.

python-docx gives paragraph text without Word's automatic list numbers, and minute
numbers and refs often exist only there, so the numbers are rebuilt from
numbering.xml (:mod:`.docx_numbering`). The archive is checked before python-docx
opens it (:mod:`.docx_archive`), so a zip bomb is refused instead of unpacked.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from itertools import chain
from pathlib import Path
from typing import Iterator

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from ..errors import UnreadableDocument
from .docx_archive import check_archive
from .docx_numbering import VAL, Numbering, format_number, is_on, xml_val
from .model import Document, DocumentBuilder
from .normalize import normalize_text

__all__ = ["check_archive", "format_number", "read_docx"]

BOLD_HEADING_MAX_WORDS = 12

P, TBL, TR, TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
T, TAB, PTAB, BR, CR = qn("w:t"), qn("w:tab"), qn("w:ptab"), qn("w:br"), qn("w:cr")
NO_BREAK_HYPHEN, R, RPR, PPR, B = qn("w:noBreakHyphen"), qn("w:r"), qn("w:rPr"), qn("w:pPr"), qn("w:b")
# Wrappers whose children belong to the enclosing body, row or cell.
TRANSPARENT = frozenset({qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), qn("w:smartTag")})
# Parts of a paragraph whose text is not the paragraph's: deletions, text boxes, fallbacks.
SKIPPED = frozenset({
    qn("w:del"), qn("w:txbxContent"), qn("w:pPr"), qn("w:rPr"), qn("w:instrText"),
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
})
RUN_HOLDERS = frozenset({qn("w:hyperlink"), qn("w:ins"), qn("w:smartTag"), qn("w:fldSimple")})
_HEADING_STYLE = re.compile(r"^heading\s*([1-9])$")
_LIST_STYLE = re.compile(r"^list ?(paragraph|bullet|number)")


def read_docx(path: Path, data: bytes | None = None) -> Document:
    """Read a Word document: headings, paragraphs, numbered list items and tables."""
    path = Path(path)
    if data is None:
        data = path.read_bytes()
    check_archive(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, SyntaxError, zipfile.BadZipFile, EOFError,
            zlib.error) as e:
        raise UnreadableDocument(f"not a Word document: {_reason(e)}") from e
    builder = DocumentBuilder(name=path.stem, format="docx")
    reader = _BodyReader(document, builder)
    try:
        reader.read(document.element.body)
    except RecursionError:
        raise UnreadableDocument("Word document nested too deeply to read") from None
    props = document.core_properties
    title = (props.title or "").strip() or next((b.text for b in builder.blocks if b.kind == "heading"), None)
    metadata = {"tables": reader.tables}
    if (props.author or "").strip():
        metadata["author"] = props.author.strip()
    return builder.build(title=title, file_date=_file_date(props), metadata=metadata)


def _reason(error: Exception) -> str:
    text = str(error.args[0]) if isinstance(error, KeyError) and error.args else str(error)
    return text.splitlines()[0] if text.strip() else type(error).__name__


def _file_date(props) -> str | None:
    for attr in ("modified", "created"):
        try:
            moment = getattr(props, attr)
        except (ValueError, TypeError):
            continue
        if moment is not None:
            return moment.date().isoformat()
    return None


def unwrap(element, wanted: tuple) -> Iterator:
    """Children of element with a wanted tag, looking through content-control wrappers."""
    stack = [iter(element)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag in wanted:
            yield child
        elif child.tag in TRANSPARENT:
            stack.append(iter(child))


def paragraph_text(p) -> str:
    """The visible text of a w:p: runs, hyperlinks and insertions; tabs and breaks kept."""
    parts: list[str] = []
    stack = [iter(p)]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
        elif el.tag == T:
            parts.append(el.text or "")
        elif el.tag in (TAB, PTAB):
            parts.append("\t")
        elif el.tag in (BR, CR):
            parts.append("\n")
        elif el.tag == NO_BREAK_HYPHEN:
            parts.append("-")
        elif el.tag not in SKIPPED and len(el):
            stack.append(iter(el))
    return "".join(parts)


class _Style:
    """What a paragraph style, with the styles it is based on, says about its paragraphs."""

    def __init__(self, chain_: list, style_id: str | None = None):
        # Without a definition, Word's built-in style ids ("Heading2", "ListBullet") still tell.
        self.style_id = chain_[0].get(qn("w:styleId")) if chain_ else style_id
        names = [_style_name(style) for style in chain_] or [(style_id or "").lower()]
        self.is_list = bool(_LIST_STYLE.match(names[0]))
        levels = [_name_level(name) for name in names]
        levels += [_outline_level(style.find(PPR)) for style in chain_ if style.find(PPR) is not None]
        self.heading_level = next(filter(None, levels), None)
        self.num: tuple[str | None, int | None] = (None, None)
        self.bold = False
        for style in reversed(chain_):  # the nearest style wins
            ppr, rpr = style.find(PPR), style.find(RPR)
            if (num := _num_pr(ppr)) != (None, None):
                self.num = num
            if rpr is not None and rpr.find(B) is not None:
                self.bold = is_on(rpr.find(B))


def _style_name(style) -> str:
    return xml_val(style, "w:name", "").lower()


def _name_level(name: str) -> int | None:
    if match := _HEADING_STYLE.match(name):
        return int(match.group(1))
    return {"title": 1, "subtitle": 2}.get(name)


def _num_pr(ppr) -> tuple[str | None, int | None]:
    """(numId, ilvl) of a paragraph or style's w:numPr; None for what it leaves out."""
    num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
    if num_pr is None:
        return None, None
    level = xml_val(num_pr, "w:ilvl", "")
    return xml_val(num_pr, "w:numId"), int(level) if level.isdigit() else None


def _outline_level(ppr) -> int | None:
    value = xml_val(ppr, "w:outlineLvl", "")
    return int(value) + 1 if value.isdigit() and int(value) < 9 else None


class _Styles:
    def __init__(self, styles_element):
        self._by_id = {s.get(qn("w:styleId")): s for s in styles_element.iter(qn("w:style"))}
        defaults = (sid for sid, s in self._by_id.items()
                    if s.get(qn("w:type")) == "paragraph" and s.get(qn("w:default")) in ("1", "true"))
        self._default = next(defaults, None)
        self._cache: dict = {}

    def get(self, style_id: str | None) -> _Style:
        if style_id is None and self._default in self._by_id:
            style_id = self._default
        if style_id not in self._by_id:
            return _Style([], style_id)
        if style_id not in self._cache:
            chain_, current = [], style_id
            while current in self._by_id and len(chain_) < 20 and self._by_id[current] not in chain_:
                chain_.append(self._by_id[current])
                based = chain_[-1].find(qn("w:basedOn"))
                current = based.get(VAL) if based is not None else None
            self._cache[style_id] = _Style(chain_)
        return self._cache[style_id]

    def is_bold(self, style_id: str | None) -> bool:
        return style_id in self._by_id and self.get(style_id).bold


class _BodyReader:
    """Walks the body, adding blocks to the builder and keeping each table's cell lines."""

    def __init__(self, document, builder: DocumentBuilder):
        self.builder = builder
        self.styles = _Styles(document.styles.element)
        try:
            numbering = document.part.numbering_part.element
        except NotImplementedError:  # python-docx cannot add a missing numbering part
            numbering = parse_xml(f"<w:numbering {nsdecls('w')}/>")
        self.numbering = Numbering(numbering, self.styles)
        self.tables: list[list[list[list[str]]]] = []

    def read(self, body) -> None:
        for el in self._blocks(body):
            if el.tag == P:
                kind, text, level = self.paragraph(el)
                self.builder.add(kind, text, level=level)
            else:
                self.table(el)

    def _blocks(self, container) -> Iterator:
        """Paragraphs and tables in order; a one-column table is read as body text."""
        stack = [unwrap(container, (P, TBL))]
        while stack:
            el = next(stack[-1], None)
            if el is None:
                stack.pop()
            elif el.tag == TBL and all(len(list(unwrap(tr, (TC,)))) <= 1 for tr in unwrap(el, (TR,))):
                cells = (tc for tr in unwrap(el, (TR,)) for tc in unwrap(tr, (TC,)))
                stack.append(chain.from_iterable(unwrap(tc, (P, TBL)) for tc in cells))
            else:
                yield el

    def paragraph(self, p, in_cell: bool = False) -> tuple[str, str, int | None]:
        """(kind, text, heading level) of a w:p, its list number prefixed."""
        ppr = p.find(PPR)
        style = self.styles.get(xml_val(ppr, "w:pStyle"))
        text = paragraph_text(p)
        num = self._num(ppr, style)
        if num is not None and (label := self.numbering.next_label(*num)) and text.strip():
            text = f"{label} {text.strip()}"
        level = (_outline_level(ppr) if ppr is not None else None) or style.heading_level
        if level:
            return "heading", text, level
        if num is not None or style.is_list:
            return "list_item", text, None
        if not in_cell and self._is_bold_heading(p, text, style):
            return "heading", text, 3
        return "paragraph", text, None

    def _num(self, ppr, style: _Style) -> tuple[str, int] | None:
        """The paragraph's (numId, ilvl), its own numPr first, then its style's; None if unnumbered."""
        num_id, ilvl = _num_pr(ppr)
        num_id = num_id or style.num[0]
        if num_id in (None, "0"):  # numId 0 switches a style's numbering off
            return None
        if ilvl is None:
            ilvl = style.num[1]
        if ilvl is None:  # a level linked to a style names that style
            levels = (self.numbering.level(num_id, i) for i in range(9))
            ilvl = next((i for i, lvl in enumerate(levels) if lvl and lvl.style == style.style_id), 0)
        return num_id, ilvl

    def _is_bold_heading(self, p, text: str, style: _Style) -> bool:
        words = text.split()
        if not words or len(words) >= BOLD_HEADING_MAX_WORDS or text.rstrip().endswith("."):
            return False
        runs = chain((c for c in p if c.tag == R), (r for c in p if c.tag in RUN_HOLDERS for r in c.iter(R)))
        runs = [r for r in runs if paragraph_text(r).strip()]
        return bool(runs) and all(self._run_bold(r, style) for r in runs)

    def _run_bold(self, run, style: _Style) -> bool:
        rpr = run.find(RPR)
        if rpr is not None and rpr.find(B) is not None:
            return is_on(rpr.find(B))
        if self.styles.is_bold(xml_val(rpr, "w:rStyle")):
            return True
        return style.bold

    def table(self, tbl) -> None:
        """Add a table block; its cells' separate lines go to metadata["tables"]."""
        rows = [row for row in self.cell_lines(tbl) if any(row)]
        if not rows:
            return
        width = max(len(row) for row in rows)
        rows = [row + [[] for _ in range(width - len(row))] for row in rows]
        if self.builder.add_table(["\n".join(cell) for cell in row] for row in rows) is not None:
            self.tables.append(rows)

    def cell_lines(self, tbl) -> list[list[list[str]]]:
        """Rows of cells, each cell a list of lines; merged cells appear once, then empty."""
        rows = []
        for tr in unwrap(tbl, (TR,)):
            row: list[list[str]] = []
            trpr = tr.find(qn("w:trPr"))
            row.extend([] for _ in range(_int_val(trpr, "w:gridBefore")))
            for tc in unwrap(tr, (TC,)):
                tcpr = tc.find(qn("w:tcPr"))
                vmerge = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
                continued = vmerge is not None and vmerge.get(VAL) in (None, "continue")
                row.append([] if continued else self._cell(tc))
                row.extend([] for _ in range(max(_int_val(tcpr, "w:gridSpan"), 1) - 1))
            rows.append(row)
        return rows

    def _cell(self, tc) -> list[str]:
        lines = []
        for el in unwrap(tc, (P, TBL)):
            if el.tag == P:
                lines.append(self.paragraph(el, in_cell=True)[1])
            else:  # a nested table: one line per row
                lines.extend(" ".join(line for cell in row for line in cell) for row in self.cell_lines(el))
        return [line for line in map(normalize_text, lines) if line]


def _int_val(parent, tag: str) -> int:
    value = xml_val(parent, tag, "")
    return min(int(value), 64) if value.isdigit() else 0
