import sqlite3

from sqlite_utils import Database

from scrutiny.corpus import open_store
from scrutiny.extract.records import RECORD_TABLES


def test_store_is_plain_tables_with_declared_foreign_keys(ingested_home):
    db = Database(ingested_home / "scrutiny.db")
    tables = set(db.table_names())
    assert {"documents", "paths", "blocks", *RECORD_TABLES.values()} <= tables
    assert not db.view_names()
    for table in ["paths", "blocks", *RECORD_TABLES.values()]:
        fks = {(fk.column, fk.other_table, fk.other_column) for fk in db[table].foreign_keys}
        assert ("document_id", "documents", "id") in fks, table
    # Integrity holds: every block and path points at a stored document.
    conn = sqlite3.connect(ingested_home / "scrutiny.db")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_documents_are_keyed_by_content_hash(ingested_home, samples):
    import hashlib

    with open_store(ingested_home) as store:
        row = store.resolve("003_76dc0b55ebc94c68")
    assert row["id"] == hashlib.sha256((samples / "003_76dc0b55ebc94c68.docx").read_bytes()).hexdigest()
    assert row["size"] == (samples / "003_76dc0b55ebc94c68.docx").stat().st_size


def test_blocks_keep_pages_and_spans_into_the_document_text(ingested_home):
    with open_store(ingested_home) as store:
        row = store.resolve("001_c01749a460b4695c")
        blocks = store.blocks(row["id"])
    assert all(row["text"][b.start:b.end] == b.text for b in blocks)
    assert {b.page for b in blocks} <= set(range(1, row["pages"] + 1))
    assert blocks[-1].page == row["pages"] or blocks[-1].page >= row["pages"] - 1


def test_home_comes_from_the_environment(tmp_path, samples, monkeypatch):
    from click.testing import CliRunner

    from scrutiny.cli import cli

    monkeypatch.setenv("SCRUTINY_HOME", str(tmp_path / "envhome"))
    result = CliRunner().invoke(cli, ["ingest", str(samples / "000_3329f4f2004010b9.html")])
    assert result.exit_code == 0
    assert (tmp_path / "envhome" / "scrutiny.db").exists()
    assert (tmp_path / "envhome" / "index").is_dir()
