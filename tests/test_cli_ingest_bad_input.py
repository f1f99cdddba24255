"""Bad input: one line 'path: reason' each, the batch goes on, the store is unchanged, exit 1."""

import sqlite3

import pytest

from tests.docs.make_pdf import make_encrypted_pdf, make_scanned_pdf


def _snapshot(home):
    with sqlite3.connect(home / "scrutiny.db") as conn:
        return {t: conn.execute(f"SELECT * FROM [{t}] ORDER BY 1, 2").fetchall()
                for t in ("documents", "blocks", "paths")}


def _write_bad(kind, folder, samples):
    folder.mkdir(exist_ok=True)
    if kind == "zero-byte pdf":
        path = folder / "empty.pdf"
        path.write_bytes(b"")
        return path, "empty file (0 bytes)"
    if kind == "truncated pdf":
        path = folder / "truncated.pdf"
        data = (samples / "004_5b78c666c7dc23dc.pdf").read_bytes()
        path.write_bytes(data[: len(data) // 3])
        return path, "corrupt PDF"
    if kind == "random bytes named .pdf":
        path = folder / "random.pdf"
        path.write_bytes(bytes(range(256)) * 20)
        return path, "not a PDF (no %PDF header)"
    if kind == "encrypted pdf":
        return make_encrypted_pdf(folder), "encrypted PDF (password required)"
    if kind == "scanned pdf":
        return make_scanned_pdf(folder, pages=2), "scanned PDF with no text layer (2 pages; OCR needed)"
    if kind == "non-UTF-8 text":
        path = folder / "latin1.txt"
        head = "Minutes of the Caf\xe9 Board\nItem ".encode("latin-1")
        path.write_bytes(head + b"\x81\x8d closed\n")  # 0x81 is no character in Windows-1252
        return path, f"not valid UTF-8 or Windows-1252 text (byte 0x81 at offset {len(head)})"
    if kind == "binary named .txt":
        path = folder / "binary.txt"
        path.write_bytes(b"\x00\x01\x02\x03" * 500)
        return path, "not a text file (binary content)"
    if kind == "docx that is not a zip":
        path = folder / "report.docx"
        path.write_text("this is not a Word document", encoding="utf-8")
        return path, "not a Word document"
    if kind == "unknown extension":
        path = folder / "budget.xyz"
        path.write_bytes(b"1,2,3\n")
        return path, "unsupported file type '.xyz'"
    raise AssertionError(kind)


BAD_KINDS = ["zero-byte pdf", "truncated pdf", "random bytes named .pdf", "encrypted pdf", "scanned pdf",
             "non-UTF-8 text", "binary named .txt", "docx that is not a zip", "unknown extension"]


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_bad_input_reports_one_line_and_leaves_store_unchanged(kind, run, home, samples, tmp_path):
    assert run("ingest", samples).exit_code == 0
    before = _snapshot(home)
    bad, reason = _write_bad(kind, tmp_path / "bad", samples)
    good = tmp_path / "good.md"
    good.write_text("# Panel notes\n\nThe Panel noted the report.\n", encoding="utf-8")

    result = run("ingest", bad, good)

    assert result.exit_code == 1
    error_lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(error_lines) == 1
    assert error_lines[0].startswith(f"{bad}: {reason}")
    assert "Traceback" not in result.output
    assert "1 ingested, 0 unchanged, 0 pruned, 1 failed" in result.stdout
    after = _snapshot(home)
    assert [r for r in after["documents"] if r[2] != "good"] == before["documents"]
    assert not any(str(bad) in str(row) for row in after["paths"])
    assert len(after["documents"]) == len(before["documents"]) + 1


def test_a_failure_while_storing_rolls_back_the_whole_document(home, samples, monkeypatch):
    from scrutiny.corpus import open_store
    from scrutiny.corpus.store import Store
    from scrutiny.pipeline import ingest_paths
    from scrutiny.search import open_index

    def broken(self, document_id, records):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Store, "_insert_records", broken)
    with open_store(home) as store, open_index(home) as index:
        batch = ingest_paths([samples / "002_f57b6ddea2dea553.html"], store, index)
        assert batch.failed[0].error == "could not store: disk I/O error"
        assert store.stats()["documents"] == 0 and store.stats()["blocks"] == 0
        assert index.count() == 0
