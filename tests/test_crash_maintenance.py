"""kill -9 during reindex and reextract: the next run completes the job, and nothing committed is lost.

Each run is a real ``scrutiny`` subprocess that SIGKILLs itself at a named point
(``SCRUTINY_CRASH_AT``, see scrutiny/faults.py); the same command is then run again,
and the store and index must be what an uninterrupted run leaves.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from scrutiny.search import SearchRequest, open_index
from scrutiny.search.generations import current_index_dir, stale_paths
from tests.test_ingest_batch import SCRUTINY, index_snapshot, store_snapshot


def _scrutiny(home, *args, crash_at=None):
    env = dict(os.environ)
    env.pop("SCRUTINY_CRASH_AT", None)
    if crash_at:
        env["SCRUTINY_CRASH_AT"] = crash_at
    return subprocess.run([SCRUTINY, "--home", str(home), *args], env=env, capture_output=True, text=True,
                          timeout=600)


def _processes_of(home) -> list[int]:
    """Processes whose command line names the data directory: a killed run's orphaned workers."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if str(home).encode() in cmdline.read_bytes():
                found.append(int(cmdline.parent.name))
        except OSError:  # gone meanwhile
            pass
    return found


def _wait_gone(home, seconds=10.0) -> list[int]:
    deadline = time.monotonic() + seconds  # a SIGKILL takes a moment to reach the workers
    while _processes_of(home) and time.monotonic() < deadline:
        time.sleep(0.1)
    return _processes_of(home)


def _copy(ingested_home, tmp_path, name="home"):
    home = tmp_path / name
    shutil.copytree(ingested_home, home)
    return home


def _make_outdated(home):
    """As if an older extractor had made the records: another version, and no actions found."""
    with sqlite3.connect(home / "scrutiny.db") as conn:
        conn.execute("UPDATE documents SET extractor_version = 'old'")
        assert conn.execute("DELETE FROM actions").rowcount


def _versions(home) -> dict[str, str]:
    with sqlite3.connect(home / "scrutiny.db") as conn:
        return dict(conn.execute("SELECT name, extractor_version FROM documents"))


def _answers(home) -> list[str]:
    with open_index(home, rebuild_outdated=False) as index:
        return [h.doc for h in index.query(SearchRequest("body worn video", limit=3)).hits]


def _assert_complete(home, expected_store, expected_index):
    assert store_snapshot(home) == expected_store
    assert index_snapshot(home) == expected_index
    assert not stale_paths(home)
    checked = _scrutiny(home, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.fixture(scope="module")
def reindexed(ingested_home, tmp_path_factory):
    """The samples after an uninterrupted reindex: what every interrupted one must end as."""
    home = _copy(ingested_home, tmp_path_factory.mktemp("reindexed"))
    assert _scrutiny(home, "reindex").returncode == 0
    return store_snapshot(home), index_snapshot(home)


@pytest.mark.parametrize("crash_at, live_after_kill, live_after_rerun", [
    ("reindex:mid-build@3", "index", "index-1"),  # three documents into the new generation
    ("reindex:before-publish", "index", "index-1"),  # built and committed, not yet swapped in
    ("reindex:after-publish", "index-1", "index-2"),  # swapped in, flags and old generations not seen to
])
def test_kill_9_during_reindex_then_rerun_completes(ingested_home, reindexed, tmp_path, crash_at, live_after_kill,
                                                    live_after_rerun):
    home = _copy(ingested_home, tmp_path)
    before = _answers(home)
    killed = _scrutiny(home, "reindex", crash_at=crash_at)
    assert killed.returncode == -9, killed.stderr
    assert _wait_gone(home) == []  # the index writer's worker processes died with it
    assert current_index_dir(home).name == live_after_kill
    assert _answers(home) == before  # searches answer throughout

    again = _scrutiny(home, "reindex")
    assert again.returncode == 0, again.stderr
    assert current_index_dir(home).name == live_after_rerun
    _assert_complete(home, *reindexed)
    assert _answers(home) == before


@pytest.fixture(scope="module")
def reextracted(ingested_home, tmp_path_factory):
    """The samples, made outdated, after an uninterrupted reextract."""
    home = _copy(ingested_home, tmp_path_factory.mktemp("reextracted"))
    _make_outdated(home)
    assert _scrutiny(home, "reextract").returncode == 0
    return store_snapshot(home), index_snapshot(home)


@pytest.mark.parametrize("crash_at, done_before_kill", [
    ("reextract:between-documents@3", 2),  # two documents done, the third not begun
    ("reextract:before-commit@2", 1),  # the second document's records written, not committed
    ("reextract:before-index@2", 2),  # the second committed, neither indexed yet
])
def test_kill_9_during_reextract_then_rerun_completes(ingested_home, reextracted, tmp_path, crash_at,
                                                      done_before_kill):
    from scrutiny.extract import EXTRACTOR_VERSION

    home = _copy(ingested_home, tmp_path)
    _make_outdated(home)
    killed = _scrutiny(home, "reextract", crash_at=crash_at)
    assert killed.returncode == -9, killed.stderr
    done = [name for name, version in _versions(home).items() if version == EXTRACTOR_VERSION]
    assert len(done) == done_before_kill  # committed before the kill: kept; the rest: untouched

    again = _scrutiny(home, "reextract")
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(f"{5 - done_before_kill} re-extracted, {done_before_kill} already current")
    _assert_complete(home, *reextracted)


def test_reextract_rerun_indexes_what_the_killed_run_committed(ingested_home, reextracted, tmp_path):
    home = _copy(ingested_home, tmp_path)
    _make_outdated(home)
    assert _scrutiny(home, "check", "--repair").returncode == 0  # the index as the old records had it
    assert _scrutiny(home, "reextract", crash_at="reextract:before-index@5").returncode == -9
    with sqlite3.connect(home / "scrutiny.db") as conn:
        assert conn.execute("SELECT count(*) FROM documents WHERE indexed = 0").fetchone()[0] == 5
    checked = _scrutiny(home, "check")
    assert checked.returncode == 1
    assert "indexed from other records than the store holds: 002_f57b6ddea2dea553" in checked.stdout

    again = _scrutiny(home, "reextract")
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("0 re-extracted, 5 already current")
    _assert_complete(home, *reextracted)
