"""The record commands (actions, meetings, people, boards, members, commitments) through the
real CLI: on the bundled samples and on a small store of known records (tests/test_queries.py)."""

from __future__ import annotations

import io
import json

import click
import pytest
from click.testing import CliRunner
from rich.console import Console

from scrutiny.cli import cli
from scrutiny.cli_records import COMMANDS, register
from scrutiny.corpus import open_store
from scrutiny.corpus.queries import find_actions
from scrutiny.output_records import ACTION_COLUMNS, print_table
from tests.test_queries import CPS, LCJB, make_small_store

MEETING_002 = "2023-02-28 | Holding to account- Criminal Justice"
FORCE_ACTION = "The Force to provide the PCC with regular CJS updates, to include exception reports."


def run(home, *args):
    return CliRunner().invoke(cli, ["--home", str(home), *args], catch_exceptions=False)


@pytest.fixture(scope="module")
def small_home(tmp_path_factory):
    return make_small_store(tmp_path_factory.mktemp("small-home"))


def lines(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


# -- registration and help -------------------------------------------------------


def test_register_adds_the_record_commands():
    group = click.Group("g")
    register(group)
    assert sorted(group.commands) == ["actions", "boards", "commitments", "meetings", "members", "people"]


@pytest.mark.parametrize("command", [c.name for c in COMMANDS])
def test_record_command_help_has_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and f"scrutiny {command}" in result.output


@pytest.mark.parametrize("command", [c.name for c in COMMANDS])
def test_record_command_without_a_store_error(tmp_path, command):
    result = run(tmp_path / "empty", command)
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: no store in {tmp_path / 'empty'} yet: run 'scrutiny ingest PATH' first"


# -- actions ---------------------------------------------------------------------


def test_actions_owner_force_json_on_samples(ingested_home):
    result = run(ingested_home, "actions", "--owner", "force", "--format", "json")
    assert json.loads(result.stdout) == [{
        "date": "2023-02-28", "meeting": "Holding to account- Criminal Justice", "text": FORCE_ACTION,
        "owner": "The Force", "owner_name": None, "due": None, "status": None, "ref": None,
        "doc": "002_f57b6ddea2dea553", "page": None, "span": [9868, 9952]}]


def test_actions_table_piped_is_plain_rows_on_samples(ingested_home):
    assert lines(run(ingested_home, "actions")) == [
        "date | meeting | owner | action | due | status | source",
        f"{MEETING_002} | The Force | {FORCE_ACTION} |  |  | 002_f57b6ddea2dea553",
        f"{MEETING_002} |  | Updates and exception reports will be linked to the bi-monthly meetings the ACC "
        "chairs. |  |  | 002_f57b6ddea2dea553",
        f"{MEETING_002} | Head of Justice | Head of Justice will have quarterly meetings with the PCC moving "
        "forward. |  |  | 002_f57b6ddea2dea553",
    ]


def test_actions_open_owned_by_the_force_since_2022_as_csv(small_home):
    result = run(small_home, "actions", "--owner", "force", "--status", "open", "--since", "2022-01-01",
                 "--format", "csv")
    assert lines(result) == [
        "date,meeting,owner,action,due,status,source",
        "2022-05-10,Safer Roads Partnership annual report,the force,the force to publish casualty figures.,,open,"
        "c_report_2022 p.3",
        f"2024-02-15,{LCJB},West Mercia Police Force,West Mercia Police Force to share the survey.,,open,"
        "b_board_2024 p.2",
    ]


def test_actions_until_board_and_resolved_owner_as_markdown(small_home):
    result = run(small_home, "actions", "--board", "riverside", "--until", "2021-12-31", "--format", "md")
    assert lines(result) == [
        "| date | meeting | owner | action | due | status | source |",
        "|---|---|---|---|---|---|---|",
        "| 2021-06-01 | Riverside Police and Crime Panel – Quarterly review | The Force | The Force to review stop "
        "and search data. | 2021-09-01 | open | a_panel_2021 |",
        "| 2021-06-01 | Riverside Police and Crime Panel – Quarterly review | CC (Pippa Mills) | CC to brief the "
        "panel on recruitment. |  | complete | a_panel_2021 |",
    ]


@pytest.mark.parametrize("option,value", [("--since", "2023-13-01"), ("--until", "2023/01/01"),
                                          ("--since", "last year")])
def test_actions_bad_date_error_names_the_option(small_home, option, value):
    result = run(small_home, "actions", option, value)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        f"Error: Invalid value for '{option}': {value!r} is not a date in the form YYYY-MM-DD")


def test_actions_bad_status_error(small_home):
    result = run(small_home, "actions", "--status", "closed")
    assert result.exit_code == 2
    assert "Invalid value for '--status': 'closed' is not one of 'open', 'complete', 'ongoing'." in result.output


def test_actions_none_found_in_each_format(small_home):
    assert run(small_home, "actions", "--since", "2030-01-01").output == "No actions found.\n"
    assert run(small_home, "actions", "--owner", "nobody", "--format", "md").output == "No actions found.\n"
    as_json = run(small_home, "actions", "--owner", "nobody", "--format", "json")
    assert (as_json.exit_code, as_json.stdout, as_json.stderr) == (0, "[]\n", "No actions found.\n")
    as_csv = run(small_home, "actions", "--owner", "nobody", "--format", "csv")
    assert (as_csv.stdout, as_csv.stderr) == ("date,meeting,owner,action,due,status,source\n", "No actions found.\n")


def test_actions_table_on_a_terminal_is_a_rich_table(small_home):
    with open_store(small_home) as store:
        entries = find_actions(store, owner="opcc")
    buffer = io.StringIO()
    print_table(ACTION_COLUMNS, entries, Console(file=buffer, force_terminal=True, width=200, color_system=None))
    table = buffer.getvalue()
    assert "┃ date " in table and "│ OPCC to publish the plan. │" in table and "b_board_2024 p.2" in table


# -- meetings --------------------------------------------------------------------


def test_meetings_on_samples(ingested_home):
    assert lines(run(ingested_home, "meetings")) == [
        "date | meeting | chair | venue | attendees | source",
        "2017-06-19 | West Mercia Police and Crime Panel |  |  | 0 | 004_5b78c666c7dc23dc p.1",
        f"{MEETING_002} | John Campion | West Mercia Police HQ | 6 | 002_f57b6ddea2dea553",
    ]


def test_meetings_person_attended_or_chaired_since(small_home):
    assert lines(run(small_home, "meetings", "--person", "pippa mills", "--since", "2022-01-01", "--format", "csv")) \
        == ["date,meeting,chair,venue,attendees,source", f"2024-02-15,{LCJB},Pippa Mills,,2,b_board_2024 p.1"]
    chaired = json.loads(run(small_home, "meetings", "--person", "Ann Lee", "--format", "json").stdout)
    assert [(m["meeting"], m["chair"], m["attendees"], m["doc"]) for m in chaired] == [
        ("Riverside Police and Crime Panel – Quarterly review", "Cllr Ann Lee", 3, "a_panel_2021")]
    assert run(small_home, "meetings", "--board", "nothing like it").output == "No meetings found.\n"


def test_meetings_bad_date_error(small_home):
    result = run(small_home, "meetings", "--since", "2024-02-30")
    assert result.exit_code == 2
    assert "Error: Invalid value for '--since': '2024-02-30' is not a date in the form YYYY-MM-DD" in result.output


# -- people ----------------------------------------------------------------------


def test_people_murray_shows_role_and_meeting_on_samples(ingested_home):
    assert lines(run(ingested_home, "people", "Murray")) == [
        "name | role | organisation | status | date | meeting | source",
        f"Alex Murray | Deputy Chief Constable (DCC) |  | present | {MEETING_002} | 002_f57b6ddea2dea553",
    ]


def test_people_lists_roles_with_meetings_on_samples(ingested_home):
    rows = lines(run(ingested_home, "people"))
    assert rows[0] == "name | role | meetings | sources"
    assert "Alex Murray | Deputy Chief Constable (DCC) | 2023-02-28 Holding to account- Criminal Justice | " \
        "002_f57b6ddea2dea553" in rows
    assert len(rows) == 7


def test_people_grouped_across_documents(small_home):
    assert lines(run(small_home, "people", "--format", "md")) == [
        "| name | role | meetings | sources |", "|---|---|---|---|",
        "| Ann Lee | Chair | 2021-06-01 Riverside Police and Crime Panel – Quarterly review | a_panel_2021 |",
        "| Dr Jo Bloggs OBE | Chief Executive | 2024-02-15 Local Criminal Justice Board | b_board_2024 p.1 |",
        "| Pippa Mills | Chief Constable (CC) | 2021-06-01 Riverside Police and Crime Panel – Quarterly review; "
        "2024-02-15 Local Criminal Justice Board | a_panel_2021; b_board_2024 p.1 |",
        "| Sam Roe | Head of Finance | 2021-06-01 Riverside Police and Crime Panel – Quarterly review | "
        "a_panel_2021 |",
    ]
    person = json.loads(run(small_home, "people", "mills", "--format", "json").stdout)
    assert [(p["name"], p["key"], [r["role"] for r in p["roles"]]) for p in person] == [
        ("Pippa Mills", "pippa mills", ["Chief Constable (CC)"])]
    assert [m["doc"] for m in person[0]["roles"][0]["meetings"]] == ["a_panel_2021", "b_board_2024"]
    assert run(small_home, "people", "Nobody").output == "No people found.\n"


# -- boards ----------------------------------------------------------------------


def test_boards_grouped_with_sources(small_home):
    assert lines(run(small_home, "boards", "--format", "csv")) == [
        "board,abbreviation,chair,frequency,parent,status,members,sources",
        f"{LCJB},LCJB,PCC,quarterly,,,3,c_report_2022 p.4; d_tor",
        f"Victims Board,,,monthly,{LCJB},,2,d_tor",
    ]


def test_boards_name_shows_detail_with_purpose_and_members_on_samples(ingested_home):
    out = lines(run(ingested_home, "boards", "LCJB"))
    assert out[0] == "West Mercia Local Criminal Justice Board (LCJB)"
    assert out[1].startswith("  purpose: brings together criminal justice partners")
    assert "  sources: 000_3329f4f2004010b9" in out
    assert "  members (7):" in out
    assert "    Crown Prosecution Service (CPS) | organisation | member | 000_3329f4f2004010b9" in out


def test_boards_detail_as_json_and_none_found(small_home):
    board = json.loads(run(small_home, "boards", "lcjb", "--format", "json").stdout)
    assert [(b["name"], b["purpose"], b["member_count"], [s["doc"] for s in b["sources"]]) for b in board] == [
        (LCJB, "Improves criminal justice.", 3, ["c_report_2022", "d_tor"])]
    assert [m["member"] for m in board[0]["members"]] == ["PCC", CPS, "West Mercia Police"]
    assert run(small_home, "boards", "Property Board").output == "No boards found.\n"


# -- members ---------------------------------------------------------------------


def test_members_which_boards_does_the_cps_sit_on_samples(ingested_home):
    assert lines(run(ingested_home, "members", "--member", "Crown Prosecution Service")) == [
        "board | member | kind | role on board | source",
        "West Mercia Local Criminal Justice Board | Crown Prosecution Service (CPS) | organisation | member | "
        "000_3329f4f2004010b9",
    ]


def test_members_of_a_board_by_abbreviation(small_home):
    assert lines(run(small_home, "members", "LCJB", "--format", "md")) == [
        "| board | member | kind | role on board | source |", "|---|---|---|---|---|",
        f"| {LCJB} | PCC | role | chair | d_tor |",
        f"| {LCJB} | {CPS} | organisation | member | d_tor |",
        f"| {LCJB} | West Mercia Police | organisation | member | d_tor |",
    ]
    on = json.loads(run(small_home, "members", "--member", "cps", "--format", "json").stdout)
    assert [(m["board"], m["doc"], m["page"]) for m in on] == [(LCJB, "d_tor", None), ("Victims Board", "d_tor", None)]
    assert run(small_home, "members", "LCJB", "--member", "Probation").output == "No memberships found.\n"


# -- commitments -----------------------------------------------------------------


def test_commitments_ref_shows_commitment_and_progress_on_samples(ingested_home):
    out = lines(run(ingested_home, "commitments", "--ref", "A.4"))
    assert out[:2] == [
        "theme | heading | ref | kind | text | source",
        "Putting victims and survivors first | Police and Crime Commissioner's Commitments | A.4 | pledge | Make sure "
        "victims and survivors get effective services, enabling them to cope and recover and reduce their chances "
        "of revictimisation | 004_5b78c666c7dc23dc p.7",
    ]
    assert out[2].startswith(" |  | A.4 | progress | Contract reviews are in place")
    assert out[2].endswith(" | 004_5b78c666c7dc23dc p.7") and len(out) == 3
    as_json = json.loads(run(ingested_home, "commitments", "--ref", "a4", "--format", "json").stdout)
    assert [(c["ref"], c["page"], [(p["ref"], p["page"]) for p in c["progress"]]) for c in as_json] == [
        ("A.4", 7, [("A.4", 7)])]
    assert as_json[0]["progress"][0]["oversight"] == \
        "Contract and grant monitoring Delivery plan monitoring Victims' Board"


def test_commitments_theme_and_kind_with_progress_rows(small_home):
    assert lines(run(small_home, "commitments", "--kind", "outcome", "--format", "csv")) == [
        "theme,heading,ref,kind,text,source",
        "Victims,,B.3,outcome,Improve support for victims of crime,c_report_2022 p.5",
        ",,X.9,progress,New contract let.,d_tor",
    ]
    assert lines(run(small_home, "commitments", "--theme", "ROADS", "--format", "md"))[2:] == [
        "| Safer roads |  | B.2 | pledge | Reduce road casualties across the county | c_report_2022 p.5 |",
        "|  |  | B.2 | progress | Casualties fell 5%. | c_report_2022 p.6 |",
    ]
    assert run(small_home, "commitments", "--kind", "challenge").output == "No commitments found.\n"
