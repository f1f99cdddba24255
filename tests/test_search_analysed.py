"""Passages analysed in the workers index exactly as passages the index writer analyses.

Ingest analyses the searched fields where passages are cut (``analyse_passage``), so
the single writer only files the terms; reindex and maintenance hand the writer plain
passages. Both must give the same terms, frequencies, weights, positions and lengths.
"""

from __future__ import annotations

import pickle

from scrutiny.ingest import read_document
from scrutiny.search import DocumentInfo, open_index
from scrutiny.search.attribution import passages_for_index
from scrutiny.search.schema import ANALYSED_FIELDS, Analysed, analyse_passage, passage_to_fields
from scrutiny.extract import extract_records
from tests.conftest import SAMPLES


def _sample_passages() -> list:
    passages = []
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix not in (".pdf", ".html", ".docx", ".txt"):
            continue
        document = read_document(path)
        records = extract_records(document)
        info = DocumentInfo(path.stem, document.name, records[0].title, records[0].doc_type, records[0].date)
        passages += passages_for_index(info, document.blocks, records)
    return passages


def _postings(home) -> dict:
    """Every term of the searched fields with its postings (document id, weight, positions)."""
    index = open_index(home)
    with index._ix.searcher() as searcher:
        reader = searcher.reader()
        ids = {n: fields["id"] for n, fields in enumerate(reader.all_stored_fields())}
        out = {}
        for name in ANALYSED_FIELDS:
            for term in reader.lexicon(name):
                matcher = reader.postings(name, term)
                out[(name, term)] = sorted((ids[docnum], weight, tuple(positions)) for docnum, weight, positions in
                                           ((m.id(), m.weight(), m.value_as("positions")) for m in _each(matcher)))
            lengths = {ids[n]: reader.doc_field_length(n, name) for n in ids}
            out[(name, "lengths")] = sorted(lengths.items())
    index.close()
    return out


def _each(matcher):
    while matcher.is_active():
        yield matcher
        matcher.next()


def test_analysed_passages_index_as_plain_ones(tmp_path):
    passages = _sample_passages()
    assert len(passages) > 300
    analysed = [pickle.loads(pickle.dumps(analyse_passage(p))) for p in passages]  # as from a worker
    assert all(isinstance(passage_to_fields(p)["content"], Analysed) for p in analysed)
    assert analysed == passages  # the analysis is not part of a passage's identity

    plain_index = open_index(tmp_path / "plain")
    plain_index.write(passages)
    plain_index.close()
    analysed_index = open_index(tmp_path / "analysed")
    analysed_index.write(analysed)
    analysed_index.close()

    plain, ready = _postings(tmp_path / "plain"), _postings(tmp_path / "analysed")
    assert len(plain) > 1000
    assert plain == ready


def test_an_analysed_passage_is_found_by_its_words(tmp_path):
    passages = _sample_passages()
    index = open_index(tmp_path)
    index.write([analyse_passage(p) for p in passages])
    hits = index.search("witness care unit", limit=5)
    assert hits and "witness care unit" in (hits[0].heading + " " + hits[0].text).lower()
    index.close()


def test_one_pass_analysis_gives_whooshs_terms():
    """Terms, frequencies, weights and encoded positions, in Whoosh's order, for the
    samples and for texts with stop words first, one-letter words, repeats and odd characters."""
    from scrutiny.search.schema import SCHEMA, analyse_text

    texts = [f"{p.heading}\n{p.text}" for p in _sample_passages()]
    texts += ["The a of the Chief Constable's 3.5% budget, the budget and THE Budget",
              "a", "", "  ", "Co-operation: e.g. 1.2.3 v2 naïve Ǆemal İstanbul x*y", "of the and"]
    for text in texts:
        ours = analyse_text(text)
        for name in ANALYSED_FIELDS:
            assert ours[name].terms == tuple(SCHEMA[name].index(text)), (name, text[:80])


def test_id_and_keyword_fields_give_whooshs_terms():
    """The schema's ID and keyword fields make their terms directly: as Whoosh's own fields."""
    from whoosh import fields

    from scrutiny.search.schema import FastID, FastKeyword

    pairs = [(FastID(stored=True), fields.ID(stored=True)),
             (FastKeyword(stored=True, scorable=False), fields.KEYWORD(stored=True, commas=True, scorable=False)),
             (FastKeyword(lowercase=True, scorable=False),
              fields.KEYWORD(lowercase=True, commas=True, scorable=False))]
    values = ["", "minutes", "d41d8cd9:12", "Alex Murray,DCC, Deputy Chief Constable ,DCC",
              " , ,x,,Y ", ",", "Ǆemal İstanbul,ǆemal", "Joint Audit Committee"]
    for ours, whoosh in pairs:
        for value in values:
            assert list(ours.index(value)) == list(whoosh.index(value)), (type(ours).__name__, value)
