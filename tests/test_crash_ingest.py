"""kill -9 during ingest: the next run completes the store and index, and nothing committed is lost.

Each run is a real ``scrutiny ingest`` subprocess that SIGKILLs itself at a named
point (``SCRUTINY_CRASH_AT``, see scrutiny/faults.py); the same command is then run
again and must leave exactly what an uninterrupted run leaves.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess

import pytest

from tests.test_ingest_batch import SCRUTINY, index_snapshot, store_snapshot


@pytest.fixture(scope="module")
def corpus(batch_corpus):
    return batch_corpus


def _ingest(home, corpus, crash_at=None, workers="2"):
    env = dict(os.environ, SCRUTINY_WORKERS=workers)
    env.pop("SCRUTINY_CRASH_AT", None)
    if crash_at:
        env["SCRUTINY_CRASH_AT"] = crash_at
    return subprocess.run([SCRUTINY, "--home", str(home), "ingest", str(corpus)], env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def clean_home(corpus, tmp_path_factory):
    home = tmp_path_factory.mktemp("clean")
    assert _ingest(home, corpus).returncode == 0
    return home


def _stored_documents(home) -> int:
    with sqlite3.connect(home / "scrutiny.db") as conn:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]


@pytest.mark.parametrize("crash_at, committed", [
    ("ingest:before-commit@4", 3),  # workers busy, three documents committed
    ("ingest:after-store@3", 3),  # a document committed to the store, not yet to the index
    ("ingest:after-index@1", 21),  # the index written, documents not yet marked indexed
])
def test_kill_9_then_rerun_completes_store_and_index(corpus, clean_home, tmp_path, crash_at, committed):
    home = tmp_path / "home"
    killed = _ingest(home, corpus, crash_at)
    assert killed.returncode == -9, killed.stderr
    assert _stored_documents(home) == committed  # nothing committed before the kill is lost

    again = _ingest(home, corpus)
    assert again.returncode == 0, again.stderr
    assert store_snapshot(home) == store_snapshot(clean_home)
    assert index_snapshot(home) == index_snapshot(clean_home)


def test_kill_9_of_an_in_process_ingest_mid_batch(corpus, clean_home, tmp_path):
    home = tmp_path / "home"
    killed = _ingest(home, corpus, "ingest:after-store@10", workers="0")
    assert killed.returncode == -9
    assert _stored_documents(home) == 10
    assert _ingest(home, corpus, workers="0").returncode == 0
    assert store_snapshot(home) == store_snapshot(clean_home)
    assert index_snapshot(home) == index_snapshot(clean_home)


def test_kill_9_between_pruning_the_store_and_the_index(corpus, tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(corpus, folder)
    home = tmp_path / "home"
    assert _ingest(home, folder).returncode == 0
    gone = next((folder / "samples").glob("002_*.html"))
    gone.unlink()
    env = dict(os.environ, SCRUTINY_WORKERS="2", SCRUTINY_CRASH_AT="ingest:after-prune")
    killed = subprocess.run([SCRUTINY, "--home", str(home), "ingest", str(folder), "--prune"], env=env,
                            capture_output=True, text=True, timeout=600)
    assert killed.returncode == -9
    assert _stored_documents(home) == 20  # the store's part was committed

    assert _ingest(home, folder).returncode == 0
    names = {json.loads(fields)["doc"] for fields in index_snapshot(home)}
    assert gone.stem not in names and len(names) == 20
