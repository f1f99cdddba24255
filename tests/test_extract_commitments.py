"""Plan commitments (scrutiny_commitments): pledges, outcomes, challenges and board objectives.

Each plan here is a real file written in tmp_path (HTML, a reportlab PDF, markdown) and
read through ``read_document``, so headings come from the readers as they would in use.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny.extract import extract_records
from scrutiny.extract.plan_structure import lead_in_kind
from scrutiny.extract.titles import DocumentCasing, tidy_title
from scrutiny.ingest import read_document
from scrutiny.ingest.model import DocumentBuilder

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PLAN_SAMPLE = SAMPLES / "001_c01749a460b4695c.pdf"


def commitments(path_or_doc) -> list[tuple]:
    document = read_document(path_or_doc) if isinstance(path_or_doc, Path) else path_or_doc
    records = extract_records(document)
    found = [r for r in records if r.type == "commitment"]
    for r in found:  # the evidence span holds the commitment's words
        assert document.text[r.span[0]:r.span[1]].endswith(r.text[-20:])
    return [(r.kind, r.theme, r.heading, r.ref, r.text) for r in found]


HTML_PLAN = """<!DOCTYPE html><html lang="en"><head><title>Police and Crime Plan 2025-2029</title></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/plan">The plan</a></li></ul></nav><main>
<h1>Police and Crime Plan 2025-2029</h1>
<h2>Foreword</h2>
<p>I will listen to residents in every town and village across the county.</p>
<h2>Priority 1: Safer streets</h2>
<p>Residents told us that anti-social behaviour and knife crime matter most to them.</p>
<h3>Tackle anti-social behaviour</h3>
<p>We will:</p>
<ul><li>Increase neighbourhood patrols in the ten busiest hotspots.</li>
<li>Work with district councils to close problem premises quickly.</li></ul>
<h3>Reduce knife crime</h3>
<ul><li>We will fund youth diversion schemes in every district.</li></ul>
<h2>Priority 2: Victims at the heart of justice</h2>
<p>We will:</p>
<ul><li>Open a victims' hub in the county town.</li></ul>
<h3>Outcomes we want</h3>
<ul><li>Fewer repeat victims of domestic abuse.</li><li>Higher victim satisfaction with the police.</li></ul>
<h2>How the plan is scrutinised</h2>
<p>The Police and Crime Panel reviews the plan each year and can ask about:</p>
<ul><li>Spending against the budget.</li></ul>
</main><footer><p>Contact us</p></footer></body></html>"""


def test_html_plan_we_will_lists_under_priorities(tmp_path):
    path = tmp_path / "plan.html"
    path.write_text(HTML_PLAN, encoding="utf-8")
    assert commitments(path) == [
        ("pledge", "Safer streets", "Tackle anti-social behaviour", None,
         "Increase neighbourhood patrols in the ten busiest hotspots."),
        ("pledge", "Safer streets", "Tackle anti-social behaviour", None,
         "Work with district councils to close problem premises quickly."),
        ("pledge", "Safer streets", "Reduce knife crime", None, "We will fund youth diversion schemes in every district."),
        ("pledge", "Victims at the heart of justice", None, None, "Open a victims' hub in the county town."),
        ("outcome", "Victims at the heart of justice", None, None, "Fewer repeat victims of domestic abuse."),
        ("outcome", "Victims at the heart of justice", None, None, "Higher victim satisfaction with the police."),
    ]


def make_pdf_plan(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    body = styles["BodyText"]

    def bullets(*items):
        return ListFlowable([ListItem(Paragraph(t, body)) for t in items], bulletType="bullet", start="•")

    story = [
        Paragraph("Kingsmere Police and Crime Plan 2025-2029", styles["Title"]),
        Paragraph("Foreword", styles["Heading1"]),
        Paragraph("I am proud to set out my plan for policing in Kingsmere over the next four years.", body),
        Paragraph("Reducing violence", styles["Heading1"]),
        Paragraph("Violent crime has risen in the county towns and residents want it tackled.", body),
        Paragraph("I will:", body),
        Paragraph("Protect women and girls", styles["Heading2"]),
        bullets("Fund independent domestic violence advisers in every district.",
                "Ensure the force answers reports of stalking within one hour."),
        PageBreak(),
        Paragraph("Keep young people safe", styles["Heading2"]),
        bullets("Expand the youth diversion scheme to every secondary school."),
        Paragraph("Outcomes", styles["Heading2"]),
        Paragraph("Across this priority I commit to delivering the following:", body),
        bullets("Fewer violent offences each year.", "More victims confident to report abuse."),
        Paragraph("Value for money", styles["Heading1"]),
        Paragraph("Budgets are tight and every pound must count.", body),
        Paragraph("My challenge to the Chief Constable will be to:", body),
        bullets("Cut overtime spending by a tenth.", "Share back office services with the fire service."),
        Paragraph("Working with partners", styles["Heading1"]),
        Paragraph("Kingsmere Community Safety Partnership", styles["Heading2"]),
        Paragraph("The partnership brings the councils and the police together. Its objectives are:", body),
        bullets("Reduce reoffending", "Prevent serious violence"),
        Paragraph("Governance", styles["Heading2"]),
        Paragraph("The Police and Crime Panel scrutinises the plan every year.", body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, title="Kingsmere Police and Crime Plan 2025-2029").build(story)
    return path


def test_pdf_plan_pledges_outcomes_challenges_and_board_objectives(tmp_path):
    document = read_document(make_pdf_plan(tmp_path / "plan.pdf"))
    assert commitments(document) == [
        ("pledge", "Reducing violence", "Protect women and girls", None,
         "Fund independent domestic violence advisers in every district."),
        ("pledge", "Reducing violence", "Protect women and girls", None,
         "Ensure the force answers reports of stalking within one hour."),
        ("pledge", "Reducing violence", "Keep young people safe", None,
         "Expand the youth diversion scheme to every secondary school."),
        ("outcome", "Reducing violence", None, None, "Fewer violent offences each year."),
        ("outcome", "Reducing violence", None, None, "More victims confident to report abuse."),
        ("challenge", "Value for money", None, None, "Cut overtime spending by a tenth."),
        ("challenge", "Value for money", None, None, "Share back office services with the fire service."),
        ("objective", "Kingsmere Community Safety Partnership", None, None, "Reduce reoffending"),
        ("objective", "Kingsmere Community Safety Partnership", None, None, "Prevent serious violence"),
    ]
    pages = [r.page for r in extract_records(document) if r.type == "commitment"]
    assert pages[:3] == [1, 1, 2]  # the objective runs on over the page break


STRATEGY = """# Eastbrook Community Safety Strategy 2024-2027

## Introduction

Eastbrook Borough Council and its partners have agreed three strategic objectives for the next three years.

## OBJECTIVE 1: REDUCE SERIOUS VIOLENCE IN EASTBROOK

Hospital data shows a rise in assaults in the town centre at night.

To deliver this objective we will:

1. Map violence hotspots with the police and the hospital trust.
2. Commission youth outreach workers for Friday and Saturday evenings.

## Objective 2: Tackle domestic abuse

### Support survivors

We will:

- 2.1 Expand refuge capacity by twelve rooms.
- 2.2 Train all housing officers to recognise coercive control.

### Outcomes

- Fewer repeat referrals to the risk assessment conference.

## Eastbrook Community Safety Partnership Board

The board oversees this strategy and meets quarterly. Its priorities for 2024 are:

- Reducing reoffending
- Preventing violence in the night-time economy

## Contact

Residents can report concerns online:

- By email to the community safety team.
"""


def test_council_strategy_with_numbered_objectives(tmp_path):
    path = tmp_path / "strategy.md"
    path.write_text(STRATEGY, encoding="utf-8")
    assert commitments(path) == [
        ("pledge", "Reduce serious violence in Eastbrook", None, None,
         "Map violence hotspots with the police and the hospital trust."),
        ("pledge", "Reduce serious violence in Eastbrook", None, None,
         "Commission youth outreach workers for Friday and Saturday evenings."),
        ("pledge", "Tackle domestic abuse", "Support survivors", "2.1", "Expand refuge capacity by twelve rooms."),
        ("pledge", "Tackle domestic abuse", "Support survivors", "2.2",
         "Train all housing officers to recognise coercive control."),
        ("outcome", "Tackle domestic abuse", None, None, "Fewer repeat referrals to the risk assessment conference."),
        ("objective", "Eastbrook Community Safety Partnership Board", None, None, "Reducing reoffending"),
        ("objective", "Eastbrook Community Safety Partnership Board", None, None,
         "Preventing violence in the night-time economy"),
    ]


def _plan(*blocks, title="Safer Northshire Plan"):
    builder = DocumentBuilder("plan", "text")
    for kind, text, *level in blocks:
        builder.add(kind, text, level=level[0] if level else None)
    return builder.build(title=title)


def test_list_after_a_lead_in_that_pledges_nothing_is_skipped():
    doc = _plan(("heading", "Safer Northshire Plan", 1), ("heading", "Supporting victims", 1),
                ("paragraph", "I will:"), ("heading", "Improve standards of service", 2),
                ("list_item", "Publish quality standards for support services."),
                ("heading", "Victims' Code", 2), ("paragraph", "All victims of crime have rights:"),
                ("list_item", "1 To be able to understand and to be understood."),
                ("heading", "Outcomes", 2), ("list_item", "Victims feel heard."))
    assert commitments(doc) == [
        ("pledge", "Supporting victims", "Improve standards of service", None,
         "Publish quality standards for support services."),
        ("outcome", "Supporting victims", None, None, "Victims feel heard."),
    ]


def test_item_broken_by_a_page_runs_on_into_the_lowercase_paragraph():
    doc = _plan(("heading", "Policing with the community", 1), ("paragraph", "I will:"),
                ("heading", "Provide an accessible police service", 3),
                ("list_item", "Support the relationship between communities and their police, and the public"),
                ("paragraph", "understand the work their police service is doing."))
    assert commitments(doc) == [
        ("pledge", "Policing with the community", "Provide an accessible police service", None,
         "Support the relationship between communities and their police, and the public understand "
         "the work their police service is doing."),
    ]


def test_board_objectives_as_short_paragraphs_survive_a_line_read_as_a_heading():
    doc = _plan(("heading", "Partnership working", 1), ("heading", "Victims' Board", 2),
                ("paragraph", "The role of the board is to improve services for victims. Specific objectives are below:"),
                ("paragraph", "Improving the experience of vulnerable victims"),
                ("heading", "Preventing offending and reoffending", 2),
                ("paragraph", "Improving access to support for victims of crime"),
                ("heading", "Governance and scrutiny", 1),
                ("paragraph", "The Commissioner holds the Chief Constable to account at monthly meetings."))
    assert [c[4] for c in commitments(doc)] == ["Improving the experience of vulnerable victims",
                                                "Preventing offending and reoffending",
                                                "Improving access to support for victims of crime"]
    assert {c[:4] for c in commitments(doc)} == {("objective", "Victims' Board", None, None)}


def test_minutes_and_terms_of_reference_have_no_commitments():
    builder = DocumentBuilder("notes", "text")
    builder.add("heading", "Minutes of the Northshire Police and Crime Panel")
    builder.add("paragraph", "Present: Cllr A Smith (Chair), Cllr B Jones.")
    builder.add("paragraph", "The Commissioner said that over the next year we will:")
    builder.add("list_item", "Recruit more neighbourhood officers.")
    doc = builder.build(title="Minutes of the Northshire Police and Crime Panel")
    assert commitments(doc) == []


@pytest.mark.parametrize("sentence, kind", [
    ("I will:", "pledge"),
    ("To deliver this objective we will:", "pledge"),
    ("My challenge to the Chief Constable will be to:", "challenge"),
    ("Every pound must be spent well. I will ask the Chief Constable to:", "challenge"),
    ("Across all the priority areas above, I commit to supporting and delivering the following outcomes:", "outcome"),
    ("Specific objectives for partners are outlined below:", "objective"),
    ("All victims of crime in England and Wales have rights:", None),
])
def test_lead_in_kinds(sentence, kind):
    assert lead_in_kind(sentence, in_board=True, is_plan=True) == kind


def test_objective_lead_in_outside_a_board_counts_only_in_a_plan():
    assert lead_in_kind("*Objective titles have been shortened to:", in_board=False, is_plan=False) is None


def test_all_caps_titles_take_the_documents_own_casing():
    casing = DocumentCasing("Our objective is Putting victims and survivors first. We serve West Mercia.")
    assert tidy_title("PUTTING VICTIMS AND SURVIVORS FIRST", casing) == "Putting victims and survivors first"
    assert tidy_title("REASSURING WEST MERCIA'S COMMUNITIES", casing) == "Reassuring West Mercia's communities"
    assert tidy_title("Priority 2: Safer roads:", casing) == "Safer roads"


@pytest.fixture(scope="module")
def plan_sample():
    if not PLAN_SAMPLE.exists():
        pytest.skip("sample corpus not present")
    return commitments(PLAN_SAMPLE)


def test_sample_plan_kinds(plan_sample):
    kinds = [c[0] for c in plan_sample]
    assert {k: kinds.count(k) for k in set(kinds)} == {"pledge": 80, "outcome": 25, "challenge": 5, "objective": 21}


def test_sample_plan_key_records(plan_sample):
    assert plan_sample[0] == (
        "pledge", "Cutting crime", "Deliver safer town centres and businesses", None,
        "Ensure policing in our town centres is visible, accessible and effective at fighting crime, in line with "
        "my commitment that a greater amount of policing will be visible in communities.")
    assert ("outcome", "Cutting crime", None, None, "A reduction in crime and reoffending.") in plan_sample
    assert ("challenge", "Maximising resources and value for money", None, None,
            "Continue to focus on process improvements and removing inefficiencies where possible.") in plan_sample
    assert ("objective", "Victims' Board", None, None, "Victims Code of Practice Compliance (VCOP)") in plan_sample
    assert not any("To be able to understand" in c[4] for c in plan_sample)  # the Victims' Code rights
    assert not any(c[1] in ("Priorities", "Overarching principles") for c in plan_sample)


def test_a_reports_we_will_list_is_not_a_plan_commitment():
    builder = DocumentBuilder("report", "text")
    builder.add("heading", "Report to the Police and Crime Panel: annual report")
    builder.add("heading", "Recommendation", level=2)
    builder.add("paragraph", "Members of the Panel are invited to consider this report.")
    builder.add("heading", "Next steps", level=2)
    builder.add("paragraph", "Over the coming quarter we will:")
    builder.add("list_item", "Publish the victims' needs assessment.")
    doc = builder.build(title="Report to the Police and Crime Panel: annual report")
    assert commitments(doc) == []


def test_lead_in_as_a_list_items_first_line():
    doc = _plan(("heading", "Safer roads", 1), ("list_item", "We will:"),
                ("list_item", "Fund speed awareness courses."), ("heading", "How we will measure success", 2),
                ("list_item", "Fewer people killed or seriously injured."))
    assert commitments(doc) == [
        ("pledge", "Safer roads", None, None, "Fund speed awareness courses."),
        ("outcome", "Safer roads", None, None, "Fewer people killed or seriously injured."),
    ]


def make_tor_docx(path: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.core_properties.title = "Kingsmere Serious Violence Group - Terms of Reference"
    doc.add_heading("Kingsmere Serious Violence Group - Terms of Reference", 1)
    table = doc.add_table(rows=0, cols=2)
    for label, lines in (("Name of group", ["Kingsmere Serious Violence Group (KSVG)"]),
                         ("Objectives", ["Agree the serious violence strategic needs assessment.",
                                         "Monitor the serious violence response strategy."]),
                         ("Functions", ["Share data on violence between partners."]),
                         ("Frequency", ["Quarterly"])):
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = lines[0]
        for line in lines[1:]:
            cells[1].add_paragraph(line)
    doc.save(path)
    return path


def test_terms_of_reference_table_objectives_one_per_cell_line(tmp_path):
    assert commitments(make_tor_docx(tmp_path / "tor.docx")) == [
        ("objective", "Kingsmere Serious Violence Group", None, None,
         "Agree the serious violence strategic needs assessment."),
        ("objective", "Kingsmere Serious Violence Group", None, None, "Monitor the serious violence response strategy."),
    ]


TOR = """# Westbury Domestic Abuse Partnership Board

### Terms of Reference

## 1. Purpose

The Board leads the multi-agency response to domestic abuse and meets every six weeks.

## 2. Objectives

- Agree and monitor the domestic abuse strategy.
- Commission safe accommodation services.

## 3. Functions

The Board will:

- Receive reports from its sub-groups.
"""


def test_terms_of_reference_objectives_heading_but_not_its_duties(tmp_path):
    path = tmp_path / "tor.md"
    path.write_text(TOR, encoding="utf-8")
    assert commitments(path) == [
        ("objective", "Westbury Domestic Abuse Partnership Board", None, None,
         "Agree and monitor the domestic abuse strategy."),
        ("objective", "Westbury Domestic Abuse Partnership Board", None, None, "Commission safe accommodation services."),
    ]
