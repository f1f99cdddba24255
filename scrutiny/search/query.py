"""From what a user types to a Whoosh query and filter.

Field words (``person:"Alex Murray"``, ``role:DCC``, ``board:LCJB``, ``doc:…``,
``kind:action``, ``type:minutes``) become filters, exactly like the command's
options; ISO dates in ranges are accepted (``date:[2023-01-01 TO 2023-06-30]``);
everything else goes through one Whoosh parser over body, heading and title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

from whoosh import qparser
from whoosh.qparser.dateparse import DateParserPlugin
from whoosh.query import And, DateRange, NullQuery, Or, Term

from ..errors import BadQuery
from .schema import SCHEMA, TEXT_FIELDS

PHRASE_BOOST = 3
FILTER_FIELDS = {"person": "person", "role": "role", "board": "board", "doc": "doc", "kind": "kind",
                 "type": "doc_type", "doc_type": "doc_type"}
_FIELD_WORD = re.compile(r'\b(?P<field>%s):(?:"(?P<quoted>[^"]*)"|(?P<word>[^\s()]+))' % "|".join(FILTER_FIELDS),
                         re.I)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_PLAIN_WORDS = re.compile(r"[\w' ’-]+")


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
    text = _FIELD_WORD.sub(" ", request.query).strip()
    return ParsedRequest(request, text, filters)


def build_parser(fields: list[str]) -> qparser.QueryParser:
    """The one parser every user query goes through."""
    parser = qparser.MultifieldParser(fields, SCHEMA, group=qparser.OrGroup.factory(0.9))
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(DateParserPlugin(free=False))
    return parser


def parse_text(text: str, exact: bool):
    """The scored part of the query; plain words also rank as a phrase."""
    if _PLAIN_WORDS.fullmatch(text) and len(text.split()) > 1:
        text = f'({text}) OR "{text}"^{PHRASE_BOOST}'
    text = _ISO_DATE.sub(r"\1\2\3", text)
    try:
        query = build_parser(["exact"] if exact else TEXT_FIELDS).parse(text)
    except Exception as e:  # whoosh raises many kinds for bad syntax
        raise BadQuery(f"cannot parse query {text!r}: {e}") from e
    if query is None or query is NullQuery:
        raise BadQuery(f"cannot parse query {text!r}")
    return query


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
        start = datetime.combine(date.fromisoformat(request.since), time.min) if request.since else None
        end = datetime.combine(date.fromisoformat(request.until), time.max) if request.until else None
        parts.append(DateRange("date", start, end))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def without_filters(request: SearchRequest) -> SearchRequest:
    return replace(request, person=None, role=None, board=None, doc=None, kind=None, doc_type=None,
                   since=None, until=None)
