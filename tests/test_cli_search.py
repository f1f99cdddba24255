import json

from click.testing import CliRunner

from scrutiny.cli import cli


def _search(home, *args):
    return CliRunner().invoke(cli, ["--home", str(home), "search", *args], catch_exceptions=False)


def test_search_json_finds_the_report_passage_first_with_its_page(ingested_home):
    result = _search(ingested_home, "body worn video", "--format", "json")
    assert result.exit_code == 0
    hits = json.loads(result.output)
    first = hits[0]
    assert first["doc"] == "004_5b78c666c7dc23dc"
    assert "body worn" in first["text"].lower()
    assert first["page"] == 2
    assert "**" in first["snippet"]
    for key in ("doc", "kind", "text", "snippet", "page", "title", "date", "score"):
        assert key in first
    assert first["kind"] == "passage"


def test_search_text_output_cites_document_and_page(ingested_home):
    result = _search(ingested_home, "Witness Care Unit", "--limit", "3")
    assert result.exit_code == 0
    first_line = result.output.splitlines()[0]
    assert first_line.startswith("1. 002_f57b6ddea2dea553")
    assert "Witness Care Unit" in result.output


def test_search_type_filter_keeps_only_that_type(ingested_home):
    hits = json.loads(_search(ingested_home, "victims", "--type", "plan", "--format", "json").output)
    assert hits and {h["doc"] for h in hits} == {"001_c01749a460b4695c"}


def test_search_limit(ingested_home):
    hits = json.loads(_search(ingested_home, "board", "--limit", "2", "--format", "json").output)
    assert len(hits) == 2


def test_search_stems_with_porter2(ingested_home):
    # "chairs" and "chaired" share the stem "chair"; the old Porter stemmer would also
    # have turned "running" into "runn".
    from scrutiny.search.schema import BODY_ANALYZER

    assert [t.text for t in BODY_ANALYZER("running chairs")] == ["run", "chair"]
    hits = json.loads(_search(ingested_home, "chairs", "--format", "json").output)
    assert any("chaired" in h["text"] for h in hits)


def test_search_bad_query_error(ingested_home):
    result = _search(ingested_home, "   ")
    assert result.exit_code == 2
    assert result.output.strip() == "Error: empty query"


def test_search_without_a_store_says_so(tmp_path):
    result = _search(tmp_path / "nowhere", "victims")
    assert result.exit_code == 1
    assert "no store in" in result.output and "scrutiny ingest" in result.output
