"""Hostile input (issue 6): broken, crafted and oversized files mixed with good ones.

Each bad file gives exactly one stderr line ``path: reason`` (the path as given, a
short reason, no traceback), the good files are stored, the exit code is 1 and the
store and index stay consistent. The files come from ``tests/hostile/make_hostile.py``,
whose ``make_*`` docstrings say what each one models; ``Case.models`` repeats it here.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from scrutiny.corpus import open_store
from scrutiny.errors import DocumentTooLarge
from scrutiny.extract.records import RECORD_TABLES
from scrutiny.ingest import read_document
from scrutiny.pipeline import ingest_paths
from scrutiny.search import open_index
from tests.conftest import SAMPLES
from tests.hostile.make_hostile import HOSTILE, LIMITS, READABLE, make_hostile

SCRUTINY = Path(sys.executable).with_name("scrutiny")
GOOD_SAMPLES = ("001_c01749a460b4695c.pdf", "003_76dc0b55ebc94c68.docx")
# A cold worker's first file includes starting the extraction pipeline: on a loaded
# 2-core machine a good sample can take several seconds, so 10 s, not 5.
FILE_TIMEOUT = 10
MINUTES_MD = "# Panel minutes\n\nThe Panel noted the report of the Commissioner.\n"


@dataclass(frozen=True)
class Case:
    name: str  # a key of make_hostile's HOSTILE or LIMITS
    file: str
    reason: str  # a regular expression the whole reason must match
    models: str

    def __str__(self) -> str:
        return self.name


HOSTILE_CASES = [
    Case("zero_byte_pdf", "zero_byte.pdf", re.escape("empty file (0 bytes)"),
         "a download or copy that failed before its first byte"),
    Case("truncated_pdf", "truncated.pdf", r"corrupt PDF: .+",
         "an interrupted download: no cross-reference table or trailer"),
    Case("random_pdf", "random.pdf", re.escape("not a PDF (no %PDF header)"),
         "a corrupted disk block or a misnamed blob"),
    Case("random_docx", "random.docx", re.escape("not a Word document (not a zip archive)"),
         "a corrupted disk block or a misnamed blob"),
    Case("random_html", "random.html", re.escape("not an HTML page (binary content)"),
         "a corrupted disk block or a misnamed blob"),
    Case("encrypted_pdf", "encrypted.pdf", re.escape("encrypted PDF (password required)"),
         "an exempt report published with a user password"),
    Case("page_loop_pdf", "page_loop.pdf", r"corrupt PDF: .*page tree.*",
         "a page tree with a cycle (broken incremental save, crafted file)"),
    Case("zip_bomb_docx", "zip_bomb.docx", re.escape("refusing to open: archive expands to 3071 MB"),
         "a zip bomb named .docx: 3 MB that inflates to 3 GiB"),
    Case("lying_zip_docx", "lying_zip.docx",
         re.escape("corrupt Word document: Bad CRC-32 for file 'word/document.xml'"),
         "a zip bomb whose directory understates the size, defeating a check on the directory"),
    Case("huge_dom_html", "huge_dom.html",
         re.escape("HTML page too large to read: 1,000,003 elements (limit 500,000)"),
         "a runaway template loop: a million elements, gigabytes as a parsed tree"),
    Case("one_line_text", "one_line.txt",
         re.escape("not document text: a line of 52,431,944 characters with no line break "
                   "(limit 10,000,000)"),
         "a 50 MB log dump or minified export named .txt"),
    Case("invalid_utf8_text", "invalid_utf8.txt",
         re.escape("not valid UTF-8 or Windows-1252 text (byte 0x81 at offset 39)"),
         "text in an unknown encoding, or binary junk with a text name"),
]
LIMIT_CASES = [
    Case("slow_pdf", "slow.pdf", rf"took longer than {FILE_TIMEOUT} s to read.*",
         "an OCR'd PDF placing every glyph by itself: minutes of CPU for a small file"),
    Case("balloon_pdf", "balloon.pdf", r".*\bmemory\b.*",
         "a content stream of 1.5 MB that inflates to 1.5 GiB"),
]
assert {c.name for c in HOSTILE_CASES} == set(HOSTILE) and {c.name for c in LIMIT_CASES} == set(LIMITS)
assert set(READABLE) == {"deep_html"}  # read, not refused: see test_cli_reads_html_nested_10000_deep


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(SCRUTINY), *args], cwd=cwd, capture_output=True, text=True, timeout=900)


def file_lines(stderr: str) -> list[str]:
    """The stderr lines about files: progress lines ("ingest: 3/17 files…") left out."""
    return [line for line in stderr.splitlines() if line.strip() and not line.startswith("ingest: ")]


def reason_for(stderr: str, shown: str) -> str:
    """The reason of the one line about ``shown``; fails unless there is exactly one."""
    lines = [line for line in file_lines(stderr) if line.startswith(f"{shown}: ")]
    assert len(lines) == 1, stderr
    return lines[0][len(shown) + 2:]


def report_entry(report: dict, shown: str) -> dict:
    entries = [f for f in report["files"] if f["path"] == shown]
    assert len(entries) == 1, report["files"]
    return entries[0]


def assert_consistent(home: Path, names: set[str]) -> None:
    """Exactly the documents named are stored, whole, and indexed; nothing else anywhere."""
    with open_store(home, create=False) as store, open_index(home) as index:
        documents = list(store.documents())
        ids = {d["id"] for d in documents}
        assert {d["name"] for d in documents} == names
        assert all(d["indexed"] == 1 for d in documents)
        assert index.document_ids() == ids
    with sqlite3.connect(home / "scrutiny.db") as db:
        assert {r[0] for r in db.execute("SELECT DISTINCT document_id FROM blocks")} == ids
        assert {r[0] for r in db.execute("SELECT DISTINCT document_id FROM paths")} == ids
        for table in RECORD_TABLES.values():
            assert {r[0] for r in db.execute(f"SELECT DISTINCT document_id FROM [{table}]")} <= ids


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A folder ``corpus`` holding every HOSTILE and READABLE file and two samples."""
    root = tmp_path_factory.mktemp("hostile")
    make_hostile(root / "corpus")
    for name in GOOD_SAMPLES:
        shutil.copy(SAMPLES / name, root / "corpus" / name)
    return root


@pytest.fixture(scope="module")
def cli_batch(corpus):
    """``scrutiny ingest corpus --workers 2 --report report.json``, run from the corpus's parent."""
    result = run_cli(corpus, "--home", "home", "ingest", "corpus", "--workers", "2",
                     "--file-timeout", str(FILE_TIMEOUT), "--report", "report.json")
    return result, json.loads((corpus / "report.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", HOSTILE_CASES, ids=str)
def test_cli_reports_hostile_file_in_one_line(case, cli_batch):
    result, report = cli_batch
    shown = f"corpus/{case.file}"  # the path as given on the command line
    reason = reason_for(result.stderr, shown)
    assert re.fullmatch(case.reason, reason), f"{case.models}: {reason}"
    entry = report_entry(report, shown)
    assert (entry["status"], entry["error"], entry["document_id"]) == ("failed", reason, None)


def test_cli_hostile_batch_exits_1_with_a_line_per_bad_file_only(cli_batch):
    result, report = cli_batch
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    failed = [f["path"] for f in report["files"] if f["status"] == "failed"]
    assert sorted(line.split(": ", 1)[0] for line in file_lines(result.stderr)) == sorted(failed)
    assert set(failed) <= {f"corpus/{c.file}" for c in HOSTILE_CASES}
    ingested = sum(f["status"] == "ingested" for f in report["files"])
    assert result.stdout.startswith(f"{ingested} ingested, 0 unchanged, 0 pruned, {len(failed)} failed")


def test_cli_hostile_batch_stores_the_good_files_and_nothing_of_the_bad(cli_batch, corpus):
    _, report = cli_batch
    ingested = [f["path"] for f in report["files"] if f["status"] == "ingested"]
    assert {f"corpus/{name}" for name in (*GOOD_SAMPLES, "deep.html")} <= set(ingested)
    assert_consistent(corpus / "home", {Path(p).stem for p in ingested})
    check = run_cli(corpus, "--home", "home", "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "0 missing, 0 lost, 0 orphaned, 0 stale, 0 incomplete" in check.stdout


def test_cli_reads_html_nested_10000_deep(cli_batch, corpus):
    """Deep nesting is no reason to refuse a page: its paragraph is stored and shown."""
    shown = run_cli(corpus, "--home", "home", "show", "deep")
    assert shown.returncode == 0, shown.stderr
    assert "Minutes of the Police and Crime Panel." in shown.stdout


PDF_CASES = [c for c in HOSTILE_CASES if c.file.endswith(".pdf")]


@pytest.fixture(scope="module")
def full_engine_batch(corpus):
    """The hostile PDFs again, read by pdfplumber throughout (``--pdf-engine full``)."""
    paths = [f"corpus/{c.file}" for c in PDF_CASES]
    return run_cli(corpus, "--home", "home-full", "ingest", *paths, "--workers", "2", "--pdf-engine", "full")


@pytest.mark.parametrize("case", PDF_CASES, ids=str)
def test_cli_full_pdf_engine_reports_hostile_pdf_in_one_line(case, full_engine_batch):
    reason = reason_for(full_engine_batch.stderr, f"corpus/{case.file}")
    assert re.fullmatch(case.reason, reason), f"{case.models}: {reason}"


@pytest.fixture(scope="module")
def api_batch(corpus, tmp_path_factory):
    """The same corpus through the Python API, read in this process (``workers=0``)."""
    home = tmp_path_factory.mktemp("api-home")
    with open_store(home) as store, open_index(home) as index:
        batch = ingest_paths([corpus / "corpus"], store, index, workers=0, file_timeout=None)
    return home, {Path(r.path).name: r for r in batch.results}


@pytest.mark.parametrize("case", HOSTILE_CASES, ids=str)
def test_api_in_process_fails_hostile_file_with_reason(case, api_batch):
    _, results = api_batch
    result = results[case.file]
    assert result.status == "failed" and re.fullmatch(case.reason, result.error), f"{case.models}: {result}"


def test_api_in_process_stores_the_good_files_and_nothing_of_the_bad(api_batch):
    home, results = api_batch
    ingested = {name for name, r in results.items() if r.status == "ingested"}
    assert {*GOOD_SAMPLES, "deep.html"} <= ingested
    assert_consistent(home, {Path(name).stem for name in ingested})


@pytest.fixture(scope="module")
def limits_folder(tmp_path_factory) -> Path:
    """The slow and ballooning PDFs between two good Markdown files, in a folder ``limits``."""
    root = tmp_path_factory.mktemp("limits")
    make_hostile(root / "limits", list(LIMITS))
    for name in ("a_minutes.md", "z_minutes.md"):
        (root / "limits" / name).write_text(MINUTES_MD.replace("report", f"report {name}"), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def limits_batch(limits_folder):
    result = run_cli(limits_folder, "--home", "home", "ingest", "limits", "--workers", "2",
                     "--file-timeout", str(FILE_TIMEOUT), "--max-memory", "1024", "--report", "report.json")
    return result, json.loads((limits_folder / "report.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", LIMIT_CASES, ids=str)
def test_cli_per_file_limit_skips_the_file(case, limits_batch):
    result, report = limits_batch
    shown = f"limits/{case.file}"
    reason = reason_for(result.stderr, shown)
    assert re.fullmatch(case.reason, reason), f"{case.models}: {reason}"
    assert (report_entry(report, shown)["status"], report_entry(report, shown)["error"]) == ("failed", reason)


def test_cli_batch_goes_on_past_files_over_the_limits(limits_batch, limits_folder):
    result, report = limits_batch
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert [f["path"] for f in report["files"] if f["status"] == "ingested"] == [
        "limits/a_minutes.md", "limits/z_minutes.md"]
    assert_consistent(limits_folder / "home", {"a_minutes", "z_minutes"})


def test_api_in_process_time_limit_skips_a_slow_file(limits_folder, tmp_path):
    """In this process the limit is a timer signal: the slow file is abandoned mid-read."""
    folder = limits_folder / "limits"
    with open_store(tmp_path) as store, open_index(tmp_path) as index:
        batch = ingest_paths([folder / "slow.pdf", folder / "z_minutes.md"], store, index,
                             workers=0, file_timeout=FILE_TIMEOUT)
    assert [r.status for r in batch.results] == ["failed", "ingested"]
    assert re.fullmatch(LIMIT_CASES[0].reason, batch.results[0].error)
    assert_consistent(tmp_path, {"z_minutes"})


def _delete(path: Path) -> None:
    path.unlink()


def _make_directory(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _dangling_symlink(path: Path) -> None:
    path.unlink()
    path.symlink_to(path.with_name("moved-away.md"))


def _named_pipe(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


@dataclass(frozen=True)
class Change:
    name: str
    change: object  # Path -> None, applied to the file mid-batch
    reason: str
    models: str

    def __str__(self) -> str:
        return self.name


MID_BATCH_CHANGES = [
    Change("deleted", _delete, "no such file", "a file moved or deleted by a colleague or a sync client"),
    Change("replaced by a directory", _make_directory, "not a regular file", "a path reused as a folder"),
    Change("replaced by a dangling symlink", _dangling_symlink, "no such file",
           "a link whose target was moved"),
    Change("replaced by a named pipe", _named_pipe, "not a regular file",
           "a pipe or socket, which would block a naive read for ever"),
    Change("emptied", _empty, "empty file (0 bytes)", "a file truncated while a program rewrites it"),
]


@pytest.mark.parametrize("change", MID_BATCH_CHANGES, ids=str)
def test_file_that_changes_mid_batch_fails_alone(change, tmp_path):
    """The victim is changed when the first result comes back; it sits after eight other
    files, beyond what the batch reads ahead, so it is changed before it is read."""
    folder = tmp_path / "papers"
    folder.mkdir()
    fillers = [folder / f"a{n}.md" for n in range(8)]
    for path in fillers:
        path.write_text(MINUTES_MD.replace("report", f"report {path.stem}"), encoding="utf-8")
    victim = folder / "z_victim.md"
    victim.write_text(MINUTES_MD, encoding="utf-8")

    def on_file(result):
        if result.path == str(fillers[0]):
            change.change(victim)

    home = tmp_path / "home"
    with open_store(home) as store, open_index(home) as index:
        batch = ingest_paths([folder], store, index, workers=0, on_file=on_file)
    by_path = {r.path: r for r in batch.results}
    assert len(batch.results) == 9
    outcome = by_path[str(victim)]
    assert (outcome.status, outcome.error) == ("failed", change.reason), change.models
    assert all(by_path[str(p)].status == "ingested" for p in fillers)
    assert_consistent(home, {p.stem for p in fillers})


def test_generator_writes_the_same_bytes_every_time(corpus, tmp_path):
    again = make_hostile(tmp_path / "again")
    for name, path in again.items():
        first = (corpus / "corpus" / path.name).read_bytes()
        assert hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(first).digest(), name


def test_long_text_with_line_breaks_is_still_read(tmp_path):
    """The one-line limit is about lines: 12 MB of ordinary short lines is a document."""
    line = "The Panel noted the report and agreed the recommendations set out in it.\n"
    path = tmp_path / "archive.txt"
    path.write_text(line * (12 * 2**20 // len(line)), encoding="utf-8")
    document = read_document(path)
    assert len(document.text) > 10_000_000 and document.blocks[0].text.startswith("The Panel noted")


def test_document_over_the_text_limit_is_refused(tmp_path, monkeypatch):
    """Every reader builds through DocumentBuilder, which stops at MAX_DOCUMENT_CHARS."""
    monkeypatch.setattr("scrutiny.ingest.model.MAX_DOCUMENT_CHARS", 1000)
    path = tmp_path / "long.html"
    path.write_text("<html><body>" + "<p>The Panel noted the report.</p>" * 100 + "</body></html>")
    with pytest.raises(DocumentTooLarge) as error:
        read_document(path)
    assert str(error.value) == ("too long to read as one document: more than 1,000 characters of text "
                                "(limit 1,000)")
