import time
from pathlib import Path

import pytest

from scrutiny.errors import UnreadableDocument
from scrutiny.ingest import read_document
from scrutiny.ingest.text import read_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not available")

MARKDOWN = """\
# Community Safety Partnership

Minutes of the meeting held on
Tuesday 10 December 2024.

## Present

- Cllr A Smith (Chair)
* Jane Doe – Head of Community Safety
  deputising for the Director
• Sam Patel (SP)
1. Apologies were received.
2) Minutes **agreed**.

| Ref | Action | Owner |
|-----|:------:|-------|
| 1/24 | Circulate __draft__ plan | JD |

Decisions
=========

Some *emphasis*, a [link](https://council.example/report) and <u>underlined</u> text.

---

### **Any other business**
"""

PLAIN = """\
MINUTES OF THE POLICE AND CRIME PANEL

Date: 14/11/24 Time: 14:00pm

Present
Cllr A Smith (Chair)
Mrs B Jones
Mr C Patel

  • Jane Doe – Chief Executive, OPCC
  · Sam Patel (SP) Head of Finance
    and Resources

Apologies

Members noted the apologies received from the Deputy Chief Constable and the Head of Estates.

Name\tRole\tOrganisation
Jane Doe\tChief Finance Officer\tCounty Council

Sam Patel\tClerk\tBorough Council

The Panel considered the report of the Commissioner on the proposed precept for
the coming year and the medium term financial plan. Members asked about the use
of reserves and the Chief Finance Officer explained the position in some detail.

# Actions

ACTION: JD to circulate the report by 31 March.

2. Date of next meeting

Friday 14 March
"""


def blocks(doc):
    return [(b.kind, b.text, b.level) for b in doc.blocks]


def assert_spans(doc):
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text


def test_read_text_markdown_structure(tmp_path):
    path = tmp_path / "minutes.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = read_text(path)
    assert doc.format == "markdown"
    assert doc.name == "minutes"
    assert blocks(doc) == [
        ("heading", "Community Safety Partnership", 1),
        ("paragraph", "Minutes of the meeting held on Tuesday 10 December 2024.", None),
        ("heading", "Present", 2),
        ("list_item", "Cllr A Smith (Chair)", None),
        ("list_item", "Jane Doe – Head of Community Safety deputising for the Director", None),
        ("list_item", "Sam Patel (SP)", None),
        ("list_item", "1. Apologies were received.", None),
        ("list_item", "2) Minutes agreed.", None),
        ("table", "Ref\tAction\tOwner\n1/24\tCirculate draft plan\tJD", None),
        ("heading", "Decisions", 1),
        ("paragraph", "Some emphasis, a link and underlined text.", None),
        ("heading", "Any other business", 3),
    ]
    assert doc.title == "Community Safety Partnership"
    assert doc.metadata == {"encoding": "utf-8"}
    assert_spans(doc)


def test_read_text_plain_structure(tmp_path):
    path = tmp_path / "panel.txt"
    path.write_text(PLAIN, encoding="utf-8")
    doc = read_text(path)
    assert doc.format == "text"
    assert blocks(doc) == [
        ("heading", "MINUTES OF THE POLICE AND CRIME PANEL", 2),
        ("paragraph", "Date: 14/11/24 Time: 14:00pm", None),
        ("paragraph", "Present", None),
        ("paragraph", "Cllr A Smith (Chair)", None),  # one person a line stays apart
        ("paragraph", "Mrs B Jones", None),
        ("paragraph", "Mr C Patel", None),
        ("list_item", "Jane Doe – Chief Executive, OPCC", None),
        ("list_item", "Sam Patel (SP) Head of Finance and Resources", None),
        ("heading", "Apologies", 2),
        ("paragraph", "Members noted the apologies received from the Deputy Chief Constable and the Head of Estates.",
         None),
        ("table", "Name\tRole\tOrganisation\nJane Doe\tChief Finance Officer\tCounty Council\n"
                  "Sam Patel\tClerk\tBorough Council", None),
        ("paragraph", "The Panel considered the report of the Commissioner on the proposed precept for the coming "
                      "year and the medium term financial plan. Members asked about the use of reserves and the "
                      "Chief Finance Officer explained the position in some detail.", None),
        ("heading", "Actions", 1),
        ("paragraph", "ACTION: JD to circulate the report by 31 March.", None),
        ("heading", "2. Date of next meeting", 2),  # a numbered lone line is an item heading
        ("paragraph", "Friday 14 March", None),  # nothing follows: not a heading
    ]
    assert doc.title == "MINUTES OF THE POLICE AND CRIME PANEL"
    assert_spans(doc)


def test_read_text_title_falls_back_to_first_line(tmp_path):
    doc = read_text(tmp_path / "notes.txt", ("x" * 300 + ".\n\nSecond paragraph.").encode())
    assert doc.title == "x" * 200
    assert doc.headings == []


def test_read_text_cp1252_with_warning(tmp_path):
    data = "Precept rises by £12 – “agreed” by the Panel.".encode("cp1252")
    doc = read_text(tmp_path / "budget.txt", data)
    assert doc.blocks[0].text == "Precept rises by £12 – “agreed” by the Panel."
    assert doc.warnings == ("decoded as cp1252: not valid UTF-8",)
    assert doc.metadata == {"encoding": "cp1252"}


def test_read_text_utf8_bom_and_utf16(tmp_path):
    assert read_text(tmp_path / "a.txt", "\ufeffAgenda item one.".encode("utf-8")).text == "Agenda item one."
    assert read_text(tmp_path / "b.txt", "Agenda item two.".encode("utf-16")).text == "Agenda item two."


def test_read_text_binary_error(tmp_path):
    with pytest.raises(UnreadableDocument) as error:
        read_text(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe" * 50)
    assert str(error.value) == "not a text file (binary content)"


def test_read_text_nul_bytes_error_even_when_valid_utf8(tmp_path):
    with pytest.raises(UnreadableDocument) as error:
        read_text(tmp_path / "zeros.txt", b"Minutes\x00\x00\x00\x00" * 100)
    assert str(error.value) == "not a text file (binary content)"


def test_read_text_whitespace_only_error(tmp_path):
    with pytest.raises(UnreadableDocument) as error:
        read_text(tmp_path / "blank.md", b" \n\n\t\r\n")
    assert str(error.value) == "no text in the file (empty or whitespace only)"


@pytest.mark.parametrize("unit", ["word ", "**a** <b>x</b> *y* [l](u) __z__ ", "**x", "<u", "[a]("])
def test_read_text_long_single_line_is_linear(tmp_path, unit):
    data = (unit * (5_000_000 // len(unit))).encode()
    started = time.perf_counter()
    doc = read_text(tmp_path / "long.md", data)
    assert time.perf_counter() - started < 15
    assert len(doc.blocks) == 1 and len(doc.text) > 1_000_000


def test_read_text_through_read_document(tmp_path):
    path = tmp_path / "agenda.markdown"
    path.write_text("# Agenda\n\n1. Welcome\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "markdown"
    assert blocks(doc) == [("heading", "Agenda", 1), ("list_item", "1. Welcome", None)]


@needs_seeds
def test_read_text_seed_minutes_attendees_and_items():
    doc = read_document(SEEDS / "002_f57b6ddea2dea553.txt")
    assert "Skip to main content" not in doc.text
    attendees = [b.text for b in doc.blocks[:12] if b.kind == "list_item"]
    assert len(attendees) == 6
    assert attendees[0] == "John Campion, Police and Crime Commissioner (PCC)"
    assert ("heading", "1. Outstanding Matters/ Matters arising", 2) in blocks(doc)
    assert_spans(doc)


@needs_seeds
def test_read_text_seed_plan_markdown_headings():
    doc = read_document(SEEDS / "001_c01749a460b4695c.txt")
    assert ("heading", "Deliver safer town centres and businesses", 3) in blocks(doc)
    assert doc.title == "West Mercia Safer Communities Plan"
    assert "**" not in doc.text
    assert sum(b.kind == "list_item" for b in doc.blocks) > 50


@needs_seeds
def test_read_text_seed_report_tab_tables():
    doc = read_document(SEEDS / "004_5b78c666c7dc23dc.txt")
    assert doc.tables[0].rows[0][0] == "MONTH"
    assert doc.tables[0].rows[1][:2] == ("Dec", "Joint Policing Panel (SI)")
    assert any(t.rows[0][:2] == ("Ref", "Plan commitment") for t in doc.tables)
    assert "<u>" not in doc.text
    assert ("heading", "Financial Implications", 2) in blocks(doc)
    assert_spans(doc)


@needs_seeds
def test_read_text_seed_terms_of_reference_lists():
    doc = read_document(SEEDS / "003_76dc0b55ebc94c68.txt")
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert "DPCC - Chair" in items
    assert "OPCC – Admin Support" in items
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].text == "MEETING TERMS OF REFERENCE"
