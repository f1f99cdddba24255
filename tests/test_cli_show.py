from click.testing import CliRunner

from scrutiny.cli import cli
from scrutiny.corpus import open_store


def _cli(home, *args):
    return CliRunner().invoke(cli, ["--home", str(home), *args], catch_exceptions=False)


def test_show_report_has_delivery_plan_tables_with_cells(ingested_home):
    with open_store(ingested_home) as store:
        row = store.resolve("004_5b78c666c7dc23dc")
        tables = [b for b in store.blocks(row["id"]) if b.kind == "table"]
    headers = [t.rows[0] for t in tables]
    assert ("Ref", "Plan commitment", "Supporting activity", "Progress update", "Oversight mechanism") in headers
    assert ("NAME", "PURPOSE", "MEETS") in headers
    assert all(b.page for b in tables)
    result = _cli(ingested_home, "show", "004_5b78c666c7dc23dc", "--page", "5")
    assert result.exit_code == 0
    assert "page 5" in result.output and "Plan commitment" in result.output
    assert "table," in result.output  # rendered as a table block, not paragraphs
    assert "page 6" not in result.output


def test_show_by_file_name_prints_metadata_and_blocks(ingested_home):
    result = _cli(ingested_home, "show", "003_76dc0b55ebc94c68.docx")
    assert result.exit_code == 0
    assert "terms_of_reference" in result.output
    assert "Crime Reduction Board" in result.output


def test_show_unknown_document_error(ingested_home):
    result = _cli(ingested_home, "show", "no-such-paper")
    assert result.exit_code == 1
    assert result.output.strip() == "Error: no stored document matches 'no-such-paper'"


def test_stats_counts_formats_types_and_index(ingested_home):
    result = _cli(ingested_home, "stats")
    assert result.exit_code == 0
    out = result.output
    assert "format pdf" in out and "format html" in out and "format docx" in out
    assert "type minutes" in out and "type report" in out
    lines = {line.split("│")[1].strip(): line.split("│")[2].strip()
             for line in out.splitlines() if line.count("│") >= 3}
    assert lines["documents"] == "5"
    assert int(lines["blocks"]) > 100
    assert int(lines["index passages"]) > 20


def test_show_at_opens_a_record_in_context(ingested_home):
    import json

    action = json.loads(_cli(ingested_home, "export", "--type", "action").output.splitlines()[0])
    start = action["span"][0]
    result = _cli(ingested_home, "show", action["doc"], "--at", str(start), "--context", "1")
    assert result.exit_code == 0
    out = result.output
    assert "▶ characters" in out
    marked = out.split("▶ characters", 1)[1].split("\n\n")[0]  # the marked block
    assert action["text"] in marked
    assert "Next steps" in out  # the block before it
    assert "Outstanding Matters" not in out  # far from it


def test_show_at_outside_the_text_is_an_error(ingested_home):
    result = _cli(ingested_home, "show", "002_f57b6ddea2dea553", "--at", "99999999")
    assert result.exit_code == 1
    assert result.output.strip().endswith("Error: offset 99999999 is outside 002_f57b6ddea2dea553's text")
