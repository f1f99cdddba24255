"""Passages: the units the search index holds.

A passage is the body of a heading-bounded section, cut into pieces small
enough to read in a terminal, or one table (long tables cut by rows). Each
keeps its heading path, page and span, so a hit can be cited and opened.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..ingest.model import Block

MAX_PASSAGE_CHARS = 1200
TABLE_ROWS_PER_PASSAGE = 6


@dataclass(frozen=True)
class Passage:
    id: str
    document_id: str
    doc: str
    title: str | None
    doc_type: str | None
    date: str | None
    page: int | None
    heading: str
    text: str
    start: int
    end: int
    kind: str = "passage"
    people: tuple[str, ...] = ()  # who speaks in it or owns it, roles resolved
    roles: tuple[str, ...] = ()  # those people's roles and abbreviations
    boards: tuple[str, ...] = ()  # the meeting or board it belongs to
    stamp: str = ""  # records digest and passage count of its document (search/stamp.py)
    # The text fields already analysed (schema.analyse_passage), done where the passage
    # is cut so that the index writer only files the terms.
    analysed: dict | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class DocumentInfo:
    """What every passage of a document repeats, so hits need no store lookup."""

    document_id: str
    doc: str
    title: str | None
    doc_type: str | None
    date: str | None


def _table_chunks(block: Block) -> list[str]:
    rows = list(block.rows or [])
    if len(rows) <= TABLE_ROWS_PER_PASSAGE + 1:
        return [block.text]
    header, body = rows[0], rows[1:]
    chunks = []
    for i in range(0, len(body), TABLE_ROWS_PER_PASSAGE):
        part = [header, *body[i:i + TABLE_ROWS_PER_PASSAGE]]
        chunks.append("\n".join("\t".join(r) for r in part))
    return chunks


def _group(blocks: list[Block]) -> list[list[Block]]:
    """Cut a section's body blocks into runs of at most MAX_PASSAGE_CHARS."""
    groups: list[list[Block]] = []
    size = 0
    for block in blocks:
        if block.kind == "table" or not groups or groups[-1][0].kind == "table" \
                or size + len(block.text) > MAX_PASSAGE_CHARS:
            groups.append([block])
            size = len(block.text)
        else:
            groups[-1].append(block)
            size += len(block.text)
    return groups


def sections(blocks: list[Block]) -> list[tuple[list[str], Block | None, list[Block]]]:
    """(heading path, heading block, body blocks) for each heading-bounded section."""
    out = []
    stack: list[tuple[int, str]] = []
    heading: Block | None = None
    body: list[Block] = []
    for block in blocks:
        if block.kind == "heading":
            if heading is not None or body:
                out.append(([t for _, t in stack], heading, body))
            level = block.level or 1
            stack = [(lv, t) for lv, t in stack if lv < level] + [(level, block.text)]
            heading, body = block, []
        else:
            body.append(block)
    if heading is not None or body:
        out.append(([t for _, t in stack], heading, body))
    return out


def document_to_passages(info: DocumentInfo, blocks: list[Block]) -> list[Passage]:
    passages: list[Passage] = []

    def add(path: list[str], text: str, first: Block, last: Block) -> None:
        passages.append(Passage(
            id=f"{info.document_id}:{len(passages)}", document_id=info.document_id, doc=info.doc,
            title=info.title, doc_type=info.doc_type, date=info.date, page=first.page,
            heading=" > ".join(path), text=text, start=first.start, end=last.end))

    for path, heading, body in sections(blocks):
        if not body:
            if heading is not None:  # a heading with nothing under it is still findable
                add(path, heading.text, heading, heading)
            continue
        for group in _group(body):
            if group[0].kind == "table":
                for chunk in _table_chunks(group[0]):
                    add(path, chunk, group[0], group[0])
            else:
                add(path, "\n".join(b.text for b in group), group[0], group[-1])
    return passages


# Record types a search can return as hits of their own.
SEARCHABLE_RECORDS = ("meeting", "item", "action", "board", "commitment", "progress")


def record_passages(info: DocumentInfo, records) -> list[tuple[object, Passage]]:
    """(record, passage) for each searchable record: its words, its citation, its kind."""
    out = []
    for n, record in enumerate(r for r in records if r.type in SEARCHABLE_RECORDS):
        text = record.text_for_search
        if not text:
            continue
        start, end = record.span if record.span else (0, 0)
        heading = getattr(record, "heading", None) or getattr(record, "theme", None) or ""
        date = getattr(record, "date", None) or info.date
        out.append((record, Passage(id=f"{info.document_id}:r{n}", document_id=info.document_id, doc=info.doc,
                                    title=info.title, doc_type=info.doc_type, date=date, page=record.page,
                                    heading=heading, text=text, start=start, end=end, kind=record.type)))
    return out
