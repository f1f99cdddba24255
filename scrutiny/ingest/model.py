"""The document model every reader returns.

A :class:`Document` is an ordered list of :class:`Block` objects plus metadata.
Its ``text`` is the blocks' text joined by blank lines; every block knows its
``[start, end)`` span in that text and, for paged formats, its 1-based page.
Readers build documents with :class:`DocumentBuilder`, which normalises text
once and computes the spans, so no reader does offset arithmetic itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator

from ..errors import DocumentTooLarge
from .normalize import normalize_text

# About 3 million words, 6,000 pages: longer is an archive dump, not one paper, and
# extracting it would take gigabytes.
MAX_DOCUMENT_CHARS = 20_000_000
BLOCK_KINDS = ("heading", "paragraph", "list_item", "table")
BLOCK_SEPARATOR = "\n\n"
CELL_SEPARATOR = "\t"
ROW_SEPARATOR = "\n"


@dataclass(frozen=True)
class Block:
    """One heading, paragraph, list item or table of a document."""

    kind: str
    text: str
    start: int
    end: int
    page: int | None = None
    level: int | None = None  # headings only: 1 is the top level
    rows: tuple[tuple[str, ...], ...] | None = None  # tables only

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "page": self.page,
            "level": self.level,
            "rows": [list(r) for r in self.rows] if self.rows is not None else None,
        }

    @classmethod
    def from_dict(cls, d: dict) -> "Block":
        rows = d.get("rows")
        return cls(
            kind=d["kind"],
            text=d["text"],
            start=d["start"],
            end=d["end"],
            page=d.get("page"),
            level=d.get("level"),
            rows=tuple(tuple(r) for r in rows) if rows is not None else None,
        )


@dataclass(frozen=True)
class Document:
    """A read file: blocks in reading order and what the file says about itself."""

    name: str  # file name without extension, the ``doc`` of every record
    format: str  # pdf, html, docx, text, markdown
    blocks: tuple[Block, ...]
    text: str
    title: str | None = None
    pages: int | None = None
    file_date: str | None = None  # ISO date from the file's own metadata, if any
    metadata: dict = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[Block]:
        return iter(self.blocks)

    def __len__(self) -> int:
        return len(self.blocks)

    def on_page(self, page: int) -> "Document":
        """A new document holding only the blocks of one page (spans unchanged)."""
        return replace(self, blocks=tuple(b for b in self.blocks if b.page == page))

    @property
    def tables(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "table"]

    @property
    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "heading"]


def too_long(chars: int | None = None) -> DocumentTooLarge:
    size = f"{chars:,}" if chars else f"more than {MAX_DOCUMENT_CHARS:,}"
    return DocumentTooLarge(f"too long to read as one document: {size} characters of text "
                            f"(limit {MAX_DOCUMENT_CHARS:,})")


def table_to_text(rows: Iterable[Iterable[str]]) -> str:
    """Rows as tab-separated lines: the table's text in the document."""
    return ROW_SEPARATOR.join(CELL_SEPARATOR.join(row) for row in rows)


class DocumentBuilder:
    """Collects blocks in reading order, normalising text and computing spans."""

    def __init__(self, name: str, format: str):
        self.name = name
        self.format = format
        self._blocks: list[Block] = []
        self._parts: list[str] = []
        self._length = 0
        self.warnings: list[str] = []

    def _append(self, kind: str, text: str, page, level, rows) -> Block | None:
        if not text:
            return None
        start = self._length + (len(BLOCK_SEPARATOR) if self._parts else 0)
        if start + len(text) > MAX_DOCUMENT_CHARS:
            raise too_long()
        block = Block(kind, text, start, start + len(text), page, level, rows)
        self._parts.append(text)
        self._length = block.end
        self._blocks.append(block)
        return block

    def add(self, kind: str, text: str, page: int | None = None, level: int | None = None) -> Block | None:
        """Add a heading, paragraph or list item; empty text adds nothing."""
        if kind not in BLOCK_KINDS or kind == "table":
            raise ValueError(f"'kind' must be heading, paragraph or list_item, not {kind!r}")
        if kind == "heading" and level is None:
            level = 1
        return self._append(kind, normalize_text(text), page, level if kind == "heading" else None, None)

    def add_table(self, rows: Iterable[Iterable[str | None]], page: int | None = None) -> Block | None:
        """Add a table; cells are normalised, empty rows dropped, ragged rows padded."""
        clean = [tuple(normalize_text(c or "") for c in row) for row in rows]
        clean = [row for row in clean if any(row)]
        if not clean:
            return None
        width = max(len(r) for r in clean)
        clean = [r + ("",) * (width - len(r)) for r in clean]
        # A one-column table is just text lines: keep it as a table only if it has a grid.
        return self._append("table", table_to_text(clean), page, None, tuple(clean))

    @property
    def blocks(self) -> list[Block]:
        return self._blocks

    def build(self, *, title: str | None = None, pages: int | None = None,
              file_date: str | None = None, metadata: dict | None = None) -> Document:
        return Document(
            name=self.name,
            format=self.format,
            blocks=tuple(self._blocks),
            text=BLOCK_SEPARATOR.join(self._parts),
            title=normalize_text(title) if title else None,
            pages=pages,
            file_date=file_date,
            metadata=metadata or {},
            warnings=tuple(self.warnings),
        )
