"""Boards, members and plan commitments in layouts the first round of extraction missed.

Terms of reference that state the parent, chair and secretariat in sentences under numbered
sections ("4. Chair and Vice Chair", "7. Governance"), sub-groups of a board named by its
abbreviation, members listed in a web page's prose, outcomes and challenges closing a plan's
priority, and delivery-plan tables carried over a page with a "(continued)" theme row.
Every document is invented and written as a real file (HTML, PDF, DOCX) in tmp_path, or built
block by block as a reader builds it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from scrutiny.extract import extract_records
from scrutiny.extract.board_members import is_member_line, split_conjuncts
from scrutiny.extract.board_text import (chair_by_subject, chair_from, find_abbreviations, own_chair, own_parent,
                                         resolve_abbreviation, support_from)
from scrutiny.extract.plan_structure import lead_in_kind
from scrutiny.extract.titles import DocumentCasing, tidy_title
from scrutiny.ingest import read_document
from scrutiny.ingest.model import DocumentBuilder

BOARD_FIELDS = ("name", "abbreviation", "chair", "frequency", "parent", "status")
STYLES = getSampleStyleSheet()


def extracted(path_or_document):
    document = read_document(path_or_document) if isinstance(path_or_document, Path) else path_or_document
    return document, extract_records(document)


def boards_and_members(path_or_document):
    _, records = extracted(path_or_document)
    boards = [tuple(getattr(r, f) for f in BOARD_FIELDS) for r in records if r.type == "board"]
    members = [(m.board, m.member, m.member_kind, m.role_on_board) for m in records if m.type == "membership"]
    return boards, members


def commitments(path: Path) -> list[tuple]:
    _, records = extracted(path)
    return [(r.kind, r.theme, r.heading, r.ref, r.text) for r in records if r.type == "commitment"]


def build_pdf(path: Path, title: str, story: list) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, title=title).build(story)
    return path


def heading(text: str, level: int = 2) -> Paragraph:
    return Paragraph(text, STYLES[f"Heading{level}"])


def para(text: str) -> Paragraph:
    return Paragraph(text, STYLES["BodyText"])


def bullets(*items: str) -> list[Paragraph]:
    return [Paragraph(item, STYLES["BodyText"], bulletText="•") for item in items]


# --- a sub group of a board named by its abbreviation; chair, vice chair and secretariat in sentences ---

CELL = "Serious Violence Data and Analysis Cell"
SVPDG = "Southmoor Serious Violence Prevention and Delivery Group"
CELL_MEMBERS = [
    (CELL, "Southmoor Police – Head of Analysis", "role", "member"),
    (CELL, "Southmoor County Council – Public Health Intelligence", "role", "member"),
    (CELL, "Youth Justice Service", "organisation", "member"),
    (CELL, "Chief Superintendent, Local Policing", "role", "chair"),
    (CELL, "OPCC", "organisation", "support"),
    (CELL, "Head of Public Health Intelligence", "role", "member"),
]

CELL_TOR_PAGE = f"""<!DOCTYPE html><html lang="en-GB"><head><title>{CELL} – Terms of Reference</title></head>
<body><nav><a href="/">Home</a> <a href="/violence">Serious violence</a></nav><main>
<h1>{CELL} – Terms of Reference</h1>
<h2>1. Background</h2>
<p>Under the Serious Violence Duty partners work together through the {SVPDG} (SVPDG).</p>
<h2>2. Purpose</h2>
<p>The {CELL} is a sub group of the SVPDG. It produces the strategic needs assessment.</p>
<h2>3. Membership</h2>
<ul><li>Southmoor Police – Head of Analysis</li><li>Southmoor County Council – Public Health Intelligence</li>
<li>Youth Justice Service</li><li>Chief Superintendent, Local Policing</li></ul>
<p>Members are expected to share data and information.</p>
<h2>4. Chair and Vice Chair</h2>
<p>The group is chaired by the Chief Superintendent, Local Policing. The Vice Chair is the Head of Public Health
Intelligence.</p>
<p>Secretariat support is provided by the OPCC.</p>
<h2>5. Frequency</h2>
<p>The group meets monthly.</p>
<h2>6. Linked meetings</h2>
<ul><li>Safer Southmoor Board</li><li>Southmoor Youth Justice Management Board</li></ul>
<h2>7. Document control</h2>
<table><tr><th>Version</th><th>Author</th><th>Date</th></tr><tr><td>1.1</td><td>A Analyst</td><td>01/05/2025</td></tr>
</table>
</main><footer>Southmoor OPCC</footer></body></html>"""


def make_cell_tor_pdf(path: Path) -> Path:
    story = [Paragraph(f"{CELL} – Terms of Reference", STYLES["Title"]),
             heading("1. Background"),
             para(f"Under the Serious Violence Duty partners work together through the {SVPDG} (SVPDG)."),
             heading("2. Purpose"),
             para(f"The {CELL} is a sub group of the SVPDG. It produces the strategic needs assessment."),
             heading("3. Membership"),
             *bullets("Southmoor Police – Head of Analysis",
                      "Southmoor County Council – Public Health Intelligence",
                      "Youth Justice Service", "Chief Superintendent, Local Policing"),
             para("Members are expected to share data and information."),
             heading("4. Chair and Vice Chair"),
             para("The group is chaired by the Chief Superintendent, Local Policing. The Vice Chair is the Head of "
                  "Public Health Intelligence."),
             para("Secretariat support is provided by the OPCC."),
             heading("5. Frequency"),
             para("The group meets monthly."),
             heading("6. Linked meetings"),
             *bullets("Safer Southmoor Board", "Southmoor Youth Justice Management Board")]
    return build_pdf(path, f"{CELL} – Terms of Reference", story)


def test_sub_group_of_an_abbreviation_and_chair_sentences_in_html_tor(tmp_path):
    path = tmp_path / "cell_tor.html"
    path.write_text(CELL_TOR_PAGE, encoding="utf-8")
    boards, members = boards_and_members(path)
    assert boards == [(CELL, None, "Chief Superintendent, Local Policing", "monthly", SVPDG, None)]
    assert members == CELL_MEMBERS


def test_sub_group_of_an_abbreviation_and_chair_sentences_in_pdf_tor(tmp_path):
    boards, members = boards_and_members(make_cell_tor_pdf(tmp_path / "cell_tor.pdf"))
    assert boards == [(CELL, None, "Chief Superintendent, Local Policing", "monthly", SVPDG, None)]
    assert members == CELL_MEMBERS


def test_membership_evidence_is_the_members_words(tmp_path):
    path = tmp_path / "cell_tor.html"
    path.write_text(CELL_TOR_PAGE, encoding="utf-8")
    document, records = extracted(path)
    quoted = [document.text[m.span[0]:m.span[1]] for m in records if m.type == "membership"]
    assert quoted == [m[1] for m in CELL_MEMBERS]


def test_sub_group_described_on_a_web_page_resolves_its_parent(tmp_path):
    path = tmp_path / "violence.html"
    path.write_text(f"""<html><head><title>Serious violence | Southmoor PCC</title></head><body><main>
<h1>Serious violence</h1>
<p>The {SVPDG} (SVPDG) brings together the specified authorities under the Serious Violence Duty. It is chaired by
the Police and Crime Commissioner and meets quarterly.</p>
<h2>{CELL}</h2>
<p>The {CELL} is a sub group of the SVPDG and produces the strategic needs assessment. It meets monthly.</p>
</main></body></html>""", encoding="utf-8")
    boards, members = boards_and_members(path)
    assert boards == [(SVPDG, "SVPDG", "Police and Crime Commissioner", "quarterly", None, None),
                      (CELL, None, None, "monthly", SVPDG, None)]
    assert members == [(SVPDG, "Police and Crime Commissioner", "role", "chair")]


def test_abbreviation_of_a_parent_resolved_from_the_document():
    text = f"Partners meet as the {SVPDG} (SVPDG)."
    assert resolve_abbreviation("SVPDG", find_abbreviations(text), {}, (), text) == SVPDG
    glossary = "Glossary\nSVPDG – Serious Violence Prevention and Delivery Group\nCSP\tCommunity Safety Partnership"
    assert resolve_abbreviation("SVPDG", {}, {}, (), glossary) == "Serious Violence Prevention and Delivery Group"
    assert resolve_abbreviation("CSP", {}, {}, (), glossary) == "Community Safety Partnership"
    prose = f"Analysts report each month to the {SVPDG}."
    assert resolve_abbreviation("SVPDG", {}, {}, (), prose) == SVPDG
    assert resolve_abbreviation("SVPDG", {}, {}, ("Serious Violence Prevention and Delivery Group",), "") == \
        "Serious Violence Prevention and Delivery Group"
    assert resolve_abbreviation("PCC", {}, {}, (), "The Police and Crime Commissioner chairs it.") == "PCC"


# --- the parent in a numbered "Governance" section -------------------------------------------------


def make_governance_tor_pdf(path: Path) -> Path:
    story = [Paragraph("Southmoor Domestic Abuse Strategic Group – Terms of Reference", STYLES["Title"]),
             heading("1. Purpose"),
             para("To lead the partnership response to domestic abuse across Southmoor."),
             heading("2. Membership"),
             *bullets("Southmoor County Council", "Southmoor Police", "Southmoor Women's Aid"),
             heading("3. Frequency"),
             para("The group meets quarterly."),
             heading("4. Linked meetings"),
             *bullets("Southmoor Safeguarding Adults Board"),
             heading("7. Governance"),
             para("The group reports to the Safer Southmoor Board. Minutes are shared with all partners.")]
    return build_pdf(path, "Southmoor Domestic Abuse Strategic Group – Terms of Reference", story)


def test_parent_in_a_governance_section_of_a_pdf_tor(tmp_path):
    boards, members = boards_and_members(make_governance_tor_pdf(tmp_path / "dasg_tor.pdf"))
    group = "Southmoor Domestic Abuse Strategic Group"
    assert boards == [(group, None, None, "quarterly", "Safer Southmoor Board", None)]
    assert members == [(group, "Southmoor County Council", "organisation", "member"),
                       (group, "Southmoor Police", "organisation", "member"),
                       (group, "Southmoor Women's Aid", "organisation", "member")]


def make_label_table_tor_docx(path: Path) -> Path:
    doc = WordDocument()
    doc.add_heading("Anytown Youth Violence Group – Terms of Reference", 1)
    rows = [("Purpose", "To reduce violence involving young people in Anytown."),
            ("Chair and Vice Chair", "The group is chaired by the Superintendent, Anytown Policing Area. The Vice "
                                     "Chair is the Youth Justice Service Manager."),
            ("Membership", ["Anytown Borough Council – Community Safety Manager", "Youth Justice Service Manager",
                            "Superintendent, Anytown Policing Area", "Members are required to share information."]),
            ("Secretariat", "Secretariat support is provided by the OPCC."),
            ("Frequency", "Every six weeks"),
            ("Governance", "The group reports to the Safer Anytown Board."),
            ("Linked meetings", ["Anytown Hate Crime Partnership", "Northshire Reducing Reoffending Board"])]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        values = value if isinstance(value, list) else [value]
        cells[1].paragraphs[0].text = values[0]
        for line in values[1:]:
            cells[1].add_paragraph(line)
    doc.add_paragraph("Document control")
    control = doc.add_table(rows=2, cols=3)
    for row, values in zip(control.rows, [("Version", "Author", "Date"), ("1.0", "J Smith", "01/02/2024")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    doc.save(path)
    return path


def test_label_table_tor_with_governance_row_and_chair_sentence_in_docx(tmp_path):
    boards, members = boards_and_members(make_label_table_tor_docx(tmp_path / "yvg_tor.docx"))
    group = "Anytown Youth Violence Group"
    assert boards == [(group, None, "Superintendent, Anytown Policing Area", "Every six weeks", "Safer Anytown Board",
                       None)]
    assert members == [
        (group, "Anytown Borough Council – Community Safety Manager", "role", "member"),
        (group, "Youth Justice Service Manager", "role", "member"),
        (group, "Superintendent, Anytown Policing Area", "role", "chair"),
        (group, "OPCC", "organisation", "support"),
    ]


def test_chair_and_vice_chair_lines_in_one_docx_cell(tmp_path):
    path = tmp_path / "dag_tor.docx"
    doc = WordDocument()
    doc.add_heading("Southmoor Drugs and Alcohol Group – Terms of Reference", 1)
    table = doc.add_table(rows=0, cols=2)
    for label, lines in [("Purpose", ["To reduce drug and alcohol related harm."]),
                         ("Chair and Vice Chair", ["Chair: Chief Superintendent, Local Policing",
                                                   "Vice Chair: Head of Public Health Intelligence"]),
                         ("Membership", ["Southmoor Police", "Southmoor Recovery Service"]),
                         ("Frequency", ["Quarterly"])]:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cells[1].add_paragraph(line)
    doc.save(path)
    boards, members = boards_and_members(path)
    group = "Southmoor Drugs and Alcohol Group"
    assert boards == [(group, None, "Chief Superintendent, Local Policing", "quarterly", None, None)]
    assert members == [(group, "Chief Superintendent, Local Policing", "role", "chair"),
                       (group, "Head of Public Health Intelligence", "role", "member"),
                       (group, "Southmoor Police", "organisation", "member"),
                       (group, "Southmoor Recovery Service", "organisation", "member")]


@pytest.mark.parametrize("kind", ["paragraph", "list_item"])
def test_reporting_label_inside_a_numbered_section(kind):
    builder = DocumentBuilder("asb_tor", "pdf")
    for kind, text, level in [
        ("heading", "Anytown ASB Problem Solving Group – Terms of Reference", 1),
        ("heading", "1. Purpose", 2),
        ("paragraph", "To agree joint action on anti-social behaviour hotspots.", None),
        ("heading", "2. Frequency", 2),
        ("paragraph", "Monthly", None),
        ("heading", "7. Governance", 2),
        (kind, "Reporting: to the Safer Anytown Partnership Board, through its Chair, twice a year", None),
    ]:
        builder.add(kind, text, page=1, level=level)
    boards, _ = boards_and_members(builder.build(title="Anytown ASB Problem Solving Group – Terms of Reference",
                                                 pages=1))
    assert boards == [("Anytown ASB Problem Solving Group", None, None, "monthly",
                       "Safer Anytown Partnership Board", None)]


NTE_TOR_TEXT = """KINGSMERE NIGHT-TIME ECONOMY GROUP
TERMS OF REFERENCE

1. Purpose
To keep people safe in Kingsmere town centre at night.

2. Membership
The Chair of the group is the Licensing Inspector, Kingsmere Police.

\u00b7 Licensing Inspector, Kingsmere Police
\u00b7 Kingsmere Town Council
\u00b7 Street Pastors

Each member organisation is responsible for sending a deputy.
Minutes will be taken by the Kingsmere Community Safety Team.

3. Meetings
The group meets every two months.

4. Linked meetings
Kingsmere Licensing Forum – chaired by the Licensing Manager and reports to the Kingsmere Safety Board.

Governance: The group reports directly to the Kingsmere Community Safety Partnership.
"""


def test_plain_text_tor_with_numbered_sections_and_a_governance_line(tmp_path):
    path = tmp_path / "nte_group_tor.txt"
    path.write_text(NTE_TOR_TEXT, encoding="utf-8")
    boards, members = boards_and_members(path)
    group = "KINGSMERE NIGHT-TIME ECONOMY GROUP"
    assert boards == [(group, None, "Licensing Inspector, Kingsmere Police", "bi-monthly",
                       "Kingsmere Community Safety Partnership", None)]
    assert members == [(group, "Licensing Inspector, Kingsmere Police", "role", "chair"),
                       (group, "Kingsmere Town Council", "organisation", "member"),
                       (group, "Street Pastors", "organisation", "member"),
                       (group, "Kingsmere Community Safety Team", "organisation", "support")]


# --- members in a web page's prose ------------------------------------------------------------------

BOARDS_PAGE = """<!DOCTYPE html><html lang="en-GB"><head><title>Strategic Policing Board | Southmoor PCC</title></head>
<body><nav><a href="/">Home</a> <a href="/accountability">Holding to account</a></nav><main>
<h1>Strategic Policing Board</h1>
<p>The Strategic Policing Board is the main way the Commissioner holds the Chief Constable to account for the
performance of Southmoor Police.</p>
<p>The Commissioner chairs the board. The other members of the board are the Deputy Police and Crime Commissioner,
the Chief Constable and the OPCC Chief Executive.</p>
<p>The board meets every month and its minutes are published on this website.</p>
<h2>Accountability and Performance Panel</h2>
<p>The Accountability and Performance Panel looks at one policing theme in depth at each meeting. The Police and
Crime Commissioner chairs the panel, which meets quarterly. Members of the panel include the Deputy Chief Constable,
the Chief Finance Officer and two independent members. Administrative support is provided by the OPCC Business
Team.</p>
</main><footer>Southmoor OPCC</footer></body></html>"""


def test_web_page_prose_gives_chair_and_members(tmp_path):
    path = tmp_path / "strategic_policing_board.html"
    path.write_text(BOARDS_PAGE, encoding="utf-8")
    boards, members = boards_and_members(path)
    spb, panel = "Strategic Policing Board", "Accountability and Performance Panel"
    assert boards == [(spb, None, "Commissioner", "monthly", None, None),
                      (panel, None, "Police and Crime Commissioner", "quarterly", None, None)]
    assert members == [
        (spb, "Commissioner", "role", "chair"),
        (spb, "the Deputy Police and Crime Commissioner", "role", "member"),
        (spb, "the Chief Constable", "role", "member"),
        (spb, "the OPCC Chief Executive", "role", "member"),
        (panel, "Police and Crime Commissioner", "role", "chair"),
        (panel, "the Deputy Chief Constable", "role", "member"),
        (panel, "the Chief Finance Officer", "role", "member"),
        (panel, "two independent members", "role", "member"),
        (panel, "OPCC Business Team", "organisation", "support"),
    ]


@pytest.mark.parametrize("sentence, chair", [
    ("The Commissioner chairs the board.", "Commissioner"),
    ("The Police and Crime Commissioner is the Chair of the board.", "Police and Crime Commissioner"),
    ("Cllr A. Smith chairs the group and reports back to Cabinet.", "Cllr A. Smith"),
    ("The Commissioner chairs the Victims Board.", None),  # another board's chair
    ("The Board chairs nothing.", None),
])
def test_chair_as_the_subject_of_a_sentence(sentence, chair):
    found = chair_by_subject(sentence)
    assert (found[0] if found else None) == chair


@pytest.mark.parametrize("sentence, chair", [
    ("The group is chaired by the Chief Superintendent, Local Policing.", "Chief Superintendent, Local Policing"),
    ("The Chair of the group is the Licensing Inspector, Kingsmere Police.", "Licensing Inspector, Kingsmere Police"),
    ("The Chief Superintendent, Local Policing will chair the group.", "Chief Superintendent, Local Policing"),
    ("Kingsmere Licensing Forum – chaired by the Licensing Manager.", None),  # a linked meeting's chair
    ("Chair: Cllr A Smith", None),  # a label line, read as a member line
])
def test_chair_of_the_board_itself(sentence, chair):
    found = own_chair(sentence, "Kingsmere Night-Time Economy Group")
    assert (found[0] if found else None) == chair


def test_chair_stops_at_the_end_of_its_sentence():
    text = "The group is chaired by the Chief Superintendent, Local Policing. The Vice Chair is the Head of Unit."
    assert chair_from(text) == ("Chief Superintendent, Local Policing", 28, 64)
    assert chair_from("It is chaired by Dr. Jane Doe, Public Health.")[0] == "Dr. Jane Doe, Public Health"


@pytest.mark.parametrize("sentence, body", [
    ("Secretariat support is provided by the OPCC.", "OPCC"),
    ("The OPCC provides the secretariat.", "OPCC"),
    ("The secretariat for the group will be provided by the Office of the Police and Crime Commissioner (OPCC).",
     "Office of the Police and Crime Commissioner"),
    ("Support to the group will be provided by the OPCC Business Team.", "OPCC Business Team"),
    ("Minutes will be taken by the Kingsmere Community Safety Team.", "Kingsmere Community Safety Team"),
    ("Members are expected to provide support to each other.", None),
])
def test_secretariat_named_in_a_sentence(sentence, body):
    found = support_from(sentence)
    assert (found[0] if found else None) == body


@pytest.mark.parametrize("sentence, parent", [
    (f"The {CELL} is a sub group of the SVPDG.", "SVPDG"),
    ("The working group reports to the Safer Southmoor Board.", "Safer Southmoor Board"),
    ("It is accountable to the Health and Wellbeing Board.", "Health and Wellbeing Board"),
    (f"The {CELL} (SVDAC) reports directly to the SVPDG.", "SVPDG"),
    ("The Data and Analysis Cell will report quarterly to the SVPDG.", "SVPDG"),
    ("The Victims Board reports to the LCJB.", None),  # a sentence about another board
])
def test_parent_only_from_a_sentence_about_the_board_itself(sentence, parent):
    assert own_parent(sentence, CELL) == parent


def test_members_duties_are_not_members_and_shared_posts_stay_whole():
    assert not is_member_line("Members are expected to share data and information.")
    assert not is_member_line("All partners agree to attend")
    assert not is_member_line("Each member organisation is responsible for sending a deputy.")
    assert is_member_line("Youth Justice Service Manager")
    assert split_conjuncts("the Deputy Police and Crime Commissioner, the Chief Constable and the OPCC Chief "
                           "Executive") == ["the Deputy Police and Crime Commissioner", "the Chief Constable",
                                            "the OPCC Chief Executive"]
    assert split_conjuncts("Chief Constable and Chief Executive") == ["Chief Constable", "Chief Executive"]


# --- outcomes and challenges close a priority ---------------------------------------------------------

PRIORITIES = [("Cutting crime", ["Prevent burglary", "Tackle drug dealing"]),
              ("Protecting vulnerable people", ["Support victims of domestic abuse",
                                                "Tackle violence against women and girls"])]


def make_plan_pdf(path: Path, closing: str) -> Path:
    """A plan whose priorities end with outcome measures and challenges: as small headings, as bold
    paragraphs or as lead-in sentences after the last objective's pledges."""
    story = [Paragraph("Southmoor Police and Crime Plan 2025-2029", STYLES["Title"]),
             para("My plan sets out what I will deliver for Southmoor over the next four years.")]
    for n, (priority, objectives) in enumerate(PRIORITIES, 1):
        story += [heading(f"Priority {n}: {priority}", 1), para(f"This priority is about {priority.lower()}.")]
        for objective in objectives:
            story += [heading(objective), para("<b>We will:</b>"), *bullets(f"Fund work to {objective.lower()}.")]
        outcome_lead, challenge_lead = {
            "heading": (heading("Outcome measures", 3), heading("Challenges to the Chief Constable", 3)),
            "bold": (para("<b>Outcome measures</b>"), para("<b>My challenge to the Chief Constable will be to:</b>")),
            "lead-in": (para("We will know we have succeeded when we see:"),
                        para("I will ask the Chief Constable to:")),
        }[closing]
        story += [outcome_lead, *bullets(f"Fewer victims: {priority.lower()}."),
                  challenge_lead, *bullets(f"Improve investigations: {priority.lower()}.")]
    return build_pdf(path, "Southmoor Police and Crime Plan 2025-2029", story)


def expected_plan() -> list[tuple]:
    out = []
    for priority, objectives in PRIORITIES:
        out += [("pledge", priority, o, None, f"Fund work to {o.lower()}.") for o in objectives]
        out += [("outcome", priority, None, None, f"Fewer victims: {priority.lower()}."),
                ("challenge", priority, None, None, f"Improve investigations: {priority.lower()}.")]
    return out


@pytest.mark.parametrize("closing", ["heading", "bold", "lead-in"])
def test_outcomes_and_challenges_after_the_last_objective_take_the_priority(tmp_path, closing):
    assert commitments(make_plan_pdf(tmp_path / "plan.pdf", closing)) == expected_plan()


def test_outcomes_and_challenges_as_bold_paragraphs_in_docx(tmp_path):
    path = tmp_path / "plan.docx"
    doc = WordDocument()
    doc.add_heading("Southmoor Police and Crime Plan 2025-2029", 0)
    doc.add_paragraph("My plan sets out what I will deliver for Southmoor over the next four years.")
    for n, (priority, objectives) in enumerate(PRIORITIES, 1):
        doc.add_heading(f"Priority {n}: {priority}", 1)
        for objective in objectives:
            doc.add_heading(objective, 2)
            doc.add_paragraph("We will:")
            doc.add_paragraph(f"Fund work to {objective.lower()}.", style="List Bullet")
        for lead, item in (("Outcome measures", f"Fewer victims: {priority.lower()}."),
                           ("Challenges to the Chief Constable", f"Improve investigations: {priority.lower()}.")):
            doc.add_paragraph().add_run(lead).bold = True
            doc.add_paragraph(item, style="List Bullet")
    doc.save(path)
    assert commitments(path) == expected_plan()


def test_priorities_set_as_large_as_their_objectives(tmp_path):
    path = tmp_path / "plan.html"
    path.write_text("""<html><head><title>Southmoor Police and Crime Plan</title></head><body><main>
<h1>Southmoor Police and Crime Plan 2025-2029</h1><p>Foreword from the Commissioner.</p>
<h2>Priority 1: Cutting crime</h2>
<h2>Prevent burglary</h2><p>We will:</p><ul><li>Fund target hardening for repeat victims.</li></ul>
<h2>Outcome measures</h2><ul><li>Fewer burglaries.</li></ul>
<h2>Priority 2 Protecting vulnerable people</h2>
<h2>Tackle violence against women and girls</h2><p>We will:</p><ul><li>Train licensed premises staff.</li></ul>
<h3>Challenges to the Chief Constable</h3><ul><li>Improve charge rates for rape.</li></ul>
</main></body></html>""", encoding="utf-8")
    assert commitments(path) == [
        ("pledge", "Cutting crime", "Prevent burglary", None, "Fund target hardening for repeat victims."),
        ("outcome", "Cutting crime", None, None, "Fewer burglaries."),
        ("pledge", "Protecting vulnerable people", "Tackle violence against women and girls", None,
         "Train licensed premises staff."),
        ("challenge", "Protecting vulnerable people", None, None, "Improve charge rates for rape."),
    ]


@pytest.mark.parametrize("outcomes, challenges", [
    ("Outcome measures", "Challenges to the Chief Constable"),
    ("Key measures", "Challenge for the Chief Constable"),
    ("How we will measure success", "What I expect from the Chief Constable"),
])
def test_outcome_and_challenge_headings_in_html(tmp_path, outcomes, challenges):
    path = tmp_path / "plan.html"
    path.write_text(f"""<html><head><title>Police and Crime Plan</title></head><body><main>
<h1>Police and Crime Plan</h1><p>Foreword from the Commissioner.</p>
<h2>Priority 2: Protecting vulnerable people</h2><p>Vulnerable people need our help most.</p>
<h3>Support victims of domestic abuse</h3><p>We will:</p><ul><li>Fund more advocates.</li></ul>
<h3>Tackle violence against women and girls</h3><p>We will:</p><ul><li>Train licensed premises staff.</li></ul>
<h4>{outcomes}</h4><ul><li>More women feel safe at night.</li></ul>
<h4>{challenges}</h4><ul><li>Improve charge rates for rape.</li></ul>
</main></body></html>""", encoding="utf-8")
    theme = "Protecting vulnerable people"
    assert commitments(path) == [
        ("pledge", theme, "Support victims of domestic abuse", None, "Fund more advocates."),
        ("pledge", theme, "Tackle violence against women and girls", None, "Train licensed premises staff."),
        ("outcome", theme, None, None, "More women feel safe at night."),
        ("challenge", theme, None, None, "Improve charge rates for rape."),
    ]


@pytest.mark.parametrize("sentence, kind", [
    ("We will know we have succeeded when we see:", "outcome"),
    ("Success will be measured by:", "outcome"),
    ("To measure progress we will:", "pledge"),
    ("I will ask the Chief Constable to:", "challenge"),
])
def test_outcome_lead_ins_without_the_word_outcome(sentence, kind):
    assert lead_in_kind(sentence, in_board=False, is_plan=True) == kind


@pytest.mark.parametrize("text", [
    "Priority 2: Protecting vulnerable people", "Priority 2 – Protecting vulnerable people (continued)",
    "Protecting vulnerable people (cont.)", "Protecting vulnerable people (cont'd)",
    "Protecting vulnerable people - continued", "PRIORITY 2 PROTECTING VULNERABLE PEOPLE",
    "Priority two: Protecting vulnerable people", "Priority 2 Protecting vulnerable people",
    "Southmoor Police and Crime Plan 2025-2029 Priority 2: Protecting vulnerable people",
])
def test_theme_without_numbering_or_continued_mark(text):
    casing = DocumentCasing("Our second priority is Protecting vulnerable people.")
    assert tidy_title(text, casing) == "Protecting vulnerable people"


def test_titles_that_only_look_numbered_are_kept():
    casing = DocumentCasing("")
    assert tidy_title("Aim to reduce crime", casing) == "Aim to reduce crime"
    assert tidy_title("Continuing professional development", casing) == "Continuing professional development"


# --- a delivery plan carried over the page with a "(continued)" theme row ----------------------------


def delivery_table(rows: list[list[str]], spans: tuple[int, ...]) -> Table:
    cell = STYLES["BodyText"]
    table = Table([[Paragraph(c, cell) if c else "" for c in row] for row in rows],
                  colWidths=[40, 130, 130, 150, 80])
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    table.setStyle(TableStyle(commands + [("SPAN", (0, r), (-1, r)) for r in spans]))
    return table


def make_delivery_plan_pdf(path: Path) -> Path:
    header = ["Ref", "Commitment", "Activity", "Progress update", "Lead"]
    story = [Paragraph("Southmoor Police and Crime Plan – Delivery Plan 2025/26", STYLES["Title"]),
             para("This appendix reports progress on each commitment of the plan."),
             delivery_table([header, ["Priority 1: Cutting crime", "", "", "", ""],
                             ["1.1", "Reduce burglary", "Target hardening", "300 homes fitted with locks.",
                              "Chief Constable"],
                             ["Priority 2: Protecting vulnerable people", "", "", "", ""],
                             ["2.1", "Support victims of domestic abuse", "Fund advocates", "Four recruited.", "OPCC"],
                             ["2.2", "Tackle violence against women and girls", "Train licensed premises staff",
                              "120 premises trained so far;", "OPCC"]], (1, 3)),
             PageBreak(),
             delivery_table([header, ["Protecting vulnerable people (continued)", "", "", "", ""],
                             ["", "", "", "a further 40 are booked for March.", ""],
                             ["2.3", "Protect children from exploitation", "Expand the missing children team",
                              "Team expanded to eight officers.", "Chief Constable"],
                             ["Priority 3: Safer roads (cont'd)", "", "", "", ""],
                             ["3.1", "Reduce road deaths", "More speed enforcement", "Two new vans.",
                              "Chief Constable"]], (1, 4))]
    return build_pdf(path, "Delivery Plan 2025/26", story)


def test_delivery_plan_theme_row_continued_over_the_page(tmp_path):
    _, records = extracted(make_delivery_plan_pdf(tmp_path / "delivery_plan.pdf"))
    assert [(r.ref, r.theme, r.text) for r in records if r.type == "commitment"] == [
        ("1.1", "Cutting crime", "Reduce burglary"),
        ("2.1", "Protecting vulnerable people", "Support victims of domestic abuse"),
        ("2.2", "Protecting vulnerable people", "Tackle violence against women and girls"),
        ("2.3", "Protecting vulnerable people", "Protect children from exploitation"),
        ("3.1", "Safer roads", "Reduce road deaths"),
    ]
    updates = {r.ref: r.update for r in records if r.type == "progress"}
    assert updates["2.2"] == "120 premises trained so far; a further 40 are booked for March."


def make_theme_column_docx(path: Path) -> Path:
    doc = WordDocument()
    doc.add_heading("Community Safety Partnership Delivery Plan", 1)
    rows = [("Theme", "Ref", "Commitment", "Action", "Update"),
            ("Protecting vulnerable people", "A1", "Support victims of domestic abuse", "Fund advocates",
             "On track"),
            ("Protecting vulnerable people (cont.)", "A2", "Protect children from exploitation", "Expand team",
             "Complete"),
            ("Safer roads", "B1", "Reduce road deaths", "More enforcement", "Delayed")]
    table = doc.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    doc.save(path)
    return path


def test_theme_column_with_a_continued_mark_in_docx(tmp_path):
    _, records = extracted(make_theme_column_docx(tmp_path / "csp_delivery_plan.docx"))
    assert [(r.ref, r.theme) for r in records if r.type == "commitment"] == [
        ("A1", "Protecting vulnerable people"), ("A2", "Protecting vulnerable people"), ("B1", "Safer roads")]
