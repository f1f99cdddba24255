"""Every-word hits read straight from the postings (search/every_word.py) rank as Whoosh ranks.

The index spans several segments and posting blocks (more than 128 passages hold the
common words), holds records (boosted 0.8, so weights are not whole numbers), a word
found once (an inlined posting list) and deleted passages (a document written again).
"""

import pickle
import random
import zlib

import pytest
from whoosh.query import And, Term

from scrutiny.search import Passage, SearchRequest, open_index
from scrutiny.search.every_word import _deltas_and_weights, term_texts, top_every_word
from scrutiny.search.query import build_filter, parse_text, split_field_words

COMMON = ["police", "crime", "victims", "support", "services", "community", "safety"]
RARE = ["witness", "custody", "drones", "fraud", "cadets"]
FILLER = ["report", "plan", "meeting", "board", "update", "panel", "force", "local", "work", "new"]


def _passages(document: int, count: int, rng: random.Random) -> list[Passage]:
    out = []
    for k in range(count):
        words = [rng.choice(FILLER) for _ in range(rng.randint(8, 40))]
        words += rng.sample(COMMON, rng.randint(1, 4)) * rng.randint(1, 3)
        if rng.random() < 0.2:
            words.append(rng.choice(RARE))
        rng.shuffle(words)
        text = " ".join(words)
        out.append(Passage(id=f"d{document}:{k}", document_id=f"d{document}", doc=f"doc{document}",
                           title=f"Document {document}", doc_type="minutes" if document % 2 else "report",
                           date=f"20{10 + document}-03-01", page=k // 5 + 1, heading="Section", text=text,
                           start=k * 1000, end=k * 1000 + len(text),
                           kind="action" if k % 7 == 3 else "passage"))
    return out


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    rng = random.Random(11)
    home = tmp_path_factory.mktemp("every-word")
    with open_index(home) as ix:
        for document in range(6):  # one commit (segment) per document
            ix.write(_passages(document, 120, rng))
        ix.write(_passages(2, 90, rng))  # document 2 again: its first passages are deleted
        ix.write([Passage(id="once", document_id="d9", doc="doc9", title=None, doc_type="plan", date=None,
                          page=1, heading="", text="police zeppelin", start=0, end=15)])
    ix = open_index(home)
    yield ix
    ix.close()


def _whoosh_top(searcher, texts, limit, filter_=None):
    hits = searcher.search(And([Term("content", t) for t in texts]), limit=limit, filter=filter_)
    return [(hit.score, hit.docnum) for hit in hits]


def test_the_index_is_the_case_described(index):
    searcher = index.searcher
    assert len(searcher.leaf_searchers()) > 1
    assert any(r.has_deletions() for r, _ in searcher.reader().leaf_readers())
    assert searcher.doc_frequency("content", "polic") > 2 * 128
    assert searcher.doc_frequency("content", "zeppelin") == 1


@pytest.mark.parametrize("words", [["polic", "crime"], ["polic", "witness"], ["fraud", "cadet"],
                                   ["polic", "zeppelin"], ["custodi"], ["polic", "nosuchword"]])
def test_same_hits_scores_and_order_as_whoosh(index, words):
    top, total = top_every_word(index.searcher, "content", words, 25)
    assert top == _whoosh_top(index.searcher, words, 25)
    every = set(index.searcher.docs_for_query(And([Term("content", w) for w in words])))
    assert total == len(every)


def test_three_words_score_as_whoosh(index):
    # Whoosh adds three scores in another order: the last digit can differ, and so the order of ties.
    words = ["victim", "support", "servic"]
    top, total = top_every_word(index.searcher, "content", words, 10_000)
    whoosh = _whoosh_top(index.searcher, words, 10_000)
    assert total == len(top) == len(whoosh) > 10
    assert sorted((-round(s, 9), d) for s, d in top) == sorted((-round(s, 9), d) for s, d in whoosh)


def test_allowed_documents_narrow_as_a_whoosh_filter(index):
    parsed = split_field_words(SearchRequest("police crime type:minutes"))
    filter_ = build_filter(index.searcher, parsed)
    allowed = set(index.searcher.docs_for_query(filter_))
    top, _ = top_every_word(index.searcher, "content", ["polic", "crime"], 10, allowed)
    assert top == _whoosh_top(index.searcher, ["polic", "crime"], 10, filter_)
    assert top and all(index.searcher.stored_fields(d)["doc_type"] == "minutes" for _, d in top)


def test_only_plain_terms_of_one_field_take_the_fast_path():
    assert term_texts(parse_text("police crime", False, every_word=True, phrase=False)) == \
        ("content", ["polic", "crime"])
    assert term_texts(parse_text("police crime", True, every_word=True, phrase=False)) == \
        ("exact", ["police", "crime"])
    assert term_texts(parse_text("police OR crime", False, every_word=True)) is None
    assert term_texts(parse_text('"police crime"', False, every_word=True)) is None
    assert term_texts(parse_text("polic*", False, every_word=True)) is None


@pytest.mark.parametrize("query, options", [("police crime", {}), ("victims support services", {}),
                                            ("police crime", {"doc_type": "report"}),
                                            ("police witness", {"kind": "action"}),
                                            ("police crime", {"exact": True})])
def test_search_gives_the_same_hits_with_and_without_the_fast_path(index, monkeypatch, query, options):
    request = SearchRequest(query, limit=10, **options)
    fast = index.query(request).hits
    monkeypatch.setattr(type(index), "_every_word", lambda self, q, filter_, limit: None)
    slow = index.query(request).hits
    assert [(h.document_id, h.start, h.kind, h.snippet) for h in fast] == \
        [(h.document_id, h.start, h.kind, h.snippet) for h in slow]
    assert [h.score for h in fast] == pytest.approx([h.score for h in slow])


@pytest.mark.parametrize("count", [1, 3, 4, 5, 128])
@pytest.mark.parametrize("weights", ["none", "same", "each"])
@pytest.mark.parametrize("values", ["positions", "fixed", "none"])
@pytest.mark.parametrize("compressed", [True, False])
def test_block_deltas_and_weights_as_whoosh_writes_them(count, weights, values, compressed):
    # As W3PostingsWriter._write_block: pickle.dumps((deltas, weights, values), 2), then zlib.
    rng = random.Random(count)
    deltas = tuple(rng.choice([1, 2, 200, 70_000, 2**30]) for _ in range(count))
    pickled_weights = {"none": None, "same": 1.6, "each": tuple(float(rng.randint(1, 9)) for _ in range(count))}[weights]
    pickled_values = {"positions": tuple(pickle.dumps([rng.randint(0, 99)], 2) for _ in range(count)),
                      "fixed": b"\0\0\0\1" * count, "none": None}[values]
    data = pickle.dumps((deltas, pickled_weights, pickled_values), 2)
    data = zlib.compress(data, 3) if compressed else data
    assert _deltas_and_weights(data, 3 if compressed else 0, count) == (deltas, pickled_weights)


def test_block_values_are_not_decoded():
    # Only the deltas and weights are read: values that could not be unpickled do not matter.
    deltas, weights = (5, 1, 2, 3, 4), (1.0, 2.0, 1.0, 3.0, 1.0)
    data = pickle.dumps((deltas, weights, None), 2)
    data = data[:data.rindex(b"N")] + b"\xffnot a pickle"
    assert _deltas_and_weights(zlib.compress(data), 3, 5) == (deltas, weights)


@pytest.mark.parametrize("query", ["fraud OR cadets OR witness OR drones", "custody witness drones"])
def test_fewer_hits_are_the_first_of_more_whatever_the_segments(index, query):
    # Whoosh's matcher swapping used to lower the coordination bonus part-way through a search.
    for limit in (1, 3, 5, 8):
        few = [(h.document_id, h.start, h.kind) for h in index.query(SearchRequest(query, limit=limit)).hits]
        many = [(h.document_id, h.start, h.kind) for h in index.query(SearchRequest(query, limit=60)).hits]
        assert few == many[:limit]
