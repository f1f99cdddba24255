"""Ingest throughput, incremental re-ingest, reindex and peak memory over a generated corpus (issue 6).

Generates (or reuses) a reproducible corpus of governance papers (``bench/make_corpus.py``: at least
1,000 documents and 10,000 PDF pages by default), then runs, each in a fresh data directory:

1. raw pdfplumber text (``page.extract_text()`` per page) over every PDF;
2. raw pypdfium2 text (``get_textpage().get_text_range()``) over the same PDFs;
3. ``scrutiny ingest CORPUS --workers 1``; 4. the same with ``--workers 2``;
5. a no-op re-ingest of the second store; 6. ``scrutiny reindex`` of it.

Every run is a child process (``bench/measure.py``): wall clock; the peaks of the summed RSS and PSS
of the child and all its descendants, sampled from /proc every 50 ms; their CPU time; ru_maxrss.
Prints one table with pages/s, ratios to the raw parsers, peak memory and the issue's targets. A
command or option scrutiny does not have yet is reported as skipped; no number is made up.

    .venv/bin/python bench/ingest.py                       # the full corpus
    .venv/bin/python bench/ingest.py --docs 20 --pages 150 # a quick run
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.measure import Measured, run_measured  # noqa: E402

TARGET_PAGES_PER_S, TARGET_NOOP_SHARE, TARGET_REINDEX_SPEEDUP, TARGET_PEAK_MB = 100, 0.02, 5, 1024
RAW_RESULTS = "raw.json"  # in the workdir, removed when the corpus is rebuilt
VOLATILE_COLUMNS = {"ingested_at", "seen_at", "indexed"}  # differ between two ingests of the same files


# -- corpus ----------------------------------------------------------------------------------------
def ensure_corpus(workdir: Path, docs: int, pages: int, seed: int,
                  rebuild: bool) -> tuple[Path, list[dict], float | None]:
    """The corpus in ``workdir/corpus`` and its manifest; rebuilt when the generator or settings changed.
    Returns the build time, or None when the cached corpus was reused."""
    from bench.make_corpus import GENERATOR_VERSION, make_corpus

    corpus, manifest = workdir / "corpus", workdir / "manifest.json"
    key = {"version": GENERATOR_VERSION, "docs": docs, "pages": pages, "seed": seed}
    if manifest.exists() and not rebuild:
        saved = json.loads(manifest.read_text())
        if saved["key"] == key and all((corpus / f["path"]).is_file() for f in saved["files"]):
            return corpus, saved["files"], None
    shutil.rmtree(corpus, ignore_errors=True)
    (workdir / RAW_RESULTS).unlink(missing_ok=True)
    start = time.perf_counter()
    files = make_corpus(corpus, docs, pages, seed)
    seconds = time.perf_counter() - start
    manifest.write_text(json.dumps({"key": key, "seconds": seconds, "files": files}))
    return corpus, files, seconds


# -- raw parsers (run in a child process so their memory is measured alone) --------------------------
def raw_text(engine: str, pdfs: list[Path]) -> dict:
    """Read the text of every page of ``pdfs`` with one library, in this process; pages, chars, seconds."""
    import pdfplumber
    import pypdfium2

    pages = chars = 0
    start = time.perf_counter()
    for path in pdfs:
        if engine == "pdfplumber":
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    chars += len(page.extract_text() or "")
                    page.close()
                    pages += 1
        else:
            pdf = pypdfium2.PdfDocument(str(path))
            for page in pdf:
                textpage = page.get_textpage()
                chars += len(textpage.get_text_range())
                textpage.close()
                page.close()
                pages += 1
            pdf.close()
    return {"pages": pages, "chars": chars, "seconds": time.perf_counter() - start}


# -- scrutiny --------------------------------------------------------------------------------------
def scrutiny_has(exe: str, *words: str) -> bool:
    """Whether ``scrutiny WORDS --help`` works (a command exists) and, for an option, mentions it."""
    command = [w for w in words if not w.startswith("--")]
    result = subprocess.run([exe, *command, "--help"], capture_output=True, text=True)
    return result.returncode == 0 and all(w in result.stdout for w in words if w.startswith("--"))


def fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    return path


# -- checks on the stores -------------------------------------------------------------------------
def open_db(home: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{home / 'scrutiny.db'}?mode=ro", uri=True)


def documents_missing_tables(home: Path, corpus: Path, files: list[dict]) -> tuple[list[str], int]:
    """Corpus files whose stored table blocks are fewer than the tables drawn in them (plain text is
    left out: its tab-separated tables are not promised), and the number of table blocks stored."""
    with closing(open_db(home)) as db:
        per_path = dict(db.execute("SELECT p.path, count(b.seq) FROM paths p LEFT JOIN blocks b "
                                   "ON b.document_id = p.document_id AND b.kind = 'table' GROUP BY p.path"))
        total = db.execute("SELECT count(*) FROM blocks WHERE kind = 'table'").fetchone()[0]
    root = corpus.resolve()
    missing = [f["path"] for f in files
               if f["format"] != "txt" and per_path.get(str(root / f["path"]), 0) < f["tables"]]
    return missing, total


def store_fingerprint(home: Path) -> dict[str, tuple[int, str]]:
    """Per table: row count and a hash of the sorted rows, leaving out timestamps and integer row ids."""
    out = {}
    with closing(open_db(home)) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            columns = [c[1] for c in db.execute(f'PRAGMA table_info("{table}")')
                       if c[1] not in VOLATILE_COLUMNS and not (c[1] == "id" and c[2].upper() == "INTEGER")]
            select = f'SELECT {", ".join(f"[{c}]" for c in columns)} FROM "{table}"'
            rows = sorted(json.dumps(r) for r in db.execute(select))
            out[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return out


def compare_stores(a: Path, b: Path) -> str:
    fa, fb = store_fingerprint(a), store_fingerprint(b)
    differ = [f"{t} ({fa.get(t, (0,))[0]:,} vs {fb.get(t, (0,))[0]:,} rows)" for t in sorted(set(fa) | set(fb))
              if fa.get(t) != fb.get(t)]
    records = sum(n for t, (n, _) in fa.items() if t not in ("documents", "paths", "blocks"))
    if differ:
        return "**differ** in " + ", ".join(differ)
    return (f"the same ({fa.get('documents', (0,))[0]:,} documents, {fa.get('blocks', (0,))[0]:,} blocks, "
            f"{records:,} records)")


# -- the table -------------------------------------------------------------------------------------
def fmt(value, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2g}" if value < 0.1 else f"{value:,.{2 if value < 10 else digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def print_table(rows: list[dict]) -> None:
    columns = ["run", "pages", "seconds", "CPU s", "pages/s", "× pdfplumber", "× pypdfium2", "peak MB",
               "peak PSS MB", "max RSS MB", "target", "met"]
    print("| " + " | ".join(columns) + " |")
    print("|" + "|".join("---" if c in ("run", "target", "met") else "---:" for c in columns) + "|")
    for row in rows:
        print("| " + " | ".join(fmt(row.get(c)) for c in columns) + " |")


def yes(ok: bool) -> str:
    return "yes" if ok else "**no**"


# -- main ------------------------------------------------------------------------------------------
def main() -> int:
    tmp = Path(tempfile.gettempdir())
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="documents in the corpus (default 1,000)")
    parser.add_argument("--pages", type=int, default=10000, help="PDF pages in the corpus (default 10,000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path,
                        help="corpus cache and data dirs (default $TMPDIR/scrutiny-bench-ingest-DOCS-PAGES-SEED)")
    parser.add_argument("--rebuild", action="store_true", help="regenerate the corpus even if cached")
    parser.add_argument("--only", choices=["raw", "scrutiny"], help="run only the raw-parser or the scrutiny rows")
    parser.add_argument("--scrutiny", default=str(Path(sys.executable).with_name("scrutiny")),
                        help="the scrutiny executable (default: the one beside this Python)")
    parser.add_argument("--timeout", type=float, default=7200,
                        help="seconds after which a scrutiny run is killed and reported (default 7,200)")
    parser.add_argument("--raw-child", choices=["pdfplumber", "pypdfium2"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    workdir = args.workdir or tmp / f"scrutiny-bench-ingest-{args.docs}-{args.pages}-{args.seed}"
    if args.raw_child:  # the child of a raw-parser row: list the PDFs from the manifest, read them, report
        files = json.loads((workdir / "manifest.json").read_text())["files"]
        pdfs = [workdir / "corpus" / f["path"] for f in files if f["format"] == "pdf"]
        print(json.dumps(raw_text(args.raw_child, pdfs)))
        return 0

    workdir.mkdir(parents=True, exist_ok=True)
    corpus, files, built = ensure_corpus(workdir, args.docs, args.pages, args.seed, args.rebuild)
    pdf_pages = sum(f["pages"] or 0 for f in files)
    formats = {f["format"]: sum(1 for g in files if g["format"] == f["format"]) for f in files}
    table_pages = sum(f["table_pages"] or 0 for f in files)
    print(f"corpus: {corpus} — {len(files)} documents ({', '.join(f'{n} {k}' for k, n in formats.items())}), "
          f"{pdf_pages:,} PDF pages ({table_pages:,} with a ruled table, "
          f"{sum(1 for f in files if f['two_column'])} PDFs with two-column pages); "
          + (f"generated in {built:.1f} s" if built is not None else "cached"), flush=True)
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs "
          "(wall clock stretches when other work shares the CPUs; CPU s does not)\n", flush=True)

    rows, notes = [], []
    if args.only != "scrutiny":
        rows += raw_rows(workdir, notes)
    elif (workdir / RAW_RESULTS).is_file():  # the slow raw rows of an earlier run on this same corpus
        rows += json.loads((workdir / RAW_RESULTS).read_text())
        notes.append(f"the raw-parser rows are from an earlier run ({workdir / RAW_RESULTS})")
    results = {r["engine"]: r["pages/s"] for r in rows if "engine" in r}
    if args.only != "raw":
        rows += scrutiny_rows(args.scrutiny, corpus, workdir, files, pdf_pages, notes, args.timeout)
    for row in rows:
        if row.get("pages/s"):
            for engine in ("pdfplumber", "pypdfium2"):
                if engine in results:
                    row[f"× {engine}"] = row["pages/s"] / results[engine]
    print_table(rows)
    for note in notes:
        print(f"\n- {note}", end="")
    print()
    (workdir / "results.json").write_text(json.dumps({"rows": rows, "notes": notes}, indent=1))
    return 0


def raw_rows(workdir: Path, notes: list[str]) -> list[dict]:
    """Rows 1–2, each engine in a child process of its own; kept in RAW_RESULTS for ``--only scrutiny``."""
    rows = []
    for engine in ("pdfplumber", "pypdfium2"):
        m = run_measured([sys.executable, __file__, "--raw-child", engine, "--workdir", str(workdir)])
        if m.returncode:
            notes.append(f"raw {engine} failed: {m.stderr.strip()[-300:]}")
            continue
        out = json.loads(m.stdout)
        rows.append({"run": f"raw {engine} text", "engine": engine, "pages": out["pages"], "seconds": out["seconds"],
                     "CPU s": m.cpu_seconds, "pages/s": out["pages"] / out["seconds"], "peak MB": m.peak_mb,
                     "peak PSS MB": m.pss_mb, "max RSS MB": m.maxrss_mb})
    (workdir / RAW_RESULTS).write_text(json.dumps(rows, indent=1))
    return rows


def scrutiny_rows(exe: str, corpus: Path, workdir: Path, files: list[dict], pdf_pages: int,
                  notes: list[str], timeout: float) -> list[dict]:
    """Rows 3–6: ingest with 1 and 2 workers, a no-op re-ingest, reindex; checks go into ``notes``."""
    if not Path(exe).exists() and not shutil.which(exe):
        notes.append(f"skipped the scrutiny rows: no executable {exe}")
        return []
    workers, report = scrutiny_has(exe, "ingest", "--workers"), scrutiny_has(exe, "ingest", "--report")
    if not workers:
        notes.append("`scrutiny ingest` has no --workers option yet: the workers-1 row is a plain ingest "
                     "and the workers-2 row is skipped")
    if not report:
        notes.append("`scrutiny ingest` has no --report option yet: failures are counted from stderr")
    rows, runs = [], {}
    for n in (1, 2) if workers else (1,):
        home = fresh(workdir / f"H{n}")
        command = ["ingest", str(corpus)] + (["--workers", str(n)] if workers else [])
        row, m = ingest_row(exe, home, command, workdir / f"R{n}.json" if report else None, pdf_pages, notes, timeout)
        row["run"] = f"ingest --workers {n}" if workers else "ingest (no --workers option yet)"
        failed = row.pop("failed")
        if failed:
            row["run"] += f" ({failed} failed)"
        if failed >= len(files) or m.timed_out:
            row["pages/s"] = None  # no rate to report for a batch that stored nothing or did not finish
        if m.timed_out:
            row["run"] += " (killed at the time limit)"
        ok = m.peak_mb < TARGET_PEAK_MB and not failed and not m.timed_out
        if n == 2:
            row.update(target=f"≥ {TARGET_PAGES_PER_S} pages/s, < 1 GB",
                       met=yes(ok and (row["pages/s"] or 0) >= TARGET_PAGES_PER_S))
        else:
            row.update(target="< 1 GB", met=yes(ok))
        rows.append(row)
        runs[n] = (home, command, m)
    home, command, full = runs[max(runs)]
    check_stores(runs, corpus, files, notes)
    if rows[-1]["pages/s"] is None:
        notes.append(f"skipped the no-op re-ingest and reindex: the ingest into {home.name} did not finish "
                     "or stored nothing")
        return rows
    noop = run_measured([exe, "--home", str(home), *command], timeout)  # the same command again
    rows.append(follow_up_row("no-op re-ingest", noop, f"{noop.seconds / full.seconds:.1%} of full",
                              f"≤ {TARGET_NOOP_SHARE:.0%}", noop.seconds <= TARGET_NOOP_SHARE * full.seconds))
    if scrutiny_has(exe, "reindex"):
        m = run_measured([exe, "--home", str(home), "reindex"], timeout)
        speedup = full.seconds / m.seconds
        rows.append(follow_up_row("reindex", m, f"{speedup:.1f}× faster than ingest",
                                  f"≥ {TARGET_REINDEX_SPEEDUP}× faster", speedup >= TARGET_REINDEX_SPEEDUP))
    else:
        notes.append("skipped reindex: `scrutiny reindex` does not exist yet")
    return rows


def ingest_row(exe: str, home: Path, command: list[str], report: Path | None, pdf_pages: int,
               notes: list[str], timeout: float) -> tuple[dict, Measured]:
    """One full ingest; pages/s over the corpus's PDF pages (the batch also holds the other formats)."""
    if report:
        report.unlink(missing_ok=True)  # a report left by an earlier run must not pass for this one's
    m = run_measured([exe, "--home", str(home), *command, *(["--report", str(report)] if report else [])], timeout)
    if m.timed_out:
        notes.append(f"{home.name}: killed after the time limit of {timeout:,.0f} s (--timeout)")
    files = json.loads(report.read_text()).get("files", []) if report and report.is_file() else None
    if files is not None:
        failed = sum(1 for f in files if f.get("status") == "failed")
        stored = sum(f.get("pages") or 0 for f in files if f.get("status") == "ingested")
        if stored != pdf_pages:
            notes.append(f"{home.name}: the report counts {stored:,} pages ingested; "
                         f"the corpus has {pdf_pages:,} PDF pages")
    else:
        failed = sum(1 for line in m.stderr.splitlines() if ": " in line)
    if m.returncode:
        first = next((line for line in m.stderr.splitlines() if line.strip()), "")
        notes.append(f"{home.name}: exit code {m.returncode}, {failed} files failed; "
                     f"first line of stderr: {first[:300]}")
    row = {"pages": pdf_pages, "seconds": m.seconds, "CPU s": m.cpu_seconds, "pages/s": pdf_pages / m.seconds,
           "peak MB": m.peak_mb, "peak PSS MB": m.pss_mb, "max RSS MB": m.maxrss_mb, "failed": failed}
    return row, m


def check_stores(runs: dict, corpus: Path, files: list[dict], notes: list[str]) -> None:
    """Tables kept in the last store; the workers-1 and workers-2 stores alike."""
    home = runs[max(runs)][0]
    try:
        missing, tables = documents_missing_tables(home, corpus, files)
        notes.append(f"{home.name}: {tables:,} table blocks stored; {len(missing)} documents have fewer table blocks "
                     f"than the tables the corpus drew" + (f" (e.g. {', '.join(missing[:3])})" if missing else ""))
        if 1 in runs and 2 in runs:
            notes.append(f"H1 and H2 stores: {compare_stores(runs[1][0], runs[2][0])}")
    except sqlite3.Error as e:
        notes.append(f"could not read the store in {home}: {e}")


def follow_up_row(label: str, m: Measured, ratio: str, target: str, ok: bool) -> dict:
    label += f" ({ratio})" + ("" if m.returncode == 0 else f", exit code {m.returncode}")
    label += ", killed at the time limit" if m.timed_out else ""
    return {"run": label, "seconds": m.seconds, "CPU s": m.cpu_seconds, "peak MB": m.peak_mb, "peak PSS MB": m.pss_mb,
            "max RSS MB": m.maxrss_mb, "target": target, "met": yes(ok and m.returncode == 0)}


if __name__ == "__main__":
    sys.exit(main())
