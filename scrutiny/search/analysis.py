"""The searched fields' terms for a passage, in one pass over its words.

Whoosh analyses a field through a chain of generators that make a Token object per
word, once per field; with two searched fields that was a tenth of ingest. Here the
words are found once and both fields' terms made from them by the same rules, read off
the schema's own analyzers (tokenizer pattern, stop words, minimum size, stemmer), so
the terms, frequencies, weights and positions are Whoosh's (tests/test_search_analysed.py
checks them against Whoosh). A chain of any other shape is left to Whoosh.
"""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh.analysis import LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.formats import Positions

STEM_CACHE_LIMIT = 200_000  # distinct words remembered per process before starting afresh
_UNKNOWN = object()


class WordRules:
    """What one analyzer does to a text's words, if it is a chain this module knows:
    a regex tokenizer, lower-casing, then optionally stop words and a stemmer."""

    def __init__(self, analyzer):
        items = list(getattr(analyzer, "items", [analyzer]))
        self.known = (len(items) >= 2 and type(items[0]) is RegexTokenizer and not items[0].gaps
                      and type(items[1]) is LowercaseFilter)
        self.pattern = items[0].expression if self.known else None
        self.stops, self.minsize, self.maxsize, self.stem = None, 0, None, None
        for item in items[2:]:
            if type(item) is StopFilter and self.stops is None and self.stem is None and item.renumber:
                self.stops, self.minsize, self.maxsize = item.stops, item.min, item.max
            elif type(item) is StemFilter and self.stem is None and not item.ignore and not item.lang:
                self.stem = item.stemfn
            else:
                self.known = False
        self._stems: dict[str, str | None] = {}  # word -> term (None: a stop word)

    def terms(self, words: list[str]) -> dict[str, list[int]]:
        """Each term's positions, terms in order of first appearance (as Whoosh's)."""
        positions: dict[str, list[int]] = {}
        stems, learn = self._stems, self._learn
        # Stop words leave no gap: the first kept word keeps its position, the rest follow it.
        first = None
        for pos, word in enumerate(words):
            term = stems.get(word, _UNKNOWN)
            if term is _UNKNOWN:
                term = learn(word)
            if term is None:
                continue
            if self.stops is None:
                first = pos
            else:
                first = pos if first is None else first + 1
            positions.setdefault(term, []).append(first)
        return positions

    def _learn(self, word: str) -> str | None:
        """A word's term, or None for a word the stop filter drops; remembered."""
        kept = self.stops is None or (len(word) >= self.minsize and (self.maxsize is None or len(word) <= self.maxsize)
                                      and word not in self.stops)
        term = (self.stem(word) if self.stem else word) if kept else None
        if len(self._stems) >= STEM_CACHE_LIMIT:
            self._stems.clear()
        self._stems[word] = term
        return term


class FieldAnalysis:
    """Turns texts into a field's index terms: (term bytes, frequency, weight, positions)."""

    def __init__(self, field):
        self.field = field
        self.rules = WordRules(field.analyzer)
        fmt = field.format
        self.known = self.rules.known and type(fmt) is Positions
        self._encode = fmt.encode
        self._boost = fmt.field_boost
        self._single: dict[int, bytes] = {}  # a lone position's encoding

    def terms(self, text: str, words: list[str] | None = None) -> tuple:
        if not self.known:
            return tuple(self.field.index(text))
        if words is None:
            words = words_of(text, self.rules.pattern)
        encode, boost, single = self._encode, self._boost, self._single
        out = []
        for term, ps in self.rules.terms(words).items():
            if len(ps) == 1:  # most terms: the encoding depends on the position alone
                value = single.get(ps[0])
                if value is None:
                    value = single[ps[0]] = encode(ps)
            else:
                value = encode(ps)
            out.append((term.encode("utf-8"), len(ps), len(ps) * boost, value))
        return tuple(out)


def words_of(text: str, pattern) -> list[str]:
    """The words the tokenizer ``pattern`` finds, lower-cased after finding them, as Whoosh does."""
    if text.isascii():  # lower-casing first finds the same words, and is one call
        return _findall(pattern)(text.lower())
    return [m.group(0).lower() for m in pattern.finditer(text)]


@lru_cache(maxsize=16)
def _findall(pattern):
    """``pattern.findall`` returning whole matches: its groups made non-capturing."""
    return re.compile(re.sub(r"(?<!\\)\((?!\?)", "(?:", pattern.pattern), pattern.flags).findall
