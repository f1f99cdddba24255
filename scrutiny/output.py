"""Terminal rendering of hits, documents and counts (rich)."""

from __future__ import annotations

import re

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .ingest.model import Block

console = Console(highlight=False, soft_wrap=True)


def marked_to_markup(snippet: str) -> str:
    """Snippet text with **matches** turned into bold rich markup."""
    parts = re.split(r"\*\*(.+?)\*\*", snippet)
    return "".join(f"[bold yellow]{escape(p)}[/]" if i % 2 else escape(p) for i, p in enumerate(parts))


def print_search_result(result, query: str) -> None:
    if result.corrected:
        console.print(f"No results for {escape(query)!r}; showing results for {escape(result.suggestion)!r}.\n")
    elif result.suggestion:
        console.print(f"Did you mean: {escape(result.suggestion)}?\n")
    print_hits(result.hits, query)
    if result.facets:
        print_facets(result.facets)


def print_facets(facets: dict) -> None:
    table = Table(title="facets", show_header=True)
    table.add_column("facet")
    table.add_column("value")
    table.add_column("hits", justify="right")
    for name, counts in facets.items():
        for i, (value, n) in enumerate(counts[:8]):
            table.add_row(name if i == 0 else "", escape(value), str(n))
    console.print(table)


def print_hits(hits, query: str) -> None:
    if not hits:
        console.print(f"No results for {escape(query)!r}.")
        return
    for n, hit in enumerate(hits, 1):
        where = f"p.{hit.page}" if hit.page else ""
        kind = "" if hit.kind == "passage" else hit.kind
        meta = " · ".join(x for x in (kind, hit.doc_type, hit.date, where) if x)
        console.print(f"[bold]{n}. {escape(hit.doc)}[/] {escape(meta)}  [dim]{hit.score:.2f}[/]")
        if hit.title:
            console.print(f"   [cyan]{escape(hit.title)}[/]")
        if hit.heading:
            console.print(f"   [dim]{escape(hit.heading)}[/]")
        console.print("   " + marked_to_markup(hit.snippet))
        console.print()


def print_metadata(row: dict) -> None:
    for key in ("name", "title", "doc_type", "date", "format", "pages", "size", "path", "id", "ingested_at"):
        if row.get(key) is not None:
            console.print(f"[bold]{key:>12}[/]: {escape(str(row[key]))}")
    console.print()


def _table(block: Block) -> Table:
    rows = [list(r) for r in block.rows or []]
    table = Table(show_header=bool(rows), show_lines=True)
    for cell in rows[0] if rows else []:
        table.add_column(escape(cell), overflow="fold")
    for row in rows[1:]:
        table.add_row(*[escape(c) for c in row])
    return table


def print_blocks(blocks: list[Block], mark: Block | None = None) -> None:
    page = None
    for block in blocks:
        if block.page is not None and block.page != page:
            page = block.page
            console.rule(f"page {page}", style="dim")
        if block is mark:
            console.print(f"[reverse] ▶ characters {block.start}–{block.end} [/]")
        if block.kind == "heading":
            console.print(f"[bold]{'#' * (block.level or 1)} {escape(block.text)}[/]")
        elif block.kind == "list_item":
            console.print(f"  • {escape(block.text)}")
        elif block.kind == "table":
            console.print(f"[dim]table, {len(block.rows or [])} rows[/]")
            if console.is_terminal:
                console.print(_table(block))
            else:  # piped: one row a line, cells whole, so grep and cut work
                for row in block.rows or []:
                    console.print(" | ".join(row), markup=False)
        else:
            console.print(escape(block.text))
        console.print()


def print_stats(stats: dict, passages: int, index_bytes: int) -> None:
    table = Table(title="scrutiny store", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents", str(stats["documents"]))
    table.add_row("paths", str(stats["paths"]))
    for fmt, n in stats["by_format"].items():
        table.add_row(f"  format {fmt}", str(n))
    for doc_type, n in stats["by_type"].items():
        table.add_row(f"  type {doc_type}", str(n))
    table.add_row("blocks", str(stats["blocks"]))
    for record_type, n in stats["records"].items():
        table.add_row(f"{record_type} records", str(n))
    table.add_row("index passages", str(passages))
    table.add_row("index size (KB)", f"{index_bytes / 1024:.0f}")
    console.print(table)


def print_score(score) -> None:
    table = Table(title="extraction against gold")
    for col in ("type", "P", "R", "F1", "tp", "fp", "fn", "field accuracy"):
        table.add_column(col, justify="left" if col in ("type", "field accuracy") else "right")
    for record_type, s in score.types.items():
        fields = score.fields.get(record_type, {})
        accuracy = ", ".join(f"{name} {fs.accuracy:.2f}" for name, fs in fields.items())
        table.add_row(record_type, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                      str(s.tp), str(s.fp), str(s.fn), escape(accuracy))
    console.print(table)


def print_misses(score, limit: int = 50) -> None:
    for kind, record in score.misses[:limit]:
        label = record.get("name") or record.get("title") or record.get("text") or record.get("member") \
            or record.get("commitment") or ""
        console.print(f"{kind:>6} {record['type']:<10} {escape(record['doc'])}: {escape(str(label)[:90])}")
