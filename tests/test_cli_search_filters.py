"""Search filters, facets, formats and errors on the bundled samples."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from scrutiny.cli import cli

MINUTES = "002_f57b6ddea2dea553"
REPORT = "004_5b78c666c7dc23dc"


def _run(home, *args):
    return CliRunner().invoke(cli, ["--home", str(home), "search", *args], catch_exceptions=False)


def _hits(home, *args):
    result = _run(home, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_person_finds_what_they_said_through_role_resolution(ingested_home):
    # The minutes only ever say "The DCC added…"; Alex Murray is the DCC listed as present.
    hits = _hits(ingested_home, "system isn't functioning", "--person", "Alex Murray")
    assert hits[0]["doc"] == MINUTES and "DCC added that the system isn" in hits[0]["text"]
    assert all("Alex Murray" in h["people"] for h in hits)
    assert _hits(ingested_home, "system isn't functioning", "--person", "Nobody Atall") == []


def test_person_as_a_query_field_and_by_surname(ingested_home):
    by_field = _hits(ingested_home, 'person:"Alex Murray" witness')
    by_surname = _hits(ingested_home, "witness", "--person", "murray")
    assert by_field and [h["text"] for h in by_field] == [h["text"] for h in by_surname]


def test_role_finds_any_holder_of_the_role(ingested_home):
    hits = _hits(ingested_home, "file quality", "--role", "ACC")
    assert hits and all("Richard Cooper" in h["people"] for h in hits)


def test_kind_narrows_to_records(ingested_home):
    hits = _hits(ingested_home, "victims charter", "--kind", "progress")
    assert hits and {h["kind"] for h in hits} == {"progress"}
    assert hits[0]["doc"] == REPORT
    actions = _hits(ingested_home, "kind:action exception reports")
    assert actions[0]["kind"] == "action" and actions[0]["text"].startswith("The Force to provide")


def test_board_filter(ingested_home):
    hits = _hits(ingested_home, "court", "--board", "criminal justice")
    assert hits and all(h["doc"] == MINUTES for h in hits)


def test_dates_as_options_and_in_the_query(ingested_home):
    since = _hits(ingested_home, "victims", "--since", "2023-01-01")
    assert since and all(h["date"] >= "2023-01-01" for h in since)
    ranged = _hits(ingested_home, "victims date:[2017-01-01 TO 2017-12-31]")
    assert ranged and {h["doc"] for h in ranged} == {REPORT}
    until = _hits(ingested_home, "victims", "--until", "2017-12-31")
    assert {h["doc"] for h in until} == {REPORT}


def test_doc_filter(ingested_home):
    hits = _hits(ingested_home, "board", "--doc", "000_3329f4f2004010b9")
    assert hits and {h["doc"] for h in hits} == {"000_3329f4f2004010b9"}


def test_sort_by_date_puts_newest_first(ingested_home):
    hits = _hits(ingested_home, "victims", "--sort", "date", "--limit", "20")
    dates = [h["date"] for h in hits if h["date"]]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2023-02-28"


def test_exact_mode_does_not_stem(ingested_home):
    stemmed = _hits(ingested_home, "chairs", "--limit", "50")
    exact = _hits(ingested_home, "chairs", "--exact", "--limit", "50")
    assert any("chaired" in h["text"] and "chairs" not in h["text"] for h in stemmed)
    assert exact and all("chairs" in h["text"].lower() for h in exact)


def test_phrase_boolean_and_wildcard(ingested_home):
    phrase = _hits(ingested_home, '"Track my Crime"')
    assert phrase[0]["doc"] == REPORT
    both = _hits(ingested_home, "triage AND CPS")
    assert both and all("triage" in h["text"].lower() and "cps" in h["text"].lower() for h in both)
    wild = _hits(ingested_home, "decarbonis*")
    assert wild and "decarbonisation" in wild[0]["text"].lower()


def test_misspelt_query_is_corrected(ingested_home):
    result = _run(ingested_home, "Soteira")
    assert result.output.startswith("No results for 'Soteira'; showing results for 'soteria'.")
    assert "Soteria" in result.output


def test_facets_count_type_board_year_person(ingested_home):
    payload = _hits(ingested_home, "witness", "--facets")
    facets = payload["facets"]
    assert set(facets) == {"doc_type", "board", "year", "person"}
    assert dict(facets["year"])["2023"] >= 1
    assert "Alex Murray" in dict(facets["person"])
    text = _run(ingested_home, "witness", "--facets").output
    assert "facets" in text and "Alex Murray" in text


def test_csv_format(ingested_home):
    rows = list(csv.DictReader(io.StringIO(_run(ingested_home, "body worn video", "--format", "csv").output)))
    assert rows[0]["doc"] == REPORT and rows[0]["page"] == "2"
    assert {"doc", "kind", "text", "snippet", "page", "title", "date", "score"} <= set(rows[0])


@pytest.mark.parametrize("query, message", [
    ('"body worn', "Error: unbalanced quote in query '\"body worn'"),
    ("(victims AND", "Error: unbalanced () in query '(victims AND'"),
    ('person:"Alex Murray"', "Error: query 'person:\"Alex Murray\"' has only filters; add words to search for"),
])
def test_malformed_queries_exit_2_with_one_line(ingested_home, query, message):
    result = _run(ingested_home, query)
    assert result.exit_code == 2
    assert result.output.strip() == message


def test_bad_date_option_exits_2(ingested_home):
    result = _run(ingested_home, "victims", "--since", "last year")
    assert result.exit_code == 2
    assert result.output.strip() == "Error: --since must be a date as YYYY-MM-DD, not 'last year'"
