"""The Whoosh index: the only part of scrutiny that imports whoosh (with schema.py and query.py).

Three verbs: ``open_index`` (create when missing), ``SearchIndex.write`` (replace
documents' passages in one commit) and ``SearchIndex.query``. A process opens
the index once and keeps one searcher, so hits come from the index alone.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from whoosh import highlight, index, sorting

from ..errors import BadQuery, IndexOutdated
from .passages import Passage
from .query import (SearchRequest, build_filter, check_balanced, is_plain_words, parse_text, phrase_key,
                    split_field_words)
from .schema import SCHEMA, passage_to_fields

INDEX_DIRNAME = "index"
MARK_OPEN, MARK_CLOSE = "**", "**"
FACET_FIELDS = ("doc_type", "board", "year", "person")
SUGGEST_BELOW = 3
PHRASE_WINDOW = 50  # top all-words hits re-ranked by whether they hold the phrase  # offer "did you mean" when a query finds fewer hits than this


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
    people: tuple[str, ...] = ()
    boards: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"doc": self.doc, "kind": self.kind, "text": self.text, "snippet": self.snippet,
                "page": self.page, "title": self.title, "date": self.date, "score": round(self.score, 4),
                "doc_type": self.doc_type, "heading": self.heading, "people": list(self.people),
                "boards": list(self.boards), "document_id": self.document_id,
                "span": [self.start, self.end] if self.start is not None else None}


@dataclass
class SearchResult:
    hits: list[Hit]
    total: int | None  # every match, when Whoosh knows it exactly
    suggestion: str | None = None  # a spelling the index knows better
    corrected: bool = False  # True when the hits are for the suggestion
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


class _Marker(highlight.Formatter):
    """Marks matched terms with ** so any output format can show them."""

    between = " … "

    def format_token(self, text, token, replace=False):
        return f"{MARK_OPEN}{highlight.get_text(text, token, replace)}{MARK_CLOSE}"


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split(",") if v)


class SearchIndex:
    def __init__(self, ix):
        self._ix = ix
        self._searcher = None
        self.fresh = False  # True when just created: every stored document needs indexing

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
        if self._searcher is not None:
            self._searcher = self._searcher.refresh()
        return len(passages)

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

    # -- searching -----------------------------------------------------------

    def search(self, query: str, *, limit: int = 10, doc_type: str | None = None,
               kind: str | None = None) -> list[Hit]:
        """Best hits first (a shortcut for :meth:`query`)."""
        return self.query(SearchRequest(query, limit=limit, doc_type=doc_type, kind=kind)).hits

    def query(self, request: SearchRequest) -> SearchResult:
        check_balanced(request.query)
        parsed = split_field_words(request)
        if not parsed.text:
            raise BadQuery("empty query" if not request.query.strip() else
                           f"query {request.query!r} has only filters; add words to search for")
        filter_ = build_filter(self.searcher, parsed)
        if is_plain_words(parsed.text):
            # Passages with every word first, those holding the words as a phrase above them:
            # far cheaper than a phrase query or ranking every passage with any word, and what
            # a reader wants. Any-word hits only fill what is left.
            q = parse_text(parsed.text, request.exact, phrase=False)
            strict = parse_text(parsed.text, request.exact, every_word=True, phrase=False)
            result = self._run(strict, filter_, request, phrase=phrase_key(parsed.text))
            if len(result.hits) < request.limit:
                self._fill(result, q, filter_, request)
        else:
            q = parse_text(parsed.text, request.exact)
            result = self._run(q, filter_, request)
        if len(result.hits) < SUGGEST_BELOW and not request.exact:
            self._suggest(result, parsed.text, q, filter_, request)
        return result

    def _run(self, q, filter_, request: SearchRequest, phrase: str | None = None) -> SearchResult:
        kwargs = {"filter": filter_}
        if request.facets:
            facets = sorting.Facets()
            for name in FACET_FIELDS:
                facets.add_field(name, allow_overlap=name in ("board", "person"))
            kwargs["groupedby"] = facets
        if request.sort == "date":
            results = self.searcher.search(q, limit=None, sortedby="date", reverse=True, **kwargs)
        else:
            results = self.searcher.search(q, limit=request.limit, **kwargs)
        results.fragmenter = highlight.ContextFragmenter(maxchars=240, surround=80)
        results.formatter = _Marker()
        # Not list(results): its length hint makes Whoosh re-run the query to count every match.
        if request.sort == "date":
            ranked = self._dated_first(results, request.limit)
        elif phrase:
            ranked = self._phrase_first(results[:max(PHRASE_WINDOW, request.limit)], phrase)
        else:
            ranked = results[:request.limit]
        total = len(results) if results.has_exact_length() else None
        out = SearchResult([self._hit(r) for r in ranked[:request.limit]], total)
        if request.facets:
            out.facets = {name: self._counts(results, name) for name in FACET_FIELDS}
        return out

    def _fill(self, result: SearchResult, q, filter_, request: SearchRequest) -> None:
        loose = self._run(q, filter_, request)
        seen = {(h.document_id, h.start, h.end, h.kind) for h in result.hits}
        extra = [h for h in loose.hits if (h.document_id, h.start, h.end, h.kind) not in seen]
        result.hits += extra[:request.limit - len(result.hits)]
        result.total = loose.total
        if request.facets:
            result.facets = loose.facets

    @staticmethod
    def _phrase_first(hits, phrase: str) -> list:
        """Hits holding the words as a phrase first, each group in score order."""
        held = [phrase in phrase_key(f"{h.get('heading', '')} {h['body']}") for h in hits]
        return [h for h, yes in zip(hits, held) if yes] + [h for h, yes in zip(hits, held) if not yes]

    @staticmethod
    def _dated_first(results, limit: int) -> list:
        hits = [r for r in results]
        dated = [r for r in hits if r.get("date")]
        return (dated + [r for r in hits if not r.get("date")])[:limit]

    @staticmethod
    def _counts(results, name: str) -> list[tuple[str, int]]:
        groups = results.groups(name)
        counts = [(str(k), len(v)) for k, v in groups.items() if k not in (None, "")]
        return sorted(counts, key=lambda kv: (-kv[1], kv[0]))

    def _suggest(self, result: SearchResult, text: str, q, filter_, request: SearchRequest) -> None:
        corrected = self.searcher.correct_query(q, text, correctors=None)
        if corrected.query == q or corrected.string.strip() == text.strip():
            return
        result.suggestion = corrected.string
        if not result.hits:
            retry = self._run(parse_text(corrected.string, False), filter_, request)
            if retry.hits:
                retry.suggestion, retry.corrected = corrected.string, True
                result.__dict__.update(retry.__dict__)

    @staticmethod
    def _hit(r) -> Hit:
        text = r["body"]
        # The query's terms are on content or exact; mark them in the stored body text.
        snippet = r.highlights("content", text=text, top=2) or r.highlights("exact", text=text, top=2) \
            or text[:200]
        when = r.get("date")
        return Hit(doc=r["doc"], document_id=r["document_id"], kind=r["kind"], text=text,
                   snippet=re.sub(r"\s+", " ", snippet).strip(), page=r["page"] or None,
                   title=r.get("title") or None, date=when.date().isoformat() if when else None,
                   doc_type=r.get("doc_type"), heading=r.get("heading", ""), score=r.score or 0.0,
                   start=r.get("start"), end=r.get("end"), people=_split(r.get("person")),
                   boards=_split(r.get("board")))


def open_index(home: str | Path, *, rebuild_outdated: bool = True) -> SearchIndex:
    """Open the index in a data directory, creating it when missing.

    An index whose schema is not this version's is replaced by an empty one (``fresh``
    is then True, and ingest fills it again from the store); with ``rebuild_outdated``
    off it is left alone and :class:`IndexOutdated` raised instead.
    """
    path = Path(home) / INDEX_DIRNAME
    path.mkdir(parents=True, exist_ok=True)
    if index.exists_in(str(path)):
        ix = index.open_dir(str(path))
        if sorted(ix.schema.names()) == sorted(SCHEMA.names()):
            return SearchIndex(ix)
        ix.close()
        if not rebuild_outdated:
            raise IndexOutdated("the search index was built by an older scrutiny: "
                                "run 'scrutiny ingest PATH' to rebuild it from the store")
        shutil.rmtree(path)
        path.mkdir()
    searcher_index = SearchIndex(index.create_in(str(path), SCHEMA))
    searcher_index.fresh = True
    return searcher_index


def remove_index(home: str | Path) -> None:
    shutil.rmtree(Path(home) / INDEX_DIRNAME, ignore_errors=True)
