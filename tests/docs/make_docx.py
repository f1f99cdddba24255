"""Test Word documents: each ``make_*`` writes one file into a directory and returns
its path. The wording is invented; the layouts copy what council and partnership
papers do (Word's automatic minute numbers, a label | content terms of reference
table with bulleted cells and merged cells).
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

MINUTE_LIST = 90  # ids for the numbering defined here, clear of the template's own
RESTARTED_LIST = 91

ABSTRACT_NUM = f"""
<w:abstractNum {nsdecls('w')} w:abstractNumId="{MINUTE_LIST}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%4)"/></w:lvl>
</w:abstractNum>
"""
NUMS = f"""
<w:num {nsdecls('w')} w:numId="{MINUTE_LIST}"><w:abstractNumId w:val="{MINUTE_LIST}"/></w:num>
<w:num {nsdecls('w')} w:numId="{RESTARTED_LIST}"><w:abstractNumId w:val="{MINUTE_LIST}"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
"""

MINUTES = [  # (level, text): Word shows the numbers; the text holds none
    (0, "Welcome and apologies"),
    (0, "Minutes of the previous meeting"),
    (1, "Matters arising"),
    (1, "Action log"),
    (2, "Open actions were reviewed"),
    (3, "Street lighting survey"),
    (2, "Closed actions were noted"),
    (0, "Any other business"),
]
MEMBERS = ["Cllr A Smith (Chair)", "Director of Public Health", "Chief Inspector, Local Policing"]


def _define_numbering(document) -> None:
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    abstract = parse_xml(ABSTRACT_NUM)
    if first_num is not None:
        first_num.addprevious(abstract)  # the schema wants every abstractNum before any num
    else:
        numbering.append(abstract)
    for num in parse_xml(f"<w:x {nsdecls('w')}>{NUMS}</w:x>"):
        numbering.append(num)


def _numbered(document, text: str, num_id: int, level: int) -> None:
    paragraph = document.add_paragraph(text)
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def make_minutes_docx(directory: Path) -> Path:
    """Minutes: title, heading styles, a bold lead-in, bullets, Word-numbered minutes, a ToR table."""
    path = Path(directory) / "partnership_minutes.docx"
    document = Document()
    _define_numbering(document)
    document.core_properties.title = "Safer Neighbourhoods Partnership Board"
    document.core_properties.author = "Partnership Support Officer"
    document.core_properties.modified = datetime(2024, 12, 12, 9, 30, tzinfo=timezone.utc)
    document.core_properties.created = datetime(2024, 12, 10, 9, 30, tzinfo=timezone.utc)

    document.add_heading("Safer Neighbourhoods Partnership Board", level=1)
    document.add_paragraph("Minutes of the meeting held on Tuesday 10 December 2024 at 10.00 am.")
    document.add_paragraph().add_run("Present").bold = True
    for member in MEMBERS:
        document.add_paragraph(member, style="List Bullet")
    document.add_heading("Minutes", level=2)
    for level, text in MINUTES:
        _numbered(document, text, MINUTE_LIST, level)
    document.add_paragraph("The Board agreed the recommendations.")
    _numbered(document, "Recommendation restarted at one", RESTARTED_LIST, 0)
    document.add_paragraph("Review the terms of reference", style="List Number")
    document.add_heading("Terms of reference", level=2)
    _terms_table(document)
    document.add_paragraph("Date of next meeting: 11 March 2025")
    document.save(path)
    return path


def _terms_table(document) -> None:
    """A label | content table: a bulleted cell, a vertical merge and a full-width merged row."""
    table = document.add_table(rows=6, cols=2)
    table.style = "Table Grid"
    labels = ["Purpose:", "Members:", "Frequency:", "", "Reporting:", "Document control"]
    for row, label in zip(table.rows, labels):
        row.cells[0].text = label
    table.cell(0, 1).text = "To reduce crime and the fear of crime across the district."
    members = table.cell(1, 1)
    members.paragraphs[0].text = MEMBERS[0]
    members.paragraphs[0].style = "List Bullet"
    for member in MEMBERS[1:]:
        members.add_paragraph(member, style="List Bullet")
    table.cell(2, 1).text = "Quarterly"
    table.cell(3, 1).text = "Extraordinary meetings as required"
    table.cell(2, 0).merge(table.cell(3, 0))  # "Frequency:" spans two rows
    table.cell(4, 1).text = "To the Health and Wellbeing Board"
    table.cell(5, 0).merge(table.cell(5, 1))  # a heading row across the table


def make_not_a_zip(directory: Path) -> Path:
    """A .docx that is plain text."""
    path = Path(directory) / "not_really.docx"
    path.write_bytes(b"Minutes of the meeting, saved as text with the wrong name.\n")
    return path


def make_zip_without_document(directory: Path) -> Path:
    """A zip archive named .docx holding no word/document.xml."""
    path = Path(directory) / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "Agenda and papers")
    return path


def make_zip_bomb(directory: Path, megabytes: int = 300) -> Path:
    """A .docx whose document.xml is `megabytes` of zeros: tiny on disk, huge unpacked."""
    path = Path(directory) / "bomb.docx"
    chunk = b"\0" * 2**20
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(chunk)
    return path


def make_docx_without_numbering(directory: Path) -> Path:
    """A Word file with no numbering.xml or styles.xml, as some converters write."""
    source = make_minutes_docx(Path(directory))
    path = Path(directory) / "plain_converter.docx"
    dropped = ("word/numbering.xml", "word/styles.xml", "word/stylesWithEffects.xml")
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as archive:
        for member in original.infolist():
            if member.filename in dropped:
                continue
            data = original.read(member)
            if member.filename == "word/_rels/document.xml.rels":
                data = re.sub(rb'<Relationship [^>]*Target="(?:numbering|styles|stylesWithEffects)\.xml"/>', b"", data)
            archive.writestr(member, data)
    return path
