"""HTML reader: the main content of a web page as blocks, site furniture left out.

Council and police web pages wrap a small content area in navigation, breadcrumbs,
cookie banners, share links and footers. The reader picks the content container,
skips furniture by tag, role and id/class words, and walks the tree with an
explicit stack, so pages nested thousands of levels deep cannot overflow Python's
recursion limit.
"""

from __future__ import annotations

import codecs
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import partial
from pathlib import Path
from typing import Callable

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Script, Stylesheet, Tag, TemplateString

from ..errors import UnreadableDocument
from .model import Document, DocumentBuilder
from .normalize import normalize_text
from .text import SKIP_LINK, looks_binary

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
FURNITURE_TAGS = frozenset({
    "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "form",
    "button", "iframe", "svg", "head", "title", "select", "textarea", "object", "embed",
    "canvas", "audio", "video", "dialog", "map",
})
FURNITURE_ROLES = frozenset({
    "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
})
# Whole words of id, class or aria-label values ("site-nav", "cookieBanner", "breadcrumbs").
FURNITURE_WORDS = frozenset({
    "nav", "navbar", "navigation", "subnav", "sidenav", "topnav", "menu", "menubar",
    "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "banner", "skip", "skiplink",
    "share", "sharing", "social", "related", "sidebar", "footer", "header", "masthead",
})
# A page's own title often sits in a header or banner inside the content area.
HEADER_WORDS = frozenset({"header", "banner", "masthead"})
CONTENT_IDS = frozenset({
    "content", "main", "main-content", "maincontent", "page-content", "pagecontent", "primary",
    "primary-content", "content-main", "main-body", "body-content", "content-area", "main-area",
})
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

_CHARSET = re.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.I)
_CAMEL = re.compile(r"([a-z])([A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CLOSE, _SPACE = object(), object()


def read_html(path: Path, data: bytes | None = None) -> Document:
    """Read a web page: headings, paragraphs, list items and tables of its main content."""
    path = Path(path)
    if data is None:
        data = path.read_bytes()
    text, warning = html_bytes_to_text(data)
    if not text.strip():
        raise UnreadableDocument("no text in the HTML page")
    try:
        soup = BeautifulSoup(text, "lxml")
        body = soup.body or soup
        page = _Page(body)
        root, found = _content_root(soup, page)
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


def _content_root(soup: BeautifulSoup, page: _Page) -> tuple[Tag, bool]:
    """The page's content container and whether one was found (else the body)."""
    body = soup.body or soup
    finders = (
        lambda: body.find_all("main"),
        lambda: body.find_all(attrs={"role": "main"}),
        lambda: _only(body.find_all("article", limit=2)),
        lambda: body.find_all(lambda t: _norm_id(t.get("id")) in CONTENT_IDS),
        lambda: body.find_all(lambda t: any(_norm_id(c) in CONTENT_IDS for c in t.get("class") or ())),
    )
    for find in finders:
        for node in find():
            # A ".content" div inside a cookie banner or menu is not the page.
            inside_furniture = any(page.is_furniture(a, False) for a in node.parents if a is not body)
            if not _is_hidden(node) and not inside_furniture:
                return node, True
    return body, False


def _only(tags: list) -> list:
    return tags if len(tags) == 1 else []


def _norm_id(value) -> str:
    return value.lower().replace("_", "-") if isinstance(value, str) else ""


def _words(tag: Tag) -> set[str]:
    values = []
    for key in ("id", "class", "aria-label"):
        value = tag.get(key)
        values.append(" ".join(value) if isinstance(value, list) else value or "")
    return set(re.split(r"[^a-z0-9]+", _CAMEL.sub(r"\1 \2", " ".join(values)).lower()))


def _is_hidden(tag: Tag) -> bool:
    return ("hidden" in tag.attrs or tag.get("aria-hidden") == "true"
            or bool(_HIDDEN_STYLE.search(tag.get("style") or "")) or tag.get("class") == ["hidden"])


class _Page:
    """What the reader asks about a page's elements: furniture or not, layout table or not."""

    def __init__(self, body: Tag):
        # bs4's find() costs the whole subtree; these sets answer "does it hold…?" in O(1).
        self._with_heading = _ancestors(body.find_all(HEADINGS))
        self._with_text = _ancestors(body.find_all(("p", "table", "article", "section", *HEADINGS)))
        self._with_table = _ancestors(body.find_all("table"))

    def is_layout_table(self, table: Tag) -> bool:
        """Tables used for page layout: presentation role, holding headings or tables, or one column."""
        if str(table.get("role", "")).lower() in ("presentation", "none"):
            return True
        if id(table) in self._with_heading or id(table) in self._with_table:
            return True
        return all(len(row.find_all(("td", "th"), recursive=False)) <= 1 for row in _own_rows(table))

    def skipper(self, in_content: bool) -> Callable[[Tag], bool]:
        return partial(self.is_furniture, in_content=in_content)

    def is_furniture(self, tag: Tag, in_content: bool) -> bool:
        """Navigation, banners, footers, hidden parts, skip links; a page header in the content stays."""
        name = tag.name
        if name in FURNITURE_TAGS:
            if name == "form":  # ASP.NET pages wrap the whole page in one form
                return id(tag) not in self._with_text
            return not (name == "header" and in_content and id(tag) in self._with_heading)
        if _is_hidden(tag) or str(tag.get("role", "")).lower() in FURNITURE_ROLES:
            return True
        hits = _words(tag) & FURNITURE_WORDS
        if hits:
            return not (in_content and hits <= HEADER_WORDS and id(tag) in self._with_heading)
        return name == "a" and bool(SKIP_LINK.match(normalize_text(tag.get_text())))


def _ancestors(tags: list[Tag]) -> set[int]:
    """ids of every element containing one of tags; each ancestor chain is climbed once."""
    marked: set[int] = set()
    for tag in tags:
        for parent in tag.parents:
            if id(parent) in marked:
                break
            marked.add(id(parent))
    return marked


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


def _walk(root: Tag, page: _Page, in_content: bool) -> list[tuple]:
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


def _own_rows(table: Tag) -> list[Tag]:
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


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
    for tr in _own_rows(table):
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
