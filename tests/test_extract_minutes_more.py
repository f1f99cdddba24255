"""Minutes layouts common in UK papers beyond the development set: prefixed minute numbers
("PCP/24/20", "SCB/25/3", "Minute 12"), item headings run into their paragraph (bold lost by
the reader), speakers named by title or post, Action/Owner cells, assignment prose in minutes
and dated commitments in reports, RAG-and-word status cells, and colliding initials.

Every document is invented and written as a real file (HTML string, python-docx, reportlab).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from scrutiny.extract.action_parts import Owners, normalise_status
from scrutiny.extract.items import heading_part
from scrutiny.extract.records import Attendee
from scrutiny.extract.roles import People, SubjectFinder
from tests.test_extract_actions import action
from tests.test_extract_minutes import item, records

# --------------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------------

PANEL_HTML = """<!DOCTYPE html><html><head><title>Northvale Police and Crime Panel</title></head><body><main>
<h1>Northvale Police and Crime Panel</h1>
<p>Minutes of the meeting held on Monday 4 November 2024 at 10.00 am at Shire Hall, Northvale.</p>
<p>Present: Councillor Tariq Hussain (Chair), Councillor Jill Ames, Mr Robert Kaye (Independent Member)</p>
<p>In attendance: Alun Rees – Assistant Chief Constable (ACC), Claire Moss – Panel Support Officer,
Dawn Price – Police and Crime Commissioner (PCC)</p>
<p>Apologies: Councillor Ben Wild</p>
<p><strong>PCP/24/18 Apologies and substitutes</strong></p>
<p>Apologies were received from Councillor Ben Wild.</p>
<p><strong>PCP/24/19 Minutes</strong></p>
<p>The minutes of the meeting held on 9 September 2024 were agreed as a correct record.</p>
<p><strong>PCP/24/20 Police and Crime Commissioner's Annual Report 2023/24</strong></p>
<p>The PCC presented her annual report. Councillor Hussain asked about rural crime. Mr Kaye noted the fall in
burglary. ACC Rees said that neighbourhood teams had grown.</p>
<p>ACC Rees undertook to share the findings with members.</p>
<p>RESOLVED (1) that the report be noted. (2) that the Commissioner be asked to include victim satisfaction data
in the next annual report.</p>
<p><strong>PCP/24/21 Complaints</strong></p>
<p>Claire Moss, Panel Support Officer, reported that no complaints had been received. The Chair thanked her.</p>
<p>Following discussion, it was agreed that the Panel Support Officer would arrange a briefing on complaints
handling.</p>
<p>The Chair asked that the Panel Support Officer circulate the complaints protocol.</p>
<p>Members will be aware of the new regulations. The Chair asked that members note the protocol.</p>
<p><strong>PCP/24/22 Date of next meeting</strong></p>
<p>Monday 3 February 2025 at 10.00 am.</p>
</main></body></html>
"""

RUN_IN_HTML = """<!DOCTYPE html><html><head><title>Kingsbridge CSP</title></head><body><main>
<h1>Kingsbridge Community Safety Partnership</h1>
<p>Notes of the meeting held on Thursday 4 December 2025 at 2pm, Kingsbridge Town Hall.</p>
<h2>Present</h2>
<ul><li>Joanne Fairley (JF) – Community Safety Manager, Kingsbridge Council</li>
<li>Insp Mark Tully (MT) – Kingsbridge Police</li>
<li>Andrew Bellamy (AB) – Housing Officer</li>
<li>Alison Brennan (ABr) – Youth Service Lead</li></ul>
<p><strong>5. Street drinking</strong> Insp Tully said that the dispersal order had helped. AB asked whether it
would be renewed.</p>
<p><strong>6. Town centre ASB update</strong> Joanne reported a fall in calls since October. ABr noted the youth
offer.</p>
<p><strong>7. Fly-tipping at Mill Lane</strong> Following the clean-up, Andrew reported fewer complaints.</p>
<p><strong>8. Any other business</strong> There was none.</p>
<p><strong>9. Date of next meeting</strong> Thursday 5 March 2026 at 2pm</p>
</main></body></html>
"""

ACTION_OWNER_HTML = """<!DOCTYPE html><html><head><title>Northvale ASB Tasking</title></head><body><main>
<h1>Northvale Anti-Social Behaviour Tasking Group</h1>
<p>Notes of the meeting held on Wednesday 6 November 2024 at 10am, Microsoft Teams.</p>
<h2>Present</h2>
<ul><li>Karen Lowe (KL) – Contact Centre Manager, Northvale Police</li>
<li>Andrew Bellamy (AB) – Housing Officer, Northvale Council</li>
<li>Alison Brennan (ABr) – Youth Service Lead, Northvale Council</li></ul>
<table>
<tr><th>Item</th><th>Discussion</th><th>Action / Owner</th></tr>
<tr><td>1. 101 call handling</td><td>KL reported that abandonment had risen in October.</td>
<td>Provide a breakdown of 101 abandonment by district by 29/11/24.<br>Owner: KL</td></tr>
<tr><td>2. Youth diversion</td><td>ABr outlined the summer programme. AB asked about funding.</td>
<td>Circulate the programme evaluation<br>Owner: ABr<br>Share the housing referral data<br>Owner: AB<br>
Due: 13 December</td></tr>
<tr><td>3. Any other business</td><td>None.</td><td></td></tr>
</table>
<p>ACTION: Confirm the venue for the next meeting. Owner: Andrew Bellamy</p>
</main></body></html>
"""

TRACKER_HTML = """<!DOCTYPE html><html><head><title>Eastmere Reducing Reoffending Board</title></head><body><main>
<h1>Eastmere Reducing Reoffending Board</h1>
<p>Minutes of the meeting held on Tuesday 14 January 2025 at 10.00 am, Eastmere Probation Office.</p>
<p>Present: Priya Shah (PS) – Head of Probation Delivery, Tom Odell (TO) – Housing Lead</p>
<h2>1. Housing pathway</h2>
<p>TO reported that twelve people had been housed on release.</p>
<h2>Action tracker</h2>
<table>
<tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr>
<tr><td>RR1</td><td>Map accommodation on release</td><td>TO</td><td>31/12/2024</td><td>GREEN – Complete</td></tr>
<tr><td>RR2</td><td>Agree a data sharing protocol</td><td>PS</td><td>28/02/2025</td><td>AMBER – In progress</td></tr>
<tr><td>RR3</td><td>Report employment outcomes</td><td>PS</td><td>30/11/2024</td><td>RED – Overdue</td></tr>
<tr><td>RR4</td><td>Invite the job centre to present</td><td>TO</td><td></td><td>Not started</td></tr>
</table>
</main></body></html>
"""


def _write(directory: Path, name: str, text: str) -> Path:
    path = Path(directory) / name
    path.write_text(text, encoding="utf-8")
    return path


def make_bold_run_in_docx(directory: Path) -> Path:
    """Word minutes whose item headings are a bold run at the start of the paragraph: "SCB/25/3" numbers."""
    path = Path(directory) / "scb_minutes.docx"
    doc = WordDocument()
    doc.add_heading("Westmere Safeguarding Children Board", level=1)
    doc.add_paragraph("Minutes of the meeting held on Tuesday 11 February 2025 at 9.30 am, Westmere House.")
    doc.add_paragraph("Present:")
    for person in ["Dr Hannah Cole (HC) – Independent Chair", "Owen Pryce (OP) – Head of Children's Services",
                   "DCI Lena Marsh – Public Protection, Westmere Police"]:
        doc.add_paragraph(person, style="List Bullet")
    for number, title, body in [
            ("SCB/25/3", "Neglect strategy", "OP presented the draft strategy. DCI Marsh said that referrals had "
                                             "risen."),
            ("SCB/25/4", "Learning reviews", "Dr Cole asked for a summary of themes. OP agreed to circulate it."),
            ("SCB/25/5", "Date of next meeting", "Tuesday 13 May 2025 at 9.30 am")]:
        p = doc.add_paragraph()
        p.add_run(f"{number} {title}").bold = True
        p.add_run(f" {body}")
    doc.save(path)
    return path


def make_minute_numbered_text(directory: Path) -> Path:
    """Plain-text parish minutes numbered "Minute 12 – …"."""
    return _write(directory, "parish_minutes.txt", """Lowbrook Parish Council

Minutes of the meeting held on Tuesday 8 April 2025 at 7.00 pm in Lowbrook Village Hall.

Present: Cllr Ruth Hale (Chair), Cllr Simon Dyer, Mrs Tessa Grant (Clerk)

Minute 12 – Speeding on Church Road
Cllr Dyer reported that the speed indicator had been vandalised. The Clerk to order a replacement.

Minute 13 – Budget
The Clerk presented the end of year figures.

Minute 14 – Date of next meeting
Tuesday 13 May 2025 at 7.00 pm.
""")


def make_action_owner_docx(directory: Path) -> Path:
    """An Item | Discussion | Action/Owner table whose cells hold "task / Owner: KL" lines."""
    path = Path(directory) / "tasking_notes.docx"
    doc = WordDocument()
    doc.add_heading("Northvale Anti-Social Behaviour Tasking Group", 1)
    doc.add_paragraph("Notes of the meeting held on Wednesday 6 November 2024 at 10am, Microsoft Teams.")
    doc.add_paragraph("Present:")
    for person in ["Karen Lowe (KL) – Contact Centre Manager, Northvale Police",
                   "Andrew Bellamy (AB) – Housing Officer, Northvale Council",
                   "Alison Brennan (ABr) – Youth Service Lead, Northvale Council"]:
        doc.add_paragraph(person, style="List Bullet")
    rows = [("Item", "Discussion", "Action/Owner"),
            ("1. 101 call handling", "KL reported that abandonment had risen in October.",
             "Provide a breakdown of 101 abandonment by district by 29/11/24.\nOwner: KL"),
            ("2. Youth diversion", "ABr outlined the summer programme. AB asked about funding.",
             "Circulate the programme evaluation.\nOwner: ABr\nShare the housing referral data by 13 December.\n"
             "Owner: AB"),
            ("3. Any other business", "None.", "")]
    table = doc.add_table(rows=len(rows), cols=3)
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            first, *more = text.split("\n")
            cell.text = first
            for line in more:
                cell.add_paragraph(line)
    doc.save(path)
    return path


def make_action_owner_pdf(directory: Path) -> Path:
    """A reportlab Item | Discussion | Action/Owner table, "Owner: KL" on its own line in the cell."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    path = Path(directory) / "tasking_notes.pdf"
    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    rows = [["Item", "Discussion", "Action/Owner"],
            ["1. 101 call handling", Paragraph("KL reported that abandonment had risen in October.", cell),
             Paragraph("Provide a breakdown of 101 abandonment by district by 29/11/24.<br/>Owner: KL", cell)],
            ["2. Youth diversion", Paragraph("AB asked about funding.", cell),
             Paragraph("Owner: AB – Share the housing referral data by 13 December.", cell)]]
    table = Table(rows, colWidths=[120, 180, 180])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph("Northvale Anti-Social Behaviour Tasking Group", styles["Title"]),
             Paragraph("Notes of the meeting held on Wednesday 6 November 2024 at 10am, Microsoft Teams.", cell),
             Paragraph("Present:", styles["Heading3"]),
             Paragraph("Karen Lowe (KL) – Contact Centre Manager, Northvale Police", cell),
             Paragraph("Andrew Bellamy (AB) – Housing Officer, Northvale Council", cell), table]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def make_commitments_report_pdf(directory: Path) -> Path:
    """A reportlab report to a panel: dated commitments of the Chief Constable among narrative and a
    recommendation."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    path = Path(directory) / "call_handling_report.pdf"
    styles = getSampleStyleSheet()
    story = [Paragraph("Westmoor Police and Crime Panel", styles["Title"]),
             Table([["From:", "Police and Crime Commissioner"], ["To:", "Westmoor Police and Crime Panel"],
                    ["Date:", "3 November 2025"], ["Subject:", "101 call handling performance"]]),
             Paragraph("1. Performance", styles["Heading2"])]
    for text in [
            "1.1 Members will be aware that abandonment rose over the summer. The Force will continue to "
            "monitor demand.",
            "1.2 The Chief Constable will provide an exception report on abandoned calls to the Commissioner by "
            "18 November 2025.",
            "1.3 The Chief Constable has committed to publishing call answer times on the force website by "
            "31 December 2024."]:
        story.append(Paragraph(text, styles["Normal"]))
    story += [Paragraph("2. Recommendation", styles["Heading2"]),
              Paragraph("2.1 The Panel is asked to note this report by 30 November 2025.", styles["Normal"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


# --------------------------------------------------------------------------------------------------
# Item numbers and titles
# --------------------------------------------------------------------------------------------------

def test_prefixed_minute_numbers_leave_the_title_bare_and_titled_speakers_count(tmp_path):
    assert records(_write(tmp_path, "pcp.html", PANEL_HTML), "item") == [
        item("PCP/24/18", "Apologies and substitutes"),
        item("PCP/24/19", "Minutes"),
        item("PCP/24/20", "Police and Crime Commissioner's Annual Report 2023/24",
             "Dawn Price", "Tariq Hussain", "Robert Kaye", "Alun Rees"),
        item("PCP/24/21", "Complaints", "Claire Moss", "Tariq Hussain"),
        item("PCP/24/22", "Date of next meeting")]


def test_bold_run_in_headings_of_html_split_before_the_speaker_and_the_date(tmp_path):
    assert records(_write(tmp_path, "csp.html", RUN_IN_HTML), "item") == [
        item("5", "Street drinking", "Mark Tully", "Andrew Bellamy"),
        item("6", "Town centre ASB update", "Joanne Fairley", "Alison Brennan"),
        item("7", "Fly-tipping at Mill Lane", "Andrew Bellamy"),
        item("8", "Any other business"),
        item("9", "Date of next meeting")]


def test_bold_run_in_headings_of_word_minutes_with_board_prefixed_numbers(tmp_path):
    assert records(make_bold_run_in_docx(tmp_path), "item") == [
        item("SCB/25/3", "Neglect strategy", "Owen Pryce", "Lena Marsh"),
        item("SCB/25/4", "Learning reviews", "Hannah Cole", "Owen Pryce"),
        item("SCB/25/5", "Date of next meeting")]


def test_minute_n_numbering_of_plain_text_minutes(tmp_path):
    assert records(make_minute_numbered_text(tmp_path), "item") == [
        item("12", "Speeding on Church Road", "Simon Dyer"),
        item("13", "Budget", "Tessa Grant"),
        item("14", "Date of next meeting")]


@pytest.mark.parametrize("text, title", [
    ("Town centre ASB update Joanne reported a fall.", "Town centre ASB update"),
    ("Town Centre ASB Update Joanne Smith reported a fall.", "Town Centre ASB Update"),
    ("Complaints Claire Moss, Panel Support Officer, reported none.", "Complaints"),
    ("Rural crime ACC Rees said that it fell.", "Rural crime"),
    ("Youth offer ABr noted a rise.", "Youth offer"),
    ("External Audit Annual Report 2023/24 Nicola Hart reported an opinion.", "External Audit Annual Report 2023/24"),
    ("Date of next meeting Thursday 5 March 2026 at 2pm", "Date of next meeting"),
    ("Date of next meeting – 5 March 2026", "Date of next meeting"),
    ("MINUTES OF THE MEETING HELD ON 19 SEPTEMBER 2024", "MINUTES OF THE MEETING HELD ON 19 SEPTEMBER 2024"),
    ("Notes and actions from 23 January", "Notes and actions from 23 January"),
    # Prose, not a heading: no title.
    ("Following the meeting Joanne reported a rise.", None),
    ("In response, ACC Rees said that it fell.", None),
    ("Referring to the figures ACC Rees said that it fell.", None),
    ("Hate crime figures since 1 April were presented.", None),
])
def test_heading_part_of_a_run_in_paragraph(text, title):
    assert heading_part(text, False) == title


# --------------------------------------------------------------------------------------------------
# Speakers
# --------------------------------------------------------------------------------------------------

PEOPLE = [
    Attendee(doc="m", name="Tariq Hussain", role="Chair"),
    Attendee(doc="m", name="Alun Rees", role="Assistant Chief Constable", abbreviation="ACC"),
    Attendee(doc="m", name="Claire Moss", role="Panel Support Officer"),
    Attendee(doc="m", name="Robert Kaye", role="Independent Member"),
    Attendee(doc="m", name="Andrew Bellamy", abbreviation="AB"),
    Attendee(doc="m", name="Alison Brennan"),
]


@pytest.mark.parametrize("sentence, speakers", [
    ("Councillor Hussain asked about rural crime.", ["Tariq Hussain"]),
    ("Mr Kaye noted the fall in burglary.", ["Robert Kaye"]),
    ("ACC Rees said that teams had grown.", ["Alun Rees"]),
    ("Claire Moss, Panel Support Officer, reported no complaints.", ["Claire Moss"]),
    ("Claire Moss, Head of Scrutiny, reported no complaints.", ["Claire Moss"]),
    ("The Chair thanked the officers.", ["Tariq Hussain"]),
    ("AB asked about funding.", ["Andrew Bellamy"]),
    ("ABr noted the youth offer.", ["Alison Brennan"]),
    ("The Chair thanked ACC Rees, who said nothing.", ["Tariq Hussain"]),
    ("The Chair, Councillor Hussain, welcomed everyone.", ["Tariq Hussain"]),
    ("Councillor Hussain (Chair) briefly outlined the agenda.", ["Tariq Hussain"]),
    ("ACC Rees, who leads on neighbourhood policing, undertook to review the figures.", ["Alun Rees"]),
    ("Thanks were given to ACC Rees, the Chair and Claire Moss.", []),
])
def test_speakers_named_by_title_post_or_initials(sentence, speakers):
    assert SubjectFinder(People(PEOPLE)).speakers(sentence) == speakers


def test_defined_abbreviation_beats_colliding_initials():
    people = People(PEOPLE)
    assert people.resolve("AB") == "Andrew Bellamy"  # Alison Brennan's initials are AB too
    assert people.resolve("ABr") == "Alison Brennan"
    assert People([a for a in PEOPLE if a.abbreviation != "AB"] +
                  [Attendee(doc="m", name="Andrew Bellamy")]).resolve("AB") is None


@pytest.mark.parametrize("owner, name", [
    ("AB", "Andrew Bellamy"), ("ABr", "Alison Brennan"), ("Claire Moss, Panel Support Officer", "Claire Moss"),
    ("Panel Support Officer (Claire Moss)", "Claire Moss"), ("ACC Rees", "Alun Rees"), ("AB/ABr", None),
    ("The Force", None)])
def test_owner_name_is_the_one_person_an_owner_names(owner, name):
    assert Owners(People(PEOPLE)).name_of(owner) == name


# --------------------------------------------------------------------------------------------------
# Actions
# --------------------------------------------------------------------------------------------------

def test_action_owner_cells_of_a_word_table(tmp_path):
    assert records(make_action_owner_docx(tmp_path), "action") == [
        action("Provide a breakdown of 101 abandonment by district by 29/11/24.", "KL", "Karen Lowe", "2024-11-29"),
        action("Circulate the programme evaluation.", "ABr", "Alison Brennan"),
        action("Share the housing referral data by 13 December.", "AB", "Andrew Bellamy", "2024-12-13")]


def test_action_owner_cells_of_a_pdf_table_owner_before_or_after(tmp_path):
    assert records(make_action_owner_pdf(tmp_path), "action") == [
        action("Provide a breakdown of 101 abandonment by district by 29/11/24.", "KL", "Karen Lowe", "2024-11-29"),
        action("Share the housing referral data by 13 December.", "AB", "Andrew Bellamy", "2024-12-13")]


def test_action_owner_cells_and_owner_label_of_html(tmp_path):
    assert records(_write(tmp_path, "tasking.html", ACTION_OWNER_HTML), "action") == [
        action("Provide a breakdown of 101 abandonment by district by 29/11/24.", "KL", "Karen Lowe", "2024-11-29"),
        action("Circulate the programme evaluation", "ABr", "Alison Brennan"),
        action("Share the housing referral data", "AB", "Andrew Bellamy", "2024-12-13"),
        action("Confirm the venue for the next meeting.", "Andrew Bellamy", "Andrew Bellamy")]


def test_assignment_prose_of_minutes_and_nothing_from_noting(tmp_path):
    assert records(_write(tmp_path, "pcp.html", PANEL_HTML), "action") == [
        action("ACC Rees undertook to share the findings with members.", "ACC Rees", "Alun Rees"),
        action("that the Commissioner be asked to include victim satisfaction data in the next annual report.",
               "Commissioner", "Dawn Price"),
        action("Following discussion, it was agreed that the Panel Support Officer would arrange a briefing on "
               "complaints handling.", "Panel Support Officer", "Claire Moss"),
        action("The Chair asked that the Panel Support Officer circulate the complaints protocol.",
               "Panel Support Officer", "Claire Moss")]


def test_dated_commitments_of_a_report_are_actions_but_narrative_and_recommendations_are_not(tmp_path):
    assert records(make_commitments_report_pdf(tmp_path), "action") == [
        action("The Chief Constable will provide an exception report on abandoned calls to the Commissioner by "
               "18 November 2025.", "Chief Constable", None, "2025-11-18"),
        action("The Chief Constable has committed to publishing call answer times on the force website by "
               "31 December 2024.", "Chief Constable", None, "2024-12-31")]


def test_action_tracker_status_words_beat_rag_colours(tmp_path):
    assert records(_write(tmp_path, "rrb.html", TRACKER_HTML), "action") == [
        action("Map accommodation on release", "TO", "Tom Odell", "2024-12-31", "complete", "RR1"),
        action("Agree a data sharing protocol", "PS", "Priya Shah", "2025-02-28", "ongoing", "RR2"),
        action("Report employment outcomes", "PS", "Priya Shah", "2024-11-30", "open", "RR3"),
        action("Invite the job centre to present", "TO", "Tom Odell", None, "open", "RR4")]


@pytest.mark.parametrize("text, expected", [
    ("GREEN – Complete", "complete"), ("AMBER – In progress", "ongoing"), ("RED – Overdue", "open"),
    ("Red - not started", "open"), ("Not started", "open"), ("New", "open"), ("Carried forward", "open"),
    ("Not yet complete", "open"), ("Ongoing – due to complete in March", "ongoing"), ("Amber", "ongoing"),
    ("Completed 12/10/24", "complete"), ("See minute 12", None)])
def test_status_words_and_rag_colours(text, expected):
    assert normalise_status(text) == expected
