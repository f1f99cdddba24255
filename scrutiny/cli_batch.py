"""Batch commands that read no file: reindex, reextract and check.

Thin click commands over ``scrutiny.maintenance``; ``register(group)`` adds them to the
``scrutiny`` group. Progress goes to stderr (a bar on a terminal, plain lines
otherwise), results and the summary line to stdout; the exit code is 1 when
something failed or a problem remains.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager

import click
from .errors import ScrutinyError
from .progress import BatchProgress

@contextmanager
def _maintained_store(ctx: click.Context, locked: bool = True):
    """The store, with the data directory's maintenance lock held; errors as one line."""
    from .corpus import open_store
    from .maintenance import maintenance_lock

    home = ctx.obj["home"]
    try:
        store = open_store(home, create=False)
        with store:
            if not locked:
                yield store
                return
            with maintenance_lock(home):
                yield store
    except ScrutinyError as e:
        raise click.ClickException(str(e)) from e


@click.command()
@click.pass_context
def reindex(ctx):
    """Rebuild the search index from the store, without reading any file.

    The new index is built beside the live one and swapped in atomically:
    searches keep answering from the old one until then. A run killed midway
    leaves the live index as it was; running it again finishes the job.

    \b
    Example:
        scrutiny reindex
    """
    from .maintenance import reindex as rebuild_index

    with _maintained_store(ctx) as store, BatchProgress("reindex") as progress:
        result = rebuild_index(ctx.obj["home"], store, on_start=progress.start, on_document=progress.advance)
    click.echo(result.summary())
    if result.failed:
        sys.exit(1)


@click.command()
@click.option("--force", is_flag=True, help="Re-extract every document, not only those of another extractor version.")
@click.option("--spacy-model", envvar="SCRUTINY_SPACY_MODEL", metavar="NAME",
              help="A trained spaCy pipeline (e.g. en_core_web_sm) whose entities extraction may use.")
@click.pass_context
def reextract(ctx, force, spacy_model):
    """Extract records again from the stored blocks, without reading any file.

    Documents whose records an older extractor made are redone (every document
    with --force); each one's records are replaced in one transaction and its
    passages reindexed. A run killed midway keeps what it finished; running it
    again does the rest.

    \b
    Example:
        scrutiny reextract
        scrutiny reextract --force
    """
    from .maintenance import reextract as extract_again
    from .search import open_index

    settings = {"trained_pipeline": spacy_model} if spacy_model else None
    with _maintained_store(ctx) as store, open_index(ctx.obj["home"]) as index, \
            BatchProgress("reextract") as progress:
        result = extract_again(store, index, force=force, settings=settings, on_start=progress.start,
                               on_document=progress.advance)
    click.echo(result.summary())
    if result.failed:
        sys.exit(1)


@click.command()
@click.option("--repair", is_flag=True, help="Fix what is found: index what is missing or stale, drop orphans.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def check(ctx, repair, fmt):
    """Compare the store with the search index: documents, passages and records
    missing, stale or orphaned, and leftovers of interrupted runs.

    The exit code is 1 when a problem is found and not repaired.

    \b
    Example:
        scrutiny check
        scrutiny check --repair --format json
    """
    from .maintenance import check as compare, repair as fix
    from .search import open_index

    with _maintained_store(ctx, locked=repair) as store:
        index = open_index(ctx.obj["home"], rebuild_outdated=repair)  # IndexOutdated: one line, exit 1
        with index:
            report = compare(store, index)
            repaired = remaining = None
            if repair and report.problems:
                repaired = fix(store, index, report)
                remaining = compare(store, index)
    _print_check(report, repaired, remaining, fmt)
    if (remaining or report).problems:
        sys.exit(1)


def _print_check(report, repaired, remaining, fmt: str) -> None:
    if fmt == "json":
        payload = report.to_dict()
        payload["repaired"] = repaired.__dict__ if repaired else None
        payload["remaining"] = (remaining or report).problems
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    for line in report.lines():
        click.echo(line)
    click.echo(report.summary())
    if repaired:
        click.echo(repaired.summary())
        for line in remaining.lines():
            click.echo(f"still: {line}")
        click.echo(f"{remaining.problems} problems remain")


COMMANDS = (reindex, reextract, check)


def register(group: click.Group) -> None:
    """Add the batch commands to a click group (the ``scrutiny`` command)."""
    for command in COMMANDS:
        group.add_command(command)
