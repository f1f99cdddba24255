"""Attendance and meeting headers in the layouts that a blind test set showed failing.

Each document is written as a real file (python-docx, reportlab or an HTML string) with invented
bodies and people: attendance grouped under organisation sub-headings, Present and Apologies side
by side in a PDF, apologies and substitutes given in prose inside a minute, posts written before
names, "Organisation – Role" and bracketed remarks, an HTML table with an "Apologies" row across it,
and an OPCC scrutiny meeting whose topic sits on its own line.
"""

from __future__ import annotations

from operator import itemgetter
from pathlib import Path

import pytest
from docx import Document as WordDocument
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from scrutiny.extract.people_lists import parse_people
from scrutiny.extract.meetings import meeting_name, venue_from
from scrutiny.extract.people import parse_person, post_of, split_title
from tests.test_extract_minutes import attendee, meeting, records

OPCC_GROUPS = [
    ("OPCC", ["Jane Holt – Police and Crime Commissioner (PCC)", "Mark Dean – Chief Executive (CEO)",
              "Priya Shah – Policy Officer (minutes)"]),
    ("Southmoor Police", ["Liam Rees – Assistant Chief Constable (ACC)", "Jo Bell – Chief Superintendent",
                          "Sam Ortiz – Head of Contact (HoC)"]),
    ("Apologies", ["Tom Kerr – Deputy Chief Constable (DCC)"]),
]
OPCC_ATTENDEES = [
    attendee("Jane Holt", "Police and Crime Commissioner", "PCC", "OPCC"),
    attendee("Mark Dean", "Chief Executive", "CEO", "OPCC"),
    attendee("Priya Shah", "Policy Officer", None, "OPCC"),
    attendee("Liam Rees", "Assistant Chief Constable", "ACC", "Southmoor Police"),
    attendee("Jo Bell", "Chief Superintendent", None, "Southmoor Police"),
    attendee("Sam Ortiz", "Head of Contact", "HoC", "Southmoor Police"),
    attendee("Tom Kerr", "Deputy Chief Constable", "DCC", None, "apologies"),
]


def _bold(doc, text: str) -> None:
    doc.add_paragraph().add_run(text).bold = True


def _opcc_items(doc) -> None:
    for text in ["1. Introductions", "The PCC welcomed everyone to the meeting.",
                 "2. Call handling performance",
                 "The ACC reported that 999 answer times had improved. Jo Bell said that 101 waits were long.",
                 "3. Date of next meeting", "Tuesday 14 May 2024",
                 "Chair ………………………… Date ……………"]:
        doc.add_paragraph(text)


def make_opcc_groups_docx(directory: Path, attendees_label: bool) -> Path:
    """OPCC scrutiny notes: the meeting's name, its topic on the next line, people under bold
    organisation sub-headings ("OPCC", "Southmoor Police", "Apologies"), a signature line."""
    path = Path(directory) / f"opcc_groups_{attendees_label}.docx"
    doc = WordDocument()
    doc.add_heading("Accountability and Scrutiny Meeting", level=1)
    doc.add_paragraph("Public Contact and Call Handling")
    doc.add_paragraph("Date: 12 March 2024")
    doc.add_paragraph("Time: 10.00am")
    doc.add_paragraph("Venue: Committee Room 1, County Hall")
    if attendees_label:
        _bold(doc, "Attendees")
    for heading, lines in OPCC_GROUPS:
        _bold(doc, heading)
        for line in lines:
            doc.add_paragraph(line)
    _opcc_items(doc)
    doc.save(path)
    return path


def make_opcc_groups_table_docx(directory: Path) -> Path:
    """The same attendance as a two-column Word table whose group rows are merged across it."""
    path = Path(directory) / "opcc_groups_table.docx"
    doc = WordDocument()
    doc.add_paragraph("Office of the Police and Crime Commissioner for Southmoor")
    doc.add_heading("Accountability and Scrutiny Meeting", level=1)
    doc.add_paragraph("Theme: Public Contact and Call Handling")
    doc.add_paragraph("Date: 12 March 2024   Time: 10:00")
    table = doc.add_table(rows=0, cols=2)
    for heading, lines in OPCC_GROUPS:
        cells = table.add_row().cells
        cells[0].merge(cells[1]).text = heading
        for line in lines:
            name, role = line.split(" – ")
            cells = table.add_row().cells
            cells[0].text, cells[1].text = name, role
    _opcc_items(doc)
    doc.save(path)
    return path


OPCC_MEETING = meeting("Accountability and Scrutiny Meeting", "Public Contact and Call Handling", "2024-03-12",
                       "10:00", "Committee Room 1, County Hall", None, "Priya Shah",
                       {"date": "2024-05-14", "title": None})


@pytest.mark.parametrize("attendees_label", [True, False])
def test_attendance_under_organisation_subheadings(tmp_path, attendees_label):
    path = make_opcc_groups_docx(tmp_path, attendees_label)
    assert records(path, "attendee") == OPCC_ATTENDEES
    assert records(path, "meeting") == [OPCC_MEETING]


def test_attendance_table_with_merged_organisation_rows(tmp_path):
    path = make_opcc_groups_table_docx(tmp_path)
    assert records(path, "attendee") == OPCC_ATTENDEES
    assert records(path, "meeting") == [meeting(
        "Accountability and Scrutiny Meeting", "Public Contact and Call Handling", "2024-03-12", "10:00",
        minutes_by="Priya Shah", next_meeting={"date": "2024-05-14", "title": None})]


def make_opcc_groups_pdf(directory: Path) -> Path:
    """The same notes as a PDF with bold sub-headings; the reader joins "Attendees" and "OPCC" into one
    heading and the lines under each sub-heading into one paragraph."""
    path = Path(directory) / "opcc_groups.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    y = A4[1] - 72
    lines = [("Accountability and Scrutiny Meeting", 14), ("Theme: Public Contact and Call Handling", 0),
             ("Date: 12 March 2024   Time: 10:00", 0), ("Attendees", 10)]
    for heading, people in OPCC_GROUPS:
        lines += [(heading, 10)] + [(person, 0) for person in people]
    lines += [("1. Introductions", 10), ("The PCC welcomed everyone.", 0), ("2. Call handling", 10),
              ("The ACC reported on call handling. Minutes taken by Priya Shah.", 0)]
    for text, bold in lines:
        canvas.setFont("Helvetica-Bold" if bold else "Helvetica", bold or 10)
        canvas.drawString(72, y, text)
        y -= 20 if bold == 14 else 14
    canvas.save()
    return path


def test_attendance_under_organisation_subheadings_pdf(tmp_path):
    path = make_opcc_groups_pdf(tmp_path)
    assert records(path, "attendee") == OPCC_ATTENDEES
    assert records(path, "meeting") == [meeting(
        "Accountability and Scrutiny Meeting", "Public Contact and Call Handling", "2024-03-12", "10:00",
        minutes_by="Priya Shah")]


# --------------------------------------------------------------------------------------------------
# Present and Apologies side by side in a PDF
# --------------------------------------------------------------------------------------------------

def make_side_by_side_pdf(directory: Path, name: str, rows: list[tuple[str, str]]) -> Path:
    """Notes whose Present and Apologies lists are drawn as two columns, entries wrapping over lines."""
    path = Path(directory) / f"{name}.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    y = A4[1] - 72

    def line(text: str, x: float = 72, bold: bool = False, gap: float = 14) -> None:
        nonlocal y
        canvas.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        canvas.drawString(x, y, text)
        y -= gap

    line("Southmoor Community Safety Partnership", bold=True, gap=20)
    line("Notes of the meeting held on Wednesday 8 May 2024 at 2.00 pm, Room 3, Town Hall", gap=24)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(320, y, "Apologies")
    line("Present", bold=True)
    for left, right in rows:
        canvas.setFont("Helvetica", 10)
        canvas.drawString(320, y, right)
        line(left, gap=13)
    y -= 12
    for text, bold in [("1. Welcome and introductions", True), ("The Chair welcomed members to the meeting.", False),
                       ("2. Anti-social behaviour", True),
                       ("Insp Bell reported that incidents had fallen by ten per cent.", False)]:
        line(text, bold=bold)
    canvas.save()
    return path


SIDE_BY_SIDE = {
    "name_then_organisation": (
        [("Insp Jo Bell (Chair)", "Cllr Sam Hart"), ("Southmoor Police", "Southmoor Borough Council"),
         ("Ann Lee", "Dr Raj Patel"), ("Southmoor Borough Council", "Southmoor NHS Trust"),
         ("Cllr Tim Ford", ""), ("Southmoor County Council", "")],
        [attendee("Jo Bell", "Chair", None, "Southmoor Police"),
         attendee("Ann Lee", None, None, "Southmoor Borough Council"),
         attendee("Tim Ford", None, None, "Southmoor County Council"),
         attendee("Sam Hart", None, None, "Southmoor Borough Council", "apologies"),
         attendee("Raj Patel", None, None, "Southmoor NHS Trust", "apologies")]),
    "name_role_organisation_lines": (
        [("Jo Bell", "Sam Hart"), ("Chair", "Councillor"), ("Southmoor Police", "Southmoor Borough Council"),
         ("Ann Lee", "Raj Patel"), ("Community Safety Manager", "Public Health Lead")],
        [attendee("Jo Bell", "Chair", None, "Southmoor Police"),
         attendee("Ann Lee", "Community Safety Manager"),
         attendee("Sam Hart", "Councillor", None, "Southmoor Borough Council", "apologies"),
         attendee("Raj Patel", "Public Health Lead", None, None, "apologies")]),
    "dash_entries_longer_left": (
        [("Insp Jo Bell (Chair) – Southmoor Police", "Cllr Sam Hart – Southmoor Borough Council"),
         ("Ann Lee – Community Safety Manager", "Dr Raj Patel – Public Health"),
         ("Cllr Tim Ford – Southmoor County Council", ""), ("Ian Moor – Probation Service", "")],
        [attendee("Jo Bell", "Chair", None, "Southmoor Police"),
         attendee("Ann Lee", "Community Safety Manager"),
         attendee("Tim Ford", None, None, "Southmoor County Council"),
         attendee("Ian Moor", None, None, "Probation Service"),
         attendee("Sam Hart", None, None, "Southmoor Borough Council", "apologies"),
         attendee("Raj Patel", None, None, "Public Health", "apologies")]),
}


@pytest.mark.parametrize("layout", sorted(SIDE_BY_SIDE))
def test_present_and_apologies_side_by_side_pdf(tmp_path, layout):
    rows, expected = SIDE_BY_SIDE[layout]
    path = make_side_by_side_pdf(tmp_path, layout, rows)
    assert sorted(records(path, "attendee"), key=lambda a: a["status"] != "present") == expected
    [found] = records(path, "meeting")
    assert found["chair"] == "Jo Bell"  # not a role or organisation from the column beside "Chair"
    assert (found["body"], found["date"], found["time"], found["venue"]) == (
        "Southmoor Community Safety Partnership", "2024-05-08", "14:00", "Room 3, Town Hall")


# --------------------------------------------------------------------------------------------------
# Apologies and substitutes in the prose of a numbered minute
# --------------------------------------------------------------------------------------------------

def _html(directory: Path, name: str, main: str) -> Path:
    path = Path(directory) / f"{name}.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>Minutes</title></head><body><main>{main}</main></body></html>",
                    encoding="utf-8")
    return path


PANEL_HEAD = """<h1>Southmoor Police and Crime Panel</h1>
<p>Minutes of the meeting held on Thursday 20 June 2024 at 10.30 am in Committee Room 1, County Hall, Southmoor.</p>
<p>Present: Councillor Mark Tate (Chair), Councillor Lucy Marsh and Mr Owen Price (Independent Member)</p>
"""
PANEL_TAIL = """<p>PCP/24/15 Declarations of interest</p>
<p>There were no declarations. Councillor Lucy Marsh noted that apologies had been received from Mr Carl Webb
for the workshop and that Councillor Dan Frost attended as substitute at the workshop.</p>
<p>PCP/24/16 Police and Crime Plan update</p>
<p>The Commissioner presented the report. Apologies were received from Ms Fay Lund for the late papers.</p>
"""
PANEL_MEMBERS = [attendee("Mark Tate", "Chair"), attendee("Lucy Marsh"),
                 attendee("Owen Price", "Independent Member")]
APOLOGY_MINUTES = {
    "sentence_then_substitute": (
        "<p>PCP/24/14 Apologies for absence</p><p>Apologies were received from Councillor Hannah Greaves and "
        "Sarah Whitcombe (Independent Member). Councillor Ben Ashcroft attended as substitute for Councillor "
        "Hannah Greaves.</p>"),
    "for_whom_clause": (
        "<p>PCP/24/14 Apologies for absence: Apologies were received from Councillor Hannah Greaves, for whom "
        "Councillor Ben Ashcroft attended as substitute, and Sarah Whitcombe (Independent Member).</p>"),
    "substitute_names_the_absent_member": (
        "<p>PCP/24/14 Apologies</p><p>Sarah Whitcombe (Independent Member) sent her apologies. Councillor Ben "
        "Ashcroft attended as substitute for Councillor Hannah Greaves.</p>"),
    "substituted_by": (
        "<p>PCP/24/14 Apologies</p><p>Councillor Hannah Greaves (substituted by Councillor Ben Ashcroft) and "
        "Sarah Whitcombe (Independent Member) sent their apologies.</p>"),
}


@pytest.mark.parametrize("wording", sorted(APOLOGY_MINUTES))
def test_apologies_and_substitute_in_a_minute(tmp_path, wording):
    path = _html(tmp_path, wording, PANEL_HEAD + APOLOGY_MINUTES[wording] + PANEL_TAIL)
    expected = [attendee("Hannah Greaves", status="apologies"),
                attendee("Sarah Whitcombe", "Independent Member", status="apologies")]
    by_name = itemgetter("name")
    assert sorted(records(path, "attendee"), key=by_name) == sorted(
        expected + PANEL_MEMBERS + [attendee("Ben Ashcroft")], key=by_name)
    assert records(path, "meeting")[0]["venue"] == "Committee Room 1, County Hall, Southmoor"


def test_apologies_outside_an_apologies_minute_are_not_attendees(tmp_path):
    path = _html(tmp_path, "no_apologies", PANEL_HEAD + "<p>PCP/24/14 Apologies for absence</p><p>None.</p>"
                 + PANEL_TAIL)
    assert records(path, "attendee") == PANEL_MEMBERS


# --------------------------------------------------------------------------------------------------
# Posts, organisations and remarks inside an entry
# --------------------------------------------------------------------------------------------------

def test_posts_written_before_names_are_roles_not_names():
    people = parse_people("Chief Constable Mark Hill, Assistant Chief Constable Liam Rees, "
                          "Chief Superintendent Jo Bell and Revd Canon Thomas Hale")
    assert [(p.name, p.role) for p in people] == [
        ("Mark Hill", "Chief Constable"), ("Liam Rees", "Assistant Chief Constable"),
        ("Jo Bell", "Chief Superintendent"), ("Thomas Hale", None)]


@pytest.mark.parametrize("text, titles, post", [
    ("Deputy Chief Executive Sue Lamb", ["Deputy", "Chief", "Executive"], "Deputy Chief Executive"),
    ("Police and Crime Commissioner Jane Doe", ["Police", "and", "Crime", "Commissioner"],
     "Police and Crime Commissioner"),
    ("Revd Canon Thomas Hale", ["Revd", "Canon"], None),
    ("Det Supt Jo Bell", ["Det", "Supt"], None),
    ("Cllr A Smith", ["Cllr"], None),
    ("Assistant Director Education", [], None),  # a role, not a post before a one-word name
])
def test_split_title_finds_posts(text, titles, post):
    found, _ = split_title(text)
    assert (found, post_of(found)) == (titles, post)


@pytest.mark.parametrize("entry, expected", [
    ("Jane Doe, Ashfield District Council – Community Safety Manager",
     ("Jane Doe", "Community Safety Manager", "Ashfield District Council", False)),
    ("Jane Doe (Ashfield District Council – Community Safety Manager)",
     ("Jane Doe", "Community Safety Manager", "Ashfield District Council", False)),
    ("Priya Shah (Policy Officer, OPCC - minutes)", ("Priya Shah", "Policy Officer", "OPCC", True)),
    ("Tom Kerr (Northwold Police, for item 4)", ("Tom Kerr", None, "Northwold Police", False)),
    ("Tom Kerr – Inspector (Northwold Police, left at 11.30)", ("Tom Kerr", "Inspector", "Northwold Police", False)),
    ("Mo Khan – Analyst (via Teams)", ("Mo Khan", "Analyst", None, False)),
    ("Neil Grant – Minute Taker", ("Neil Grant", "Minute Taker", None, True)),
    ("Cllr Ann Lee (Vice-Chair, in the Chair)", ("Ann Lee", "Vice-Chair", None, False)),
])
def test_entry_parts_give_role_organisation_and_minute_taker(entry, expected):
    person = parse_person(entry)
    assert (person.name, person.role, person.organisation, person.minutes) == expected


def test_organisation_role_strings_in_a_present_list(tmp_path):
    path = _html(tmp_path, "org_role", """<h1>Ashfield Community Safety Partnership</h1>
<p>Notes of the meeting held on 2 October 2024 at 2pm at Ashfield House</p>
<p><strong>Present</strong></p>
<ul><li>Jane Doe, Ashfield District Council – Community Safety Manager (Chair)</li>
<li>Assistant Chief Constable Liam Rees</li>
<li>Priya Shah (Policy Officer, OPCC - minutes)</li>
<li>Tom Kerr (Northwold Police, for item 4)</li></ul>
<h2>1. Crime figures</h2><p>Liam Rees reported that burglary had fallen.</p>
<h2>2. Any other business</h2><p>None.</p>""")
    assert records(path, "attendee") == [
        attendee("Jane Doe", "Community Safety Manager", None, "Ashfield District Council"),
        attendee("Liam Rees", "Assistant Chief Constable"),
        attendee("Priya Shah", "Policy Officer", None, "OPCC"),
        attendee("Tom Kerr", None, None, "Northwold Police")]
    [found] = records(path, "meeting")
    assert (found["chair"], found["minutes_by"]) == ("Jane Doe", "Priya Shah")


# --------------------------------------------------------------------------------------------------
# Tables with status rows, and the genre's other attendance labels
# --------------------------------------------------------------------------------------------------

def test_html_attendance_table_with_spanning_status_rows(tmp_path):
    path = _html(tmp_path, "yjb", """<h1>Southmoor Youth Justice Board</h1>
<p>Minutes of the meeting held on 3 July 2024 at 2pm, Room 5, Civic Offices</p>
<table><tr><th>Name</th><th>Role</th><th>Organisation</th></tr>
<tr><td>Helen Ward</td><td>Chair</td><td>Southmoor Council</td></tr>
<tr><td>Dev Shah</td><td>Head of Youth Justice</td><td>Southmoor Council</td></tr>
<tr><td colspan="3"><strong>Apologies</strong></td></tr>
<tr><td>Ruth Cole</td><td>Inspector</td><td>Southmoor Police</td></tr>
<tr><td colspan="3">In attendance</td></tr>
<tr><td>Neil Grant</td><td>Minute Taker</td><td>Southmoor Council</td></tr>
</table>
<h2>1. Welcome</h2><p>Helen Ward welcomed members.</p>
<h2>2. Performance</h2><p>Dev Shah presented the report.</p>""")
    assert records(path, "attendee") == [
        attendee("Helen Ward", "Chair", None, "Southmoor Council"),
        attendee("Dev Shah", "Head of Youth Justice", None, "Southmoor Council"),
        attendee("Ruth Cole", "Inspector", None, "Southmoor Police", "apologies"),
        attendee("Neil Grant", "Minute Taker", None, "Southmoor Council", "in_attendance")]
    assert records(path, "meeting") == [meeting("Southmoor Youth Justice Board", None, "2024-07-03", "14:00",
                                                "Room 5, Civic Offices", "Helen Ward", "Neil Grant")]


def test_members_present_virtual_officers_absent_and_substitutes(tmp_path):
    path = _html(tmp_path, "labels", """<h1>Southmoor Community Safety Partnership Board</h1>
<p>Minutes of the meeting held on 5 September 2024 at 10.00 am at Southmoor House</p>
<p><strong>Members present:</strong> Cllr Ann Lee (Chair), Supt Ravi Nair, Ms Jo Park</p>
<p><strong>Virtual:</strong> Dr Amy Cross (Director of Public Health)</p>
<p><strong>Also in attendance:</strong> Mr Ed Vance – Community Safety Officer, Southmoor Council</p>
<p><strong>Officers:</strong> Kim Ray (Democratic Services Officer)</p>
<p><strong>Absent:</strong> Cllr Bob Stone</p>
<p><strong>Substitutes:</strong> Cllr Pat Moss for Cllr Ian Holt</p>
<h2>1. Minutes of the last meeting</h2>
<p>The minutes were agreed. Cllr Lee said Mr Tom Green and Ms Sara White had attended the forum.</p>
<h2>2. Performance</h2>
<p>Supt Nair reported that crime had fallen. Present at the event were Mr Dan Cole and Ms Liz Fry.</p>
<h2>3. Date of next meeting</h2>
<p>5 December 2024</p>
<p>Signed ………………… (Chair)</p>""")
    assert records(path, "attendee") == [
        attendee("Ann Lee", "Chair"), attendee("Ravi Nair"), attendee("Jo Park"),
        attendee("Amy Cross", "Director of Public Health"),
        attendee("Ed Vance", "Community Safety Officer", None, "Southmoor Council", "in_attendance"),
        attendee("Kim Ray", "Democratic Services Officer", status="in_attendance"),
        attendee("Bob Stone", status="apologies"), attendee("Pat Moss"), attendee("Ian Holt", status="apologies")]
    assert records(path, "meeting") == [meeting(
        "Southmoor Community Safety Partnership Board", None, "2024-09-05", "10:00", "Southmoor House", "Ann Lee",
        next_meeting={"date": "2024-12-05", "title": None})]


# --------------------------------------------------------------------------------------------------
# Meeting headers
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Notes of the Accountability and Scrutiny Meeting held on 12 March 2024",
     ("Accountability and Scrutiny Meeting", None)),
    ("ACCOUNTABILITY AND SCRUTINY MEETING", ("Accountability and Scrutiny Meeting", None)),
    ("Holding to Account Meeting - Criminal Justice - 28 February 2023",
     ("Holding to Account Meeting", "Criminal Justice")),
    ("Extraordinary Meeting", None),
    ("Minutes of the meeting held on 3 May 2024", None),
])
def test_meeting_name(text, expected):
    assert meeting_name(text) == expected


def test_venue_keeps_its_room_number():
    assert venue_from("held on Tuesday 10 December 2024 at 10.00 am in Committee Room 1, County Hall") == (
        "Committee Room 1, County Hall")


def test_minutes_taken_by_line_and_notes_label(tmp_path):
    path = _html(tmp_path, "notes_label", """<h1>Accountability and Scrutiny Meeting</h1>
<p>Theme: Neighbourhood Policing</p>
<p>Date: 14/11/24 Time: 14:00pm</p>
<p>Notes: Ravi Shah, OPCC</p>
<p>Present: Jane Holt (PCC), Mark Hill (CC)</p>
<h2>1. Neighbourhood policing</h2><p>The CC presented the report.</p>
<h2>2. Next meeting</h2><p>Next meeting: 12 December 2024. Theme: Road Safety</p>""")
    assert records(path, "meeting") == [meeting(
        "Accountability and Scrutiny Meeting", "Neighbourhood Policing", "2024-11-14", "14:00",
        minutes_by="Ravi Shah", next_meeting={"date": "2024-12-12", "title": "Road Safety"})]


def test_issuing_office_under_a_meeting_name_is_not_its_topic(tmp_path):
    path = _html(tmp_path, "office_line", """<h1>Accountability and Scrutiny Meeting</h1>
<p>Office of the Police and Crime Commissioner for Southmoor</p>
<p>Date: 9 April 2024</p>
<p>Present: Jane Holt (PCC), Mark Hill (CC)</p>
<h2>1. Introductions</h2><p>The PCC welcomed everyone.</p>
<h2>2. Finance</h2><p>The CC presented the budget.</p>""")
    [found] = records(path, "meeting")
    assert (found["body"], found["title"], found["date"]) == ("Accountability and Scrutiny Meeting", None, "2024-04-09")


def test_substitute_for_a_member_named_by_surname_adds_no_one(tmp_path):
    path = _html(tmp_path, "surname", PANEL_HEAD + "<p>PCP/24/14 Apologies</p><p>Apologies were received from "
                 "Councillor Hannah Greaves. Councillor Ben Ashcroft attended as substitute for Councillor Greaves."
                 "</p>" + PANEL_TAIL)
    assert [a["name"] for a in records(path, "attendee")] == [
        "Mark Tate", "Lucy Marsh", "Owen Price", "Hannah Greaves", "Ben Ashcroft"]
