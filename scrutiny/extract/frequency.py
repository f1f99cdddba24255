"""How often a board meets, normalised to the contract's words.

``normalise_frequency`` reads a label value ("Quarterly", "Minimum bi monthly",
"3 per annum"); ``find_frequency`` finds a frequency in prose, only next to a
meeting verb ("They met on a monthly basis", "meets every six weeks"), so an
"annual report" or "monthly figures" is not taken for one.
"""

from __future__ import annotations

import re

_PER = r"(?:a|per|each|every|an)"
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

# Checked as one alternation: the leftmost match wins, and at one position the
# first group listed, so "six monthly" is bi-annual and "bi monthly" not monthly.
_NORMALISED = (
    ("bi-monthly", rf"bi[- ]?monthly|two[- ]monthly|every\s+(?:two|2|other|second)\s+months?|"
                   rf"(?:six|6)\s+times\s+{_PER}\s+(?:year|annum)"),
    ("bi-annual", rf"bi[- ]?annual(?:ly)?|semi[- ]annual(?:ly)?|twice[- ](?:{_PER}\s+)?(?:year|annum)|"
                  rf"twice[- ]yearly|six[- ]monthly|half[- ]yearly|every\s+(?:six|6)\s+months"),
    ("quarterly", rf"quarterly|three[- ]monthly|every\s+(?:three|3)\s+months|(?:four|4)\s+times\s+{_PER}\s+"
                  rf"(?:year|annum)|"
                  rf"once\s+{_PER}\s+quarter"),
    ("monthly", rf"monthly|every\s+month|once\s+{_PER}\s+month|(?:twelve|12)\s+times\s+{_PER}\s+(?:year|annum)"),
    ("weekly", rf"weekly|every\s+week|once\s+{_PER}\s+week"),
    ("annual", rf"annual(?:ly)?|yearly|once\s+{_PER}\s+year|every\s+year"),
    ("ad hoc", r"ad[- ]?hoc|as\s+and\s+when\s+(?:required|needed|necessary)|as\s+(?:required|needed|necessary)"),
)
# Frequencies the contract has no word for: kept as written.
_AS_WRITTEN = (
    rf"(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+of\s+|up\s+to\s+)?{_NUM}\s+times\s+{_PER}\s+(?:year|annum|month)"
    rf"|{_NUM}\s+(?:per|a)\s+(?:annum|year)"
    rf"|every\s+{_NUM}\s+(?:weeks|months)"
    rf"|{_NUM}[- ]weekly|bi[- ]?weekly|fortnightly|termly"
)

FREQUENCY = re.compile(
    r"\b(?:" + "|".join(f"(?P<f{i}>{p})" for i, (_, p) in enumerate(_NORMALISED))
    + rf"|(?P<written>{_AS_WRITTEN}))\b",
    re.IGNORECASE,
)
_MEETING_VERB = re.compile(r"\b(?:meets?|met|meeting|meetings|convene[sd]?|held|sits?)\b", re.I)
_NOT_A_FREQUENCY = re.compile(
    r"^(?:under review|tbc|tba|tbd|n/?a|none|not applicable|unknown|to be (?:confirmed|agreed|decided))\b", re.I)
_PROSE_WINDOW = 40  # characters between a meeting verb and its frequency


def _value(m: re.Match) -> str:
    for i, (word, _) in enumerate(_NORMALISED):
        if m.group(f"f{i}"):
            return word
    return " ".join(m.group("written").split())


def normalise_frequency(text: str | None) -> str | None:
    """A label's value as a contract frequency, as written when none fits, None when empty."""
    text = " ".join((text or "").split()).strip(" .;:")
    if not text or _NOT_A_FREQUENCY.match(text):
        return None
    m = FREQUENCY.search(text)
    if m:
        return _value(m)
    return text if len(text.split()) <= 6 else None


def find_frequency(sentence: str) -> tuple[str, int, int] | None:
    """(frequency, start, end) of a meeting frequency stated in a sentence, or None."""
    for m in FREQUENCY.finditer(sentence):
        before = sentence[max(0, m.start() - _PROSE_WINDOW):m.start()]
        after = sentence[m.end():m.end() + _PROSE_WINDOW]
        if _MEETING_VERB.search(before) or _MEETING_VERB.match(after.strip()) or re.match(r"\s*basis\b", after):
            return _value(m), m.start(), m.end()
    return None
