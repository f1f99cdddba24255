"""The Whoosh index: the only part of scrutiny that imports whoosh (with schema.py, query.py
and every_word.py).

Three verbs: ``open_index`` (create when missing), ``SearchIndex.write`` (replace
documents' passages in one commit) and ``SearchIndex.query``. A process opens
the index once and keeps one searcher, so hits come from the index alone. Plain
words, the common query, take the fast path of every_word.py; snippets come from
snippets.py rather than Whoosh's highlighter, several times slower.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

from whoosh import collectors, index, searching, sorting

from ..errors import BadQuery, IndexOutdated
from .passages import Passage
from .query import (SearchRequest, build_filter, check_balanced, is_plain_words, parse_text, phrase_pattern,
                    split_field_words)
from .every_word import term_texts, top_every_word
from .exact import ExactMatch, candidates
from .generations import current_index_dir, new_index_dir, publish, remove_all
from .codec import FilingSegmentWriter
from .schema import EXACT_ANALYZER, SCHEMA, passage_to_fields, schema_signature
from .snippets import Snippets, one_line

INDEX_DIRNAME = "index"  # where the index lives until a rebuild publishes a generation (generations.py)
FACET_FIELDS = ("doc_type", "board", "year", "person")
SUGGEST_BELOW = 3  # offer "did you mean" when a query finds fewer hits than this
WRITE_LIMIT_MB = 128  # a writer's pool of postings; Whoosh sorts them on disk beyond it (slowly)
PHRASE_WINDOW = 50  # top all-words hits re-ranked by whether they hold the phrase
# The fields whose terms snippets mark in a hit's body, in this order of preference.
SNIPPETS = {"content": Snippets(SCHEMA["content"].analyzer), "exact": Snippets(EXACT_ANALYZER)}


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


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split(",") if v)


def stored_counts(hits, name: str) -> list[tuple[str, int]]:
    """Facet counts from the hits' stored values (a comma list counts each of its values)."""
    counts: dict[str, int] = {}
    for hit in hits:
        value = hit.get(name)
        values = _split(value) if name in ("board", "person") else [value]
        for v in dict.fromkeys(v.strip() for v in values if v):
            counts[v] = counts.get(v, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _keep_matchers(collector) -> None:
    """Stop Whoosh swapping in simpler matchers as sub-matchers run out: the coordination bonus
    of an OR (OrGroup.factory) then counts fewer terms, so the passages scored after the swap
    (in a later segment, say) score lower, and the top hits depended on how the index was
    segmented ("body worn video": a 4.2 hit missing from the top 5 of a two-segment index)."""
    while collector is not None:
        if isinstance(collector, collectors.ScoredCollector):
            collector.replace = 0
        collector = getattr(collector, "child", None)


def _snippet(text: str, terms: dict[str, frozenset[str]]) -> str:
    """The query's terms marked in a hit's stored body: content's (stemmed) when they are there, else
    exact's; the start of the body when neither is."""
    for name, snippets in SNIPPETS.items():
        if terms[name] and (found := snippets.snippet(text, terms[name])):
            return found
    return text[:200]


def _query_terms(results) -> dict[str, frozenset[str]]:
    """The query's terms (wildcards expanded) in each field that snippets mark."""
    terms: dict[str, set[str]] = {name: set() for name in SNIPPETS}
    for name, text in results.query_terms(expand=True):
        if name in terms:
            terms[name].add(text.decode("utf-8") if isinstance(text, bytes) else text)
    return {name: frozenset(found) for name, found in terms.items()}


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
        writer = FilingSegmentWriter(self._ix, limitmb=WRITE_LIMIT_MB)
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
            # Not refresh(): in whoosh-reloaded 2.7.5 it can miss deletions and count merged
            # segments twice. A new searcher opens on the next query.
            self._searcher.close()
            self._searcher = None
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
        if request.exact:
            return self._exact(parsed.text, filter_, request)
        if is_plain_words(parsed.text):
            # Passages with every word first, those holding the words as a phrase above them:
            # far cheaper than a phrase query or ranking every passage with any word, and what
            # a reader wants. Any-word hits only fill what is left.
            strict = parse_text(parsed.text, False, every_word=True, phrase=False)
            result = self._run(strict, filter_, request, phrase=phrase_pattern(parsed.text))
            if len(result.hits) < max(request.limit, SUGGEST_BELOW):  # (parsing costs)
                q = parse_text(parsed.text, False, phrase=False)
                if len(result.hits) < request.limit:
                    self._fill(result, q, filter_, request)
        else:
            q = parse_text(parsed.text, False)
            result = self._run(q, filter_, request)
        if len(result.hits) < SUGGEST_BELOW:
            self._suggest(result, parsed.text, q, filter_, request)
        return result

    def _run(self, q, filter_, request: SearchRequest, phrase: re.Pattern | None = None) -> SearchResult:
        window = max(PHRASE_WINDOW, request.limit) if phrase else request.limit
        found = None
        if phrase and request.sort == "relevance" and not request.facets:
            found = self._every_word(q, filter_, window)
        results, total = found or self._whoosh_search(q, filter_, request, window)
        # Not list(results): its length hint makes Whoosh re-run the query to count every match.
        if request.sort == "date":
            ranked = self._dated_first(results, request.limit)
        elif phrase:
            ranked = self._phrase_first(results[:window], phrase)
        else:
            ranked = results[:request.limit]
        terms = _query_terms(results)
        out = SearchResult([self._hit(r, terms) for r in ranked[:request.limit]], total)
        if request.facets:
            out.facets = {name: self._counts(results, name) for name in FACET_FIELDS}
        return out

    def _exact(self, text: str, filter_, request: SearchRequest) -> SearchResult:
        """``--exact``: passages found by the stemmed words, kept if their words match as written."""
        q = parse_text(text, True)
        match = ExactMatch(q)
        kept, total = self._checked(candidates(q), filter_, request, match)
        if request.sort == "date":
            kept = self._dated_first(kept, len(kept))
        terms = {"content": frozenset(), "exact": match.words}
        out = SearchResult([self._hit(r, terms) for r in kept[:request.limit]], total)
        if request.facets:
            out.facets = {name: stored_counts(kept, name) for name in FACET_FIELDS}
        return out

    def _checked(self, q, filter_, request: SearchRequest, match: ExactMatch) -> tuple[list, int | None]:
        """The hits of ``q`` that ``match`` keeps, in order, enough of them for the request (all of
        them for facets), and how many there are when every candidate was checked."""
        wanted = None if request.facets else request.limit
        limit = max(4 * request.limit, 100)
        plain = replace(request, facets=False)
        while True:
            results, _ = self._whoosh_search(q, filter_, plain, limit)
            kept = [r for r in results if match(f"{r.get('heading', '')}\n{r['body']}")]
            if request.sort == "date" or results.scored_length() < limit:
                return kept, len(kept)  # every candidate checked (date order sorts them all)
            if wanted is not None and len(kept) >= wanted:
                return kept, None
            limit *= 4

    def _every_word(self, q, filter_, limit: int):
        """Results for an AND of plain words read straight from the postings (every_word.py), with
        how many passages hold every word; None when the query is not one it answers."""
        terms = term_texts(q)
        if terms is None:
            return None
        allowed = set(self.searcher.docs_for_query(filter_)) if filter_ is not None else None
        found = top_every_word(self.searcher, *terms, limit, allowed)
        if found is None:
            return None
        top, total = found
        return searching.Results(self.searcher, q, top), total

    def _whoosh_search(self, q, filter_, request: SearchRequest, limit: int):
        kwargs = {"filter": filter_}
        if request.facets:
            facets = sorting.Facets()
            for name in FACET_FIELDS:
                facets.add_field(name, allow_overlap=name in ("board", "person"))
            kwargs["groupedby"] = facets
        if request.sort == "date":
            collector = self.searcher.collector(limit=None, sortedby="date", reverse=True, **kwargs)
        else:
            collector = self.searcher.collector(limit=limit, **kwargs)
        _keep_matchers(collector)
        self.searcher.search_with_collector(q, collector)
        results = collector.results()
        return results, len(results) if results.has_exact_length() else None

    def _fill(self, result: SearchResult, q, filter_, request: SearchRequest) -> None:
        loose = self._run(q, filter_, request)
        seen = {(h.document_id, h.start, h.end, h.kind) for h in result.hits}
        extra = [h for h in loose.hits if (h.document_id, h.start, h.end, h.kind) not in seen]
        result.hits += extra[:request.limit - len(result.hits)]
        result.total = loose.total
        if request.facets:
            result.facets = loose.facets

    @staticmethod
    def _phrase_first(hits, phrase: re.Pattern) -> list:
        """Hits holding the words as a phrase first, each group in score order."""
        held = [bool(phrase.search(f"{h.get('heading', '')} {h['body']}".casefold())) for h in hits]
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
    def _hit(r, terms: dict[str, frozenset[str]]) -> Hit:
        text = r["body"]
        return Hit(doc=r["doc"], document_id=r["document_id"], kind=r["kind"], text=text,
                   snippet=one_line(_snippet(text, terms)), page=r["page"] or None,
                   title=r.get("title") or None, date=r.get("date") or None,
                   doc_type=r.get("doc_type"), heading=r.get("heading", ""), score=float(r.score) if isinstance(r.score, (int, float)) else 0.0,  # a sort key when sorted
                   start=r.get("start"), end=r.get("end"), people=_split(r.get("person")),
                   boards=_split(r.get("board")))


def open_index(home: str | Path, *, rebuild_outdated: bool = True) -> SearchIndex:
    """Open the live index of a data directory (see generations.py), creating it when missing.

    ``fresh`` is True when the index holds nothing (just created, or created by a run
    killed before it filled it): ingest then fills it again from the store. An index
    whose schema is not this version's is replaced by an empty one, published as a new
    generation so a search that has the old one open keeps going; with
    ``rebuild_outdated`` off it is left alone and :class:`IndexOutdated` raised instead.
    """
    home = Path(home)
    path = current_index_dir(home)
    if index.exists_in(str(path)):
        ix = index.open_dir(str(path))
        if schema_signature(ix.schema) == schema_signature(SCHEMA):
            opened = SearchIndex(ix)
            opened.fresh = ix.doc_count() == 0
            return opened
        ix.close()
        if not rebuild_outdated:
            raise IndexOutdated("the search index was built by an older scrutiny: "
                                "run 'scrutiny reindex' to rebuild it from the store")
        path = new_index_dir(home)
        created = create_index_at(path)
        publish(home, path)
    else:
        path.mkdir(parents=True, exist_ok=True)
        created = create_index_at(path)
    created.fresh = True
    return created


def create_index_at(path: str | Path) -> SearchIndex:
    """A new, empty index in a directory (a generation being built, or the live one)."""
    return SearchIndex(index.create_in(str(path), SCHEMA))


def remove_index(home: str | Path) -> None:
    """Remove the index, every generation of it."""
    remove_all(home)
