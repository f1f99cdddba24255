"""The index schema, declared once, and how a passage becomes an index document."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from whoosh import fields
from whoosh.analysis import IDTokenizer, StandardAnalyzer, StemmingAnalyzer
from whoosh.formats import Frequency
from whoosh.system import pack_uint
from whoosh.lang.porter2 import stem as porter2_stem

from .analysis import FieldAnalysis, words_of
from .passages import Passage

# Porter2 instead of Whoosh's default Porter stemmer, which mangles words
# ("running" -> "runn") and so misses matches.
BODY_ANALYZER = StemmingAnalyzer(stemfn=porter2_stem)
# Exact-word mode checks words with this one: no stemming, no stop words (see exact.py).
EXACT_ANALYZER = StandardAnalyzer(stoplist=None)


class AnalysedText(fields.TEXT):
    """A TEXT field that also takes its terms ready-made (an :class:`Analysed`): the
    workers of a batch analyse passages in parallel and the single index writer only
    files the terms. Text is analysed as by TEXT, in one pass (analysis.py)."""

    def index(self, value, **kwargs):
        if isinstance(value, Analysed):
            return iter(value.terms)
        if isinstance(value, str) and not kwargs and self.analysis().known:
            return iter(self.analysis().terms(value))
        return super().index(value, **kwargs)

    def analysis(self) -> FieldAnalysis:
        analysis = self.__dict__.get("_fast")
        if analysis is None:
            analysis = self.__dict__["_fast"] = FieldAnalysis(self)
        return analysis

    def __getstate__(self):
        # The schema is pickled into the index's table of contents: not the analysis.
        state = self.__dict__.copy()
        state.pop("_fast", None)
        return state


class FastID(fields.ID):
    """An ID field whose one term is made directly, as Whoosh's IDTokenizer and Existence
    format would make it: through them, ten such fields cost a passage as much as its text."""

    def index(self, value, **kwargs):
        if kwargs or not isinstance(value, str) or type(self.analyzer) is not IDTokenizer:
            return super().index(value, **kwargs)
        return iter(((value.encode("utf-8"), 1, self.format.field_boost, b""),))


class FastKeyword(fields.KEYWORD):
    """A comma-separated KEYWORD field whose terms are made directly, as Whoosh's
    CommaSeparatedTokenizer, StripFilter, LowercaseFilter and Frequency format make them."""

    def __init__(self, lowercase: bool = False, **kwargs):
        super().__init__(lowercase=lowercase, commas=True, **kwargs)
        self.lowercase_terms = lowercase

    def index(self, value, **kwargs):
        if kwargs or not isinstance(value, str) or type(self.format) is not Frequency:
            return super().index(value, **kwargs)
        counts: dict[str, int] = {}
        for part in value.split(","):
            if part:  # the tokenizer's [^,]+ never matches an empty stretch
                word = part.strip().lower() if self.lowercase_terms else part.strip()
                counts[word] = counts.get(word, 0) + 1
        boost = self.format.field_boost
        return iter([(word.encode("utf-8"), n, n * boost, pack_uint(n)) for word, n in counts.items()])


class Analysed:
    """A field value as ``FieldType.index`` returns it: (term bytes, frequency, weight,
    encoded positions) for each distinct term."""

    __slots__ = ("terms",)

    def __init__(self, terms: tuple):
        self.terms = terms

    def __reduce__(self):
        return (Analysed, (self.terms,))


SCHEMA = fields.Schema(
    # Shown, never searched: as an indexed ID every passage added a term of its own, and
    # each term is a posting block to write.
    id=fields.STORED(),
    document_id=FastID(stored=True),
    doc=FastID(stored=True),
    # Title, heading and body are shown, not searched: queries search ``content``, and
    # indexing the parts as well would double the cost of every write.
    title=fields.STORED(),
    doc_type=FastID(stored=True),
    # YYYY-MM-DD: one term a passage, where a DATETIME indexed eight; ISO dates sort and
    # range as text.
    date=FastID(stored=True, sortable=True),
    year=FastID(stored=True),
    page=fields.STORED(),  # shown, never searched: a NUMERIC would index eight terms a passage
    heading=fields.STORED(),
    body=fields.STORED(),
    # What queries search: heading and body in one field, since an OR over several fields
    # costs several times more per word on a large index.
    content=AnalysedText(analyzer=BODY_ANALYZER),
    kind=FastID(stored=True),
    person=FastKeyword(stored=True, scorable=False),
    role=FastKeyword(stored=True, lowercase=True, scorable=False),
    board=FastKeyword(stored=True, scorable=False),
    start=fields.STORED(),
    end=fields.STORED(),
    stamp=fields.STORED(),  # the document's records digest and passage count: see stamp.py
)

TEXT_FIELDS = ["content"]
# What ``--exact`` queries are parsed into: words as written, checked against passages'
# stored text rather than looked up in the index (exact.py).
EXACT_QUERY_SCHEMA = fields.Schema(exact=fields.TEXT(analyzer=EXACT_ANALYZER))


def schema_signature(schema: fields.Schema) -> list[tuple[str, str]]:
    """Each field's name and kind: an index whose fields differ was built by another version."""
    return sorted((name, type(field).__name__) for name, field in schema.items())
# Records repeat the words of the passages they come from; a passage, which a reader can
# see in context, ranks first when both match equally.
RECORD_BOOST = 0.8


def _iso_to_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _keywords(values) -> str:
    # Commas separate keywords, so a comma inside a value would split it.
    return ",".join(v.replace(",", " ") for v in dict.fromkeys(values) if v)


ANALYSED_FIELDS = ("content",)


def searchable_text(p: Passage) -> str:
    return f"{p.heading}\n{p.text}"


_ANALYSES = {name: SCHEMA[name].analysis() for name in ANALYSED_FIELDS}  # the fields' own: one cache of stems


def analyse_text(text: str) -> dict[str, Analysed]:
    """The searched fields' terms for a text, as the index would make them (see analysis.py)."""
    found: dict = {}  # the words, shared by fields that find them with the same pattern
    out = {}
    for name, analysis in _ANALYSES.items():
        pattern = analysis.rules.pattern
        words = found.get(pattern)
        if words is None and analysis.known:
            words = found[pattern] = words_of(text, pattern)
        out[name] = Analysed(analysis.terms(text, words))
    return out


def analyse_passage(p: Passage) -> Passage:
    """The passage with its searched fields analysed, as the index would analyse them."""
    return replace(p, analysed=analyse_text(searchable_text(p)))


def passage_to_fields(p: Passage) -> dict:
    analysed = p.analysed or {}
    text = searchable_text(p)
    out = {"id": p.id, "document_id": p.document_id, "doc": p.doc, "title": p.title or "",
           "doc_type": p.doc_type or "other", "page": p.page if p.page is not None else 0,
           "heading": p.heading, "body": p.text, "content": analysed.get("content", text), "kind": p.kind,
           "person": _keywords(p.people), "role": _keywords(p.roles), "board": _keywords(p.boards),
           "start": p.start, "end": p.end, "stamp": p.stamp}
    when = _iso_to_datetime(p.date)
    if when:
        out["date"] = when.date().isoformat()
        out["year"] = str(when.year)
    if p.kind != "passage":
        out["_boost"] = RECORD_BOOST
    return out
