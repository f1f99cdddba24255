"""NOT means "without": ``victims NOT domestic`` finds victims, never domestic, and never
passages that merely lack "domestic" (what Whoosh's OR of words made of it)."""

from __future__ import annotations

import pytest

from scrutiny.search import Passage, SearchRequest, open_index
from scrutiny.search.query import is_plain_words

TEXTS = {
    "p1": "Support for victims of crime was reviewed.",
    "p2": "Domestic abuse victims now see an advocate sooner.",
    "p3": "Court witnesses waited too long for their hearings.",
    "p4": "Witnesses were thanked for giving evidence.",
    "p5": "The budget for the coming year was agreed.",
}


@pytest.fixture()
def index(tmp_path):
    ix = open_index(tmp_path)
    ix.write([Passage(id=k, document_id="d", doc="doc", title=None, doc_type="minutes", date=None, page=1,
                      heading="Minutes", text=t, start=0, end=len(t)) for k, t in TEXTS.items()])
    yield ix
    ix.close()


def _ids(index, query: str, **options) -> set[str]:
    hits = index.query(SearchRequest(query, limit=10, **options)).hits
    return {k for h in hits for k, t in TEXTS.items() if h.text == t}


@pytest.mark.parametrize("exact", [False, True])
def test_not_excludes_without_admitting_everything_else(index, exact):
    assert _ids(index, "victims NOT domestic", exact=exact) == {"p1"}
    assert _ids(index, "(victims OR witnesses) NOT domestic", exact=exact) == {"p1", "p3", "p4"}
    assert _ids(index, "victims OR (witnesses NOT court)", exact=exact) == {"p1", "p2", "p4"}
    assert _ids(index, "victims AND NOT domestic", exact=exact) == {"p1"}


def test_a_query_with_operators_is_not_plain_words():
    assert is_plain_words("victims domestic abuse")
    assert not is_plain_words("victims NOT domestic")
    assert not is_plain_words("victims AND witnesses")
    assert is_plain_words("victims and not domestic")  # lower case: words, not operators
