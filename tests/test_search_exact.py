"""``--exact``: stemmed candidates from the index, checked word for word against the stored text."""

from __future__ import annotations

import pytest
from whoosh.query import Every, Term

from scrutiny.search import Passage, SearchRequest, open_index
from scrutiny.search.exact import ExactMatch, candidates
from scrutiny.search.query import parse_text


def _match(query: str, text: str) -> bool:
    return ExactMatch(parse_text(query, True))(text)


@pytest.mark.parametrize("query, text, expected", [
    ("chairs", "The Chairs met.", True),
    ("chairs", "She chaired it; the chair spoke.", False),
    ('"chair of the board"', "As Chair of the Board she", True),
    ('"chair of the board"', "chairs of the board", False),
    ('"chair of the board"', "chair of a board", False),
    ("chairs AND board", "the chairs and the board", True),
    ("chairs AND board", "the chairs and the boards", False),
    ("chairs OR boards", "the chair and the boards", True),
    ("chairs AND NOT board", "the chairs", True),
    ("chairs AND NOT board", "the chairs and the board", False),
    ("the", "the board", True),
    ("victim*", "victims", True),  # wildcards are not checked word for word
])
def test_an_exact_query_is_checked_word_for_word(query, text, expected):
    assert _match(query, text) is expected


def test_candidates_are_the_stemmed_query_without_what_cannot_narrow_it():
    assert candidates(parse_text("chairs", True)) == Term("content", "chair")
    assert isinstance(candidates(parse_text("the", True)), Every)
    narrowed = candidates(parse_text("chairs AND NOT board", True, phrase=False))
    assert narrowed == Term("content", "chair")  # NOT cannot narrow: it is checked afterwards


def _passage(n: int, text: str, doc_type: str = "minutes", board: tuple[str, ...] = ()) -> Passage:
    return Passage(id=f"p{n}", document_id=f"d{n % 7}", doc=f"doc{n % 7}", title=None, doc_type=doc_type,
                   date=f"2023-01-{n % 28 + 1:02d}", page=1, heading="Minutes", text=text, start=0,
                   end=len(text), boards=board)


@pytest.fixture()
def index(tmp_path):
    # 300 passages say "chaired", 5 say "chairs": the exact ones lie beyond the first
    # round of candidates, so the search must widen to find them.
    passages = [_passage(n, f"The meeting was chaired by the Commissioner, item {n}. The chair chaired it again.")
                for n in range(300)]
    passages += [_passage(300 + n, f"Both chairs agreed, item {n}.", doc_type="report", board=("Audit",))
                 for n in range(5)]
    ix = open_index(tmp_path)
    ix.write(passages)
    yield ix
    ix.close()


def test_exact_search_finds_only_the_words_as_written(index):
    result = index.query(SearchRequest("chairs", exact=True, limit=3))
    assert len(result.hits) == 3
    assert all("chairs" in h.text for h in result.hits)
    assert all("**chairs**" in h.snippet for h in result.hits)
    stemmed = index.query(SearchRequest("chairs", limit=400))
    assert len(stemmed.hits) == 305


def test_exact_search_counts_every_match_and_its_facets(index):
    result = index.query(SearchRequest("chairs", exact=True, limit=2, facets=True))
    assert result.total == 5
    assert dict(result.facets["doc_type"]) == {"report": 5}
    assert dict(result.facets["board"]) == {"Audit": 5}


def test_exact_phrases_and_not(index):
    assert index.query(SearchRequest('"both chairs agreed"', exact=True)).total == 5
    assert index.query(SearchRequest('"both chair agreed"', exact=True)).hits == []
    hits = index.query(SearchRequest("chaired AND NOT chairs", exact=True, limit=500)).hits
    assert len(hits) == 300 and not any("chairs" in h.text for h in hits)


def test_exact_search_sorted_by_date_keeps_only_exact_hits(index):
    hits = index.query(SearchRequest("chairs", exact=True, sort="date", limit=10)).hits
    assert len(hits) == 5
    assert [h.date for h in hits] == sorted((h.date for h in hits), reverse=True)
