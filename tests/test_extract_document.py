"""The document record: type from structure and wording (with its evidence), title and date."""

import pytest

from scrutiny.extract import extract_document_record
from scrutiny.ingest.model import DocumentBuilder


def _doc(fmt, *blocks, title=None):
    b = DocumentBuilder("paper", fmt)
    for kind, text in blocks:
        b.add(kind, text, level=1 if kind == "heading" else None)
    return b.build(title=title)


COUNCIL_MINUTES = _doc(
    "pdf",
    ("heading", "Eastbrook Borough Council"),
    ("paragraph", "Minutes of the meeting of the Community Safety Scrutiny Committee held on Tuesday 10 December "
                  "2024 at 10.00 am in the Council Chamber, Town Hall"),
    ("paragraph", "Present: Cllr A Smith (Chair), Mrs B Jones, Mr C Patel OBE"),
    ("paragraph", "Apologies: Cllr D Brown"),
    ("heading", "23/45 Matters arising"),
    ("paragraph", "The Chair asked for an update. The Clerk reported that the audit was complete."),
)
TOR = _doc(
    "docx",
    ("heading", "Northshire Reducing Reoffending Board: Terms of Reference"),
    ("heading", "Purpose"), ("paragraph", "To coordinate partners' work to reduce reoffending."),
    ("heading", "Membership"), ("list_item", "Probation Service"), ("list_item", "Northshire Police"),
    ("heading", "Quorum"), ("paragraph", "The meeting will be quorate when four members are present."),
    ("heading", "Frequency"), ("paragraph", "The Board meets every six weeks."),
)
PLAN = _doc(
    "pdf",
    ("heading", "Police and Crime Plan 2025-2029"),
    ("heading", "Foreword"), ("paragraph", "My priorities for the next four years are set out below."),
    *[("list_item", f"We will improve service number {n}.") for n in range(10)],
    title="Police and Crime Plan 2025-2029",
)
REPORT = _doc(
    "pdf",
    ("paragraph", "NORTHSHIRE POLICE AND CRIME PANEL DATE: 3 MARCH 2025"),
    ("paragraph", "REPORT OF THE COMMISSIONER: QUARTERLY PERFORMANCE REPORT"),
    ("heading", "Recommendation"), ("paragraph", "Members of the Panel are asked to note this report."),
    ("heading", "Financial Implications"), ("paragraph", "None."),
    ("heading", "Legal Implications"), ("paragraph", "None."),
    title="Quarterly performance report",
)
WEB_PAGE = _doc(
    "html",
    ("heading", "Contact the Commissioner"),
    ("paragraph", "You can write to the Commissioner at the address below or use the form."),
    title="Contact the Commissioner",
)


@pytest.mark.parametrize("doc, doc_type", [
    (COUNCIL_MINUTES, "minutes"), (TOR, "terms_of_reference"), (PLAN, "plan"), (REPORT, "report"),
    (WEB_PAGE, "web_page"),
])
def test_document_type_from_structure_and_wording(doc, doc_type):
    record = extract_document_record(doc)
    assert record.doc_type == doc_type
    assert any(cue.startswith(f"{doc_type}:") for cue in record.evidence)


def test_a_pdf_with_no_cues_is_other():
    doc = _doc("pdf", ("paragraph", "Lorem ipsum dolor sit amet."))
    assert extract_document_record(doc).doc_type == "other"


def test_minutes_date_from_held_on_line():
    assert extract_document_record(COUNCIL_MINUTES).date == "2024-12-10"


def test_report_date_from_header():
    assert extract_document_record(REPORT).date == "2025-03-03"


def test_minutes_date_without_year_is_completed_from_the_next_meeting():
    doc = _doc(
        "html",
        ("heading", "Holding to account: Neighbourhood policing"),
        ("paragraph", "Date: Thursday 6th June, 10.00 am"),
        ("paragraph", "Chair: the Commissioner"), ("paragraph", "Venue: Police HQ"),
        ("heading", "1. Minutes of the last meeting"), ("paragraph", "Agreed as a correct record."),
        ("heading", "4. Date of next meeting"), ("paragraph", "Tuesday 9th July 2024"),
    )
    record = extract_document_record(doc)
    assert record.doc_type == "minutes"
    assert record.date == "2024-06-06"


def test_plans_terms_of_reference_and_web_pages_have_no_date():
    for doc in (PLAN, TOR, WEB_PAGE):
        assert extract_document_record(doc).date is None


def test_terms_of_reference_dated_by_approval_not_review():
    b = DocumentBuilder("tor", "docx")
    b.add("heading", "Youth Diversion Group – Terms of Reference", level=1)
    b.add_table([["Name of group", "Youth Diversion Group"], ["Review date", "1 May 2026"],
                 ["Date agreed", "3 April 2025"], ["Purpose", "To divert young people from crime."]])
    record = extract_document_record(b.build(title="Youth Diversion Group – Terms of Reference"))
    assert (record.doc_type, record.date) == ("terms_of_reference", "2025-04-03")
    prose = _doc("pdf", ("heading", "Terms of Reference"), ("paragraph", "Approved by the Board on 12 June 2024"),
                 ("heading", "Purpose"), ("paragraph", "To lead the response."))
    assert extract_document_record(prose).date == "2024-06-12"


def test_an_update_with_a_cover_block_is_a_report_not_a_plan():
    b = DocumentBuilder("update", "docx")
    b.add("heading", "Partnership Plan 2024–2027: Delivery Plan Update", level=1)
    b.add_table([["Report to", "Partnership Executive Group"], ["Date", "19 February 2025"],
                 ["Author", "Community Safety Manager"], ["Recommendation", "That the Group notes progress."]])
    record = extract_document_record(b.build(title="Partnership Plan 2024–2027: Delivery Plan Update"))
    assert record.doc_type == "report"
    assert record.date == "2025-02-19"


def test_minutes_take_the_meeting_date_and_body_from_the_meeting_record():
    from scrutiny.extract.document import complete_document_record
    from scrutiny.extract.records import DocumentRecord, Meeting

    records = [DocumentRecord(doc="m", doc_type="minutes", date="2025-01-09"),
               Meeting(doc="m", body="Community and Scrutiny Committee", date="2025-02-10")]
    doc = complete_document_record(records)[0]
    assert (doc.date, doc.organisation) == ("2025-02-10", "Community and Scrutiny Committee")


def test_terms_of_reference_approval_date_inside_a_table_cell():
    b = DocumentBuilder("tor", "pdf")
    b.add("heading", "Data Cell Terms of Reference", level=1)
    b.add_table([["Version 1.3", "Date approved: 12 February 2025", "Approved by: Safer Towns Board"]])
    b.add("heading", "1. Purpose", level=2)
    b.add("paragraph", "To share data across partners.")
    assert extract_document_record(b.build(title="Data Cell Terms of Reference")).date == "2025-02-12"


def test_approval_date_in_a_version_line_with_bar_separators():
    doc = _doc("pdf", ("heading", "Delivery Group – Terms of Reference"),
               ("paragraph", "Version 1.3 | Date approved: 12 February 2025 | Approved by: Safer Towns Board"),
               ("heading", "1. Purpose"), ("paragraph", "To lead the response."))
    assert extract_document_record(doc).date == "2025-02-12"
