"""The ``scrutiny`` command: a thin layer over the Python API."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from . import __version__
from .config import default_home
from .errors import BadQuery, ScrutinyError, StoreNotFound
from .output import console, print_blocks, print_search_result, print_metadata, print_misses, print_score, print_stats


class QueryError(click.ClickException):
    exit_code = 2


def _home(ctx: click.Context) -> Path:
    return ctx.obj["home"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="scrutiny")
@click.option("--home", type=click.Path(file_okay=False, path_type=Path), envvar="SCRUTINY_HOME",
              help="Data directory (default: $SCRUTINY_HOME, else ~/.local/share/scrutiny).")
@click.pass_context
def cli(ctx, home):
    """Ingest, extract and search governance papers: minutes, terms of reference, plans, reports.

    \b
    Example:
        scrutiny ingest samples/
        scrutiny search "body worn video"
    """
    ctx.ensure_object(dict)
    ctx.obj["home"] = home or default_home()


def _stores(ctx, create=False):
    from .corpus import open_store
    from .search import open_index

    try:
        store = open_store(_home(ctx), create=create)
    except ScrutinyError as e:
        raise click.ClickException(str(e)) from e
    return store, open_index(_home(ctx))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Re-read files even when unchanged.")
@click.option("--workers", "-j", type=click.IntRange(0), default=None, metavar="N", envvar="SCRUTINY_WORKERS",
              help="Worker processes that read and extract (default: one per core; 0: in this process).")
@click.option("--dask", metavar="ADDRESS",
              help="Send the reading to a Dask cluster (a scheduler address, or 'local'); needs scrutiny[dask].")
@click.option("--pdf-engine", type=click.Choice(["fast", "full"]), default="fast", show_default=True,
              help="fast: pypdfium2 text, pdfplumber only for pages with tables; full: pdfplumber throughout.")
@click.option("--file-timeout", type=click.FloatRange(min=0, min_open=True), default=60, show_default=True,
              metavar="SECONDS", help="Skip a file that takes longer than this to read.")
@click.option("--max-memory", type=click.IntRange(min=256), default=2048, show_default=True, metavar="MB",
              help="Memory (address space) each worker may use; a file needing more is skipped.")
@click.option("--prune", is_flag=True, help="Remove stored files that have gone from the folders ingested.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Write a JSON summary: per file its status, pages, seconds and error.")
@click.option("--spacy-model", envvar="SCRUTINY_SPACY_MODEL", metavar="NAME",
              help="A trained spaCy pipeline (e.g. en_core_web_sm) whose entities extraction may use, "
                   "if installed; default: a blank English pipeline with rules.")
@click.pass_context
def ingest(ctx, paths, force, workers, dask, pdf_engine, file_timeout, max_memory, prune, report, spacy_model):
    """Read files and folders (recursively) into the store and search index.

    PDF, HTML, DOCX, plain text and Markdown are read by worker processes and
    committed by this one, one transaction per document; unchanged files are
    skipped. A file that cannot be read is reported as 'path: reason' and the
    batch goes on; the exit code is 1 if any file failed.

    \b
    Example:
        scrutiny ingest samples/ minutes/2024-03.pdf
        scrutiny ingest archive/ --workers 4 --prune --report batch.json
        scrutiny ingest archive/ --dask tcp://scheduler:8786
    """
    from .pipeline import IngestOptions, ingest_paths
    from .progress import IngestProgress
    from .runners import default_workers

    options = IngestOptions(force=force, workers=default_workers() if workers is None else workers, dask=dask,
                            pdf_engine=pdf_engine, file_timeout=file_timeout, max_memory_mb=max_memory,
                            prune=prune, settings={"trained_pipeline": spacy_model} if spacy_model else None)
    store, index = _stores(ctx, create=True)
    with store, index, IngestProgress() as progress:
        try:
            batch = ingest_paths(paths, store, index, options, on_start=progress.start,
                                 on_file=progress.advance, on_missing=progress.missing)
        except ScrutinyError as e:
            raise click.ClickException(str(e)) from e
    if report:
        report.write_text(json.dumps(batch.to_report(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    click.echo(batch.summary())
    if batch.failed:
        sys.exit(1)


@cli.command()
@click.argument("query")
@click.option("--limit", "-n", default=10, show_default=True, help="Most hits to show.")
@click.option("--kind", help="passage, or a record type: action, commitment, progress, item, board, meeting.")
@click.option("--type", "doc_type", help="Only documents of this type (minutes, plan, report, ...).")
@click.option("--board", help="Only this meeting or board (any part of its name, or its abbreviation).")
@click.option("--person", help="What this person said or owns (any part of the name), roles resolved.")
@click.option("--role", help="What any holder of this role said or owns, e.g. DCC.")
@click.option("--doc", help="Only this document (its name).")
@click.option("--since", help="Only on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only on or before this date (YYYY-MM-DD).")
@click.option("--exact", is_flag=True, help="Match words exactly, without stemming.")
@click.option("--facets", is_flag=True, help="Also count hits by document type, board, year and person.")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True)
@click.pass_context
def search(ctx, query, fmt, **options):
    """Search passages and records, best first, with document, page and a highlighted snippet.

    Words are stemmed ("chairs" finds "chaired"); "exact phrases", AND, OR,
    NOT, wildcards (victim*) and fuzzy words (Soteira~) work. Filters can also
    be written in the query: person:"Alex Murray", role:DCC, board:LCJB,
    kind:action, type:minutes, date:[2023-01-01 TO 2023-06-30].

    \b
    Example:
        scrutiny search "body worn video" --limit 5
        scrutiny search "Witness Care Unit" --person "Alex Murray" --format json
        scrutiny search victims --type minutes --since 2023-01-01 --facets
    """
    from .search import SearchRequest, open_index

    # The index alone answers a search: the store (and sqlite-utils) is never opened.
    if not (_home(ctx) / "scrutiny.db").exists():
        raise click.ClickException(str(StoreNotFound.in_home(_home(ctx))))
    try:
        index = open_index(_home(ctx), rebuild_outdated=False)
    except ScrutinyError as e:
        raise click.ClickException(str(e)) from e
    with index:
        try:
            result = index.query(SearchRequest(query, **options))
        except BadQuery as e:
            raise QueryError(str(e)) from e
    if fmt == "json":
        hits = [h.to_dict() for h in result.hits]
        payload = {"hits": hits, "facets": result.facets, "suggestion": result.suggestion} \
            if options["facets"] else hits
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        _write_csv([h.to_dict() for h in result.hits], sys.stdout)
    else:
        print_search_result(result, query)


@cli.command()
@click.argument("doc")
@click.option("--page", type=int, help="Only this page.")
@click.option("--at", "at", type=int, metavar="OFFSET",
              help="Only the blocks around this character offset (a record's or hit's span start), "
                   "the block holding it marked.")
@click.option("--context", "context_blocks", default=2, show_default=True, help="Blocks either side with --at.")
@click.pass_context
def show(ctx, doc, page, at, context_blocks):
    """Show a document's metadata and its blocks as text.

    DOC is a document name (file name without extension), path or id prefix.
    A record's or search hit's span start opens it in context with --at.

    \b
    Example:
        scrutiny show 004_5b78c666c7dc23dc --page 5
        scrutiny show 002_f57b6ddea2dea553 --at 9868
    """
    store, index = _stores(ctx)
    index.close()
    with store:
        try:
            row = store.resolve(doc)
        except ScrutinyError as e:
            raise click.ClickException(str(e)) from e
        print_metadata(row)
        blocks = store.blocks(row["id"], page=page)
        if at is None:
            print_blocks(blocks)
            return
        held = next((i for i, b in enumerate(blocks) if b.start <= at < b.end + 2), None)
        if held is None:
            raise click.ClickException(f"offset {at} is outside {row['name']}'s text")
        print_blocks(blocks[max(0, held - context_blocks):held + context_blocks + 1], mark=blocks[held])


@cli.command()
@click.pass_context
def stats(ctx):
    """Counts of documents by format and type, blocks, records and index size.

    \b
    Example:
        scrutiny stats
    """
    store, index = _stores(ctx)
    with store, index:
        print_stats(store.stats(), index.count(), index.size_bytes())


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--type", "record_type", help="Only records of this type (document, meeting, action, ...).")
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-", help="File to write (default stdout).")
@click.pass_context
def export(ctx, fmt, record_type, output):
    """Export every record as JSON lines or CSV, in the form of the records contract.

    \b
    Example:
        scrutiny export --format jsonl > records.jsonl
        scrutiny export --format csv --type document -o documents.csv
    """
    from .extract.records import RECORD_TYPES

    if record_type and record_type not in RECORD_TYPES:
        raise click.BadParameter(f"unknown record type {record_type!r}; one of {', '.join(RECORD_TYPES)}",
                                 param_hint="--type")
    store, index = _stores(ctx)
    index.close()
    with store:
        dicts = (r.to_dict() for r in store.records(record_type))
        if fmt == "jsonl":
            for d in dicts:
                output.write(json.dumps(d, ensure_ascii=False) + "\n")
        else:
            _write_csv(list(dicts), output)


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--misses", is_flag=True, help="Also list gold records missed and records extracted in excess.")
@click.pass_context
def evaluate(ctx, gold_dir, fmt, misses):
    """Score the stored records against gold files (one DOC.jsonl per document).

    Gold files use the export's form; records are matched by the rules of the
    records contract and scored per type (precision, recall, F1) and per field.

    \b
    Example:
        scrutiny ingest papers/ && scrutiny eval papers-gold/ --misses
    """
    from .extract.evaluate import load_gold, score_records

    store, index = _stores(ctx)
    index.close()
    with store:
        predicted = [r.to_dict() for r in store.records()]
    score = score_records(load_gold(gold_dir), predicted)
    if fmt == "json":
        click.echo(json.dumps(score.to_dict(), indent=2))
        return
    print_score(score)
    if misses:
        print_misses(score)


def _write_csv(rows: list[dict], output) -> None:
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    writer = csv.DictWriter(output, fieldnames=columns)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                         for k, v in row.items()})


from .cli_records import register as _register_record_commands  # noqa: E402

_register_record_commands(cli)

from .cli_batch import register as _register_batch_commands  # noqa: E402

_register_batch_commands(cli)


def main() -> None:  # pragma: no cover
    cli(obj={})


__all__ = ["cli", "console"]
