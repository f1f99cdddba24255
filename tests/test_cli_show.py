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
