import json
import shutil
import sqlite3

from scrutiny.corpus import open_store
from scrutiny.search import open_index


def _table_counts(home):
    with sqlite3.connect(home / "scrutiny.db") as conn:
        return {t: conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
                for t in ("documents", "blocks", "paths")}


def test_ingest_stores_every_sample_document(run, home, samples):
    result = run("ingest", samples)
    assert result.exit_code == 0, result.output
    assert "5 ingested, 0 unchanged, 0 pruned, 0 failed" in result.output
    with open_store(home) as store:
        rows = {r["name"]: r for r in store.documents()}
    assert set(rows) == {p.stem for p in samples.iterdir() if p.suffix != ".md"}
    assert {r["format"] for r in rows.values()} == {"pdf", "html", "docx"}
    for row in rows.values():
        assert len(row["id"]) == 64 and row["parser_version"] and row["indexed"] == 1


def test_ingest_again_changes_nothing(run, home, samples):
    run("ingest", samples)
    before = _table_counts(home)
    with open_store(home) as store:
        stamps = {r["id"]: r["ingested_at"] for r in store.documents()}
    again = run("ingest", samples)
    assert again.exit_code == 0
    assert "0 ingested, 5 unchanged, 0 pruned, 0 failed" in again.output
    assert _table_counts(home) == before
    with open_store(home) as store:
        assert {r["id"]: r["ingested_at"] for r in store.documents()} == stamps


def test_changed_file_replaces_its_old_rows_and_passages(run, home, tmp_path, samples):
    folder = tmp_path / "papers"
    folder.mkdir()
    paper = folder / "notes.md"
    paper.write_text("# Board notes\n\nThe Board discussed speed cameras.\n", encoding="utf-8")
    run("ingest", folder)
    paper.write_text("# Board notes\n\nThe Board discussed youth diversion instead.\n", encoding="utf-8")
    result = run("ingest", folder)
    assert "1 ingested" in result.output
    with open_store(home) as store:
        rows = list(store.documents())
        assert len(rows) == 1 and "youth diversion" in rows[0]["text"]
    with open_index(home) as index:
        assert index.search("speed cameras") == []
        assert index.search("youth diversion")[0].doc == "notes"
        assert len(index.document_ids()) == 1


def test_same_bytes_under_two_paths_stored_once(run, home, tmp_path, samples):
    folder = tmp_path / "copies"
    folder.mkdir()
    shutil.copy(samples / "000_3329f4f2004010b9.html", folder / "a.html")
    shutil.copy(samples / "000_3329f4f2004010b9.html", folder / "b.html")
    result = run("ingest", folder)
    assert result.exit_code == 0
    counts = _table_counts(home)
    assert counts["documents"] == 1 and counts["paths"] == 2


def test_folder_walk_skips_readme_and_unsupported_files(run, home, tmp_path):
    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    (folder / "README.md").write_text("# About this folder\n", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    (folder / "sub" / "minutes.txt").write_text("Minutes of the meeting\n\nPresent: Cllr A Smith\n", encoding="utf-8")
    result = run("ingest", folder)
    assert result.exit_code == 0
    assert "1 ingested" in result.output and "1 skipped" in result.output
    with open_store(home) as store:
        assert [r["name"] for r in store.documents()] == ["minutes"]


def test_export_jsonl_has_one_document_record_per_file(run, home, samples):
    run("ingest", samples)
    result = run("export", "--format", "jsonl")
    lines = [json.loads(line) for line in result.output.splitlines()]
    docs = [d for d in lines if d["type"] == "document"]
    assert len(docs) == 5
    for d in docs:
        assert set(d) >= {"type", "doc", "page", "span", "doc_type", "title", "date", "organisation", "pages"}
    by_name = {d["doc"]: d for d in docs}
    assert by_name["004_5b78c666c7dc23dc"]["pages"] == 20
    assert by_name["002_f57b6ddea2dea553"]["doc_type"] == "minutes"
    assert by_name["003_76dc0b55ebc94c68"]["doc_type"] == "terms_of_reference"


def test_windows_1252_text_is_read_with_a_warning(run, home, tmp_path):
    paper = tmp_path / "notes.txt"
    paper.write_bytes("Notes of the Café Forum – March\n\nThe Forum met.\n".encode("cp1252"))
    result = run("ingest", paper)
    assert result.exit_code == 0
    assert result.stderr.strip() == f"{paper}: warning: decoded as cp1252: not valid UTF-8"
    with open_store(home) as store:
        assert "Café Forum – March" in next(store.documents())["text"]


def test_an_index_from_an_older_schema_is_rebuilt_from_the_store(run, home, samples):
    from whoosh import fields, index as whoosh_index

    assert run("ingest", samples / "002_f57b6ddea2dea553.html").exit_code == 0
    old = home / "index"
    for f in old.iterdir():
        f.unlink()
    whoosh_index.create_in(str(old), fields.Schema(id=fields.ID(stored=True), body=fields.TEXT))

    searched = run("search", "Witness Care Unit")
    assert searched.exit_code == 1
    assert "built by an older scrutiny" in searched.output

    again = run("ingest", samples / "002_f57b6ddea2dea553.html")
    assert "0 ingested, 1 unchanged" in again.output
    hits = json.loads(run("search", "Witness Care Unit", "--format", "json").output)
    assert hits and hits[0]["doc"] == "002_f57b6ddea2dea553"
