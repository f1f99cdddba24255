"""Site furniture on a web page: which element holds the content, and which elements
are navigation, banners, cookie notices, footers, hidden parts or layout tables.

Council and police web pages wrap a small content area in all of these; the HTML
reader asks :class:`Page` about each element as it walks the tree.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Callable

from bs4 import BeautifulSoup
from bs4.element import Tag

from .normalize import normalize_text
from .text import SKIP_LINK

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
_CAMEL = re.compile(r"([a-z])([A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def content_root(soup: BeautifulSoup, page: Page) -> tuple[Tag, bool]:
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


class Page:
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
        return all(len(row.find_all(("td", "th"), recursive=False)) <= 1 for row in own_rows(table))

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


def own_rows(table: Tag) -> list[Tag]:
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
