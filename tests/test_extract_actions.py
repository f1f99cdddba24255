"""Action extraction: action logs, Action columns, ACTION markers, action sections and
assignment sentences, on the minutes documents of ``test_extract_minutes.py``; and no
actions from a report's recommendations or from discussion prose that merely says "will".
"""

from __future__ import annotations

import pytest

from scrutiny.extract.action_parts import due_date, normalise_status
from tests.test_extract_minutes import (SAMPLES, make_action_log_html, make_council_minutes, make_headed_html,
                                        make_item_table_docx, make_minutes_pdf, make_panel_minutes_docx, make_report,
                                        records)


def action(text, owner=None, owner_name=None, due=None, status=None, ref=None) -> dict:
    return {"text": text, "owner": owner, "owner_name": owner_name, "due": due, "status": status, "ref": ref}


def test_assignment_sentence_and_resolution_in_council_minutes(tmp_path):
    assert records(make_council_minutes(tmp_path), "action") == [
        action("The Clerk to obtain three quotes by end of January.", "Clerk", "E Green", "2025-01-31"),
        action("RESOLVED that the Clerk write to the planning authority objecting to application 24/0012.",
               "Clerk", "E Green")]


def test_action_marker_agreed_to_and_will_with_a_clear_owner(tmp_path):
    assert records(make_panel_minutes_docx(tmp_path), "action") == [
        action("CEO to circulate the rural crime figures by 30 April 2025.", "CEO", "Hugh Jay", "2025-04-30"),
        action("The PCC agreed to report the figures to the next meeting.", "PCC", "Gail Ince"),
        action("The Panel will return to complaints in the autumn.", "The Panel")]


def test_action_log_table_gives_ref_owner_due_and_status(tmp_path):
    assert records(make_action_log_html(tmp_path), "action") == [
        action("Complete the housing audit", "KM", "Kate Moss", "2024-10-31", "complete", "A1"),
        action("Map hate crime reporting centres", "IK", "Ivy King", "2024-12-31", "ongoing", "A2"),
        action("Refresh the partnership website", "JL", "Jack Lee", "2025-03-31", "open", "A3"),
        action("Invite the fire service to present", "Chair", "Ivy King", None, "open", "A4"),
        action("It was agreed that JL would draft a communications plan by end of January.", "JL", "Jack Lee",
               "2025-01-31")]


def test_action_column_of_an_item_table(tmp_path):
    assert records(make_item_table_docx(tmp_path), "action") == [
        action("NC will share the data with schools.", "NC", "Nia Cole"),
        action("OP to circulate the report by 28 February 2025", "OP", "Oli Park", "2025-02-28")]


def test_action_dash_owner_takes_the_sentence_before_it(tmp_path):
    assert records(make_minutes_pdf(tmp_path), "action") == [
        action("ST will arrange speed checks on Hill Road.", "ST", "Sam Tate")]


def test_every_line_of_an_actions_section_is_an_action(tmp_path):
    assert records(make_headed_html(tmp_path), "action") == [
        action("Uma Webb to circulate the compliance dashboard by 6 June 2025.", "Uma Webb", "Uma Webb",
               "2025-06-06"),
        action("DCI York to confirm training dates.", "DCI York", "Vic York")]


def test_report_recommendations_and_plans_are_not_actions(tmp_path):
    assert records(make_report(tmp_path), "action") == []


def test_next_steps_of_the_holding_to_account_notes_and_nothing_from_the_discussion():
    assert records(SAMPLES / "002_f57b6ddea2dea553.html", "action") == [
        action("The Force to provide the PCC with regular CJS updates, to include exception reports.", "The Force"),
        action("Updates and exception reports will be linked to the bi-monthly meetings the ACC chairs."),
        action("Head of Justice will have quarterly meetings with the PCC moving forward.", "Head of Justice")]


def test_report_sample_has_no_actions():
    assert records(SAMPLES / "004_5b78c666c7dc23dc.pdf", "action") == []


@pytest.mark.parametrize("text, expected", [
    ("Closed", "complete"), ("Complete – report sent", "complete"), ("Ongoing", "ongoing"), ("Blue", "complete"),
    ("Green", "ongoing"), ("Red", "open"),
    ("In progress", "ongoing"), ("Open", "open"), ("New", "open"), ("Carried forward", "open"), ("", None),
    ("See minute 12", None)])
def test_normalise_status(text, expected):
    assert normalise_status(text) == expected


@pytest.mark.parametrize("text, meeting, expected", [
    ("by 31 March", "2025-02-19", "2025-03-31"),
    ("by end of May", "2024-11-14", "2025-05-31"),
    ("by the end of May", "2025-02-01", "2025-05-31"),
    ("31/03/2024", None, "2024-03-31"),
    ("March 2025", None, "2025-03-31"),
    ("by the next meeting", "2025-02-01", None),
])
def test_due_date(text, meeting, expected):
    assert due_date(text, meeting) == expected
