"""The Whoosh index: the only module of scrutiny that imports whoosh.

Three verbs: ``open_index`` (create when missing), ``SearchIndex.write`` (replace
documents' passages in one commit) and ``SearchIndex.search``.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterable

from whoosh import fields, highlight, index, qparser
from whoosh.analysis import StemmingAnalyzer
from whoosh.lang.porter2 import stem as porter2_stem
from whoosh.query import And, NullQuery, Term

from ..errors import BadQuery
from .passages import Passage

INDEX_DIRNAME = "index"
MARK_OPEN, MARK_CLOSE = "**", "**"

# Porter2 instead of Whoosh's default Porter stemmer, which mangles words
# ("running" -> "runn") and so misses matches.
BODY_ANALYZER = StemmingAnalyzer(stemfn=porter2_stem)

SCHEMA = fields.Schema(
    id=fields.ID(stored=True, unique=True),
    document_id=fields.ID(stored=True),
    doc=fields.ID(stored=True),
    title=fields.TEXT(stored=True, analyzer=BODY_ANALYZER, field_boost=0.5),
    doc_type=fields.ID(stored=True),
    date=fields.DATETIME(stored=True),
    page=fields.NUMERIC(stored=True),
    heading=fields.TEXT(stored=True, analyzer=BODY_ANALYZER, field_boost=1.5),
    body=fields.TEXT(stored=True, analyzer=BODY_ANALYZER),
    kind=fields.ID(stored=True),
    start=fields.STORED(),
    end=fields.STORED(),
)

SEARCH_FIELDS = ["body", "heading", "title"]
PHRASE_BOOST = 3
_PLAIN_WORDS = re.compile(r"[\w' ’-]+")


@dataclass(frozen=True)
class Hit:
    doc: str
    document_id: str
    kind: str
    text: str
    snippet: str
    page: int | None
    title: str | None
    date: str | None
    doc_type: str | None
    heading: str
    score: float
    start: int | None
    end: int | None

    def to_dict(self) -> dict:
        return {"doc": self.doc, "kind": self.kind, "text": self.text, "snippet": self.snippet,
                "page": self.page, "title": self.title, "date": self.date, "score": round(self.score, 4),
                "doc_type": self.doc_type, "heading": self.heading, "document_id": self.document_id,
                "span": [self.start, self.end] if self.start is not None else None}


class _Marker(highlight.Formatter):
    """Marks matched terms with ** so any output format can show them."""

    between = " … "

    def format_token(self, text, token, replace=False):
        return f"{MARK_OPEN}{highlight.get_text(text, token, replace)}{MARK_CLOSE}"


def _iso_to_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def passage_to_fields(p: Passage) -> dict:
    out = {"id": p.id, "document_id": p.document_id, "doc": p.doc, "title": p.title or "",
           "doc_type": p.doc_type or "other", "page": p.page if p.page is not None else 0,
           "heading": p.heading, "body": p.text, "kind": p.kind, "start": p.start, "end": p.end}
    when = _iso_to_datetime(p.date)
    if when:
        out["date"] = when
    return out


def build_parser(schema=SCHEMA) -> qparser.QueryParser:
    """The one parser every user query goes through."""
    parser = qparser.MultifieldParser(SEARCH_FIELDS, schema, group=qparser.OrGroup.factory(0.9))
    parser.add_plugin(qparser.FuzzyTermPlugin())
    return parser


class SearchIndex:
    def __init__(self, ix):
        self._ix = ix
        self._searcher = None

    @property
    def path(self) -> Path:
        return Path(self._ix.storage.folder)

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._ix.close()

    def __enter__(self) -> "SearchIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def write(self, passages: Iterable[Passage], remove_document_ids: Iterable[str] = ()) -> int:
        """Replace the passages of every document named, in one commit. Returns passages added."""
        passages = list(passages)
        replace_ids = set(remove_document_ids) | {p.document_id for p in passages}
        writer = self._ix.writer(limitmb=128)
        try:
            for document_id in sorted(replace_ids):
                writer.delete_by_term("document_id", document_id)
            for p in passages:
                writer.add_document(**passage_to_fields(p))
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        self._refresh()
        return len(passages)

    def _refresh(self) -> None:
        if self._searcher is not None:
            self._searcher = self._searcher.refresh()

    @property
    def searcher(self):
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        return self._searcher

    def document_ids(self) -> set[str]:
        # Not the lexicon: it keeps the terms of deleted passages until a merge.
        return {fields["document_id"] for fields in self.searcher.all_stored_fields()}

    def count(self) -> int:
        return self.searcher.doc_count()

    def size_bytes(self) -> int:
        return sum(f.stat().st_size for f in self.path.iterdir() if f.is_file())

    def parse(self, query: str):
        if not query.strip():
            raise BadQuery("empty query")
        if _PLAIN_WORDS.fullmatch(query.strip()) and len(query.split()) > 1:
            # Plain words: any of them may match, the words together as a phrase rank first.
            query = f'({query}) OR "{query.strip()}"^{PHRASE_BOOST}'
        try:
            parsed = build_parser(self._ix.schema).parse(query)
        except Exception as e:  # whoosh raises many kinds for bad syntax
            raise BadQuery(f"cannot parse query {query!r}: {e}") from e
        if parsed is None or parsed is NullQuery:
            raise BadQuery(f"query {query!r} has no searchable words")
        return parsed

    def search(self, query: str, *, limit: int = 10, doc_type: str | None = None,
               kind: str | None = "passage") -> list[Hit]:
        """Best hits first; ``kind`` None searches passages and records alike."""
        q = self.parse(query)
        filters = [Term("doc_type", doc_type)] if doc_type else []
        if kind:
            filters.append(Term("kind", kind))
        results = self.searcher.search(q, limit=limit, filter=And(filters) if filters else None,
                                       terms=True)
        results.fragmenter = highlight.ContextFragmenter(maxchars=240, surround=80)
        results.formatter = _Marker()
        return [self._hit(r) for r in results]

    @staticmethod
    def _hit(r) -> Hit:
        text = r["body"]
        snippet = r.highlights("body", top=2) or r.highlights("heading") or text[:200]
        when = r.get("date")
        return Hit(doc=r["doc"], document_id=r["document_id"], kind=r["kind"], text=text,
                   snippet=re.sub(r"\s+", " ", snippet).strip(), page=r["page"] or None,
                   title=r.get("title") or None, date=when.date().isoformat() if when else None,
                   doc_type=r.get("doc_type"), heading=r.get("heading", ""), score=r.score,
                   start=r.get("start"), end=r.get("end"))


def open_index(home: str | Path) -> SearchIndex:
    """Open the index in a data directory, creating it when missing."""
    path = Path(home) / INDEX_DIRNAME
    path.mkdir(parents=True, exist_ok=True)
    if index.exists_in(str(path)):
        return SearchIndex(index.open_dir(str(path)))
    return SearchIndex(index.create_in(str(path), SCHEMA))


def remove_index(home: str | Path) -> None:
    shutil.rmtree(Path(home) / INDEX_DIRNAME, ignore_errors=True)
