"""Batch ingest: worker processes, Dask, --report, --prune, progress lines, no-op re-ingest."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

SCRUTINY = str(Path(sys.executable).parent / "scrutiny")


# Columns that say when, not what: they differ between any two runs.
_CLOCK_COLUMNS = {"ingested_at", "seen_at"}


def store_snapshot(home) -> dict:
    """Every row of every table, clock columns left out, in a stable order."""
    with sqlite3.connect(home / "scrutiny.db") as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                             "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'")]
        snapshot = {}
        for table in sorted(tables):
            cursor = conn.execute(f"SELECT * FROM [{table}] ORDER BY 1, 2")
            keep = [i for i, d in enumerate(cursor.description) if d[0] not in _CLOCK_COLUMNS]
            snapshot[table] = [tuple(row[i] for i in keep) for row in cursor.fetchall()]
    return snapshot


def index_snapshot(home) -> list:
    from scrutiny.search import open_index

    with open_index(home, rebuild_outdated=False) as index:
        return sorted(json.dumps(fields, sort_keys=True, default=str)
                      for fields in index.searcher.all_stored_fields())


@pytest.fixture(scope="module")
def corpus(batch_corpus):
    return batch_corpus


def _ingest(home, *args):
    return subprocess.run([SCRUTINY, "--home", str(home), "ingest", *map(str, args)],
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def in_process_home(corpus, tmp_path_factory):
    home = tmp_path_factory.mktemp("workers-0")
    result = _ingest(home, corpus, "--workers", "0")
    assert result.returncode == 0, result.stderr
    return home


def test_two_worker_processes_give_the_same_store_and_index_as_one_process(corpus, in_process_home, tmp_path):
    result = _ingest(tmp_path, corpus, "--workers", "2")
    assert result.returncode == 0, result.stderr
    documents = len(list(corpus.rglob("*.*"))) - 1  # the samples' README is not a document
    assert f"{documents} ingested, 0 unchanged, 0 pruned, 0 failed" in result.stdout
    assert store_snapshot(tmp_path) == store_snapshot(in_process_home)
    assert index_snapshot(tmp_path) == index_snapshot(in_process_home)


def test_a_local_dask_cluster_gives_the_same_store_and_index(corpus, in_process_home, tmp_path):
    pytest.importorskip("distributed")
    result = _ingest(tmp_path, corpus, "--dask", "local", "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert store_snapshot(tmp_path) == store_snapshot(in_process_home)
    assert index_snapshot(tmp_path) == index_snapshot(in_process_home)


def test_report_lists_every_file_with_status_pages_seconds_and_error(samples, tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(samples, folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    report = tmp_path / "batch.json"
    result = _ingest(tmp_path / "home", folder, "--workers", "2", "--report", report)
    assert result.returncode == 1
    data = json.loads(report.read_text())
    by_name = {entry["path"].rsplit("/", 1)[-1]: entry for entry in data["files"]}
    assert by_name["broken.pdf"]["status"] == "failed"
    assert by_name["broken.pdf"]["error"].startswith("corrupt PDF")
    assert by_name["004_5b78c666c7dc23dc.pdf"]["status"] == "ingested"
    assert by_name["004_5b78c666c7dc23dc.pdf"]["pages"] == 20
    assert by_name["004_5b78c666c7dc23dc.pdf"]["seconds"] > 0
    assert data["summary"]["ingested"] == 5 and data["summary"]["failed"] == 1
    assert data["summary"]["pages"] == sum(e["pages"] or 0 for e in data["files"] if e["status"] == "ingested")


def test_gone_files_are_listed_then_pruned_from_store_and_index(samples, tmp_path, run, home):
    folder = tmp_path / "in"
    shutil.copytree(samples, folder)
    assert run("ingest", folder).exit_code == 0
    gone = folder / "002_f57b6ddea2dea553.html"
    gone.unlink()

    listed = run("ingest", folder)
    assert f"{gone.resolve()}: no longer present (--prune removes it from the store)" in listed.stderr
    assert "0 pruned" in listed.stdout and "1 gone (--prune removes them)" in listed.stdout
    with sqlite3.connect(home / "scrutiny.db") as conn:  # listed only: still stored
        assert conn.execute("SELECT count(*) FROM documents WHERE name = '002_f57b6ddea2dea553'").fetchone()[0] == 1

    pruned = run("ingest", folder, "--prune")
    assert f"{gone.resolve()}: pruned (no longer present)" in pruned.stderr
    assert "0 ingested, 4 unchanged, 1 pruned, 0 failed" in pruned.stdout
    with sqlite3.connect(home / "scrutiny.db") as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM documents")}
        assert "002_f57b6ddea2dea553" not in names and len(names) == 4
        assert conn.execute("SELECT count(*) FROM blocks WHERE document_id NOT IN "
                            "(SELECT id FROM documents)").fetchone()[0] == 0
    hits = json.loads(run("search", "Witness Care Unit", "--format", "json").output)
    assert hits and all(hit["doc"] != "002_f57b6ddea2dea553" for hit in hits)


def test_a_no_op_re_ingest_starts_no_workers(samples, home, run, monkeypatch):
    assert run("ingest", samples).exit_code == 0

    def refuse(*args, **kwargs):
        raise AssertionError("a runner was started for unchanged files")

    monkeypatch.setattr("scrutiny.pipeline.make_runner", refuse)
    again = run("ingest", samples, "--workers", "2")
    assert "0 ingested, 5 unchanged, 0 pruned, 0 failed" in again.stdout


def test_plain_progress_lines_off_a_terminal(samples):
    from scrutiny.progress import IngestProgress
    from scrutiny.writer import FileResult
    import io

    stream = io.StringIO()
    with IngestProgress(stream, log_every=0) as progress:
        progress.start(3)
        progress.advance(FileResult("a.pdf", "ingested", pages=12))
        progress.advance(FileResult("b.pdf", "failed", error="corrupt PDF: no pages"))
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("ingest: 1/3 files, ") and " pages/s, 0 failed, about " in lines[0]
    assert lines[1] == "b.pdf: corrupt PDF: no pages"
    assert lines[2].startswith("ingest: 2/3 files, ") and ", 1 failed, about " in lines[2]
