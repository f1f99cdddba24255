"""read_pdf on generated PDFs (tests/docs/make_pdf.py) and on the sample corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pdfplumber
import pytest

from scrutiny.errors import NoTextLayer, UnreadableDocument
from scrutiny.ingest import read_document
from scrutiny.ingest.pdf import page_needs_table_finding, pdf_date, read_pdf
from scrutiny.ingest.pdf_blocks import is_page_number
from scrutiny.ingest.pdf_layout import join_pair, words_to_line
from tests.docs import make_pdf

CORPUS = Path(__file__).resolve().parents[1] / "samples"
PLAN = CORPUS / "001_c01749a460b4695c.pdf"
REPORT = CORPUS / "004_5b78c666c7dc23dc.pdf"
DELIVERY_HEADER = ("Ref", "Plan commitment", "Supporting activity", "Progress update", "Oversight mechanism")


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pdfs")


def read(maker, directory: Path):
    return read_pdf(maker(directory))


def assert_spans(doc) -> None:
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text


def texts(doc, kind: str) -> list[str]:
    return [b.text for b in doc.blocks if b.kind == kind]


@pytest.fixture(scope="module")
def plan():
    if not PLAN.exists():
        pytest.skip("sample corpus not present")
    return read_pdf(PLAN)


@pytest.fixture(scope="module")
def report():
    if not REPORT.exists():
        pytest.skip("sample corpus not present")
    return read_pdf(REPORT)


# Tables


def test_table_spanning_pages_is_a_table_block_on_each_page(docs):
    doc = read(make_pdf.make_table_pdf, docs)
    assert doc.pages == 3
    assert [t.page for t in doc.tables] == [1, 2, 3]
    for table in doc.tables:
        assert table.rows[0] == tuple(make_pdf.TABLE_HEADER)
        assert all(len(row) == 4 for row in table.rows)
    data_rows = [row for t in doc.tables for row in t.rows[1:]]
    assert [row[0] for row in data_rows] == [f"A{i}" for i in range(1, 101)]
    assert data_rows[0] == ("A1", "Prepare briefing note 1 for members", "Officer 1", "2 May")
    assert_spans(doc)


def test_table_words_are_not_repeated_as_paragraphs(docs):
    doc = read(make_pdf.make_table_pdf, docs)
    prose = " ".join(b.text for b in doc.blocks if b.kind != "table")
    assert "briefing note" not in prose
    assert "Officer" not in prose
    assert texts(doc, "paragraph") == [
        "The actions agreed at the meeting are listed below.",
        "Progress on these actions will be reported to the next meeting.",
    ]


def test_blocks_keep_vertical_order_around_tables(docs):
    doc = read(make_pdf.make_table_pdf, docs)
    assert [(b.kind, b.page) for b in doc.blocks] == [
        ("paragraph", 1), ("table", 1), ("table", 2), ("table", 3), ("paragraph", 3),
    ]


def test_table_cell_rejoins_word_hyphenated_at_cell_line_end(docs):
    doc = read(make_pdf.make_table_pdf, docs)
    assert doc.tables[0].rows[3][1] == "Review the reorganisation of item 3"


def test_side_by_side_names_and_roles_become_a_table(docs):
    doc = read(make_pdf.make_attendance_pdf, docs)
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "table", "list_item"]
    assert doc.tables[0].rows == (
        ("Cllr A Smith (Chair)", "Example County Council"),
        ("Mrs B Jones", "Independent Member"),
        ("Mr C Patel", "Chief Finance Officer, OPCC"),
        ("Ms D Brown", "Head of Community Safety and Partnerships, Example District Council"),
    )
    assert doc.blocks[3].text.startswith("1. Apologies were received from Cllr E Green.")


def test_page_needs_table_finding_only_where_rules_are_drawn(docs):
    with pdfplumber.open(make_pdf.make_table_pdf(docs)) as pdf:
        assert page_needs_table_finding(pdf.pages[0])
    with pdfplumber.open(make_pdf.make_running_pdf(docs)) as pdf:
        assert not page_needs_table_finding(pdf.pages[0])


# Running headers and footers


def test_running_header_footer_and_page_numbers_are_dropped(docs):
    doc = read(make_pdf.make_running_pdf, docs)
    assert "Audit Committee" not in doc.text
    assert "Example Borough Council" not in doc.text
    assert "Page" not in doc.text
    assert [(b.kind, b.page) for b in doc.blocks] == [("paragraph", p) for p in (1, 1, 2, 2, 3, 3, 4, 4)]
    assert doc.blocks[0].text.startswith("The report on housing repairs was presented")
    assert_spans(doc)


@pytest.mark.parametrize("text", ["3", "Page 3", "Page 3 of 20", "- 3 -", "– 12 –", "3/20", "iv"])
def test_is_page_number(text):
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["3 members attended", "Page three", "2024 Annual Report"])
def test_is_not_page_number(text):
    assert not is_page_number(text)


# Hyphenation


def test_words_hyphenated_across_lines_are_joined(docs):
    doc = read(make_pdf.make_hyphen_pdf, docs)
    assert texts(doc, "paragraph") == [
        "The committee considered the report on the organisation of services and the "
        "cross-border arrangements agreed for 2016-17. Members asked for a staff "
        "well-being update at the next meeting."
    ]


@pytest.mark.parametrize(("left", "right", "joined"), [
    ("the organi-", "sation", "the organisation"),
    ("a cross-", "border issue", "a cross-border issue"),
    ("the anti-social-", "behaviour", "the anti-social-behaviour"),
    ("in 2016-", "17", "in 2016-17"),
    ("the Anglo-", "Welsh border", "the Anglo-Welsh border"),
    ("by e-", "mail", "by e-mail"),
    ("the chair -", "who agreed", "the chair - who agreed"),
    ("January–", "March", "January–March"),
    ("organi\u00ad", "sation", "organisation"),
    ("the end.", "Next", "the end. Next"),
])
def test_join_pair(left, right, joined):
    assert join_pair(left, right) == joined


# Headings and lists


def test_headings_by_size_and_weight(docs):
    doc = read(make_pdf.make_headings_pdf, docs)
    assert [(b.text, b.level) for b in doc.headings] == [
        ("Annual Governance Statement", 1),
        ("Scope of responsibility", 2),
        ("Key issues", 3),
        ("Review of effectiveness", 2),
    ]
    assert [b.kind for b in doc.blocks] == ["heading", "heading", "paragraph", "heading",
                                            "paragraph", "heading", "paragraph"]


def test_title_falls_back_to_first_top_level_heading(docs):
    # reportlab writes the placeholder Title "untitled" when none is set
    doc = read(make_pdf.make_headings_pdf, docs)
    assert doc.title == "Annual Governance Statement"


def test_title_and_date_from_metadata(docs):
    doc = read(make_pdf.make_table_pdf, docs)
    assert doc.title == "Action log"
    assert doc.file_date == doc.metadata["created"]
    assert len(doc.file_date) == 10 and doc.file_date[4] == "-"


def test_bullets_with_wrapped_items_stay_one_block(docs):
    doc = read(make_pdf.make_bullets_pdf, docs)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "The panel agreed to:"),
        ("list_item", "note the report;"),
        ("list_item", "ask the chief executive to report back on the waiting times for the housing "
                      "service, including the figures for each district and the steps taken to reduce them;"),
        ("list_item", "publish the minutes."),
        ("paragraph", "The following decisions were recorded:"),
        ("list_item", "1. The budget was approved without amendment."),
        ("list_item", "2. The fees and charges schedule was deferred until the next meeting so that "
                      "the consultation responses could be considered."),
        ("paragraph", "The meeting closed at 8.15pm."),
    ]
    assert_spans(doc)


def test_dash_bullets_without_hanging_indent_and_dash_inside_a_sentence(docs):
    doc = read(make_pdf.make_flush_bullets_pdf, docs)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Members raised the following points:"),
        ("list_item", "the timetable for the review of the community safety partnership arrangements was too short;"),
        ("list_item", "the budget should be published."),
        ("paragraph", "The chair thanked officers for the report and the panel agreed the – revised – timetable."),
        ("paragraph", "Next meeting: 9 April 2024."),
    ]


@pytest.mark.parametrize(("first", "marker", "text"), [
    ("(cid:127)", "bullet", "Reduce crime"),
    ("•", "bullet", "Reduce crime"),
    ("\uf0b7", "bullet", "Reduce crime"),
    ("–", "dash", "Reduce crime"),
    ("6.", "number", "6. Reduce crime"),
])
def test_line_markers(first, marker, text):
    words = [{"text": t, "x0": 10.0 * i, "x1": 10.0 * i + 8, "top": 0.0, "bottom": 10.0,
              "size": 10.0, "fontname": "Helvetica"} for i, t in enumerate([first, "Reduce", "crime"])]
    line = words_to_line(words)
    assert (line.marker, line.text) == (marker, text)


def test_two_columns_are_read_left_then_right(docs):
    doc = read(make_pdf.make_two_column_pdf, docs)
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "paragraph"]
    assert doc.blocks[1].text.startswith("Left column line 1 about parks. Left column line 2")
    assert "Right" not in doc.blocks[1].text
    assert doc.blocks[2].text.endswith("Right column line 8 about roads.")


# Unreadable files


def test_scanned_pdf_raises_no_text_layer(docs):
    with pytest.raises(NoTextLayer) as e:
        read_pdf(make_pdf.make_scanned_pdf(docs))
    assert str(e.value) == "scanned PDF with no text layer (2 pages; OCR needed)"


def test_partly_scanned_pdf_reads_the_text_and_warns(docs):
    doc = read_pdf(make_pdf.make_scanned_pdf(docs, typed_first_page=True))
    assert [(b.kind, b.text, b.page) for b in doc.blocks] == [
        ("paragraph", "Appendix B: signed minutes (scanned).", 1),
    ]
    assert doc.pages == 3
    assert doc.warnings == ("no text layer on page(s) 2, 3 (images only; OCR needed)",)


def test_scanned_pdf_is_an_unreadable_document(docs):
    with pytest.raises(UnreadableDocument):
        read_document(make_pdf.make_scanned_pdf(docs))


def test_encrypted_pdf_error(docs):
    with pytest.raises(UnreadableDocument) as e:
        read_pdf(make_pdf.make_encrypted_pdf(docs))
    assert str(e.value) == "encrypted PDF (password required)"


def test_truncated_pdf_error(docs):
    path = make_pdf.make_running_pdf(docs)
    data = path.read_bytes()
    with pytest.raises(UnreadableDocument) as e:
        read_pdf(path, data[: len(data) // 2])
    assert str(e.value) == "corrupt PDF: unexpected end of file (truncated?)"
    assert type(e.value) is UnreadableDocument


def test_random_bytes_error():
    with pytest.raises(UnreadableDocument) as e:
        read_pdf(Path("noise.pdf"), os.urandom(4096).replace(b"%PDF-", b"xxxxx"))
    assert str(e.value) == "corrupt PDF: no %PDF header"


def test_random_bytes_after_pdf_header_error():
    with pytest.raises(UnreadableDocument) as e:
        read_pdf(Path("noise.pdf"), b"%PDF-1.7\n" + bytes(range(256)) * 16)
    assert str(e.value) == "corrupt PDF: no document catalogue (/Root)"


def test_pdf_without_pages_error():
    data = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    with pytest.raises(UnreadableDocument) as e:
        read_pdf(Path("empty.pdf"), data)
    assert str(e.value) == "corrupt PDF: no pages"


# Reading from bytes and through the registry


def test_bytes_and_path_give_the_same_document(docs):
    path = make_pdf.make_bullets_pdf(docs)
    assert read_pdf(path, path.read_bytes()) == read_pdf(path)


def test_read_document_uses_pdf_reader(docs):
    doc = read_document(make_pdf.make_hyphen_pdf(docs))
    assert (doc.format, doc.name, doc.pages) == ("pdf", "hyphen", 1)


@pytest.mark.parametrize(("value", "iso"), [
    ("D:20240312101500+00'00'", "2024-03-12"),
    ("D:2024", "2024-01-01"),
    ("D:20241399", None),
    (None, None),
])
def test_pdf_date(value, iso):
    assert pdf_date(value) == iso


# The sample corpus


def test_report_delivery_plan_tables(report):
    delivery = [t for t in report.tables if t.rows[0] == DELIVERY_HEADER]
    assert len(delivery) >= 15
    assert {t.page for t in delivery} >= set(range(5, 19))
    assert delivery[0].rows[1][0] == "1.1"
    assert_spans(report)


def test_report_glossary_table(report):
    glossary = [t for t in report.tables if t.rows[0] == ("NAME", "PURPOSE", "MEETS")]
    assert [t.page for t in glossary] == [19, 20]
    assert glossary[0].rows[1] == ("Alliance Governance Group", glossary[0].rows[1][1], "Bi-monthly")


def test_report_numbered_paragraph_on_page_two(report):
    block = next(b for b in report.blocks if b.text.startswith("8. Body worn video the PCC has signed off"))
    assert block.kind in ("paragraph", "list_item")
    assert block.page == 2


def test_report_drops_running_footer_and_keeps_table_text_out_of_prose(report):
    assert "Panel – 19 June 2017 1" not in report.text
    prose = " ".join(b.text for b in report.blocks if b.kind != "table")
    assert "Oversight mechanism" not in prose
    assert "Alliance Governance Group" not in prose


def test_plan_headings_lists_and_footer(plan):
    headings = {b.text for b in plan.headings}
    assert {"Foreword", "Cutting crime", "Deliver safer town centres and businesses"} <= headings
    assert "I will:" in [b.text for b in plan.blocks if b.kind != "heading"]
    assert "West Mercia Safer Communities Plan 3" not in plan.text
    assert "(cid:" not in plan.text
    pledge = next(b for b in plan.blocks if b.text.startswith("Ensure policing in our town centres"))
    assert pledge.kind == "list_item"
    assert pledge.page == 5
    assert pledge.text.endswith("a greater amount of policing will be visible in communities.")
    assert plan.title == "West Mercia Safer Communities Plan"
    assert_spans(plan)


def test_plan_heading_levels_follow_size_rank(plan):
    level = {b.text: b.level for b in plan.headings}
    assert level["Foreword"] == 1
    assert level["Tackle organised crime"] == 2
    assert level["Deliver safer town centres and businesses"] == 3
