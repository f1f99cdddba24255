"""Benchmark the PDF reader against raw pdfplumber and raw pypdfium2 text extraction.

Run: .venv/bin/python bench/read_pdf.py [extra.pdf ...]

For the sample corpus PDFs, a generated 200-page report and any PDFs named on the
command line, prints pages, seconds and pages/s for ``read_pdf``, for pdfplumber's
``extract_text()`` over every page and for pypdfium2's ``get_text_range()``, the
ratio of ``read_pdf`` time to raw pdfplumber time, and ``read_pdf``'s peak Python
memory (tracemalloc, measured in a separate run so it does not slow the timings).
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


def time_read_pdf(path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    doc = read_pdf(path)
    return time.perf_counter() - start, doc.pages or 0


def time_pdfplumber(path: Path) -> float:
    start = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
    return time.perf_counter() - start


def time_pdfium(path: Path) -> float:
    start = time.perf_counter()
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return time.perf_counter() - start


def peak_memory_mb(path: Path) -> float:
    tracemalloc.start()
    try:
        read_pdf(path)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def measure(path: Path) -> dict:
    seconds, pages = time_read_pdf(path)
    plumber = time_pdfplumber(path)
    pdfium = time_pdfium(path)
    return {
        "file": path.name,
        "pages": pages,
        "read_pdf s": seconds,
        "read_pdf p/s": pages / seconds,
        "pdfplumber s": plumber,
        "pdfplumber p/s": pages / plumber,
        "pdfium s": pdfium,
        "pdfium p/s": pages / pdfium,
        "read_pdf/pdfplumber": seconds / plumber,
        "peak MB": peak_memory_mb(path),
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
    table = Table(title="read_pdf benchmark")
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
    paths = sorted(CORPUS.glob("*.pdf")) if CORPUS.is_dir() else []
    paths += [Path(a) for a in argv]
    with tempfile.TemporaryDirectory() as tmp:
        paths.append(make_long_pdf(Path(tmp), pages=200))
        print_rows([measure(p) for p in paths])


if __name__ == "__main__":
    main(sys.argv[1:])
