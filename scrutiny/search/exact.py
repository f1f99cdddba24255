"""Exact-word search (``--exact``) without an index of exact words.

The index keeps only stemmed words: a second field of every word as written doubled
the postings of every passage, half the cost of ingest's index writes, for a mode few
searches use. An exact query is answered in two steps instead. Its words, stemmed,
find the candidates (a passage holding "chairs" holds the stem "chair"), and each
candidate's stored heading and body are then checked word for word against the exact
query: terms, phrases, AND, OR and NOT. Wildcards, fuzzy terms and ranges are not
checked word for word: they match as they do without ``--exact``.
"""

from __future__ import annotations

from whoosh.query import (And, AndMaybe, AndNot, DisjunctionMax, Every, Not, NullQuery, Or, Phrase, Query,
                          Require, Term)

from .analysis import WordRules, words_of
from .schema import EXACT_ANALYZER, SCHEMA

EXACT_FIELD = "exact"  # the field exact queries are parsed into (EXACT_QUERY_SCHEMA); not indexed
_EXACT_PATTERN = WordRules(EXACT_ANALYZER).pattern  # its words, lower-cased: all the analyzer does


def _stems(word: str) -> list[str]:
    return [t.text for t in SCHEMA["content"].analyzer(word)]


def candidates(q: Query) -> Query:
    """A query on the stemmed field that finds every passage the exact query matches (and more)."""
    found = _candidates(q)
    return Every() if found is None else found


def _candidates(q: Query) -> Query | None:
    """None: nothing narrows the candidates (a stop word, a NOT)."""
    if isinstance(q, Term) and q.fieldname == EXACT_FIELD:
        stems = _stems(q.text)
        return Term("content", stems[0], boost=q.boost) if stems else None
    if isinstance(q, Phrase) and q.fieldname == EXACT_FIELD:
        stems = [s for word in q.words for s in _stems(word)]
        if len(stems) < 2:
            return Term("content", stems[0], boost=q.boost) if stems else None
        return Phrase("content", stems, slop=q.slop, boost=q.boost)
    if isinstance(q, Not) or q is NullQuery:
        return None
    if isinstance(q, (AndNot, AndMaybe)):
        return _candidates(q.a)
    if isinstance(q, Require):
        return _all([q.a, q.b], q.boost)
    if isinstance(q, And):
        return _all(q.subqueries, q.boost)
    if isinstance(q, (Or, DisjunctionMax)):
        parts = [_candidates(sub) for sub in q.subqueries]
        return None if any(p is None for p in parts) else q.__class__(parts, boost=q.boost)
    if getattr(q, "fieldname", None) == EXACT_FIELD:  # wildcard, fuzzy, range: searched stemmed
        q = q.copy()
        q.fieldname = "content"
    return q


def _all(subqueries, boost: float) -> Query | None:
    parts = [p for p in (_candidates(sub) for sub in subqueries) if p is not None]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts, boost=boost)


class ExactMatch:
    """Whether a passage's text matches an exact query, word for word."""

    def __init__(self, q: Query):
        self.query = q
        self.words = frozenset(t for name, t in q.iter_all_terms() if name == EXACT_FIELD)

    def __call__(self, text: str) -> bool:
        tokens = words_of(text, _EXACT_PATTERN)
        return _holds(self.query, tokens, set(tokens))


def _holds(q: Query, tokens: list[str], vocabulary: set[str]) -> bool:
    if isinstance(q, Term):
        return q.fieldname != EXACT_FIELD or q.text in vocabulary
    if isinstance(q, Phrase):
        return q.fieldname != EXACT_FIELD or _has_phrase(list(q.words), q.slop, tokens, vocabulary)
    if q is NullQuery:
        return False
    if isinstance(q, Not):
        return not _holds(q.query, tokens, vocabulary)
    if isinstance(q, AndNot):
        return _holds(q.a, tokens, vocabulary) and not _holds(q.b, tokens, vocabulary)
    if isinstance(q, AndMaybe):
        return _holds(q.a, tokens, vocabulary)
    if isinstance(q, Require):
        return _holds(q.a, tokens, vocabulary) and _holds(q.b, tokens, vocabulary)
    if isinstance(q, And):
        return all(_holds(sub, tokens, vocabulary) for sub in q.subqueries)
    if isinstance(q, (Or, DisjunctionMax)):
        return any(_holds(sub, tokens, vocabulary) for sub in q.subqueries)
    return True  # wildcards, fuzzy terms, ranges: matched stemmed, not checked


def _has_phrase(words: list[str], slop: int, tokens: list[str], vocabulary: set[str]) -> bool:
    """The words in this order, each at most ``slop`` positions after the one before (Whoosh's rule)."""
    if not words or any(w not in vocabulary for w in words):
        return not words
    ends = {i for i, t in enumerate(tokens) if t == words[0]}
    for word in words[1:]:
        ends = {i for i, t in enumerate(tokens) if t == word and any(0 < i - e <= slop for e in ends)}
        if not ends:
            return False
    return True
