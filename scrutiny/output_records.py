"""Rendering of record query results: a rich table (plain rows when piped), CSV, JSON, Markdown.

Every view is a list of columns, each a header and a function from an entry to its cell;
the JSON form is the entries' own ``to_dict()``, nested where the entry is.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Callable, Iterable, Sequence

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .output import console as default_console

FORMATS = ("table", "csv", "json", "md")

Column = tuple[str, Callable[[object], object]]


def _cell(value) -> str:
    return "" if value is None else str(value)


def _source(entry) -> str:
    return entry.source


def _joined(values: Iterable[str], sep: str = "; ") -> str:
    return sep.join(dict.fromkeys(v for v in values if v))


ACTION_COLUMNS: list[Column] = [
    ("date", lambda a: a.date), ("meeting", lambda a: a.meeting), ("owner", lambda a: a.owner_label),
    ("action", lambda a: a.text), ("due", lambda a: a.due), ("status", lambda a: a.status), ("source", _source),
]

MEETING_COLUMNS: list[Column] = [
    ("date", lambda m: m.date), ("meeting", lambda m: m.meeting), ("chair", lambda m: m.chair),
    ("venue", lambda m: m.venue), ("attendees", lambda m: m.attendees), ("source", _source),
]

MEMBERSHIP_COLUMNS: list[Column] = [
    ("board", lambda m: m.board), ("member", lambda m: m.member), ("kind", lambda m: m.member_kind),
    ("role on board", lambda m: m.role_on_board), ("source", _source),
]

BOARD_COLUMNS: list[Column] = [
    ("board", lambda b: b.name), ("abbreviation", lambda b: b.abbreviation), ("chair", lambda b: b.chair),
    ("frequency", lambda b: b.frequency), ("parent", lambda b: b.parent), ("status", lambda b: b.status),
    ("members", lambda b: b.member_count), ("sources", lambda b: _joined(s.source for s in b.sources)),
]

BOARD_DETAIL_COLUMNS: list[Column] = BOARD_COLUMNS[:-2] + [
    ("purpose", lambda b: b.purpose),
    ("members", lambda b: _joined(f"{m.member} ({m.role_on_board})" for m in b.members)),
    BOARD_COLUMNS[-1],
]

# People: one row per person and role (a list), or per appearance (detail, with NAME).
PERSON_ROLE_COLUMNS: list[Column] = [
    ("name", lambda r: r[0].name), ("role", lambda r: r[1]),
    ("meetings", lambda r: _joined(" ".join(x for x in (a.date, a.meeting) if x) for a in r[2])),
    ("sources", lambda r: _joined(a.source for a in r[2])),
]

APPEARANCE_COLUMNS: list[Column] = [
    ("name", lambda a: a.name), ("role", lambda a: a.role_label), ("organisation", lambda a: a.organisation),
    ("status", lambda a: a.status), ("date", lambda a: a.date), ("meeting", lambda a: a.meeting),
    ("source", _source),
]

# Commitments: one row per commitment, followed by a row per progress row reporting on it.
COMMITMENT_COLUMNS: list[Column] = [
    ("theme", lambda r: r.theme), ("heading", lambda r: r.heading), ("ref", lambda r: r.ref),
    ("kind", lambda r: r.kind),
    ("text", lambda r: r.text), ("source", _source),
]


class _ProgressRow:
    """A progress row shown under its commitment in the flat formats."""

    kind = "progress"
    theme = heading = ""

    def __init__(self, progress):
        self.ref, self.source = progress.ref, progress.source
        self.text = progress.update or progress.activity or progress.commitment or ""


def person_role_rows(people) -> list[tuple]:
    return [(p, label, apps) for p in people for label, apps in p.roles().items()]


def appearances(people) -> list:
    return [a for p in people for a in p.appearances]


def commitment_rows(commitments) -> list:
    return [row for c in commitments for row in (c, *map(_ProgressRow, c.progress))]


# -- formats -------------------------------------------------------------------


def to_cells(columns: Sequence[Column], entries) -> list[list[str]]:
    return [[_cell(get(e)) for _, get in columns] for e in entries]


def to_csv(columns: Sequence[Column], entries) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([name for name, _ in columns])
    writer.writerows(to_cells(columns, entries))
    return buffer.getvalue()


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown(columns: Sequence[Column], entries) -> str:
    lines = ["| " + " | ".join(name for name, _ in columns) + " |",
             "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in to_cells(columns, entries)]
    return "\n".join(lines) + "\n"


def to_json(objects: Iterable[dict]) -> str:
    return json.dumps(list(objects), ensure_ascii=False, indent=2) + "\n"


def print_table(columns: Sequence[Column], entries, console: Console | None = None) -> None:
    """A rich table on a terminal; piped, a header and one ``a | b | c`` line per row."""
    console = console or default_console
    if not console.is_terminal:
        click.echo(" | ".join(name for name, _ in columns))
        for row in to_cells(columns, entries):
            click.echo(" | ".join(row))
        return
    table = Table(show_header=True, header_style="bold", show_lines=True)
    for name, _ in columns:
        table.add_column(name, overflow="fold")
    for row in to_cells(columns, entries):
        table.add_row(*map(escape, row))
    console.print(table)


def render(entries: list, fmt: str, columns: Sequence[Column], noun: str, *,
           objects: Iterable[dict] | None = None, rows: list | None = None) -> None:
    """Print entries in a format; ``rows`` are the flat rows (default: the entries), ``objects``
    the JSON objects (default: each entry's ``to_dict()``). No entries: "No {noun} found."."""
    rows = entries if rows is None else rows
    if not entries:
        _print_empty(fmt, columns, noun)
    elif fmt == "json":
        click.echo(to_json(objects if objects is not None else (e.to_dict() for e in entries)), nl=False)
    elif fmt == "csv":
        click.echo(to_csv(columns, rows), nl=False)
    elif fmt == "md":
        click.echo(to_markdown(columns, rows), nl=False)
    else:
        print_table(columns, rows)


def _print_empty(fmt: str, columns: Sequence[Column], noun: str) -> None:
    """The message on stdout for people; machine formats stay parseable and say it on stderr."""
    message = f"No {noun} found."
    if fmt in ("json", "csv"):
        click.echo(to_json([]) if fmt == "json" else to_csv(columns, []), nl=False)
        click.echo(message, err=True)
    else:
        click.echo(message)


def print_board_details(boards) -> None:
    """Each board's fields, purpose, sources and members, as indented text."""
    for n, board in enumerate(boards):
        if n:
            click.echo()
        title = f"{board.name} ({board.abbreviation})" if board.abbreviation else board.name
        click.echo(title)
        for label in ("purpose", "chair", "frequency", "parent", "status"):
            click.echo(f"  {label}: {_cell(getattr(board, label)) or '-'}")
        click.echo(f"  sources: {_joined(s.source for s in board.sources)}")
        click.echo(f"  members ({board.member_count}):")
        for m in board.members:
            click.echo(f"    {m.member} | {m.member_kind} | {m.role_on_board} | {m.source}")
