"""What headings say: a theme or objective title as the document would write it.

Headings arrive numbered ("Priority 1: Cutting crime"), shouting ("PUTTING
VICTIMS AND SURVIVORS FIRST"), carried over a page ("Cutting crime (continued)")
or framing the paper ("Appendix 2"). Themes are
written as the plan's own titles, so an ALL-CAPS heading takes the casing the
document gives the same words elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
_MARKER = (r"(?:our\s+)?(?:strategic\s+|key\s+)?"
           r"(?:priority|objective|theme|aim|outcome|section|part|pillar|ambition|goal)")
_NUMBERING = re.compile(
    rf"^(?:{_MARKER}\s*(?:[A-Z0-9]{{1,3}}|{_NUMBER_WORD})\s*[:.\-–—]\s*"
    rf"|{_MARKER}\s+(?:\d{{1,2}}|{_NUMBER_WORD})\s+(?=\w)"  # "Priority 2 Protecting vulnerable people"
    r"|\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=[A-Za-z]))", re.I)
# A heading run together with the title or banner above it: "Police and Crime Plan 2025-29 Priority 1: Cutting crime".
_INNER_NUMBERING = re.compile(r"^.{1,80}?\s(?=(?i:strategic\s+)?(?i:priority|theme)\s+\d{1,2}\s*[:\-–—]\s*\w)")
# "Protecting vulnerable people (continued)": a table or section carried over to the next page.
_CONT = r"(?:continued|cont(?:['’]?d)?\.?)"
_CONTINUED = re.compile(rf"\s*(?:[(\[]\s*{_CONT}\s*[)\]]|[-–—:,]\s*{_CONT}|\s(?:continued|cont['’]d|contd\.?))"
                        rf"\s*$|^{_CONT}\s*[:\-–—]\s*", re.I)
_GENERIC = re.compile(r"^(?:appendix|annex|schedule|glossary|contents|foreword|introduction|part\s+[a-z0-9]+$)\b"
                      r"|\b(?:delivery|action|monitoring)\s+(?:plan|report|update)\b", re.I)


class DocumentCasing:
    """How the document writes its words, to give an ALL-CAPS heading its ordinary form."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def _forms(self) -> dict[str, Counter]:
        forms: dict[str, Counter] = {}
        for word in re.findall(r"[A-Za-z][A-Za-z']*", self.text):
            if not word.isupper() or len(word) == 1:
                forms.setdefault(word.lower(), Counter())[word] += 1
        return forms

    @cached_property
    def word_counts(self) -> Counter:
        return Counter(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z']+", self.text))

    def recase(self, caps: str) -> str:
        """The document's own writing of an ALL-CAPS phrase, else sentence case keeping proper nouns."""
        pattern = r"\s+".join(re.escape(w) for w in caps.split())
        for match in re.finditer(pattern, self.text, re.I):
            if not match.group(0).isupper():
                return " ".join(match.group(0).split())
        words = caps.split()
        out = []
        for i, word in enumerate(words):
            forms = self._forms.get(word.lower()) or self._forms.get(re.sub(r"'s$", "", word.lower()))
            if not forms:
                out.append(word if len(word) <= 4 else word.capitalize() if i == 0 else word.lower())
                continue
            lower = sum(n for w, n in forms.items() if w.islower())
            capital = sum(n for w, n in forms.items() if w[:1].isupper())
            out.append(word.capitalize() if i == 0 or capital > lower else word.lower())
        return " ".join(out)


def tidy_title(text: str, casing: DocumentCasing) -> str:
    """A heading as a theme or objective: no numbering, no trailing colon, not shouting."""
    text = " ".join(text.split()).strip().rstrip(":").strip()
    text = _CONTINUED.sub("", text).strip().rstrip(":").strip() or text
    text = _INNER_NUMBERING.sub("", text)
    stripped = _NUMBERING.sub("", text).strip()
    text = stripped or text
    letters = re.sub(r"[^A-Za-z]", "", text)
    return casing.recase(text) if len(letters) > 3 and letters.isupper() else text


def without_continued(text: str) -> str:
    """A sub-heading without its "(continued)" mark."""
    return _CONTINUED.sub("", text).strip() or text


def is_generic_heading(text: str) -> bool:
    """Headings that frame a paper rather than name a priority ("Appendix 2", "Delivery Plan Extract")."""
    return bool(_GENERIC.search(text.strip()))
