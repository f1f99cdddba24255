"""The document record: type, title, date and issuing body of a paper."""

from __future__ import annotations

import re
from dataclasses import replace

from ..ingest.model import Block, Document
from .classify import classify_document
from .dates import find_dates
from .records import DocumentRecord, Meeting, Record

HEAD_BLOCKS = 15
# "Date: 3 March", "Date agreed | 3 April 2025" (a table row), "Meeting date – …"
_DATE_LABEL = re.compile(r"^\s*(?:(?:meeting |report |issue )?date(?: of (?:meeting|report|issue))?)\s*[:\t|–-]", re.I)
_HELD = re.compile(r"\b(?:held|meeting)\b[^.]{0,80}?\bon\b", re.I)
# A terms of reference is dated by its approval, never by its review.
_AGREED_LABEL = re.compile(r"^\s*(?:date (?:agreed|approved|adopted|ratified)|(?:approval|adoption|effective) date"
                           r"|approved|agreed|adopted)\s*[:\t|–-]", re.I)
_AGREED_PROSE = re.compile(r"\b(?:agreed|approved|adopted|ratified)\b(?: by [^.]{0,60}?)? on\b", re.I)
_TITLE_LABEL = re.compile(r"\b(?:title|subject|report title)\s*:\s*(?P<title>.{6,300})$", re.I)
_CELL_SEPARATOR = re.compile(r"\t|\s+\|\s+")
_PREVIOUS = re.compile(r"\b(previous|last) meeting\b|\bminutes of the meeting held\b.*\bapproved\b", re.I)


def _lines(blocks: list[Block]):
    """Lines of text blocks; each cell of a table row or of a "Version 1 | Date approved: …" line,
    and the line itself ("Date | 3 April")."""
    for block in blocks:
        for line in block.text.split("\n"):
            yield from (cell for cell in _CELL_SEPARATOR.split(line) if cell != line)
            yield line


def _default_year(doc: Document) -> int | None:
    title_years = re.findall(r"\b(20\d\d)\b", doc.title or "")
    if title_years:
        return int(title_years[0])
    for block in doc.blocks:
        for iso, _, _, had_year in find_dates(block.text):
            if had_year:
                return int(iso[:4])
    return None


def _first_date(lines, year: int | None, pattern: re.Pattern) -> str | None:
    for line in lines:
        m = pattern.search(line)
        if m and not _PREVIOUS.search(line):
            found = find_dates(line[m.start():], year)
            if found:
                return found[0][0]
    return None


def document_date(doc: Document, doc_type: str) -> str | None:
    """The date a paper is of: its meeting or report date, or a terms of reference's approval."""
    head = list(doc.blocks[:HEAD_BLOCKS])
    year = _default_year(doc)
    if doc_type == "terms_of_reference":
        return _first_date(_lines(head), year, _AGREED_LABEL) or _first_date(_lines(head), year, _AGREED_PROSE)
    if doc_type not in ("minutes", "report"):
        return None
    if doc.title and find_dates(doc.title):
        return find_dates(doc.title)[0][0]
    return (_first_date(_lines(head), year, _DATE_LABEL) or _first_date(_lines(head), year, _HELD)
            or _first_date(_lines(head[:6]), year, re.compile(r"^")))


def document_title(doc: Document) -> str | None:
    """A 'Title:'/'Subject:' line in the opening blocks, else the reader's title."""
    for block in doc.blocks[:8]:
        m = _TITLE_LABEL.search(block.text)
        if m:
            return m.group("title").strip()
    return doc.title


def extract_document_record(doc: Document) -> DocumentRecord:
    doc_type, evidence = classify_document(doc)
    return DocumentRecord(doc=doc.name, page=None, span=None, doc_type=doc_type, title=document_title(doc),
                          date=document_date(doc, doc_type), organisation=None, pages=doc.pages,
                          evidence=evidence)


def complete_document_record(records: list[Record]) -> list[Record]:
    """Give the document record what later components found: the meeting's date and body."""
    doc = next((r for r in records if isinstance(r, DocumentRecord)), None)
    meeting = next((r for r in records if isinstance(r, Meeting)), None)
    if doc is None or meeting is None or doc.doc_type not in ("minutes", "report"):
        return records
    better = replace(doc, date=meeting.date or doc.date, organisation=doc.organisation or meeting.body)
    return [better if r is doc else r for r in records]
