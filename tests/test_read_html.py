from pathlib import Path

import pytest

from scrutiny.errors import UnreadableDocument
from scrutiny.ingest import read_document
from scrutiny.ingest.html import read_html, to_iso_date
from tests.docs.make_html import (
    FURNITURE_TEXT,
    make_binary_page,
    make_boilerplate_page,
    make_cp1252_page,
    make_deeply_nested_page,
    make_empty_page,
    make_mislabelled_page,
    make_page_without_main,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = Path(__file__).resolve().parents[1] / "samples"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="sample corpus not available")


def kinds_and_texts(doc):
    return [(b.kind, b.text) for b in doc.blocks]


def assert_spans(doc):
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text


def test_read_html_keeps_main_content_in_order(tmp_path):
    doc = read_html(make_boilerplate_page(tmp_path))
    assert doc.format == "html"
    assert doc.name == "csp_board_2024_06"
    assert kinds_and_texts(doc) == [
        ("heading", "Community Safety Partnership Board – 4 June 2024"),
        ("paragraph", "Date: Tuesday 4 June 2024, 10.00am"),
        ("paragraph", "Held at the Civic Centre, Committee Room 2. Chaired by the Cabinet Member for Communities."),
        ("heading", "Present"),
        ("list_item", "Cllr A Smith (Chair)"),
        ("list_item", "Jane Doe – Head of Community Safety"),
        ("list_item", "deputising for the Director"),
        ("list_item", "left at 11.00am"),
        ("list_item", "Sam Patel, Police Inspector"),
        ("paragraph", "Minutes are subject to approval at the next meeting."),
        ("heading", "1. Action log"),
        ("paragraph", "Open actions"),
        ("table", doc.tables[0].text),
        ("paragraph", "Next meeting: 3 September 2024"),
        ("paragraph", "Apologies:"),
        ("list_item", "Cllr B Jones"),
        ("list_item", "Mr C Khan"),
    ]
    assert [b.level for b in doc.headings] == [1, 2, 3]
    assert_spans(doc)


def test_read_html_drops_site_furniture(tmp_path):
    doc = read_html(make_boilerplate_page(tmp_path))
    for text in FURNITURE_TEXT:
        assert text not in doc.text, text


def test_read_html_table_pads_spans(tmp_path):
    table = read_html(make_boilerplate_page(tmp_path)).tables[0]
    assert table.rows == (
        ("Ref", "Action", "Owner", "Status"),
        ("12/24", "Circulate the draft plan", "JD", "Open"),
        ("13/24", "Report back on CCTV", "SP", ""),
        ("Theme: Violence against women and girls", "", "", "New"),
    )


def test_read_html_title_date_and_metadata(tmp_path):
    doc = read_html(make_boilerplate_page(tmp_path))
    assert doc.title == "Community Safety Partnership Board – 4 June 2024"
    assert doc.file_date == "2024-06-18"
    assert doc.pages is None
    assert doc.metadata == {
        "html_title": "Community Safety Partnership Board – 4 June 2024 | Borough Council",
        "h1": "Community Safety Partnership Board – 4 June 2024",
        "lang": "en-GB",
        "canonical_url": "https://council.example/csp/board-2024-06",
    }


def test_read_html_without_main_reads_body(tmp_path):
    doc = read_html(make_page_without_main(tmp_path))
    assert kinds_and_texts(doc) == [
        ("heading", "Parish Council – notes of the meeting"),
        ("paragraph", "Councillors present: Cllr D Evans, Cllr F Green"),
        ("paragraph", "PLAY AREA – Village Green The Council agreed to repair the fence."),
        ("paragraph", "The Clerk will obtain three quotes."),
        ("paragraph", "Layout cell paragraph one."),
        ("paragraph", "Layout cell paragraph two."),
    ]
    assert doc.headings[0].level == 2
    assert "Home" not in doc.text and "supplier" not in doc.text
    assert doc.title == "Parish council meeting notes"  # no h1: the <title>
    assert doc.file_date == "2024-03-12"  # DC.date in UK day/month order
    assert_spans(doc)


def test_read_html_uses_declared_charset(tmp_path):
    doc = read_html(make_cp1252_page(tmp_path))
    assert doc.blocks[1].text == "The “precept” rises by £12.50 – agreed."
    assert doc.warnings == ()


def test_read_html_falls_back_to_cp1252_with_warning(tmp_path):
    doc = read_html(make_mislabelled_page(tmp_path))
    assert doc.blocks[0].text == "Café licence – £200"
    assert doc.warnings == ("decoded as cp1252: not valid UTF-8",)


def test_read_html_survives_deep_nesting(tmp_path):
    doc = read_html(make_deeply_nested_page(tmp_path, depth=10_000))
    assert kinds_and_texts(doc) == [("paragraph", "Deep paragraph.")]


def test_read_html_empty_page_error(tmp_path):
    with pytest.raises(UnreadableDocument) as error:
        read_html(make_empty_page(tmp_path))
    assert str(error.value) == "no text in the HTML page"


def test_read_html_whitespace_bytes_error(tmp_path):
    with pytest.raises(UnreadableDocument) as error:
        read_html(tmp_path / "blank.html", b"  \n\t ")
    assert str(error.value) == "no text in the HTML page"


def test_read_html_binary_error(tmp_path):
    with pytest.raises(UnreadableDocument) as error:
        read_html(make_binary_page(tmp_path))
    assert str(error.value) == "not an HTML page (binary content)"


def test_read_html_accepts_bytes_without_file(tmp_path):
    data = b"<html><body><article><h2>Item 4</h2><p>Noted.</p></article></body></html>"
    doc = read_html(tmp_path / "never_written.html", data)
    assert kinds_and_texts(doc) == [("heading", "Item 4"), ("paragraph", "Noted.")]
    assert doc.title is None


def test_read_html_furniture_words_match_whole_words(tmp_path):
    data = (b"<html><body><main><div class='navigator-report'><p>Kept: navigator is not nav.</p></div>"
            b"<div class='headerless'><p>Kept too.</p></div><div class='site-nav'><p>Dropped.</p></div>"
            b"</main></body></html>")
    doc = read_html(tmp_path / "words.html", data)
    assert [b.text for b in doc.blocks] == ["Kept: navigator is not nav.", "Kept too."]


def test_read_html_ignores_content_class_inside_furniture(tmp_path):
    data = (b"<html><body><div class='cookie-banner'><div class='content'>We use cookies.</div></div>"
            b"<div class='content'><h1>Board meeting</h1><p>Agenda published.</p></div></body></html>")
    doc = read_html(tmp_path / "cookie.html", data)
    assert [(b.kind, b.text) for b in doc.blocks] == [("heading", "Board meeting"), ("paragraph", "Agenda published.")]


@pytest.mark.parametrize("value, expected", [
    ("2024-06-18T09:15:00+01:00", "2024-06-18"),
    ("12/03/2024", "2024-03-12"),
    ("Tue, 04 Jun 2024 10:00:00 GMT", "2024-06-04"),
    ("4 June 2024", "2024-06-04"),
    ("2024-13-45", None),
    ("soon", None),
])
def test_to_iso_date(value, expected):
    assert to_iso_date(value) == expected


@needs_corpus
def test_read_html_sample_partnership_page():
    doc = read_document(CORPUS / "000_3329f4f2004010b9.html")
    for text in ("Skip to main content", "Accessibility Settings", "We use cookies", "Hindlip Hall",
                 "About the Commissioner", "Related", "Safer Communities Plan"):
        assert text not in doc.text, text
    assert not any(b.text == "Home" or b.text.startswith("Home ") for b in doc.blocks)
    assert doc.title == "Partnership meetings"
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].level == 1
    assert [b.text for b in doc.headings if b.level == 2] == [
        "West Mercia Local Criminal Justice Board", "West Mercia Victims Board",
        "Crime Reduction Board", "Policing Alliance and How it’s Governed"]
    assert sum(b.kind == "list_item" for b in doc.blocks) == 8
    assert_spans(doc)


@needs_corpus
def test_read_html_sample_minutes_page():
    doc = read_document(CORPUS / "002_f57b6ddea2dea553.html")
    assert "Skip to main content" not in doc.text and "We use cookies" not in doc.text
    attendees = [b for b in doc.blocks[:12] if b.kind == "list_item"]
    assert len(attendees) == 6
    assert attendees[0].text == "John Campion, Police and Crime Commissioner (PCC)"
    headings = [(b.text, b.level) for b in doc.headings]
    assert ("1. Outstanding Matters/ Matters arising", 3) in headings
    assert doc.blocks[1].text == "Date: Tuesday 28th February, 14:00pm"
    assert doc.metadata["html_title"].endswith("| West Mercia PCC")
    assert_spans(doc)
