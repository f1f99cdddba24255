"""Record commands: actions, meetings, people, boards, members, commitments.

Thin click commands over ``scrutiny.corpus.queries``; ``register(group)`` adds them to the
``scrutiny`` group.
"""

from __future__ import annotations

import re
from datetime import date

import click

from .errors import ScrutinyError
from . import output_records as out


class IsoDate(click.ParamType):
    """A date written ``YYYY-MM-DD``, passed on as that string."""

    name = "DATE"

    def convert(self, value, param, ctx):
        text = str(value).strip()
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise ValueError
            date.fromisoformat(text)
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)
        return text


ISO_DATE = IsoDate()


def format_option(command):
    return click.option("--format", "fmt", type=click.Choice(out.FORMATS), default="table", show_default=True,
                        help="table (plain rows when piped), csv, json or md (a Markdown table).")(command)


def _store(ctx: click.Context):
    """The store in the data directory; none yet is the same error as every other command's."""
    from .corpus import open_store

    try:
        return open_store(ctx.obj["home"], create=False)
    except ScrutinyError as e:
        raise click.ClickException(str(e)) from e


@click.command()
@click.option("--owner", metavar="TEXT", help="Owner as written or resolved name contains TEXT (any case).")
@click.option("--status", type=click.Choice(["open", "complete", "ongoing"]),
              help="Only actions with this status (actions whose status is not stated are left out).")
@click.option("--board", metavar="TEXT", help="Meeting body or title, or document title, contains TEXT.")
@click.option("--since", type=ISO_DATE, help="Only actions dated on or after DATE (YYYY-MM-DD).")
@click.option("--until", type=ISO_DATE, help="Only actions dated on or before DATE (YYYY-MM-DD).")
@format_option
@click.pass_context
def actions(ctx, owner, status, board, since, until, fmt):
    """Actions from minutes and reports: date, meeting, owner, action, due, status, source.

    The date is the meeting's, else the document's.

    \b
    Example:
        scrutiny actions --owner force --since 2022-01-01 --format csv
    """
    from .corpus.queries import find_actions

    with _store(ctx) as store:
        entries = find_actions(store, owner=owner, status=status, board=board, since=since, until=until)
    out.render(entries, fmt, out.ACTION_COLUMNS, "actions")


@click.command()
@click.option("--board", metavar="TEXT", help="Meeting body or title, or document title, contains TEXT.")
@click.option("--person", metavar="NAME", help="Only meetings NAME attended or chaired.")
@click.option("--since", type=ISO_DATE, help="Only meetings on or after DATE (YYYY-MM-DD).")
@click.option("--until", type=ISO_DATE, help="Only meetings on or before DATE (YYYY-MM-DD).")
@format_option
@click.pass_context
def meetings(ctx, board, person, since, until, fmt):
    """Meetings: date, body and title, chair, venue, number of attendees, source.

    \b
    Example:
        scrutiny meetings --person "Pippa Mills" --since 2023-01-01
    """
    from .corpus.queries import find_meetings

    with _store(ctx) as store:
        entries = find_meetings(store, board=board, person=person, since=since, until=until)
    out.render(entries, fmt, out.MEETING_COLUMNS, "meetings")


@click.command()
@click.argument("name", required=False)
@format_option
@click.pass_context
def people(ctx, name, fmt):
    """People in attendance lists, the roles they held and the meetings that show each.

    Names are grouped across documents (case, honorifics and post-nominals ignored).
    With NAME (part of a name), only matching people, one row per meeting.

    \b
    Example:
        scrutiny people
        scrutiny people Murray
    """
    from .corpus.queries import find_people

    with _store(ctx) as store:
        found = find_people(store, name)
    if name:
        out.render(found, fmt, out.APPEARANCE_COLUMNS, "people", rows=out.appearances(found))
    else:
        out.render(found, fmt, out.PERSON_ROLE_COLUMNS, "people", rows=out.person_role_rows(found))


@click.command()
@click.argument("name", required=False)
@format_option
@click.pass_context
def boards(ctx, name, fmt):
    """Boards, groups and partnerships: abbreviation, chair, frequency, parent, status, members.

    A board named in several documents is one row listing every source. With NAME
    (part of a name, or an abbreviation), the board's purpose and members too.

    \b
    Example:
        scrutiny boards
        scrutiny boards LCJB
    """
    from .corpus.queries import find_boards

    with _store(ctx) as store:
        found = find_boards(store, name)
    if not name:
        out.render(found, fmt, out.BOARD_COLUMNS, "boards")
    elif found and fmt == "table":
        out.print_board_details(found)
    else:
        out.render(found, fmt, out.BOARD_DETAIL_COLUMNS, "boards")


@click.command()
@click.argument("board", required=False)
@click.option("--member", metavar="TEXT", help="Only members containing TEXT: which boards does TEXT sit on?")
@format_option
@click.pass_context
def members(ctx, board, member, fmt):
    """Members of boards matching BOARD (part of a name, or an abbreviation).

    With --member, the boards whose members match (with BOARD too, both must);
    with neither, every membership.

    \b
    Example:
        scrutiny members LCJB
        scrutiny members --member "Crown Prosecution Service"
    """
    from .corpus.queries import find_memberships

    with _store(ctx) as store:
        entries = find_memberships(store, board=board, member=member)
    out.render(entries, fmt, out.MEMBERSHIP_COLUMNS, "memberships")


@click.command()
@click.option("--theme", metavar="TEXT", help="Theme (priority) contains TEXT.")
@click.option("--ref", metavar="REF", help="Reference, ignoring case and punctuation (a4 finds A.4).")
@click.option("--kind", type=click.Choice(["pledge", "outcome", "challenge", "objective"]),
              help="Only commitments of this kind.")
@format_option
@click.pass_context
def commitments(ctx, theme, ref, kind, fmt):
    """Plan commitments, each followed by the progress rows that report on it.

    Progress matches by reference in the same document, else by similar commitment text.

    \b
    Example:
        scrutiny commitments --ref A.4
        scrutiny commitments --theme victims --format md
    """
    from .corpus.queries import find_commitments

    with _store(ctx) as store:
        entries = find_commitments(store, theme=theme, ref=ref, kind=kind)
    out.render(entries, fmt, out.COMMITMENT_COLUMNS, "commitments", rows=out.commitment_rows(entries))


COMMANDS = (actions, meetings, people, boards, members, commitments)


def register(group: click.Group) -> None:
    """Add the record commands to a click group (the ``scrutiny`` command)."""
    for command in COMMANDS:
        group.add_command(command)
