"""How much extraction adds to ingest, on the sample corpus (and the text seeds if present).

Times each stage of ingest per document — read (the format's reader), extract
(the spaCy pipeline of record extractors), store (SQLite) and index (Whoosh) —
over several rounds after a warm-up, and prints one table. The issue's target:
extraction adds at most 50% to the time ingest takes without it.

    .venv/bin/python bench/ingest_extract.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from scrutiny.corpus import FileInfo, open_store
from scrutiny.extract import EXTRACTOR_VERSION, extract_records
from scrutiny.extract.records import DocumentRecord
from scrutiny.ingest import PARSER_VERSION, read_document
from scrutiny.search import DocumentInfo, open_index
from scrutiny.search.attribution import passages_for_index

ROOT = Path(__file__).resolve().parents[1]


def corpus_files() -> list[Path]:
    files = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix != ".md")
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        files += sorted(seeds.glob("*.txt"))
    return files


def ingest_once(files: list[Path], home: Path, extract: bool) -> dict[str, float]:
    t = dict.fromkeys(("read", "extract", "store", "index"), 0.0)
    with open_store(home) as store, open_index(home) as index:
        for path in files:
            data = path.read_bytes()
            start = time.perf_counter()
            document = read_document(path, data)
            t["read"] += time.perf_counter() - start
            start = time.perf_counter()
            if extract:
                records = extract_records(document)
            else:
                records = [DocumentRecord(doc=document.name, title=document.title)]
            t["extract"] += time.perf_counter() - start
            info = FileInfo.from_bytes(path, data)
            start = time.perf_counter()
            store.save_document(document, info, records, PARSER_VERSION, EXTRACTOR_VERSION)
            t["store"] += time.perf_counter() - start
            start = time.perf_counter()
            di = DocumentInfo(info.sha256, document.name, document.title, records[0].doc_type, records[0].date)
            index.write(passages_for_index(di, document.blocks, records))
            t["index"] += time.perf_counter() - start
    return t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = corpus_files()
    extract_records(read_document(files[0]))  # warm-up: spaCy and the component modules load once
    totals = {True: dict.fromkeys(("read", "extract", "store", "index"), 0.0),
              False: dict.fromkeys(("read", "extract", "store", "index"), 0.0)}
    for _ in range(args.rounds):
        for extract in (False, True):
            with tempfile.TemporaryDirectory() as home:
                for k, v in ingest_once(files, Path(home), extract).items():
                    totals[extract][k] += v / args.rounds
    table = Table(title=f"ingest of {len(files)} documents, mean of {args.rounds} rounds (seconds)")
    for col in ("stage", "without extraction", "with extraction"):
        table.add_column(col, justify="right")
    for stage in ("read", "extract", "store", "index"):
        table.add_row(stage, f"{totals[False][stage]:.3f}", f"{totals[True][stage]:.3f}")
    base, full = sum(totals[False].values()), sum(totals[True].values())
    table.add_row("total", f"{base:.3f}", f"{full:.3f}")
    table.add_row("extraction adds", "", f"{(full - base) / base:.0%}")
    Console().print(table)


if __name__ == "__main__":
    main()
