"""Minutes extraction (meetings, attendees, items) on minutes in the genre's layouts.

The documents are written as real files by the ``make_*`` builders below (invented bodies,
places and people): a parish council with a "Present:" line and "23/45" minutes, panel
minutes with an attendee table and Word-numbered items, partnership notes with a closing
action log, an Item | Discussion | Action table, a reportlab PDF, HTML minutes with
unnumbered h2 items and a report to a panel. ``test_extract_actions.py`` reuses them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document as WordDocument

from scrutiny.extract import extract_records
from scrutiny.extract.people_lists import parse_people
from scrutiny.extract.meetings import body_name, parse_time
from scrutiny.extract.people import parse_person
from scrutiny.extract.records import Attendee
from scrutiny.extract.roles import resolve_person
from scrutiny.ingest import read_document
from tests.docs.make_docx import MINUTE_LIST, _define_numbering, _numbered

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def records(path: Path, kind: str) -> list[dict]:
    """The records of one type a file yields, without provenance, as the export writes them."""
    out = []
    for record in extract_records(read_document(path)):
        if record.type == kind:
            d = json.loads(json.dumps(record.to_dict()))
            for key in ("type", "doc", "page", "span"):
                d.pop(key)
            out.append(d)
    return out


def attendee(name, role=None, abbreviation=None, organisation=None, status="present") -> dict:
    return {"name": name, "role": role, "abbreviation": abbreviation, "organisation": organisation,
            "status": status}


def meeting(body=None, title=None, date=None, time=None, venue=None, chair=None, minutes_by=None,
            next_meeting=None) -> dict:
    return {"body": body, "title": title, "date": date, "time": time, "venue": venue, "chair": chair,
            "minutes_by": minutes_by, "next_meeting": next_meeting}


def item(number, title, *speakers) -> dict:
    return {"number": number, "title": title, "speakers": list(speakers)}


# --------------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------------

COUNCIL_TXT = """Anytown Parish Council

Minutes of the meeting of Anytown Parish Council held on Tuesday 10 December 2024 at 7.30 pm in the Village Hall, Main Street.

Present: Cllr A Smith (Chair), Mrs B Jones, Mr C Patel and Dr D Evans OBE

In attendance: Ms E Green (Clerk)

Apologies: Cllr F White

23/45 Matters arising
The minutes of the meeting held on 12 November were approved as a correct record.

23/46 PLAY AREA – Village Green The Council agreed to replace the swings. The Clerk to obtain three quotes by end of January.

23/47 Planning
Cllr Jones reported that two applications had been received. Mr Patel asked about the bypass. RESOLVED that the Clerk write to the planning authority objecting to application 24/0012. RESOLVED that the Council notes the appeal decision.

23/48 Date of next meeting
Tuesday 14 January 2025 at 7.30 pm.
"""


def make_council_minutes(directory: Path) -> Path:
    """Plain-text parish council minutes: one-line attendance, '23/45' minutes, run-in headings."""
    path = Path(directory) / "parish_minutes.txt"
    path.write_text(COUNCIL_TXT, encoding="utf-8")
    return path


def make_panel_minutes_docx(directory: Path) -> Path:
    """Panel minutes: a Name | Role | Organisation table, apologies, substitutes, Word-numbered items."""
    path = Path(directory) / "panel_minutes.docx"
    doc = WordDocument()
    _define_numbering(doc)
    doc.add_heading("Southmoor Police and Crime Panel", level=1)
    doc.add_paragraph("Minutes of the meeting held on Monday 3 March 2025 at 2.00 pm at County Hall, Southmoor.")
    doc.add_heading("Members present", level=2)
    table = doc.add_table(rows=4, cols=3)
    for row, cells in zip(table.rows, [("Name", "Role", "Organisation"),
                                       ("Cllr Amy Lowe", "Chair", "Southmoor County Council"),
                                       ("Cllr Ben Ortiz", "Vice-Chair", "Eastmoor District Council"),
                                       ("Mrs Carol Dunn JP", "Independent Member", "")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    doc.add_heading("Apologies", level=2)
    doc.add_paragraph("Cllr Dev Rao, Cllr Ella Shaw")
    doc.add_paragraph("Substitutes: Cllr Finn Hale for Cllr Dev Rao")
    doc.add_heading("Also present", level=2)
    doc.add_paragraph("Gail Ince – Police and Crime Commissioner (PCC)", style="List Bullet")
    doc.add_paragraph("Hugh Jay – Chief Executive, OPCC (CEO)", style="List Bullet")
    doc.add_heading("Minutes", level=2)
    for title, body in [
        ("Welcome and apologies", ["The Chair welcomed members."]),
        ("Police and Crime Plan update", [
            "The PCC presented the update. Cllr Ortiz asked about rural crime. The CEO said that a rural crime "
            "team had been set up.",
            "ACTION: CEO to circulate the rural crime figures by 30 April 2025."]),
        ("Complaints review", ["Mrs Dunn asked how many complaints were upheld. The PCC agreed to report the "
                               "figures to the next meeting. The Panel will return to complaints in the autumn."]),
        ("Date of next meeting", ["Monday 2 June 2025 at 2.00 pm."]),
    ]:
        _numbered(doc, title, MINUTE_LIST, 0)
        for text in body:
            doc.add_paragraph(text)
    doc.save(path)
    return path


ACTION_LOG_HTML = """<!DOCTYPE html><html><head><title>Riverbank CSP Board notes</title></head><body><main>
<h1>Riverbank Community Safety Partnership Board</h1>
<p>Date: 14/11/24 Time: 10am</p>
<p>Location: Microsoft Teams</p>
<p>Chair: Supt Ivy King</p>
<p>Notes taken by: Jack Lee</p>
<h2>Present</h2>
<ul><li>Ivy King (IK) – Superintendent, Riverbank Police</li>
<li>Jack Lee (JL) – Partnership Officer, Riverbank Council</li>
<li>Kate Moss (KM) – Head of Housing, Riverbank Council</li></ul>
<p>Apologies were received from Liam Nash (Riverbank Fire Service).</p>
<h2>1. Action log review</h2>
<p>KM reported that the housing audit was complete.</p>
<h2>2. Hate crime</h2>
<p>IK reported a rise in reports after the festival. It was agreed that JL would draft a communications plan by end of January.</p>
<h2>3. Date of next meeting</h2>
<p>Thursday 16 January 2025 at 10am.</p>
<h2>Action log</h2>
<table>
<tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr>
<tr><td>A1</td><td>Complete the housing audit</td><td>KM</td><td>31/10/2024</td><td>Closed</td></tr>
<tr><td>A2</td><td>Map hate crime reporting centres</td><td>IK</td><td>End of December 2024</td><td>Ongoing</td></tr>
<tr><td>A3</td><td>Refresh the partnership website</td><td>JL</td><td>March 2025</td><td>Carried forward</td></tr>
<tr><td>A4</td><td>Invite the fire service to present</td><td>Chair</td><td></td><td>New</td></tr>
</table>
</main></body></html>
"""


def make_action_log_html(directory: Path) -> Path:
    """Partnership notes: labels, initials, an agreed-that sentence and a closing action log table."""
    path = Path(directory) / "csp_board_notes.html"
    path.write_text(ACTION_LOG_HTML, encoding="utf-8")
    return path


def make_item_table_docx(directory: Path) -> Path:
    """Notes whose attendance is a label table and whose body is a No. | Item | Discussion | Action table."""
    path = Path(directory) / "yjmb_notes.docx"
    doc = WordDocument()
    doc.add_heading("Greenfield Youth Justice Management Board", level=1)
    doc.add_paragraph("Notes of meeting – Wednesday 5 February 2025, 1.30 pm, Room 2, Town Hall")
    labels = doc.add_table(rows=2, cols=2)
    for row, cells in zip(labels.rows, [
            ("Present:", "Mo Ali (MA), Head of Service; Nia Cole (NC), Police Inspector; Oli Park (OP), Education Lead"),
            ("Apologies:", "Pat Quinn (PQ), Health Lead")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    rows = [("No.", "Item", "Discussion", "Action"),
            ("1", "Welcome", "MA welcomed members.", ""),
            ("2", "Reoffending data", "NC reported that reoffending had fallen. OP asked for school-level data. "
                                      "NC will share the data with schools.", "NC"),
            ("3", "Education", "OP presented the exclusions report.", "OP to circulate the report by 28 February 2025"),
            ("4", "AOB", "None.", "")]
    table = doc.add_table(rows=len(rows), cols=4)
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    doc.save(path)
    return path


def make_minutes_pdf(directory: Path) -> Path:
    """Reportlab minutes: label lines, one person a line with initials, numbered paragraphs, 'Action – ST'."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    path = Path(directory) / "panel_notes.pdf"
    styles = getSampleStyleSheet()
    story = [Paragraph("Hillside Neighbourhood Policing Panel", styles["Title"])]
    for line in ["Date: Thursday 9 January Time: 6.30pm", "Venue: Hillside Library", "Notes taken by: Quinn Reed"]:
        story.append(Paragraph(line, styles["BodyText"]))
    story.append(Paragraph("Present:", styles["Heading3"]))
    for line in ["Rosa Stone (RS) Chair, Hillside Residents Association",
                 "Sam Tate (ST) Neighbourhood Inspector, Hillside Police",
                 "Quinn Reed (QR) Panel Administrator"]:
        story.append(Paragraph(line, styles["BodyText"]))
    for line, style in [("1. Priorities", "Heading3"),
                        ("ST reported that burglary had fallen. RS asked about speeding on Hill Road. ST will "
                         "arrange speed checks on Hill Road.", "BodyText"),
                        ("Action – ST", "BodyText"),
                        ("2. Date of next meeting", "Heading3"),
                        ("Thursday 6 March 2025", "BodyText")]:
        story.append(Paragraph(line, styles[style]))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


HEADED_HTML = """<!DOCTYPE html><html><head><title>Lakeside Victims Board</title></head><body><main>
<h1>Notes of the Lakeside Victims Board</h1>
<p>Held on 20 May 2025 at 11:00 at Lakeside Police HQ.</p>
<p>Chair: Deputy Police and Crime Commissioner Tara Vance</p>
<h2>Present</h2>
<ul><li>Tara Vance, Deputy Police and Crime Commissioner (DPCC)</li>
<li>Uma Webb, Victims Services Manager</li>
<li>Vic York, Detective Chief Inspector</li></ul>
<h2>Welcome</h2>
<p>The DPCC opened the meeting.</p>
<h2>Victims Code compliance</h2>
<p>Uma Webb reported that compliance had risen to 87%. DCI York said that officers would receive refresher training.</p>
<h2>Actions</h2>
<ul><li>Uma Webb to circulate the compliance dashboard by 6 June 2025.</li>
<li>DCI York to confirm training dates.</li></ul>
<h2>Date of next meeting</h2>
<p>The next meeting will be held on 22 July 2025.</p>
</main></body></html>
"""


def make_headed_html(directory: Path) -> Path:
    """HTML notes with unnumbered h2 items, a bare Present list and an Actions section."""
    path = Path(directory) / "victims_board.html"
    path.write_text(HEADED_HTML, encoding="utf-8")
    return path


REPORT_TXT = """Report to: Westfield Police and Crime Panel

Date of meeting: 12 March 2025

Subject: Precept proposal 2025/26

1. Recommendation

The Panel is asked to note this report. Members are invited to consider the proposal.

2. Background

The Commissioner will set the precept in February. The Force will publish its budget once the precept is agreed. The Chief Constable said that the budget was balanced.
"""


def make_report(directory: Path) -> Path:
    """A report to a panel: the meeting it is for, but no attendance, items or actions."""
    path = Path(directory) / "precept_report.txt"
    path.write_text(REPORT_TXT, encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------------
# Meetings, attendees and items
# --------------------------------------------------------------------------------------------------

def test_council_minutes_with_present_line_and_slash_numbered_minutes(tmp_path):
    path = make_council_minutes(tmp_path)
    assert records(path, "meeting") == [meeting(
        "Anytown Parish Council", None, "2024-12-10", "19:30", "Village Hall, Main Street", "A Smith", "E Green",
        {"date": "2025-01-14", "title": None})]
    assert records(path, "attendee") == [
        attendee("A Smith", "Chair"), attendee("B Jones"), attendee("C Patel"), attendee("D Evans"),
        attendee("E Green", "Clerk", status="in_attendance"), attendee("F White", status="apologies")]
    assert records(path, "item") == [
        item("23/45", "Matters arising"), item("23/46", "PLAY AREA – Village Green"),
        item("23/47", "Planning", "B Jones", "C Patel"), item("23/48", "Date of next meeting")]


def test_panel_minutes_with_attendee_table_substitutes_and_word_numbered_items(tmp_path):
    path = make_panel_minutes_docx(tmp_path)
    assert records(path, "meeting") == [meeting(
        "Southmoor Police and Crime Panel", None, "2025-03-03", "14:00", "County Hall, Southmoor", "Amy Lowe",
        None, {"date": "2025-06-02", "title": None})]
    assert records(path, "attendee") == [
        attendee("Amy Lowe", "Chair", None, "Southmoor County Council"),
        attendee("Ben Ortiz", "Vice-Chair", None, "Eastmoor District Council"),
        attendee("Carol Dunn", "Independent Member"),
        attendee("Dev Rao", status="apologies"), attendee("Ella Shaw", status="apologies"),
        attendee("Finn Hale"),
        attendee("Gail Ince", "Police and Crime Commissioner", "PCC", status="in_attendance"),
        attendee("Hugh Jay", "Chief Executive", "CEO", "OPCC", status="in_attendance")]
    assert records(path, "item") == [
        item("1", "Welcome and apologies", "Amy Lowe"),
        item("2", "Police and Crime Plan update", "Gail Ince", "Ben Ortiz", "Hugh Jay"),
        item("3", "Complaints review", "Carol Dunn", "Gail Ince"), item("4", "Date of next meeting")]


def test_notes_with_label_lines_initials_and_an_apology_sentence(tmp_path):
    path = make_action_log_html(tmp_path)
    assert records(path, "meeting") == [meeting(
        "Riverbank Community Safety Partnership Board", None, "2024-11-14", "10:00", "Microsoft Teams", "Ivy King",
        "Jack Lee", {"date": "2025-01-16", "title": None})]
    assert records(path, "attendee") == [
        attendee("Ivy King", "Superintendent", "IK", "Riverbank Police"),
        attendee("Jack Lee", "Partnership Officer", "JL", "Riverbank Council"),
        attendee("Kate Moss", "Head of Housing", "KM", "Riverbank Council"),
        attendee("Liam Nash", None, None, "Riverbank Fire Service", "apologies")]
    assert records(path, "item") == [
        item("1", "Action log review", "Kate Moss"), item("2", "Hate crime", "Ivy King"),
        item("3", "Date of next meeting")]


def test_item_discussion_action_table_gives_one_item_a_row(tmp_path):
    path = make_item_table_docx(tmp_path)
    assert records(path, "meeting") == [meeting(
        "Greenfield Youth Justice Management Board", None, "2025-02-05", "13:30", "Room 2, Town Hall")]
    assert records(path, "attendee") == [
        attendee("Mo Ali", "Head of Service", "MA"), attendee("Nia Cole", "Police Inspector", "NC"),
        attendee("Oli Park", "Education Lead", "OP"), attendee("Pat Quinn", "Health Lead", "PQ", status="apologies")]
    assert records(path, "item") == [
        item("1", "Welcome", "Mo Ali"), item("2", "Reoffending data", "Nia Cole", "Oli Park"),
        item("3", "Education", "Oli Park"), item("4", "AOB")]


def test_pdf_minutes_with_one_person_a_line_joined_by_the_reader(tmp_path):
    path = make_minutes_pdf(tmp_path)
    assert records(path, "meeting") == [meeting(
        "Hillside Neighbourhood Policing Panel", None, "2025-01-09", "18:30", "Hillside Library", "Rosa Stone",
        "Quinn Reed", {"date": "2025-03-06", "title": None})]
    assert records(path, "attendee") == [
        attendee("Rosa Stone", "Chair", "RS", "Hillside Residents Association"),
        attendee("Sam Tate", "Neighbourhood Inspector", "ST", "Hillside Police"),
        attendee("Quinn Reed", "Panel Administrator", "QR")]
    assert records(path, "item") == [item("1", "Priorities", "Sam Tate", "Rosa Stone"),
                                     item("2", "Date of next meeting")]


def test_html_minutes_with_unnumbered_h2_items(tmp_path):
    path = make_headed_html(tmp_path)
    assert records(path, "meeting") == [meeting(
        "Lakeside Victims Board", None, "2025-05-20", "11:00", "Lakeside Police HQ", "Tara Vance", None,
        {"date": "2025-07-22", "title": None})]
    assert records(path, "attendee") == [
        attendee("Tara Vance", "Deputy Police and Crime Commissioner", "DPCC"),
        attendee("Uma Webb", "Victims Services Manager"), attendee("Vic York", "Detective Chief Inspector")]
    assert records(path, "item") == [
        item(None, "Welcome", "Tara Vance"), item(None, "Victims Code compliance", "Uma Webb", "Vic York"),
        item(None, "Actions"), item(None, "Date of next meeting")]


def test_report_to_a_panel_gives_the_meeting_but_no_attendance_or_items(tmp_path):
    path = make_report(tmp_path)
    assert records(path, "meeting") == [meeting("Westfield Police and Crime Panel", date="2025-03-12")]
    assert records(path, "attendee") == []
    assert records(path, "item") == []


# --------------------------------------------------------------------------------------------------
# The development samples
# --------------------------------------------------------------------------------------------------

def test_holding_to_account_notes_give_meeting_attendees_and_items():
    path = SAMPLES / "002_f57b6ddea2dea553.html"
    assert records(path, "meeting") == [meeting(
        "Holding to account- Criminal Justice", "Holding to account- Criminal Justice", "2023-02-28", "14:00",
        "West Mercia Police HQ", "John Campion", "Chris Jensen", {"date": "2023-03-31", "title": "Thematic- IITCSE"})]
    assert records(path, "attendee") == [
        attendee("John Campion", "Police and Crime Commissioner", "PCC"),
        attendee("Chris Jensen", "Senior Policy and Partnerships Officer", "SPPO"),
        attendee("Charity Pearce", "Policy Officer", "PO"), attendee("Pippa Mills", "Chief Constable", "CC"),
        attendee("Alex Murray", "Deputy Chief Constable", "DCC"),
        attendee("Richard Cooper", "Assistant Chief Constable", "ACC")]
    assert records(path, "item") == [
        item("1", "Outstanding Matters/ Matters arising"),
        item("2", "Holding to account- Criminal Justice", "John Campion", "Pippa Mills", "Alex Murray",
             "Richard Cooper"),
        item("3", "Next steps"), item("4", "Any Other Business", "Richard Cooper"),
        item("5", "Confirmation of next meeting type/ date/ time / venue")]


def test_report_sample_gives_the_panel_meeting_it_is_for():
    path = SAMPLES / "004_5b78c666c7dc23dc.pdf"
    assert records(path, "meeting") == [meeting("West Mercia Police and Crime Panel", date="2017-06-19")]
    assert records(path, "attendee") == [] and records(path, "item") == []


@pytest.mark.parametrize("name", ["000_3329f4f2004010b9.html", "001_c01749a460b4695c.pdf",
                                  "003_76dc0b55ebc94c68.docx"])
def test_papers_that_are_not_minutes_give_no_minutes_records(name):
    for kind in ("meeting", "attendee", "item", "action"):
        assert records(SAMPLES / name, kind) == []


# --------------------------------------------------------------------------------------------------
# Names, times, bodies and who "the DCC" is
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("entry, expected", [
    ("Cllr A Smith (Chair)", ("A Smith", "Chair", None, None)),
    ("Jane Doe – Chief Executive, OPCC", ("Jane Doe", "Chief Executive", None, "OPCC")),
    ("Jane Doe (JD) Head of Finance", ("Jane Doe", "Head of Finance", "JD", None)),
    ("Jane Doe\tChief Finance Officer\tCounty Council", ("Jane Doe", "Chief Finance Officer", None, "County Council")),
    ("Alex Murray, Deputy Chief Constable (DCC)", ("Alex Murray", "Deputy Chief Constable", "DCC", None)),
    ("DCC Alex Murray", ("Alex Murray", "Deputy Chief Constable", "DCC", None)),
    ("Ch Supt Jo Bloggs QPM", ("Jo Bloggs", None, None, None)),
    ("Professor Sam O'Neil OBE, Chair, Health Board", ("Sam O'Neil", "Chair", None, "Health Board")),
    ("Deborah Okonkwo (Police and Crime Commissioner for Northshire)",
     ("Deborah Okonkwo", "Police and Crime Commissioner for Northshire", None, None)),
    ("Grace Mensah – Coordinator, Kingsmere Street Pastors", ("Grace Mensah", "Coordinator", None, "Kingsmere Street Pastors")),
    ("Mo Ali (MA), Head of Service", ("Mo Ali", "Head of Service", "MA", None)),
])
def test_parse_person_takes_an_attendance_entry_apart(entry, expected):
    p = parse_person(entry)
    assert (p.name, p.role, p.abbreviation, p.organisation) == expected


@pytest.mark.parametrize("entry", ["West Mercia Police", "Chief Executive", "Senior Policy and Partnerships Officer",
                                   "Apologies were received", "OPCC"])
def test_parse_person_refuses_entries_without_a_name(entry):
    assert parse_person(entry) is None


@pytest.mark.parametrize("text, expected", [
    ("Cllr A Smith (Chair), Mrs B Jones, Mr C Patel, Jane Doe (JD) Head of Finance",
     [("A Smith", "Chair", None), ("B Jones", None, None), ("C Patel", None, None),
      ("Jane Doe", "Head of Finance", "JD")]),
    ("Councillors Baxter, Siddiqui and Gill", [("Baxter", None, None), ("Siddiqui", None, None), ("Gill", None, None)]),
    ("Deborah Okonkwo (Police and Crime Commissioner) and Superintendent Nadia Harlow (Local Policing Commander)",
     [("Deborah Okonkwo", "Police and Crime Commissioner", None), ("Nadia Harlow", "Local Policing Commander", None)]),
    # one person a line, the lines joined by a PDF reader
    ("Zara Whitlock – BID Manager, Kingsmere Business Improvement District Grace Mensah – Coordinator, Street Pastors",
     [("Zara Whitlock", "BID Manager", None), ("Grace Mensah", "Coordinator", None)]),
    ("Mo Ali (MA), Head of Service; Nia Cole (NC), Police Inspector",
     [("Mo Ali", "Head of Service", "MA"), ("Nia Cole", "Police Inspector", "NC")]),
])
def test_parse_people_splits_an_attendance_line(text, expected):
    assert [(p.name, p.role, p.abbreviation) for p in parse_people(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Tuesday 28th February, 14:00pm", "14:00"), ("10.00 am", "10:00"), ("2pm", "14:00"), ("12 noon", "12:00"),
    ("at 6.30pm", "18:30"), ("14/11/24", None), ("28 February 2023", None)])
def test_parse_time(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("WEST MERCIA POLICE AND CRIME PANEL", "West Mercia Police and Crime Panel"),
    ("Minutes of the meeting of Anytown Parish Council held on 3 May", "Anytown Parish Council"),
    ("Eastbrook Community Safety Partnership Executive Group - Minutes", "Eastbrook Community Safety Partnership Executive Group"),
    ("Northshire Violence Reduction Partnership – Steering Group", "Northshire Violence Reduction Partnership – Steering Group"),
    ("Report of the Chief Constable to the Police and Crime Panel", "Police and Crime Panel"),
    ("Holding to Account Meeting - Criminal Justice - 28 February 2023", None),
])
def test_body_name(text, expected):
    assert body_name(text) == expected


def test_resolve_person_maps_roles_abbreviations_initials_and_surnames():
    people = [Attendee(doc="d", name="Pippa Mills", role="Chief Constable", abbreviation="CC"),
              Attendee(doc="d", name="Alex Murray", role="Deputy Chief Constable"),
              Attendee(doc="d", name="Jane Doe", role="Head of Finance"),
              Attendee(doc="d", name="Sam Smith", role="Chair"),
              Attendee(doc="d", name="Ann Smith", role="Clerk to the Panel")]
    assert resolve_person("the Chief", people) == "Pippa Mills"
    assert resolve_person("The CC", people) == "Pippa Mills"
    assert resolve_person("the DCC", people) == "Alex Murray"  # from the vocabulary, not the list
    assert resolve_person("JD", people) == "Jane Doe"
    assert resolve_person("Cllr Murray", people) == "Alex Murray"
    assert resolve_person("the Chair", people) == "Sam Smith"
    assert resolve_person("the Clerk", people) == "Ann Smith"
    assert resolve_person("Smith", people) is None  # two Smiths
    assert resolve_person("The Force", people) is None
