"""reindex, reextract, check and repair, index generations and the store's prune methods.

Run on copies of the ingested sample corpus (the session's ``ingested_home``).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from scrutiny.corpus import open_store
from scrutiny.extract import EXTRACTOR_VERSION
from scrutiny.maintenance import (MaintenanceBusy, check, document_passages, drop_removed, index_documents,
                                  maintenance_lock, reextract, reindex, repair)
from scrutiny.search import SearchRequest, open_index
from scrutiny.search.generations import (BUILDING_SUFFIX, POINTER_FILENAME, current_index_dir, generation_dirs,
                                         new_index_dir, publish, remove_stale, stale_paths)
from scrutiny.search.inventory import index_inventory
from tests.test_ingest_batch import index_snapshot

DEAD_PID = 2 ** 22 + 12345  # above any pid_max this machine hands out


@pytest.fixture
def home(ingested_home, tmp_path) -> Path:
    """A private copy of the ingested samples, free to damage."""
    copy = tmp_path / "home"
    shutil.copytree(ingested_home, copy)
    return copy


def _export(run) -> list[str]:
    result = run("export", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def _hits(index, query="body worn video"):
    return [h.doc for h in index.query(SearchRequest(query, limit=5)).hits]


# -- generations ---------------------------------------------------------------


def test_without_a_pointer_the_live_index_is_the_legacy_directory(tmp_path):
    assert current_index_dir(tmp_path) == tmp_path / "index"
    (tmp_path / POINTER_FILENAME).write_text("../../etc\n")  # garbled: ignored
    assert current_index_dir(tmp_path) == tmp_path / "index"


def test_publish_swaps_the_pointer_and_keeps_only_the_previous_generation(tmp_path):
    (tmp_path / "index").mkdir()
    first = new_index_dir(tmp_path)
    assert first.name == "index-1" and (tmp_path / ("index-1" + BUILDING_SUFFIX)).exists()
    publish(tmp_path, first)
    assert current_index_dir(tmp_path) == first
    assert not (tmp_path / ("index-1" + BUILDING_SUFFIX)).exists()
    assert (tmp_path / "index").exists()  # the previous generation stays for open searches
    second = new_index_dir(tmp_path)
    publish(tmp_path, second)
    assert [p.name for p in generation_dirs(tmp_path)] == ["index-1", "index-2"]
    assert (tmp_path / POINTER_FILENAME).read_text() == "index-2\n"
    assert not list(tmp_path.glob("*.tmp"))


def test_remove_stale_takes_dead_builds_but_not_live_ones(tmp_path):
    publish(tmp_path, new_index_dir(tmp_path))  # index-1 live
    mine = new_index_dir(tmp_path)  # index-2, being built by this process
    dead = tmp_path / "index-3"
    dead.mkdir()
    (tmp_path / ("index-3" + BUILDING_SUFFIX)).write_text(f"{DEAD_PID} {os.uname().nodename}\n")
    (tmp_path / f"{POINTER_FILENAME}.{DEAD_PID}.tmp").write_text("index-3\n")
    assert sorted(p.name for p in stale_paths(tmp_path)) == sorted(
        ["index-3", "index-3" + BUILDING_SUFFIX, f"{POINTER_FILENAME}.{DEAD_PID}.tmp"])
    remove_stale(tmp_path)
    assert mine.exists() and not dead.exists()
    assert current_index_dir(tmp_path).name == "index-1"


def test_an_index_left_empty_by_a_killed_run_is_still_fresh_when_reopened(home):
    from scrutiny.search.index import remove_index

    remove_index(home)
    assert not (home / "index").exists() and not (home / POINTER_FILENAME).exists()
    open_index(home).close()  # created, then the run "dies" before filling it
    with open_index(home) as index:
        assert index.fresh  # so the next ingest refills it from the store


def test_an_outdated_index_is_replaced_by_a_new_generation(home):
    from whoosh import fields, index as whoosh_index

    shutil.rmtree(home / "index")
    (home / "index").mkdir()
    whoosh_index.create_in(str(home / "index"), fields.Schema(id=fields.ID(stored=True)))
    with open_index(home) as index:
        assert index.fresh and index.path == home / "index-1"
    assert (home / "index").exists()  # kept for a search that has it open


# -- reindex ---------------------------------------------------------------------


def test_reindex_rebuilds_the_same_index_in_a_new_generation(home):
    before = index_snapshot(home)
    with open_store(home) as store:
        result = reindex(home, store)
    assert result.documents == 5 and not result.failed
    assert current_index_dir(home).name == "index-1"
    assert index_snapshot(home) == before
    with open_index(home) as index:
        assert "004_5b78c666c7dc23dc" in _hits(index)


def test_reindex_reuses_the_speakers_ingest_found(home, monkeypatch):
    """Ingest keeps who speaks in each body passage; reindex gives the same index without
    parsing a sentence, and a document stored without them is worked out as before."""
    from scrutiny.extract.roles import SubjectFinder

    before = index_snapshot(home)
    with open_store(home) as store:
        kept = {row["id"]: store.passage_speakers(row["id"]) for row in store.document_summaries()}
    assert all(speakers is not None for speakers in kept.values())
    assert any(names for speakers in kept.values() for names in speakers)  # the minutes name speakers

    def refuse(self, sentence):
        raise AssertionError("reindex parsed a sentence")

    _reindex_reuses(home, monkeypatch, (SubjectFinder, "speakers", refuse), "passage_speakers", before)


def _reindex_reuses(home, monkeypatch, refused: tuple, column: str, before) -> None:
    """Reindex gives the same index with ``refused`` (owner, name, stand-in) never called, and
    again once the store's ``column`` is cleared (a document stored without it)."""
    monkeypatch.setattr(*refused)
    with open_store(home) as store:
        reindex(home, store)
    assert index_snapshot(home) == before

    monkeypatch.undo()
    with open_store(home) as store:
        store.db.execute(f"UPDATE documents SET {column} = NULL")
        store.db.conn.commit()
        reindex(home, store)
    assert index_snapshot(home) == before


def test_reindex_reuses_the_records_digest_ingest_stamped(home, monkeypatch):
    """Ingest keeps the digest of each document's records; reindex stamps passages with it
    without digesting the records again, and one stored without it is digested as before."""
    from scrutiny.search import attribution
    from scrutiny.search.stamp import records_digest

    before = index_snapshot(home)
    with open_store(home) as store:
        for row in store.document_summaries():
            assert store.records_digest(row["id"]) == records_digest(store.records(document_id=row["id"]))

    def refuse(records):
        raise AssertionError("reindex digested the records")

    _reindex_reuses(home, monkeypatch, (attribution, "records_digest", refuse), "records_digest", before)


def test_a_search_opened_before_reindex_keeps_answering_after_the_swap(home):
    searcher = open_index(home)
    before = _hits(searcher)
    assert before
    with open_store(home) as store:
        reindex(home, store)
    assert _hits(searcher) == before
    assert _hits(searcher, "Witness Care Unit")  # not only what it had cached
    searcher.close()
    with open_index(home) as fresh:
        assert fresh.path.name == "index-1"
        assert _hits(fresh) == before


def test_reindex_marks_every_document_indexed_and_drops_queued_removals(home):
    with open_store(home) as store:
        store.mark_all_unindexed()
        store.db.execute("INSERT INTO index_removals (document_id, reason) VALUES ('gone', 'pruned')")
        reindex(home, store)
        assert store.unindexed_ids() == [] and store.index_removals() == []


def test_index_documents_writes_passages_and_removes_ids_no_longer_stored(home):
    with open_store(home) as store, open_index(home) as index:
        document_id = store.document_ids()[0]
        index.write([], remove_document_ids=[document_id])
        store.mark_indexed([document_id], indexed=False)
        written = index_documents(store, index, [document_id, "not-stored"], batch=1)
        assert written == index_inventory(index)[document_id].passages > 0
        assert store.unindexed_ids() == []


# -- reextract ---------------------------------------------------------------------


def test_reextract_from_stored_blocks_gives_the_records_of_a_fresh_ingest(home, run):
    exported = _export(run)
    conn = sqlite3.connect(home / "scrutiny.db")
    with conn:
        conn.execute("UPDATE documents SET extractor_version = 'old'")
        conn.execute("DELETE FROM actions")  # what an older extractor missed
        conn.execute("DELETE FROM memberships")  # the DOCX's, found through its stored table cell lines
    conn.close()
    assert _export(run) != exported
    with open_store(home) as store, open_index(home) as index:
        result = reextract(store, index)
        assert len(result.reextracted) == 5 and not result.failed and not result.approximate
        # New records may name other attendees: the speakers ingest found are not reused.
        assert all(store.passage_speakers(row["id"]) is None for row in store.document_summaries())
        assert all(store.records_digest(row["id"]) is None for row in store.document_summaries())
        assert {r["extractor_version"] for r in store.document_summaries()} == {EXTRACTOR_VERSION}
        assert check(store, index).problems == 0
    assert _export(run) == exported


def test_reextract_leaves_current_documents_alone_unless_forced(home):
    with open_store(home) as store, open_index(home) as index:
        assert reextract(store, index).current == 5
        assert len(reextract(store, index, force=True).reextracted) == 5


def test_reextract_of_a_document_stored_without_reader_metadata_is_flagged(home):
    with sqlite3.connect(home / "scrutiny.db") as conn:
        conn.execute("UPDATE documents SET metadata = NULL WHERE format = 'docx'")
    with open_store(home) as store, open_index(home) as index:
        result = reextract(store, index, force=True)
    assert result.approximate == ["003_76dc0b55ebc94c68"]
    assert "stored by an older scrutiny" in result.summary()


def test_a_store_made_before_reader_metadata_was_kept_gains_the_columns(home):
    with sqlite3.connect(home / "scrutiny.db") as conn:
        conn.execute("ALTER TABLE documents DROP COLUMN metadata")
        conn.execute("ALTER TABLE documents DROP COLUMN reader_title")
    with open_store(home) as store:
        document = store.stored_document(store.document_ids()[0])
        assert document.metadata == {} and document.title == next(store.document_summaries())["title"]


# -- prune: store methods ------------------------------------------------------------


def test_paths_under_matches_folders_and_files_not_name_prefixes(home, ingested_home):
    from tests.conftest import SAMPLES

    with open_store(home) as store:
        assert len(store.paths_under([SAMPLES])) == 5
        assert [r["path"] for r in store.paths_under([SAMPLES / "000_3329f4f2004010b9.html"])] == [
            str(SAMPLES / "000_3329f4f2004010b9.html")]
        assert store.paths_under([str(SAMPLES)[:-1]]) == []  # "sample" is not a folder of "samples/x"


def test_remove_paths_deletes_documents_at_no_path_and_keeps_those_still_at_one(home):
    from tests.conftest import SAMPLES

    with open_store(home) as store, open_index(home) as index:
        html, pdf = SAMPLES / "000_3329f4f2004010b9.html", SAMPLES / "001_c01749a460b4695c.pdf"
        pdf_id = store.path_row(str(pdf))["document_id"]
        store.db.execute("INSERT INTO paths (path, document_id, size, modified, seen_at) "
                         "VALUES ('/elsewhere/copy.pdf', ?, 1, '', '')", [pdf_id])
        html_id = store.path_row(str(html))["document_id"]
        deleted = store.remove_paths([html, pdf, "/never/stored.pdf"])
        assert deleted == [html_id]
        assert store.document_row(html_id) is None and store.orphan_rows() == {}
        assert store.document_row(pdf_id)["path"] == "/elsewhere/copy.pdf"
        assert store.index_removals() == [html_id]
        assert html_id in index_inventory(index)
        assert drop_removed(store, index) == 1
        assert html_id not in index_inventory(index) and store.index_removals() == []
        assert check(store, index).problems == 0


# -- check and repair ---------------------------------------------------------------


def _damage(home) -> dict[str, str]:
    """One problem of each kind, made by hand; returns the kind -> document id."""
    with open_store(home) as store, open_index(home) as index:
        ids = store.document_ids()
        inventory = index_inventory(index)
        missing, lost, orphaned, stale, incomplete = ids
        index.write([], remove_document_ids=[missing, lost])
        store.mark_indexed([missing], indexed=False)
        row = next(store.document_summaries("id = ?", [incomplete]))
        index.write(document_passages(store, row)[1:], remove_document_ids=[incomplete])  # all but one
        assert index_inventory(index)[incomplete].passages == inventory[incomplete].passages - 1
    conn = sqlite3.connect(home / "scrutiny.db")  # foreign keys off, as any other tool would have them
    with conn:
        conn.execute("DELETE FROM documents WHERE id = ?", [orphaned])
        conn.execute("UPDATE documents SET title = title || ' (revised)' WHERE id = ?", [stale])
    conn.close()
    leftover = home / "index-7"
    leftover.mkdir()
    (home / ("index-7" + BUILDING_SUFFIX)).write_text(f"{DEAD_PID} {os.uname().nodename}\n")
    return {"missing": missing, "lost": lost, "orphaned": orphaned, "stale": stale, "incomplete": incomplete}


def test_check_finds_each_kind_of_problem_and_repair_fixes_them(home):
    before = index_snapshot(home)
    damaged = _damage(home)
    with open_store(home) as store, open_index(home) as index:
        report = check(store, index)
        assert {kind: getattr(report, kind) for kind in damaged} == {k: [v] for k, v in damaged.items()}
        assert report.orphan_rows.get("blocks") and report.orphan_rows.get("paths")
        assert report.leftovers == [str(home / "index-7"), str(home / ("index-7" + BUILDING_SUFFIX))]
        repaired = repair(store, index, report)
        assert repaired.reindexed == 4 and repaired.removed == 1 and repaired.dirs_removed == 2
        after = check(store, index)
        assert after.problems == 0, after.lines()
        assert after.documents == after.indexed_documents == 4
    # the repaired index is what a fresh build from the (changed) store gives
    repaired_snapshot = index_snapshot(home)
    with open_store(home) as store:
        reindex(home, store)
    assert index_snapshot(home) == repaired_snapshot != before


def test_check_and_repair_from_the_command_line(home, run):
    clean = run("check")
    assert clean.exit_code == 0 and "0 missing, 0 lost, 0 orphaned, 0 stale, 0 incomplete" in clean.output
    damaged = _damage(home)
    found = run("check", "--format", "json")
    assert found.exit_code == 1
    payload = json.loads(found.output)
    assert [d["id"] for d in payload["stale"]] == [damaged["stale"]]
    assert payload["remaining"] == payload["problems"] > 5
    lines = run("check").output.splitlines()
    assert len(lines) == payload["problems"] + 1  # a line per problem, then the summary
    assert f"in the index but not in the store: 002_f57b6ddea2dea553 ({damaged['orphaned'][:16]})" in lines
    repaired = run("check", "--repair")
    assert repaired.exit_code == 0, repaired.output
    assert repaired.output.splitlines()[-1] == "0 problems remain"
    assert run("check").exit_code == 0


def test_check_of_an_index_built_by_another_schema_says_reindex(home, run):
    from whoosh import fields, index as whoosh_index

    shutil.rmtree(home / "index")
    (home / "index").mkdir()
    whoosh_index.create_in(str(home / "index"), fields.Schema(id=fields.ID(stored=True)))
    result = run("check")
    assert result.exit_code == 1
    assert "run 'scrutiny reindex'" in result.output
    assert run("reindex").exit_code == 0
    assert run("check").exit_code == 0


def test_reindex_and_reextract_commands_print_a_summary(home, run):
    reindexed = run("reindex")
    assert reindexed.exit_code == 0
    assert reindexed.output.splitlines()[-1].startswith("5 documents, ")
    assert " passages reindexed, 0 failed in " in reindexed.output
    reextracted = run("reextract", "--force")
    assert reextracted.exit_code == 0
    assert reextracted.output.splitlines()[-1].startswith("5 re-extracted, 0 already current, 0 failed in ")


def test_a_second_maintenance_command_on_the_same_home_is_refused(home, run):
    with maintenance_lock(home):
        with pytest.raises(MaintenanceBusy):
            with maintenance_lock(home):
                pass
        result = run("reindex")
    assert result.exit_code == 1
    assert result.output == f"Error: another reindex, reextract or check --repair is running on {home}\n"
