import io
import zipfile
from pathlib import Path

import pytest

from scrutiny.errors import UnreadableDocument
from scrutiny.ingest import read_document
from scrutiny.ingest.docx import format_number, read_docx
from tests.docs.make_docx import (
    MEMBERS,
    make_docx_without_numbering,
    make_minutes_docx,
    make_not_a_zip,
    make_zip_bomb,
    make_zip_without_document,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = Path(__file__).resolve().parents[1] / "samples"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="sample corpus not available")


@pytest.fixture
def minutes(tmp_path):
    return read_docx(make_minutes_docx(tmp_path))


def test_read_docx_headings_from_styles(minutes):
    assert [(b.text, b.level) for b in minutes.headings] == [
        ("Safer Neighbourhoods Partnership Board", 1),
        ("Present", 3),  # a short paragraph that is bold throughout
        ("Minutes", 2),
        ("Terms of reference", 2),
    ]


def test_read_docx_bullets_are_list_items_without_glyphs(minutes):
    texts = [b.text for b in minutes.blocks]
    start = texts.index("Present") + 1
    assert [(b.kind, b.text) for b in minutes.blocks[start:start + 3]] == [("list_item", m) for m in MEMBERS]


def test_read_docx_rebuilds_word_numbering(minutes):
    items = [b.text for b in minutes.blocks if b.kind == "list_item"][len(MEMBERS):]
    assert items == [
        "1. Welcome and apologies",
        "2. Minutes of the previous meeting",
        "2.1 Matters arising",
        "2.2 Action log",
        "a) Open actions were reviewed",
        "(i) Street lighting survey",
        "b) Closed actions were noted",
        "3. Any other business",
        "1. Recommendation restarted at one",  # a num instance with startOverride
        "1. Review the terms of reference",  # numbering from the List Number style
    ]


def test_read_docx_keeps_body_order(minutes):
    kinds = [b.kind for b in minutes.blocks]
    assert kinds.index("table") == len(kinds) - 2
    assert minutes.blocks[-1].text == "Date of next meeting: 11 March 2025"
    assert minutes.blocks[1].text == "Minutes of the meeting held on Tuesday 10 December 2024 at 10.00 am."


def test_read_docx_label_content_table(minutes):
    assert minutes.tables[0].rows == (
        ("Purpose:", "To reduce crime and the fear of crime across the district."),
        ("Members:", " ".join(MEMBERS)),
        ("Frequency:", "Quarterly"),
        ("", "Extraordinary meetings as required"),
        ("Reporting:", "To the Health and Wellbeing Board"),
        ("Document control", ""),
    )


def test_read_docx_merged_cells_appear_once(minutes):
    assert minutes.text.count("Frequency:") == 1
    assert minutes.text.count("Document control") == 1


def test_read_docx_metadata_keeps_cell_lines(minutes):
    (table,) = minutes.metadata["tables"]
    assert table[1] == [["Members:"], MEMBERS]
    assert table[3] == [[], ["Extraordinary meetings as required"]]
    assert len(table) == len(minutes.tables[0].rows)


def test_read_docx_title_date_and_spans(minutes):
    assert minutes.format == "docx"
    assert minutes.name == "partnership_minutes"
    assert minutes.title == "Safer Neighbourhoods Partnership Board"
    assert minutes.file_date == "2024-12-12"
    assert minutes.pages is None
    assert minutes.metadata["author"] == "Partnership Support Officer"
    for block in minutes.blocks:
        assert minutes.text[block.start:block.end] == block.text


def test_read_docx_through_read_document(tmp_path):
    doc = read_document(make_minutes_docx(tmp_path))
    assert doc.format == "docx" and doc.tables


def test_read_docx_without_numbering_or_styles_parts(tmp_path):
    doc = read_docx(make_docx_without_numbering(tmp_path))
    assert [(b.text, b.level) for b in doc.headings][:2] == [("Safer Neighbourhoods Partnership Board", 1), ("Present", 3)]
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert items[:4] == MEMBERS + ["Welcome and apologies"]  # the numbers went with numbering.xml


def test_read_docx_not_a_zip_error(tmp_path):
    with pytest.raises(UnreadableDocument) as error:
        read_docx(make_not_a_zip(tmp_path))
    assert str(error.value) == "not a Word document: File is not a zip file"


def test_read_docx_missing_document_xml_error(tmp_path):
    with pytest.raises(UnreadableDocument) as error:
        read_docx(make_zip_without_document(tmp_path))
    assert str(error.value) == "not a Word document: no word/document.xml in the archive"


def test_read_docx_broken_package_error(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(UnreadableDocument) as error:
        read_docx(tmp_path / "broken.docx", buffer.getvalue())
    assert str(error.value) == "not a Word document: There is no item named '[Content_Types].xml' in the archive"


def test_read_docx_refuses_zip_bomb(tmp_path):
    with pytest.raises(UnreadableDocument) as error:
        read_docx(make_zip_bomb(tmp_path, megabytes=300))
    assert str(error.value) == "refusing to open: archive expands to 300 MB"


@pytest.mark.parametrize("n, fmt, expected", [
    (3, "decimal", "3"), (2, "lowerLetter", "b"), (27, "upperLetter", "AA"),
    (4, "lowerRoman", "iv"), (14, "upperRoman", "XIV"), (7, "decimalZero", "07"), (22, "ordinal", "22nd"),
])
def test_format_number(n, fmt, expected):
    assert format_number(n, fmt) == expected


@needs_corpus
def test_read_docx_sample_terms_of_reference():
    doc = read_document(CORPUS / "003_76dc0b55ebc94c68.docx")
    (table,) = doc.tables
    labels = [row[0] for row in table.rows]
    assert {"Meeting:", "Members:", "Chair:", "Frequency:"} <= set(labels)
    assert table.rows[labels.index("Frequency:")][1] == "Quarterly"
    (cells,) = doc.metadata["tables"]
    members = cells[labels.index("Members:")][1]
    assert len(members) == 14
    assert members[1] == "DPCC - Chair"
    assert doc.title == "MEETING TERMS OF REFERENCE"
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text
