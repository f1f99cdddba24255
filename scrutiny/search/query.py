"""From what a user types to a Whoosh query and filter.

Field words (``person:"Alex Murray"``, ``role:DCC``, ``board:LCJB``, ``doc:…``,
``kind:action``, ``type:minutes``, ``date:[2023-01-01 TO 2023-06-30]``, ``date:2023``)
become filters, exactly like the command's options (so they narrow, never widen);
everything else goes through one Whoosh parser over body, heading and title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import date

from whoosh import qparser
from whoosh.query import And, AndNot, BinaryQuery, CompoundQuery, Not, NullQuery, Or, Term, TermRange

from ..errors import BadQuery
from .schema import EXACT_QUERY_SCHEMA, SCHEMA, TEXT_FIELDS

PHRASE_BOOST = 3
FILTER_FIELDS = {"person": "person", "role": "role", "board": "board", "doc": "doc", "kind": "kind",
                 "type": "doc_type", "doc_type": "doc_type"}
_FIELD_WORD = re.compile(r'\b(?P<field>%s):(?:"(?P<quoted>[^"]*)"|(?P<word>[^\s()]+))' % "|".join(FILTER_FIELDS),
                         re.I)
_DATE_RANGE = re.compile(r"\bdate:(?:\[\s*(?P<start>[\d-]+)\s+to\s+(?P<end>[\d-]+)\s*\]|(?P<year>\d{4})\b)", re.I)
_PLAIN_WORDS = re.compile(r"[\w' ’-]+")
_OPERATORS = re.compile(r"\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b")  # Whoosh's, in capitals


@dataclass(frozen=True)
class SearchRequest:
    """A search, as the command's options and the query's field words describe it."""

    query: str
    limit: int = 10
    kind: str | None = None  # None: passages and records alike
    doc_type: str | None = None
    board: str | None = None
    person: str | None = None
    role: str | None = None
    doc: str | None = None
    since: str | None = None
    until: str | None = None
    sort: str = "relevance"
    exact: bool = False
    facets: bool = False

    def __post_init__(self):
        if self.sort not in ("relevance", "date"):
            raise ValueError("'sort' must be relevance or date")
        if self.limit < 1:
            raise ValueError("'limit' must be at least 1")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise BadQuery(f"--{name} must be a date as YYYY-MM-DD, not {value!r}") from None


@dataclass
class ParsedRequest:
    request: SearchRequest
    text: str  # the words left for the parser
    filters: dict = field(default_factory=dict)  # schema field -> value


def check_balanced(query: str) -> None:
    if query.count('"') % 2:
        raise BadQuery(f"unbalanced quote in query {query!r}")
    for open_, close in ("()", "[]"):
        depth = 0
        for ch in query:
            depth += (ch == open_) - (ch == close)
            if depth < 0:
                break
        if depth:
            raise BadQuery(f"unbalanced {open_}{close} in query {query!r}")


def split_field_words(request: SearchRequest) -> ParsedRequest:
    """Take filter field words out of the query text; options win over field words."""
    filters = {}
    for m in _FIELD_WORD.finditer(request.query):
        filters[FILTER_FIELDS[m.group("field").lower()]] = m.group("quoted") if m.group("quoted") is not None \
            else m.group("word")
    options = {"person": request.person, "role": request.role, "board": request.board, "doc": request.doc,
               "kind": request.kind, "doc_type": request.doc_type}
    filters.update({k: v for k, v in options.items() if v})
    since, until = request.since, request.until
    for m in _DATE_RANGE.finditer(request.query):
        start, end = (m.group("start"), m.group("end")) if m.group("start") else (m.group("year"),) * 2
        since = since or _as_date(start, first=True)
        until = until or _as_date(end, first=False)
    text = _DATE_RANGE.sub(" ", _FIELD_WORD.sub(" ", request.query)).strip()
    return ParsedRequest(replace(request, since=since, until=until), text, filters)


def _as_date(value: str, first: bool) -> str:
    """'2023' -> 2023-01-01 or 2023-12-31; '20230630' or '2023-06-30' -> 2023-06-30."""
    digits = value.replace("-", "")
    if len(digits) == 4:
        return f"{digits}-01-01" if first else f"{digits}-12-31"
    if len(digits) == 8:
        iso = f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
        try:
            return date.fromisoformat(iso).isoformat()
        except ValueError:
            pass
    raise BadQuery(f"cannot read {value!r} as a date: use YYYY-MM-DD")


@lru_cache(maxsize=8)
def build_parser(exact: bool = False, every_word: bool = False) -> qparser.QueryParser:
    """The one parser every user query goes through: words joined by OR, or by AND;
    stemmed, or as written (``exact``, checked against the text: see exact.py).

    Cached: building one costs more than parsing a query with it."""
    group = qparser.AndGroup if every_word else qparser.OrGroup.factory(0.9)
    if exact:
        parser = qparser.MultifieldParser(["exact"], EXACT_QUERY_SCHEMA, group=group)
    else:
        parser = qparser.MultifieldParser(TEXT_FIELDS, SCHEMA, group=group)
    parser.add_plugin(qparser.FuzzyTermPlugin())
    return parser


def is_plain_words(text: str) -> bool:
    """Several words and nothing else: no operators, quotes, fields or wildcards."""
    return bool(_PLAIN_WORDS.fullmatch(text)) and len(text.split()) > 1 and not _OPERATORS.search(text)


def without_negated(q):
    """``a b NOT c`` as a reader means it, a or b but never c: Whoosh's OR of words reads
    it as a, b or anything without c. Every OR holding a NOT becomes its other parts
    AND NOT the negated ones, wherever it is in the query."""
    if isinstance(q, BinaryQuery):
        q = q.copy()
        q.a, q.b = without_negated(q.a), without_negated(q.b)
        return q
    if isinstance(q, Not):
        q = q.copy()
        q.query = without_negated(q.query)
        return q
    if not isinstance(q, CompoundQuery):
        return q
    parts = [without_negated(sub) for sub in q.subqueries]
    negated = [sub.query for sub in parts if isinstance(sub, Not)] if isinstance(q, Or) else []
    kept = [sub for sub in parts if not isinstance(sub, Not)] if negated else parts
    q = q.copy()
    q.subqueries = kept
    if not negated or not kept:
        q.subqueries = parts
        return q
    positive = kept[0] if len(kept) == 1 else q
    return AndNot(positive, negated[0] if len(negated) == 1 else Or(negated))


def parse_text(text: str, exact: bool, every_word: bool = False, phrase: bool = True):
    """The scored part of the query; plain words also rank as a phrase unless ``phrase`` is off."""
    if phrase and is_plain_words(text):
        text = f'({text}) OR "{text}"^{PHRASE_BOOST}'
    try:
        # NOT is read before Whoosh flattens nested groups, so it keeps to its group.
        query = without_negated(build_parser(exact, every_word).parse(text, normalize=False)).normalize()
    except Exception as e:  # whoosh raises many kinds for bad syntax
        raise BadQuery(f"cannot parse query {text!r}: {e}") from e
    if query is None or query is NullQuery:
        raise BadQuery(f"cannot parse query {text!r}")
    return query


def phrase_key(text: str) -> str:
    """Words only, lower-cased, one space apart: for checking a phrase in a hit's text."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def phrase_pattern(text: str) -> re.Pattern:
    """Finds text's words in a row in casefolded text, anything not a word between them:
    ``phrase_pattern(a).search(b.casefold())`` as ``phrase_key(a) in phrase_key(b)``, ten times faster."""
    return re.compile(r"\W+".join(re.escape(word) for word in phrase_key(text).split()))


def _matching_terms(searcher, fieldname: str, needle: str, whole: bool) -> list[str]:
    """Indexed values of a keyword field that match the needle (case-insensitive)."""
    needle = needle.casefold().strip()
    values = [t.decode("utf-8") for t in searcher.lexicon(fieldname)]
    if whole:
        return [v for v in values if v.casefold() == needle]
    return [v for v in values if needle in v.casefold()]


def build_filter(searcher, parsed: ParsedRequest):
    """Every filter as one query; None when nothing filters."""
    parts = []
    for name, value in parsed.filters.items():
        if name in ("person", "board", "role"):
            terms = _matching_terms(searcher, name, value, whole=name == "role")
            parts.append(Or([Term(name, t) for t in terms]) if terms else NullQuery)
        else:
            parts.append(Term(name, value))
    request = parsed.request
    if request.since or request.until:
        parts.append(TermRange("date", request.since, request.until))  # ISO dates range as text
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)
