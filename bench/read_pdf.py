"""Benchmark the PDF reader's two engines against raw pdfplumber and raw pypdfium2.

Run: .venv/bin/python bench/read_pdf.py [extra.pdf ...]

For the sample corpus PDFs, a generated 200-page report (a ruled table every tenth
page), the same report without tables and any PDFs named on the command line, prints
pages and pages/s for ``read_pdf`` with the full engine (pdfplumber throughout) and the
fast one (pdfium, pdfplumber only for table pages), for pdfplumber's ``extract_text()``
over every page and for pypdfium2's ``get_text_range()``; the fast engine's speed-up
over the full one and its time over raw pdfium's; and each engine's peak Python memory
(tracemalloc, measured in separate runs so it does not slow the timings). Each time is
the best of ``--repeat`` runs (default 1).
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402
import pypdfium2  # noqa: E402

from scrutiny.ingest.pdf import read_pdf  # noqa: E402
from tests.docs.make_pdf import make_long_pdf  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


REPEAT = 1


def best_of(run) -> float:
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def time_read_pdf(path: Path, engine: str) -> tuple[float, int]:
    pages = []
    seconds = best_of(lambda: pages.append(read_pdf(path, engine=engine).pages or 0))
    return seconds, pages[-1]


def plumber_text(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()


def pdfium_text(path: Path) -> None:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
    finally:
        pdf.close()


def peak_memory_mb(path: Path, engine: str) -> float:
    tracemalloc.start()
    try:
        read_pdf(path, engine=engine)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def measure(path: Path) -> dict:
    full, pages = time_read_pdf(path, "full")
    fast, _ = time_read_pdf(path, "fast")
    plumber = best_of(lambda: plumber_text(path))
    pdfium = best_of(lambda: pdfium_text(path))
    return {
        "file": path.name,
        "pages": pages,
        "full p/s": pages / full,
        "fast p/s": pages / fast,
        "pdfplumber p/s": pages / plumber,
        "pdfium p/s": pages / pdfium,
        "fast speed-up": full / fast,
        "fast/pdfium time": fast / pdfium,
        "full/pdfplumber time": full / plumber,
        "full peak MB": peak_memory_mb(path, "full"),
        "fast peak MB": peak_memory_mb(path, "fast"),
    }


def total_row(rows: list[dict], seconds: dict[str, float]) -> dict:
    """All files together: pages over the summed times."""
    pages = sum(r["pages"] for r in rows)
    return {
        "file": "all files",
        "pages": pages,
        **{f"{k} p/s": pages / v for k, v in seconds.items()},
        "fast speed-up": seconds["full"] / seconds["fast"],
        "fast/pdfium time": seconds["fast"] / seconds["pdfium"],
        "full/pdfplumber time": seconds["full"] / seconds["pdfplumber"],
        "full peak MB": max(r["full peak MB"] for r in rows),
        "fast peak MB": max(r["fast peak MB"] for r in rows),
    }


def print_rows(rows: list[dict]) -> None:
    columns = list(rows[0])
    cells = [[_format(row[c]) for c in columns] for row in rows]
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:
        widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
        print("  ".join(c.rjust(w) for c, w in zip(columns, widths)))
        for r in cells:
            print("  ".join(v.rjust(w) for v, w in zip(r, widths)))
        return
    table = Table(title="read_pdf benchmark: full engine (pdfplumber) and fast engine (pdfium)")
    for c in columns:
        table.add_column(c, justify="left" if c == "file" else "right")
    for r in cells:
        table.add_row(*r)
    Console(width=200).print(table)


def _format(value) -> str:
    if isinstance(value, float):
        return f"{value:.2f}" if value < 100 else f"{value:.0f}"
    return str(value)


def main(argv: list[str]) -> None:
    global REPEAT
    if "--repeat" in argv:
        at = argv.index("--repeat")
        REPEAT = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2:]
    paths = sorted(CORPUS.glob("*.pdf")) if CORPUS.is_dir() else []
    paths += [Path(a) for a in argv]
    with tempfile.TemporaryDirectory() as tmp:
        paths.append(make_long_pdf(Path(tmp), pages=200))
        no_tables = Path(tmp) / "plain"
        no_tables.mkdir()
        plain = make_long_pdf(no_tables, pages=200, table_every=10**6)
        paths.append(plain.rename(plain.with_name("long_200_no_tables.pdf")))
        rows = [measure(p) for p in paths]
        seconds = {key: sum(r["pages"] / r[f"{key} p/s"] for r in rows)
                   for key in ("full", "fast", "pdfplumber", "pdfium")}
        print_rows(rows + [total_row(rows, seconds)])


if __name__ == "__main__":
    main(sys.argv[1:])
