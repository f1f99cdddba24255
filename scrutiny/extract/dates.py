"""Dates as UK governance papers write them, normalised to ISO.

A regex finds candidates ("Tuesday 28th February 2023", "14/11/24",
"March 30th 2020", "28 Feb"); dateparser turns a full candidate into a date.
A candidate without a year is completed from a year the caller supplies
(taken from the document's context), never guessed from today.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DAYNAME = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))"

DATE_PATTERN = re.compile(
    rf"\b{_DAYNAME}(?:"
    rf"(?P<d1>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m1>{_MONTHS})\.?{_YEAR}?"  # 28th February 2023
    rf"|(?P<m2>{_MONTHS})\.?\s+(?P<d2>\d{{1,2}}){_ORD}(?:,?\s+(?P<year2>(?:19|20)\d\d))?"  # March 30th 2020
    rf"|(?P<d3>\d{{1,2}})[/.](?P<m3>\d{{1,2}})[/.](?P<y3>\d{{4}}|\d{{2}})"  # 14/11/24
    rf"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d)"
    rf")\b",
    re.IGNORECASE,
)
MONTH_YEAR = re.compile(rf"\b(?P<m>{_MONTHS})\.?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")

_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}


@lru_cache(maxsize=4096)
def _parse(text: str) -> str | None:
    import dateparser  # slow import, needed only when a document has dates

    try:
        parsed = dateparser.parse(text, languages=["en"], settings=_SETTINGS)
    except (ValueError, OverflowError):
        return None
    return parsed.date().isoformat() if parsed else None


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def match_to_iso(m: re.Match, default_year: int | None = None) -> str | None:
    """Turn one DATE_PATTERN match into an ISO date, completing a missing year."""
    if m.group("iso"):
        y, mo, d = map(int, m.group("iso").split("-"))
        return _valid(y, mo, d)
    if m.group("d3"):
        y = int(m.group("y3"))
        y = y + 2000 if y < 100 else y
        return _valid(y, int(m.group("m3")), int(m.group("d3")))
    day = m.group("d1") or m.group("d2")
    month = m.group("m1") or m.group("m2")
    year = m.group("year") or m.group("year2") or (str(default_year) if default_year else None)
    if not year:
        return None
    return _parse(f"{int(day)} {month[:3]} {year}")


def find_dates(text: str, default_year: int | None = None) -> list[tuple[str, int, int, bool]]:
    """Every date in the text: (iso, start, end, had_year)."""
    out = []
    for m in DATE_PATTERN.finditer(text):
        iso = match_to_iso(m, default_year)
        if iso:
            had_year = bool(m.group("iso") or m.group("d3") or m.group("year") or m.group("year2"))
            out.append((iso, m.start(), m.end(), had_year))
    return out


def parse_date(text: str, default_year: int | None = None) -> str | None:
    """The first date in the text as ISO, or None."""
    found = find_dates(text, default_year)
    return found[0][0] if found else None


def years_in(text: str) -> list[int]:
    return [int(y) for y in YEAR.findall(text)]
