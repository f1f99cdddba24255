"""HTML reader: the main content of a web page as blocks, site furniture left out.

The reader picks the content container, skips furniture (see :mod:`.html_furniture`)
and walks the tree with an explicit stack, so pages nested thousands of levels deep
cannot overflow Python's recursion limit. A page with more elements than any real
page has is refused before it is parsed: the tree would take gigabytes.
"""

from __future__ import annotations

import codecs
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Callable

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Script, Stylesheet, Tag, TemplateString

from ..errors import DocumentTooLarge, UnreadableDocument
from .html_furniture import HEADINGS, Page, content_root, own_rows
from .model import Document, DocumentBuilder
from .normalize import normalize_text
from .text import looks_binary

BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "hr", "html", "li", "main", "ol", "p",
    "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    *HEADINGS,
})
DATE_META = (
    "article:modified_time", "og:updated_time", "dcterms.modified", "dc.date.modified",
    "datemodified", "last-modified", "dcterms.date", "dc.date", "dcterms.issued", "dc.date.issued",
    "date", "article:published_time", "datepublished",
)
MAX_COLSPAN = 50
MAX_ROWSPAN = 500
# A long report saved from Word as HTML has some 100,000 elements; bs4 needs about
# 1 KB and 50 µs for each.
MAX_ELEMENTS = 500_000

_CHARSET = re.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.I)
_TAG_START = re.compile(r"<[A-Za-z]")
_CLOSE, _SPACE = object(), object()


def read_html(path: Path, data: bytes | None = None) -> Document:
    """Read a web page: headings, paragraphs, list items and tables of its main content."""
    path = Path(path)
    if data is None:
        data = path.read_bytes()
    text, warning = html_bytes_to_text(data)
    if not text.strip():
        raise UnreadableDocument("no text in the HTML page")
    check_size(text)
    try:
        soup = BeautifulSoup(text, "lxml")
        body = soup.body or soup
        page = Page(body)
        root, found = content_root(soup, page)
        items = _walk(root, page, found)
        if found and not items:
            items = _walk(body, page, False)
    except RecursionError:
        raise UnreadableDocument("HTML nested too deeply to read") from None
    if not items:
        raise UnreadableDocument("no text in the HTML page")
    builder = DocumentBuilder(name=path.stem, format="html")
    if warning:
        builder.warnings.append(warning)
    for kind, payload, level in items:
        if kind == "table":
            builder.add_table(payload)
        else:
            builder.add(kind, payload, level=level)
    if not builder.blocks:
        raise UnreadableDocument("no text in the HTML page")
    return builder.build(title=_title(soup, builder), file_date=_file_date(soup),
                         metadata=_metadata(soup, builder))


def html_bytes_to_text(data: bytes) -> tuple[str, str | None]:
    """Decode with the BOM or declared charset, then UTF-8, then cp1252: (text, warning)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace"), None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace"), None
    if looks_binary(data):
        raise UnreadableDocument("not an HTML page (binary content)")
    for encoding in (_declared_charset(data[:4096]), "utf-8"):
        if encoding:
            try:
                return data.decode(encoding), None
            except (UnicodeDecodeError, LookupError):
                continue
    return data.decode("cp1252", "replace"), "decoded as cp1252: not valid UTF-8"


def check_size(text: str) -> None:
    """Refuse a page with more elements than MAX_ELEMENTS, counted before any tree is built."""
    if text.count("<") <= MAX_ELEMENTS:
        return
    elements = sum(1 for _ in _TAG_START.finditer(text))
    if elements > MAX_ELEMENTS:
        raise DocumentTooLarge(f"HTML page too large to read: {elements:,} elements (limit {MAX_ELEMENTS:,})")


def _declared_charset(head: bytes) -> str | None:
    match = _CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    # As browsers do: latin-1 means windows-1252, and a UTF-16 label on ASCII bytes is wrong.
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return "utf-8" if name.startswith(("utf-16", "utf-32")) else name


def _is_text(node) -> bool:
    return isinstance(node, NavigableString) and not isinstance(
        node, (PreformattedString, Script, Stylesheet, TemplateString))


def _block_kind(name: str, current: tuple) -> tuple | None:
    """The kind of text a block element holds; None when it only continues the current one."""
    if name in HEADINGS:
        return ("heading", int(name[1]))
    if name == "li":
        return ("list_item", None)
    if name in ("ul", "ol", "table", "tr", "td", "th", "tbody", "thead", "tfoot"):
        return current
    return None if current[0] != "paragraph" else current


def _walk(root: Tag, page: Page, in_content: bool) -> list[tuple]:
    """Blocks of the root as (kind, text or rows, level), in reading order, without recursion."""
    items: list[tuple] = []
    buffer: list[str] = []
    kinds = [("paragraph", None)]
    skip = page.skipper(in_content)

    def flush():
        text = "".join(buffer)
        buffer.clear()
        if text.strip():
            items.append((kinds[-1][0], text, kinds[-1][1]))

    stack: list = list(reversed(root.contents))
    while stack:
        node = stack.pop()
        if node is _CLOSE:
            flush()
            kinds.pop()
        elif node is _SPACE:
            buffer.append(" ")
        elif not isinstance(node, Tag):
            if _is_text(node):
                buffer.append(str(node))
        elif not skip(node):
            name = node.name
            if name == "br":
                buffer.append("\n")
                continue
            if name == "table" and not page.is_layout_table(node):
                flush()
                items.extend(_table_items(node, skip))
                continue
            if name == "dl":
                flush()
                items.extend(_dl_items(node, skip))
                continue
            if name in BLOCK_TAGS:
                kind = _block_kind(name, kinds[-1])
                if kind is None:
                    buffer.append(" ")
                    stack.append(_SPACE)
                else:
                    flush()
                    kinds.append(kind)
                    stack.append(_CLOSE)
            stack.extend(reversed(node.contents))
    flush()
    return items


def inline_text(node: Tag, skip: Callable[[Tag], bool]) -> str:
    """All text under a node, furniture skipped, block boundaries as spaces."""
    parts: list[str] = []
    stack: list = list(reversed(node.contents))
    while stack:
        child = stack.pop()
        if child is _SPACE:
            parts.append(" ")
        elif not isinstance(child, Tag):
            if _is_text(child):
                parts.append(str(child))
        elif not skip(child):
            if child.name == "br":
                parts.append("\n")
            elif child.name in BLOCK_TAGS:
                parts.append(" ")
                stack.append(_SPACE)
                stack.extend(reversed(child.contents))
            else:
                stack.extend(reversed(child.contents))
    return "".join(parts)


def _span(cell: Tag, attr: str, limit: int) -> int:
    try:
        return min(max(int(str(cell.get(attr, "1")).strip() or 1), 1), limit)
    except ValueError:
        return 1


def _table_items(table: Tag, skip: Callable[[Tag], bool]) -> list[tuple]:
    """A caption paragraph (if any) and the table's rows, spans padded with empty cells."""
    items = []
    caption = table.find("caption")
    if caption is not None and caption.find_parent("table") is table:
        items.append(("paragraph", inline_text(caption, skip), None))
    carry: dict[int, int] = {}  # column -> rows still covered by a rowspan above
    rows = []
    for tr in own_rows(table):
        row: list[str] = []
        for cell in tr.find_all(("td", "th"), recursive=False):
            _pad_covered(row, carry)
            rowspan = _span(cell, "rowspan", MAX_ROWSPAN)
            for k in range(_span(cell, "colspan", MAX_COLSPAN)):
                if rowspan > 1:
                    carry[len(row)] = rowspan - 1
                row.append(inline_text(cell, skip) if k == 0 else "")
        _pad_covered(row, carry, through=max((c for c, left in carry.items() if left > 0), default=-1))
        rows.append(row)
    items.append(("table", rows, None))
    return items


def _pad_covered(row: list[str], carry: dict[int, int], through: int = -1) -> None:
    """Empty cells for columns a rowspan above still covers, and for any gap up to `through`."""
    while carry.get(len(row), 0) > 0 or len(row) <= through:
        if carry.get(len(row), 0) > 0:
            carry[len(row)] -= 1
        row.append("")


def _dl_items(dl: Tag, skip: Callable[[Tag], bool]) -> list[tuple]:
    """A term with one definition reads "Term: definition"; with several, a lead-in and a list."""
    items: list[tuple] = []
    term, definitions = None, []

    def emit():
        if term is not None and len(definitions) == 1:
            joiner = " " if term.rstrip().endswith(":") else ": "
            items.append(("paragraph", term.strip() + joiner + definitions[0], None))
            return
        if term is not None:
            items.append(("paragraph", term, None))
        kind = "list_item" if term is not None else "paragraph"
        items.extend((kind, d, None) for d in definitions)

    for node in dl.find_all(("dt", "dd")):
        if node.find_parent("dl") is not dl or skip(node):
            continue
        text = normalize_text(inline_text(node, skip))
        if node.name == "dt":
            emit()
            term, definitions = text, []
        elif text:
            definitions.append(text)
    emit()
    return items


def _title(soup: BeautifulSoup, builder: DocumentBuilder) -> str | None:
    """The first level-1 heading of the content, else the <title> without a "| Site" suffix."""
    for block in builder.blocks:
        if block.kind == "heading" and block.level == 1:
            return block.text
    title = _title_tag(soup)
    if title and " | " in title:
        title = title.rsplit(" | ", 1)[0].strip() or title
    return title


def _title_tag(soup: BeautifulSoup) -> str | None:
    tag = (soup.head or soup).find("title")  # not an SVG's <title> in the body
    return normalize_text(tag.get_text()) or None if tag is not None else None


def _metadata(soup: BeautifulSoup, builder: DocumentBuilder) -> dict:
    metadata = {}
    if title := _title_tag(soup):
        metadata["html_title"] = title
    h1 = next((b.text for b in builder.blocks if b.kind == "heading" and b.level == 1), None)
    if h1:
        metadata["h1"] = h1
    html = soup.find("html")
    if html is not None and html.get("lang"):
        metadata["lang"] = str(html.get("lang"))
    canonical = soup.find("link", rel="canonical")
    if canonical is not None and canonical.get("href"):
        metadata["canonical_url"] = str(canonical.get("href"))
    return metadata


def _file_date(soup: BeautifulSoup) -> str | None:
    """The page's own modified or published date from its meta tags, as an ISO date."""
    found = {}
    for meta in soup.find_all("meta"):
        key = meta.get("name") or meta.get("property") or meta.get("itemprop") or meta.get("http-equiv")
        if isinstance(key, str) and meta.get("content"):
            found.setdefault(key.strip().lower(), str(meta.get("content")))
    for key in DATE_META:
        if key in found and (iso := to_iso_date(found[key])):
            return iso
    return None


def to_iso_date(value: str) -> str | None:
    """An ISO date from the date strings web pages put in meta tags, or None."""
    value = value.strip()
    if match := re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value):
        parts = (match.group(1), match.group(2), match.group(3))
    elif match := re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})\b", value):  # UK order
        parts = (match.group(3), match.group(2), match.group(1))
    else:
        parts = None
        for parse in (parsedate_to_datetime, lambda v: datetime.strptime(v, "%d %B %Y")):
            try:
                moment = parse(value)
            except (TypeError, ValueError, IndexError):
                continue
            parts = (moment.year, moment.month, moment.day)
            break
    try:
        return date(*map(int, parts)).isoformat() if parts else None
    except ValueError:
        return None
