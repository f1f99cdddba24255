"""Snippets: the best stretches of a hit's text around the query's words, the words marked **so**.

Whoosh's highlighter runs the field's analyzer over the whole passage (a chain of Python
generators per token) and its fragmenter over every token: about 0.25 ms a passage, a
sixth of a search. Here the words are found with the analyzer's own tokenizer pattern,
each distinct word is mapped to its index term once (the analyzer run on that word alone,
then cached), and fragments are built from the matched words only — in the manner of
Whoosh's ContextFragmenter: context either side, nearby matches in one fragment, the
fragments with the most distinct words, then the most matches, shown in text order.
"""

from __future__ import annotations

import re

MARK_OPEN, MARK_CLOSE = "**", "**"
BETWEEN = " … "
MAX_CACHED_WORDS = 200_000  # words -> terms kept; a long-running process starts afresh past this


class Snippets:
    """Snippets for one field's analyzer."""

    def __init__(self, analyzer, maxchars: int = 240, surround: int = 80, top: int = 2):
        self.analyzer = analyzer
        self.pattern = analyzer.items[0].expression  # the RegexTokenizer's (a CompositeAnalyzer)
        self.maxchars, self.surround, self.top = maxchars, surround, top
        self._terms: dict[str, str | None] = {}

    def term(self, word: str) -> str | None:
        """The index term of a word as the analyzer makes it (None for none)."""
        try:
            return self._terms[word]
        except KeyError:
            if len(self._terms) > MAX_CACHED_WORDS:
                self._terms.clear()
            tokens = [t.text for t in self.analyzer(word, removestops=False)]
            term = self._terms[word] = tokens[0] if len(tokens) == 1 else None
            return term

    def snippet(self, text: str, terms: frozenset[str] | set[str]) -> str | None:
        """Up to ``top`` fragments of ``text`` with the words whose terms are in ``terms`` marked;
        None when no word matches."""
        term = self.term
        matches = [(m.start(), m.end(), t) for m in self.pattern.finditer(text)
                   if (t := term(m.group())) in terms]
        if not matches:
            return None
        fragments = self._fragments(matches)
        best = sorted(fragments, key=lambda f: (-len({t for _, _, t in f}), -len(f), f[0][0]))[:self.top]
        stretches: list[list[int]] = []
        for start, end in sorted(self._stretch(text, f) for f in best):
            if stretches and start <= stretches[-1][1]:  # overlapping context: one stretch
                stretches[-1][1] = max(end, stretches[-1][1])
            else:
                stretches.append([start, end])
        return BETWEEN.join(self._marked(text, start, end, matches) for start, end in stretches)

    def _fragments(self, matches: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
        """Matches grouped: a match joins the fragment before it while the fragment, with its
        context, stays within maxchars."""
        fragments: list[list[tuple[int, int, str]]] = []
        for match in matches:
            if fragments and match[1] - fragments[-1][0][0] + 2 * self.surround <= self.maxchars:
                fragments[-1].append(match)
            else:
                fragments.append([match])
        return fragments

    def _stretch(self, text: str, fragment: list[tuple[int, int, str]]) -> tuple[int, int]:
        """The fragment's matches with up to ``surround`` characters either side, cut at spaces."""
        first, last = fragment[0][0], fragment[-1][1]
        start = max(0, first - self.surround)
        if start:
            space = text.find(" ", start, first)
            start = space + 1 if space != -1 else first
        end = min(len(text), last + self.surround)
        if end < len(text):
            space = text.rfind(" ", last, end)
            end = space if space != -1 else last
        return start, end

    @staticmethod
    def _marked(text: str, start: int, end: int, matches: list[tuple[int, int, str]]) -> str:
        out, at = [], start
        for s, e, _ in matches:
            if s >= start and e <= end:
                out += [text[at:s], MARK_OPEN, text[s:e], MARK_CLOSE]
                at = e
        out.append(text[at:end])
        return "".join(out)

_SPACE = re.compile(r"\s+")


def one_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
