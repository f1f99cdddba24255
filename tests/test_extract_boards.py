"""Boards and memberships: terms of reference, summary tables and prose, in the genre's layouts.

The documents here are invented and written as real files (HTML, DOCX, PDF) in
tmp_path, then read through ``read_document`` as scrutiny reads any paper.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from scrutiny.extract import extract_records
from scrutiny.extract.board_members import member_kind, split_conjuncts
from scrutiny.extract.board_text import find_abbreviations, status_from
from scrutiny.extract.frequency import find_frequency, normalise_frequency
from scrutiny.ingest import read_document
from scrutiny.ingest.model import DocumentBuilder

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="sample corpus not available")

BOARD_FIELDS = ("name", "abbreviation", "chair", "frequency", "parent", "status")


def records_of(path: Path):
    records = extract_records(read_document(path))
    boards = [r for r in records if r.type == "board"]
    members = [(m.board, m.member, m.member_kind, m.role_on_board) for m in records if m.type == "membership"]
    return boards, members


def fields_of(board) -> tuple:
    return tuple(getattr(board, f) for f in BOARD_FIELDS)


# --- documents ------------------------------------------------------------------

TOR_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Safer Anytown Partnership Board – Terms of Reference | Anytown Borough Council</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/csp">Community safety</a></li></ul></nav>
<main>
<h1>Safer Anytown Partnership Board – Terms of Reference</h1>
<h2>1. Purpose</h2>
<p>The Safer Anytown Partnership Board (SAPB) is the statutory community safety partnership for the
borough. It sets the partnership's priorities for reducing crime, disorder and substance misuse.</p>
<h2>2. Membership</h2>
<p>The Board's membership is:</p>
<ul>
<li>Cabinet Member for Communities (Chair)</li>
<li>Anytown Borough Council</li>
<li>Northshire Police</li>
<li>Northshire Fire and Rescue Service</li>
<li>The Probation Service</li>
<li>Anytown Integrated Care Board</li>
</ul>
<p>Other officers may be invited to attend as required.</p>
<h2>3. Frequency of meetings</h2>
<p>The Board meets every six weeks, with extra meetings called by the Chair when needed.</p>
<h2>4. Quorum</h2>
<p>The meeting is quorate when four members, including the Chair, are present.</p>
<h2>5. Reporting</h2>
<p>The Board reports to the Northshire Community Safety Board each year.</p>
<h2>6. Document control</h2>
<table><tr><th>Version</th><th>Author</th><th>Date</th></tr>
<tr><td>1.2</td><td>Jane Doe</td><td>01/04/2024</td></tr></table>
</main>
<footer>Anytown Borough Council, Town Hall</footer>
</body></html>
"""

CSP_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Partnership boards | Northshire PCC</title></head>
<body><main>
<h1>Partnership boards</h1>
<p>The Commissioner works with partners across the county through a number of boards.</p>
<h2>Northshire Reducing Reoffending Board</h2>
<p>The Northshire Reducing Reoffending Board (NRRB) oversees the delivery of the county's reducing
reoffending strategy. It is chaired by the Deputy Police and Crime Commissioner and meets quarterly.</p>
<p>Its membership includes senior leaders from:</p>
<ul><li>Northshire Police</li><li>The Probation Service</li><li>HM Prison Northtown</li>
<li>Northshire County Council</li></ul>
<h2>Domestic Abuse Local Partnership Board</h2>
<p>The Domestic Abuse Local Partnership Board is a sub-group of the NRRB and brings together specialist
services to commission safe accommodation. The Board meets every six weeks. Its members are the
Council's Director of Public Health, the Chief Inspector for Safeguarding and a representative of Refuge.</p>
<h2>Youth Engagement Forum</h2>
<p>The Youth Engagement Forum was disbanded on 31 March 2023. Its work passed to the Youth Commission.</p>
<h2>Contact us</h2>
<p>Email the partnerships team for copies of agendas and minutes.</p>
</main></body></html>
"""


def make_tor_docx(directory: Path) -> Path:
    """A label | value table whose Membership cell is a bullet list with Chair/Vice-chair/Secretariat lines."""
    path = directory / "violence_group_tor.docx"
    doc = WordDocument()
    doc.add_heading("Terms of Reference", level=1)
    table = doc.add_table(rows=5, cols=2)
    table.style = "Table Grid"
    rows = [
        ("Name of group", "Anytown Serious Violence Steering Group"),
        ("Aims", "To coordinate the local response to the Serious Violence Duty."),
        ("Membership", None),
        ("Meeting frequency", "Twice yearly, and as required"),
        ("Accountable to", "Safer Anytown Partnership Board"),
    ]
    for row, (label, value) in zip(table.rows, rows):
        row.cells[0].text = label
        if value:
            row.cells[1].text = value
    cell = table.cell(2, 1)
    members = ["Chair: Superintendent A Khan, Northshire Police",
               "Vice-chair: Head of Community Safety, Anytown Borough Council",
               "Youth Justice Service Manager", "Northshire Probation Service", "Public Health Consultant",
               "Secretariat: Community Safety Team"]
    cell.paragraphs[0].text = members[0]
    cell.paragraphs[0].style = "List Bullet"
    for member in members[1:]:
        cell.add_paragraph(member, style="List Bullet")
    doc.add_paragraph("Document control")
    control = doc.add_table(rows=2, cols=3)
    for row, values in zip(control.rows, [("Version", "Author", "Date"), ("0.3", "J Smith", "12/01/2024")]):
        for c, v in zip(row.cells, values):
            c.text = v
    doc.save(path)
    return path


GLOSSARY = [
    ("Police and Crime Panel", "Scrutinises the decisions and actions of the Commissioner.", "Quarterly", ""),
    ("Joint Audit Committee (JAC)", "Considers internal and external audit reports for the Commissioner and "
     "the Chief Constable.", "Quarterly", "Independent member"),
    ("Force Executive Board", "Sets the strategic direction of the force.", "Monthly", "Chief Constable"),
    ("Strategic Firearms Group", "Reviews armed policing and firearms licensing. Reports to the Force "
     "Executive Board.", "Bi-monthly", ""),
    ("Independent Advisory Group", "Gives community advice on critical incidents.", "Every six weeks", ""),
    ("Ethics Panel", "Considers ethical dilemmas raised by officers and staff.", "Twice yearly", ""),
    ("Out of Court Disposals Scrutiny Panel", "Reviews a sample of out of court disposals.",
     "At least three times a year", ""),
    ("Weekly Commissioner and Chief Constable meeting", "Informal discussion of topical issues.", "Weekly", ""),
]


def make_glossary_pdf(directory: Path, filler_rows: int = 30) -> Path:
    """A Meeting | Purpose | Frequency | Chair table, header repeated, running onto a second page."""
    path = directory / "oversight_glossary.pdf"
    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    rows = GLOSSARY[:4] + [(f"Local Policing Area {i} Meeting", "Reviews local performance.", "Monthly", "")
                           for i in range(1, filler_rows + 1)] + GLOSSARY[4:]
    data = [["Meeting", "Purpose", "Frequency", "Chair"]]
    data += [[Paragraph(text, cell) for text in row] for row in rows]
    table = Table(data, colWidths=[130, 200, 80, 90], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph("Appendix B: Summary of oversight meetings", styles["Heading1"]), Spacer(1, 12), table]
    SimpleDocTemplate(str(path), pagesize=A4, title="Oversight meetings").build(story)
    return path


TOR_TEXT = """TERMS OF REFERENCE

\tGroup:
\tAnytown Hate Crime Partnership

\tRole of the group:
\tTo increase the reporting of hate crime and improve support for victims

\tFrequency:
\tAt least three times a year

\tChair:
\tCllr Sam Patel, Cabinet Member for Communities

\tMembership:
\t· Anytown Borough Council – Community Safety Manager
\t· Northshire Police – Hate Crime Coordinator
\t· Victim Support
\t· Anytown Interfaith Forum
\t· Council – Democratic Services Officer (minutes)

\tLinked boards:
\t· Safer Anytown Partnership Board
\t· Northshire Equality Forum

\tReview date:
\tApril 2025
"""


# --- terms of reference ------------------------------------------------------------


def test_tor_headed_sections_in_html(tmp_path):
    path = tmp_path / "sapb_tor.html"
    path.write_text(TOR_PAGE, encoding="utf-8")
    boards, members = records_of(path)
    assert [fields_of(b) for b in boards] == [
        ("Safer Anytown Partnership Board", "SAPB", "Cabinet Member for Communities", "every six weeks",
         "Northshire Community Safety Board", None)]
    assert boards[0].purpose == ("the statutory community safety partnership for the borough. It sets the "
                                 "partnership's priorities for reducing crime, disorder and substance misuse.")
    board = "Safer Anytown Partnership Board"
    assert members == [
        (board, "Cabinet Member for Communities (Chair)", "role", "chair"),
        (board, "Anytown Borough Council", "organisation", "member"),
        (board, "Northshire Police", "organisation", "member"),
        (board, "Northshire Fire and Rescue Service", "organisation", "member"),
        (board, "The Probation Service", "organisation", "member"),
        (board, "Anytown Integrated Care Board", "organisation", "member"),
    ]


def test_tor_docx_membership_bullets_with_chair_and_secretariat_lines(tmp_path):
    boards, members = records_of(make_tor_docx(tmp_path))
    group = "Anytown Serious Violence Steering Group"
    assert [fields_of(b) for b in boards] == [
        (group, None, "A Khan", "bi-annual", "Safer Anytown Partnership Board", None)]
    assert boards[0].purpose == "To coordinate the local response to the Serious Violence Duty."
    assert members == [
        (group, "Superintendent A Khan, Northshire Police", "person", "chair"),
        (group, "Head of Community Safety, Anytown Borough Council", "role", "member"),
        (group, "Youth Justice Service Manager", "role", "member"),
        (group, "Northshire Probation Service", "organisation", "member"),
        (group, "Public Health Consultant", "role", "member"),
        (group, "Community Safety Team", "organisation", "support"),
    ]


def test_tor_label_paragraphs_in_text_linked_boards_are_not_boards(tmp_path):
    path = tmp_path / "hate_crime_tor.txt"
    path.write_text(TOR_TEXT, encoding="utf-8")
    boards, members = records_of(path)
    partnership = "Anytown Hate Crime Partnership"
    assert [fields_of(b) for b in boards] == [
        (partnership, None, "Sam Patel", "At least three times a year", None, None)]
    assert members == [
        (partnership, "Cllr Sam Patel, Cabinet Member for Communities", "person", "chair"),  # the Chair row
        (partnership, "Anytown Borough Council – Community Safety Manager", "role", "member"),
        (partnership, "Northshire Police – Hate Crime Coordinator", "role", "member"),
        (partnership, "Victim Support", "organisation", "member"),
        (partnership, "Anytown Interfaith Forum", "organisation", "member"),
        (partnership, "Council – Democratic Services Officer (minutes)", "role", "support"),
    ]


MEMBERS_TABLE_PAGE = """<html><head><title>Anytown Community Safety Partnership – Terms of Reference</title></head>
<body><main><h1>Anytown Community Safety Partnership – Terms of Reference</h1>
<h2>Purpose</h2><p>To deliver the community safety strategy for the borough.</p>
<h2>Membership</h2>
<table><tr><th>Name</th><th>Role</th><th>Organisation</th></tr>
<tr><td>Cllr Priya Shah</td><td>Chair</td><td>Anytown Borough Council</td></tr>
<tr><td>Tom Brown</td><td>Community Safety Manager</td><td>Anytown Borough Council</td></tr>
<tr><td>Supt Dan Okoro</td><td>Local Policing Commander</td><td>Northshire Police</td></tr></table>
<h2>Meetings</h2><p>The Partnership meets bi-monthly.</p>
</main></body></html>"""


def test_tor_members_table_under_membership_heading(tmp_path):
    path = tmp_path / "acsp_tor.html"
    path.write_text(MEMBERS_TABLE_PAGE, encoding="utf-8")
    boards, members = records_of(path)
    csp = "Anytown Community Safety Partnership"
    assert [fields_of(b) for b in boards] == [
        (csp, None, "Priya Shah", "bi-monthly", None, None)]
    assert members == [
        (csp, "Cllr Priya Shah, Chair, Anytown Borough Council", "person", "chair"),
        (csp, "Tom Brown, Community Safety Manager, Anytown Borough Council", "person", "member"),
        (csp, "Supt Dan Okoro, Local Policing Commander, Northshire Police", "person", "member"),
    ]


def test_tor_table_in_minutes_is_read_under_its_heading(tmp_path):
    from tests.docs.make_docx import make_minutes_docx

    boards, members = records_of(make_minutes_docx(tmp_path))
    assert [fields_of(b) for b in boards] == [
        ("Safer Neighbourhoods Partnership Board", None, "A Smith", "quarterly", "Health and Wellbeing Board", None)]
    assert [m[1:] for m in members] == [
        ("Cllr A Smith (Chair)", "person", "chair"),
        ("Director of Public Health", "role", "member"),
        ("Chief Inspector, Local Policing", "role", "member"),
    ]


def built(name: str, blocks: list[tuple], title: str | None = None):
    """A document made block by block, as a reader would make it."""
    builder = DocumentBuilder(name, "pdf")
    for kind, text, *level in blocks:
        if kind == "table":
            builder.add_table(text, page=1)
        else:
            builder.add(kind, text, page=1, level=level[0] if level else None)
    records = extract_records(builder.build(title=title, pages=1))
    boards = [r for r in records if r.type == "board"]
    return boards, [(m.board, m.member, m.member_kind, m.role_on_board) for m in records if m.type == "membership"]


def test_tor_run_together_labels_and_sub_groups():
    boards, members = built("dap_tor", [
        ("heading", "Anytown Drugs Partnership – Terms of Reference", 1),
        ("heading", "1. Purpose", 2),
        ("paragraph", "The Anytown Drugs Partnership (ADP) leads the local response to drug-related harm."),
        ("heading", "2. Membership", 2),
        ("paragraph", "Chair: Cllr Jo Reyes, Anytown Borough Council Vice-chair: Dr Ken Ito, Public Health "
                      "Secretariat: Anytown Community Safety Team"),
        ("paragraph", "Members:"),
        ("list_item", "Northshire Police – Drugs Coordinator"),
        ("list_item", "Anytown Recovery Service"),
        ("heading", "3. Frequency", 2),
        ("paragraph", "The Partnership meets every two months."),
        ("heading", "4. Sub-groups", 2),
        ("list_item", "Treatment Working Group – meets monthly and reports to the Partnership."),
        ("list_item", "Drug Death Review Panel – convened as required to review drug-related deaths."),
    ])
    adp = "Anytown Drugs Partnership"
    assert [fields_of(b) for b in boards] == [
        (adp, "ADP", "Jo Reyes", "bi-monthly", None, None),
        ("Treatment Working Group", None, None, "monthly", adp, None),
        ("Drug Death Review Panel", None, None, "ad hoc", adp, None),
    ]
    assert boards[0].purpose == "leads the local response to drug-related harm."
    assert boards[2].purpose == "to review drug-related deaths."
    assert members == [
        (adp, "Cllr Jo Reyes, Anytown Borough Council", "person", "chair"),
        (adp, "Dr Ken Ito, Public Health", "person", "member"),
        (adp, "Anytown Community Safety Team", "organisation", "support"),
        (adp, "Northshire Police – Drugs Coordinator", "role", "member"),
        (adp, "Anytown Recovery Service", "organisation", "member"),
    ]


def test_report_glossary_with_status_and_parent_named_elsewhere():
    boards, members = built("governance_report", [
        ("heading", "Governance arrangements", 1),
        ("paragraph", "3. After the review the Property Board was dissolved on 30 June 2024."),
        ("heading", "Appendix A – Meetings", 1),
        ("table", [("Name", "Purpose", "Meets"),
                   ("Anytown Local Criminal Justice Board (LCJB)", "Brings criminal justice agencies together.",
                    "Quarterly"),
                   ("Victims Board", "A sub group of the LCJB.", "Six times a year"),
                   ("Property Board", "Oversaw the estate until it was dissolved.", "Monthly (until June 2024)"),
                   ("Estates Delivery Group", "Reports to the Criminal Justice Board.", "As required")]),
    ])
    assert members == []
    assert [fields_of(b) for b in boards] == [
        ("Anytown Local Criminal Justice Board", "LCJB", None, "quarterly", None, None),
        ("Victims Board", None, None, "bi-monthly", "Anytown Local Criminal Justice Board", None),
        ("Property Board", None, None, "monthly", None, "dissolved 2024-06-30"),
        ("Estates Delivery Group", None, None, "ad hoc", "Anytown Local Criminal Justice Board", None),
    ]


def test_plan_board_with_membership_sub_heading_and_a_board_in_one_sentence():
    boards, members = built("plan", [
        ("heading", "Anytown Performance Board", 2),
        ("paragraph", "The Anytown Performance Board is the Commissioner's forum for holding the Chief Constable "
                      "to account. It is chaired by the Commissioner and meets monthly."),
        ("heading", "Membership", 3),
        ("list_item", "Commissioner (Chair)"),
        ("list_item", "Chief Constable"),
        ("heading", "Working with partners", 2),
        ("paragraph", "The Anytown Reducing Reoffending Board (ARRB), chaired by the Deputy Commissioner, brings "
                      "together probation, prisons and councils. It meets quarterly."),
    ])
    assert [fields_of(b) for b in boards] == [
        ("Anytown Performance Board", None, "Commissioner", "monthly", None, None),
        ("Anytown Reducing Reoffending Board", "ARRB", "Deputy Commissioner", "quarterly", None, None),
    ]
    assert boards[0].purpose == "the Commissioner's forum for holding the Chief Constable to account."
    assert members == [
        ("Anytown Performance Board", "Commissioner", "role", "chair"),
        ("Anytown Performance Board", "Chief Constable", "role", "member"),
        ("Anytown Reducing Reoffending Board", "Deputy Commissioner", "role", "chair"),
    ]


# --- prose -----------------------------------------------------------------------------


def test_csp_page_boards_in_prose(tmp_path):
    path = tmp_path / "partnership_boards.html"
    path.write_text(CSP_PAGE, encoding="utf-8")
    boards, members = records_of(path)
    assert [fields_of(b) for b in boards] == [
        ("Northshire Reducing Reoffending Board", "NRRB", "Deputy Police and Crime Commissioner", "quarterly",
         None, None),
        ("Domestic Abuse Local Partnership Board", None, None, "every six weeks",
         "Northshire Reducing Reoffending Board", None),
        ("Youth Engagement Forum", None, None, None, None, "disbanded 2023-03-31"),
    ]
    assert [b.purpose for b in boards[:2]] == [
        "oversees the delivery of the county's reducing reoffending strategy.",
        "brings together specialist services to commission safe accommodation.",
    ]
    reoffending, abuse = boards[0].name, boards[1].name
    assert members == [
        (reoffending, "Deputy Police and Crime Commissioner", "role", "chair"),
        (reoffending, "Northshire Police", "organisation", "member"),
        (reoffending, "The Probation Service", "organisation", "member"),
        (reoffending, "HM Prison Northtown", "organisation", "member"),
        (reoffending, "Northshire County Council", "organisation", "member"),
        (abuse, "the Council's Director of Public Health", "role", "member"),
        (abuse, "the Chief Inspector for Safeguarding", "role", "member"),
        (abuse, "a representative of Refuge", "role", "member"),
    ]


def test_board_records_cite_their_evidence(tmp_path):
    path = tmp_path / "partnership_boards.html"
    path.write_text(CSP_PAGE, encoding="utf-8")
    document = read_document(path)
    records = extract_records(document)
    for record in records:
        if record.type in ("board", "membership"):
            start, end = record.span
            assert record.doc == "partnership_boards"
            quoted = record.name if record.type == "board" else record.member
            assert document.text[start:end] == quoted


# --- summary tables ----------------------------------------------------------------------


def test_glossary_table_over_two_pages_in_pdf(tmp_path):
    boards, members = records_of(make_glossary_pdf(tmp_path))
    assert members == []
    named = [fields_of(b) for b in boards if not b.name.startswith("Local Policing Area")]
    assert named == [
        ("Police and Crime Panel", None, None, "quarterly", None, None),
        ("Joint Audit Committee", "JAC", "Independent member", "quarterly", None, None),
        ("Force Executive Board", None, "Chief Constable", "monthly", None, None),
        ("Strategic Firearms Group", None, None, "bi-monthly", "Force Executive Board", None),
        ("Independent Advisory Group", None, None, "Every six weeks", None, None),
        ("Ethics Panel", None, None, "bi-annual", None, None),
        ("Out of Court Disposals Scrutiny Panel", None, None, "At least three times a year", None, None),
        ("Weekly Commissioner and Chief Constable meeting", None, None, "weekly", None, None),
    ]
    assert len(boards) == 8 + 30
    assert {b.page for b in boards} == {1, 2}
    assert boards[3].purpose == "Reviews armed policing and firearms licensing. Reports to the Force Executive Board."


GLOSSARY_TEXT = """APPENDIX B: SUMMARY OF MEETINGS

NAME\tPURPOSE\tMEETS
Police and Crime Panel*\tScrutinises the decisions of the Commissioner.\tQuarterly
Integrated Offender Management\tOversees the offender management scheme and agrees\tBi-Monthly
Programme Board\tits funding and information sharing protocols.\t
Youth Justice Management Board\tGoverns the youth justice service.\tUnder review

Key: * public meeting

Safer Roads Partnership Board\tGoverns the road safety partnership and its\tTwice
\tcamera enforcement programme.\tyearly
Independent Custody Visitors Co-\tVolunteers who visit custody suites unannounced.\t3 per
ordinating Group\t\tannum
"""


def test_glossary_in_text_joins_wrapped_rows_across_a_key(tmp_path):
    path = tmp_path / "meetings_appendix.txt"
    path.write_text(GLOSSARY_TEXT, encoding="utf-8")
    boards, members = records_of(path)
    assert members == []
    assert [(b.name, b.frequency, b.purpose) for b in boards] == [
        ("Police and Crime Panel", "quarterly", "Scrutinises the decisions of the Commissioner."),
        ("Integrated Offender Management Programme Board", "bi-monthly",
         "Oversees the offender management scheme and agrees its funding and information sharing protocols."),
        ("Youth Justice Management Board", None, "Governs the youth justice service."),
        ("Safer Roads Partnership Board", "bi-annual",
         "Governs the road safety partnership and its camera enforcement programme."),
        ("Independent Custody Visitors Co-ordinating Group", "3 per annum",
         "Volunteers who visit custody suites unannounced."),
    ]


# --- the words ------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Quarterly", "quarterly"), ("Minimum bi monthly", "bi-monthly"), ("Bi-Monthly", "bi-monthly"),
    ("Twice yearly", "bi-annual"), ("six monthly", "bi-annual"), ("Bi annual", "bi-annual"),
    ("Adhoc", "ad hoc"), ("Weekly", "weekly"), ("Annually", "annual"), ("3 per annum", "3 per annum"),
    ("Under review", None), ("", None), ("Quarterly 5", "quarterly"), ("Six weekly", "Six weekly"),
    ("three-monthly", "quarterly"), ("every four weeks", "every four weeks"),
])
def test_normalise_frequency(text, expected):
    assert normalise_frequency(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("They met on a monthly basis to discuss issues.", "monthly"),
    ("The group meets every six weeks.", "every six weeks"),
    ("The Board will meet at least three times a year.", "at least three times a year"),
    ("The Board publishes an annual report and monthly figures.", None),
])
def test_find_frequency_needs_a_meeting_verb(sentence, expected):
    found = find_frequency(sentence)
    assert (found[0] if found else None) == expected


def test_split_conjuncts_keeps_compound_titles_whole():
    assert split_conjuncts("the PCC, his counterpart in Warwickshire, their respective Chief Executives and "
                           "Chief Officers within the two police forces") == [
        "the PCC", "his counterpart in Warwickshire", "their respective Chief Executives",
        "Chief Officers within the two police forces"]
    assert split_conjuncts("the Police and Crime Commissioner and the Chief Constable") == [
        "the Police and Crime Commissioner", "the Chief Constable"]


@pytest.mark.parametrize("member, kind", [
    ("Crown Prosecution Service (CPS)", "organisation"), ("The Office of the Police and Crime Commissioner (OPCC)",
                                                          "organisation"),
    ("Police and Crime Commissioners", "role"), ("NPS – Assistant Chief Officer", "role"), ("the PCC", "role"),
    ("Chief Officers within the two police forces", "role"), ("Cllr A Smith (Chair)", "person"),
    ("Jane Doe, Head of Finance", "person"), ("Dr Jane Doe OBE", "person"), ("Chief Inspector, Local Policing", "role"),
    ("Anytown Homes", "organisation"), ("Probation Service – Anytown Delivery Unit", "organisation"),
])
def test_member_kind(member, kind):
    assert member_kind(member) == kind


def test_abbreviations_defined_in_text_and_status():
    found = find_abbreviations("a strategic custody users forum (SCUF) met; His Majesty’s Court & Tribunal "
                               "Service (HMCTS) attended")
    assert found == {"SCUF": "strategic custody users forum", "HMCTS": "His Majesty’s Court & Tribunal Service"}
    assert status_from("The Alliance was dissolved on March 30th 2020.") == "dissolved 2020-03-30"
    assert status_from("The group was established in 2019.") is None


# --- the sample papers ------------------------------------------------------------------------


def sample(stem: str) -> Path:
    return next(SAMPLES.glob(f"{stem}_*"))


@needs_samples
def test_sample_web_page_boards_and_members():
    boards, members = records_of(sample("000"))
    assert [fields_of(b) for b in boards] == [
        ("West Mercia Local Criminal Justice Board", "LCJB", "Police and Crime Commissioner", None, None, None),
        ("West Mercia Victims Board", None, None, None, "West Mercia Local Criminal Justice Board", None),
        ("Crime Reduction Board", None, None, None, None, None),
        ("Alliance Governance Group", None, None, "monthly", None, "dissolved 2020-03-30"),
    ]
    assert boards[3].purpose == ("to discuss issues and make decisions related to how the alliance of the two "
                                 "police forces worked.")
    assert len(members) == 11
    assert members[0] == ("West Mercia Local Criminal Justice Board", "Police and Crime Commissioner", "role",
                          "chair")
    assert [m[1] for m in members[-4:]] == ["the PCC", "his counterpart in Warwickshire",
                                            "their respective Chief Executives",
                                            "Chief Officers within the two police forces"]


@needs_samples
def test_sample_terms_of_reference_has_one_board_and_its_members():
    boards, members = records_of(sample("003"))
    assert [fields_of(b) for b in boards] == [
        ("Police and Crime Commissioner’s – Crime Reduction Board", None, "PCC’s Chief Executive", "quarterly",
         None, None)]
    assert len(members) == 14
    roles = {m[1]: m[3] for m in members}
    assert roles["DPCC - Chair"] == "chair"
    assert roles["OPCC – Admin Support"] == "support"
    assert "PCC’s Chief Executive" not in roles  # the Chair field is not a member line


@needs_samples
def test_sample_glossary_spans_two_pages():
    boards, members = records_of(sample("004"))
    assert len(boards) == 35 and members == []
    by_name = {b.name: b for b in boards}
    assert fields_of(by_name["Strategic Stop and Search Group"])[4] == "Strategic Diversity Group"
    assert by_name["Alliance Governance Group"].chair == "PCCs"
    assert by_name["Mental Health Concordat Strategic Group"].abbreviation == "MHCSG"
    assert by_name["Independent Custody visitors Co-ordinating group/ panel meetings"].frequency == "3 per annum"
    assert {b.page for b in boards} == {19, 20}


@needs_samples
def test_sample_plan_boards_and_minutes_without_boards():
    boards, _ = records_of(sample("001"))
    assert [b.name for b in boards] == ["Crime Reduction Board", "Local Criminal Justice Board",
                                        "Combatting Drugs Partnership", "Victims' Board"]
    assert boards[0].purpose == "The key purpose of the board is to reduce crime and reoffending."
    assert records_of(sample("002")) == ([], [])
