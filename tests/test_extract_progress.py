"""Delivery-plan rows (scrutiny_progress, and their commitments from scrutiny_commitments).

Delivery plans in a DOCX (Ref | Objective | Action | Lead | Timescale | Progress | RAG,
merged cells, a page break with the header repeated), a reportlab PDF whose table runs
over two pages, and the garbled tables PDF text extraction gives (built directly).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny.extract import extract_records
from scrutiny.extract.tables import cites_sub_ref, header_map, is_ref, spanning_text
from scrutiny.ingest import read_document
from scrutiny.ingest.model import DocumentBuilder

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
REPORT_SAMPLE = SAMPLES / "004_5b78c666c7dc23dc.pdf"


def records(document, kind: str) -> list:
    return [r for r in extract_records(document) if r.type == kind]


def progress(document) -> list[tuple]:
    return [(r.ref, r.commitment, r.activity, r.update, r.oversight) for r in records(document, "progress")]


def commitments(document) -> list[tuple]:
    return [(r.ref, r.theme, r.heading, r.kind, r.text) for r in records(document, "commitment")]


DOCX_HEADER = ["Ref", "Objective", "Action", "Lead", "Timescale", "Progress", "RAG"]


def make_docx_delivery_plan(path: Path) -> Path:
    from docx import Document
    from docx.enum.text import WD_BREAK

    def table(doc, rows):
        t = doc.add_table(rows=0, cols=len(DOCX_HEADER))
        for row in [DOCX_HEADER] + rows:
            cells = t.add_row().cells
            if isinstance(row, str):  # a sub-heading row merged across the table
                cells[0].merge(cells[-1]).text = row
                continue
            for cell, text in zip(cells, row):
                cell.text = text
        return t

    doc = Document()
    doc.core_properties.title = "Northshire Police and Crime Delivery Plan 2024/25"
    doc.add_heading("Northshire Police and Crime Delivery Plan 2024/25", 0)
    doc.add_paragraph("This delivery plan sets out how each commitment of the plan will be met.")
    doc.add_heading("Priority 1: Protecting vulnerable people", 1)
    table(doc, [
        "Force commitments",
        ["1.1", "Reduce repeat domestic abuse", "Roll out DA Matters training", "Head of Public Protection", "Q2",
         "Training delivered to 400 officers.", "Green"],
        ["", "", "Review the use of protection orders", "Head of Public Protection", "Q3", "Review started in May.",
         "Amber"],
        ["1.2", "Improve the response to missing children", "Open a missing-from-home hub", "Det Supt Crime", "Q4",
         "Hub staff recruited.", "Amber"],
    ])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    second = table(doc, [
        ["", "", "Hold joint reviews with children's services", "Det Supt Crime", "Q4",
         "First joint review held in June.", "Green"],
        ["1.3", "Tackle child criminal exploitation", "Map county lines", "Det Supt Crime", "Q1", "Mapping complete.",
         "Green"],
        ["", "", "Disrupt county lines", "", "Q2", "Twelve lines closed.", "Green"],
        "Commissioner's commitments",
        ["PCC1", "Commission a specialist exploitation service", "Tender the service", "Head of Commissioning", "Q2",
         "Contract awarded in April.", "Green"],
    ])
    second.cell(2, 0).merge(second.cell(3, 0))  # 1.3's Ref and Objective merged down over its second row
    second.cell(2, 1).merge(second.cell(3, 1))
    doc.add_heading("Priority 2: Safer roads", 1)
    table(doc, [["2.1", "Cut deaths on rural roads", "Run speed enforcement weeks", "Roads Policing Inspector", "Q3",
                 "Enforcement weeks held monthly.", "Green"]])
    doc.save(path)
    return path


def test_docx_delivery_plan_rows_merge_over_continuation_rows_and_page_break(tmp_path):
    document = read_document(make_docx_delivery_plan(tmp_path / "delivery.docx"))
    assert progress(document) == [
        ("1.1", "Reduce repeat domestic abuse", "Roll out DA Matters training Review the use of protection orders",
         "Training delivered to 400 officers. Review started in May.", "Head of Public Protection"),
        ("1.2", "Improve the response to missing children",
         "Open a missing-from-home hub Hold joint reviews with children's services",
         "Hub staff recruited. First joint review held in June.", "Det Supt Crime"),
        ("1.3", "Tackle child criminal exploitation", "Map county lines Disrupt county lines",
         "Mapping complete. Twelve lines closed.", "Det Supt Crime"),
        ("PCC1", "Commission a specialist exploitation service", "Tender the service", "Contract awarded in April.",
         "Head of Commissioning"),
        ("2.1", "Cut deaths on rural roads", "Run speed enforcement weeks", "Enforcement weeks held monthly.",
         "Roads Policing Inspector"),
    ]
    assert commitments(document) == [
        ("1.1", "Protecting vulnerable people", "Force commitments", "pledge", "Reduce repeat domestic abuse"),
        ("1.2", "Protecting vulnerable people", "Force commitments", "pledge", "Improve the response to missing children"),
        ("1.3", "Protecting vulnerable people", "Force commitments", "pledge", "Tackle child criminal exploitation"),
        ("PCC1", "Protecting vulnerable people", "Commissioner's commitments", "pledge",
         "Commission a specialist exploitation service"),
        ("2.1", "Safer roads", None, "pledge", "Cut deaths on rural roads"),
    ]


def make_pdf_delivery_plan(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    rows = [["Ref", "Commitment", "Activity", "Update", "Lead"]]
    for i in range(1, 21):
        rows.append([f"1.{i}", Paragraph(f"Improve support service number {i} for victims of crime.", cell),
                     Paragraph(f"(1.{i}.1) Review service {i}", cell), Paragraph(f"Review {i} began in April.", cell),
                     Paragraph("Head of Commissioning", cell)])
        rows.append(["", "", Paragraph(f"(1.{i}.2) Retender service {i}", cell),
                     Paragraph(f"Tender {i} is on track.", cell), ""])
    rows.append(["", Paragraph("Provide oversight of the reducing reoffending strategy", cell),
                 Paragraph("Consult on a new strategy", cell), Paragraph("Strategy drafted.", cell),
                 Paragraph("Head of Partnerships", cell)])
    table = Table(rows, colWidths=[40, 150, 130, 130, 90], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph("Delivery plan monitoring report", styles["Title"]),
             Paragraph("SUPPORTING VICTIMS OF CRIME", styles["Heading2"]),
             Paragraph("Commissioner's commitments:", cell), table]
    SimpleDocTemplate(str(path), pagesize=A4, title="Delivery plan monitoring report").build(story)
    return path


def test_pdf_delivery_table_over_two_pages_gives_one_record_per_ref(tmp_path):
    document = read_document(make_pdf_delivery_plan(tmp_path / "delivery.pdf"))
    assert len([b for b in document.blocks if b.kind == "table"]) == 2  # one table block per page
    rows = progress(document)
    assert [r[0] for r in rows] == [f"1.{i}" for i in range(1, 21)] + [None]
    assert rows[9] == ("1.10", "Improve support service number 10 for victims of crime.",
                       "(1.10.1) Review service 10 (1.10.2) Retender service 10",
                       "Review 10 began in April. Tender 10 is on track.", "Head of Commissioning")
    assert rows[20] == (None, "Provide oversight of the reducing reoffending strategy", "Consult on a new strategy",
                        "Strategy drafted.", "Head of Partnerships")
    assert {c[1:4] for c in commitments(document)} == {
        ("Supporting victims of crime", "Commissioner's commitments", "pledge")}
    pages = {r.ref: r.page for r in records(document, "progress")}
    assert pages["1.1"] == 1 and pages[None] == 2


HEADER = ("Ref", "Plan commitment", "Supporting activity", "Progress update", "Oversight mechanism")


def garbled_report():
    """A monitoring report as PDF text extraction leaves it: headers repeated per page, cut words."""
    b = DocumentBuilder("report", "pdf")
    b.add("heading", "Panel report: delivery plan monitoring", page=1)
    b.add("heading", "Keeping people safe", level=2, page=1)
    b.add("paragraph", "The Police and Crime Commissioner's office reports on activity in support of "
                       "Keeping people safe.", page=1)
    b.add("heading", "APPENDIX 2", page=2)
    b.add("heading", "KEEPING PEOPLE SAFE", level=2, page=2)
    b.add("paragraph", "Policing element:", page=2)
    b.add_table([HEADER, ("1.1", "Protect vulnerable people.", "(1.1.1) Train officers", "Training under way.",
                          "Vulnerability Board")], page=2)
    b.add_table([HEADER, ("", "Respond to missing people quickly.", "(1.1.2) Review the missing person policy",
                          "Policy reviewed.", "Delivery plan monitoring"),
                 ("Polic", "e and Crime Commissi", "oner's Commitments:", "", ""),
                 ("A.1", "Commission victim services across the", "(A1.1) Tender the core contract",
                  "Contract let.", "Victims' Board"),
                 ("", "county.", "(A1.2) Monitor the contract", "Quarterly reviews held.", ""),
                 ("", "Support the appropriate use of restorative justice", "Commission a provider",
                  "Provider in place.", "RJ Board")], page=3)
    b.add("heading", "BUILDING SAFER COMMUNITIES", level=2, page=4)
    b.add("paragraph", "Policing element:", page=4)
    b.add_table([HEADER, ("2.1", "Cut anti-social behaviour.", "Hotspot patrols", "Update pending", "")], page=4)
    b.add("paragraph", "ce and Crime Commiss", page=4)
    b.add_table([HEADER, ("Β2", "Fund community safety partnerships.", "Grant scheme", "Grants paid.",
                          "Delivery plan monitoring"),
                 ("----", "---------", "---", "----", "--")], page=5)
    b.add("heading", "GLOSSARY", page=6)
    b.add_table([("NAME", "PURPOSE", "MEETS"), ("Victims' Board", "Improves services for victims", "Quarterly")], page=6)
    return b.build(title="Panel report: delivery plan monitoring")


def test_garbled_report_rows_themes_and_sub_headings():
    document = garbled_report()
    assert progress(document) == [
        ("1.1", "Protect vulnerable people. Respond to missing people quickly.",
         "(1.1.1) Train officers (1.1.2) Review the missing person policy", "Training under way. Policy reviewed.",
         "Vulnerability Board Delivery plan monitoring"),
        ("A.1", "Commission victim services across the county.",
         "(A1.1) Tender the core contract (A1.2) Monitor the contract", "Contract let. Quarterly reviews held.",
         "Victims' Board"),
        (None, "Support the appropriate use of restorative justice", "Commission a provider", "Provider in place.",
         "RJ Board"),
        ("2.1", "Cut anti-social behaviour.", "Hotspot patrols", "Update pending", None),
        ("B2", "Fund community safety partnerships.", "Grant scheme", "Grants paid.", "Delivery plan monitoring"),
    ]
    pcc = "Police and Crime Commissioner's Commitments"
    assert [c[:4] for c in commitments(document)] == [
        ("1.1", "Keeping people safe", "Policing element", "pledge"),
        ("A.1", "Keeping people safe", pcc, "pledge"),
        (None, "Keeping people safe", pcc, "pledge"),
        ("2.1", "Building safer communities", "Policing element", "pledge"),
        ("B2", "Building safer communities", pcc, "pledge"),
    ]


def test_progress_span_is_the_rows_first_line():
    document = garbled_report()
    first = records(document, "progress")[0]
    assert document.text[first.span[0]:first.span[1]].startswith("1.1\tProtect vulnerable people.")
    assert first.page == 2


@pytest.mark.parametrize("row, fields", [
    (HEADER, {"ref", "commitment", "activity", "update", "oversight"}),
    (("Ref", "Objective", "Action", "Lead", "Timescale", "Progress", "RAG"),
     {"ref", "commitment", "activity", "oversight", "due", "update", "status"}),
    (("No.", "Priority", "Commitment", "Progress against action", "Action owner"),
     {"ref", "theme", "commitment", "update", "oversight"}),
])
def test_header_words_name_the_columns(row, fields):
    assert header_map(row).fields == fields


def test_plainest_named_column_wins():
    columns = header_map(("Theme", "Ref", "Commitment", "Action", "Lead", "Progress update", "RAG", "Oversight"))
    assert (columns.field("theme"), columns.field("oversight"), columns.field("update")) == (0, 7, 5)


def test_theme_from_spanning_rows_and_theme_column():
    b = DocumentBuilder("update", "docx")
    b.add("heading", "Partnership plan delivery update")
    b.add_table([("Ref", "Commitment", "Action", "Progress update", "Oversight"),
                 ("Safer Neighbourhoods", "", "", "", ""),
                 ("1.1", "Recruit neighbourhood officers", "Run two intakes", "32 of 40 posts filled.", "PAB"),
                 ("Supporting Victims", "", "", "", ""),
                 ("2.1", "Open a victim care hub", "Find premises", "Hub opened in October.", "Victims Board")])
    b.add_table([("Theme", "Ref", "Commitment", "Lead", "Progress update", "Oversight"),
                 ("Reducing serious violence", "3.1", "Deliver the Serious Violence Duty", "Aled Hughes",
                  "Needs assessment drafted.", "Violence Reduction Partnership")])
    document = b.build(title="Partnership plan delivery update")
    assert [c[:3] for c in commitments(document)] == [
        ("1.1", "Safer Neighbourhoods", None), ("2.1", "Supporting Victims", None),
        ("3.1", "Reducing serious violence", None)]
    assert progress(document)[-1] == ("3.1", "Deliver the Serious Violence Duty", None, "Needs assessment drafted.",
                                      "Violence Reduction Partnership")


@pytest.mark.parametrize("row", [
    ("Ref", "Action", "Owner", "Due date", "Status"),  # an action log: no commitment column
    ("MONTH", "AGENDA ITEM", "SAFER WEST MERCIA PLAN OBJECTIVE*"),
    ("1.1", "Update pending", "Delivery plan monitoring", "Review of commitments"),
    ("", "Agree the commitment with partners", "Action plan drafted", "Update pending", "Lead: DCI Patel"),
    ("Agree the priority commitment with all partners", "Draft the action plan for partners", "Update pending",
     "Lead"),
])
def test_rows_that_are_not_delivery_plan_headers(row):
    assert header_map(row) is None


def test_header_run_together_with_a_sub_heading_keeps_the_previous_columns():
    previous = header_map(HEADER)
    garbled = ("PART Ref", "B: Police and Crime C Plan commitme", "commissioner's Commitments Supporti",
               "Progress update", "Oversight")
    assert header_map(garbled, previous) is previous


def test_refs_and_sub_refs():
    assert all(is_ref(r) for r in ("1.1", "A.4", "B5", "3.10", "Β5", "PCC1"))
    assert not any(is_ref(r) for r in ("Polic", "Provide oversight and", "----"))
    assert cites_sub_ref("(A4.3)(1) Develop a strategy", "A.4")
    assert cites_sub_ref("(2.3.2) Proactive representation", "2.3")
    assert not cites_sub_ref("(2.4.1) Working with partners", "2.3")


def test_spanning_row_closes_up_words_cut_at_column_edges():
    words = {"police": 30, "polic": 2, "commissioner's": 4, "commissi": 2}
    assert spanning_text(("Polic", "e and Crime Commissi", "oner's Commitments:", "", ""), words) == \
        "Police and Crime Commissioner's Commitments:"
    assert spanning_text(("Poli", "Policing element:", "", "", ""), words) == "Policing element:"
    assert spanning_text(("1.1", "Protect people", "", "", ""), words) is None


@pytest.fixture(scope="module")
def report_sample():
    if not REPORT_SAMPLE.exists():
        pytest.skip("sample corpus not present")
    return read_document(REPORT_SAMPLE)


def test_sample_report_one_progress_record_per_row(report_sample):
    rows = records(report_sample, "progress")
    assert len(rows) == 51
    assert [r.ref for r in rows][:8] == ["1.1", "A.1", "A.2", "A.3", "A.4", "A.5", "A.6", "2.1"]
    a1 = next(r for r in rows if r.ref == "A.1")
    assert a1.activity.endswith("set out in the Victims' Charter")
    assert a1.update.startswith("The consultation led to a Victims Charter being signed off by the PCC.")
    assert a1.oversight.endswith("Exception reports will be highlighted to the PCC.")
    assert [r.commitment[:40] for r in rows if r.ref is None] == [
        "Make sure the Safer Roads Partnership re", "Provide oversight and support to West Me"]


def test_sample_report_commitment_context(report_sample):
    found = {r.ref: r for r in records(report_sample, "commitment")}
    assert (found["1.1"].theme, found["1.1"].heading) == ("Putting victims and survivors first", "Policing element")
    assert (found["D9"].theme, found["D9"].heading) == ("Reassuring West Mercia's communities",
                                                        "Police and Crime Commissioner's Commitments")
    assert found["D9"].text == "explore, develop and implement new"


def test_refs_written_into_the_commitment_cell_of_a_table_without_a_ref_column():
    b = DocumentBuilder("plan", "html")
    b.add("heading", "Reducing reoffending", level=2)
    b.add_table([("Commitment", "What we did", "Progress", "Lead"),
                 ("1.1 Expand integrated offender management", "Added two probation officers", "Both in post.",
                  "Probation"),
                 ("", "Added a housing worker", "Recruiting.", ""),
                 ("1.2 Cut reoffending by young adults", "Mentoring scheme", "Launched in May.", "Youth Justice")])
    document = b.build(title="Reducing reoffending delivery plan")
    assert progress(document) == [
        ("1.1", "Expand integrated offender management", "Added two probation officers Added a housing worker",
         "Both in post. Recruiting.", "Probation"),
        ("1.2", "Cut reoffending by young adults", "Mentoring scheme", "Launched in May.", "Youth Justice"),
    ]
