"""Document type from structure and wording, keeping the cues that fired.

Each cue is a (doc_type, weight, name, test) rule over a small view of the
document: its title, its first blocks and some counts. The type with the
highest total wins; ``evidence`` lists the cues, so a wrong call can be read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..ingest.model import Document

DOC_TYPES = ("minutes", "terms_of_reference", "plan", "report", "web_page", "other")


@dataclass(frozen=True)
class DocumentView:
    """What the classifier looks at."""

    title: str
    head: str  # text of the first blocks, lower-cased
    text: str  # whole text, lower-cased
    format: str
    n_blocks: int
    n_tables: int

    @classmethod
    def of(cls, doc: Document, head_blocks: int = 25) -> "DocumentView":
        head = " \n".join(b.text for b in doc.blocks[:head_blocks]).lower()
        return cls((doc.title or "").lower(), head, doc.text.lower(), doc.format, len(doc.blocks), len(doc.tables))


def _count(pattern: str, text: str) -> int:
    return len(re.findall(pattern, text))


_PLEDGE = r"\b(?:i|we) will\b"
_REPORT_TITLE = r"\b(report|update|monitoring|progress)\b"
_COVER_LABEL = (r"^\s*(report (?:to|of|by|from)|author|from|to|subject|recommendations?|purpose of (?:the )?report"
                r"|classification|contact officer|date of (?:meeting|report))\s*[:\t|]")
_MINUTES_TITLE = r"\b(minutes|notes of (?:the )?meeting|meeting notes|action notes|holding to account)\b"

CUES = [
    ("terms_of_reference", 6, "title says terms of reference", lambda v: "terms of reference" in v.title),
    ("terms_of_reference", 5, "opens with terms of reference", lambda v: "terms of reference" in v.head[:300]),
    ("terms_of_reference", 2, "quorum or membership sections",
     lambda v: bool(re.search(r"\bquorum|\bquorate\b|^members(hip)?\s*:|\bmembership\b", v.text, re.M))),
    ("terms_of_reference", 2, "purpose and frequency labels",
     lambda v: bool(re.search(r"\bpurpose\b", v.head)) and bool(re.search(r"\bfrequency\b|\bmeets?\b", v.head))),
    ("minutes", 5, "title says minutes or notes", lambda v: bool(re.search(_MINUTES_TITLE, v.title))),
    ("minutes", 3, "opens with minutes wording",
     lambda v: bool(re.search(r"\bminutes of\b|\bnotes of\b|\bmeeting held\b", v.head[:600]))),
    ("minutes", 3, "attendance list",
     lambda v: bool(re.search(r"^\s*(present|apologies|in attendance|attendees|also present)\b\s*:?", v.head, re.M))),
    ("minutes", 2, "chair and venue or minute-taker labels",
     lambda v: bool(re.search(r"^\s*chair\s*:", v.head, re.M))
     and bool(re.search(r"^\s*(venue|minutes|location|minute taker|notes)\s*:", v.head, re.M))),
    ("minutes", 2, "items and speakers",
     lambda v: _count(r"\b(?:asked|added|highlighted|confirmed|outlined|reported|commented)\b", v.text) >= 8),
    ("minutes", 2, "next meeting", lambda v: bool(re.search(r"\b(date of )?next meeting\b", v.text))),
    ("plan", 5, "title says plan or strategy",
     lambda v: bool(re.search(r"\b(plan|strategy)\b", v.title)) and not re.search(_REPORT_TITLE, v.title)
     and "minutes" not in v.title),
    ("plan", 3, "pledges", lambda v: _count(_PLEDGE, v.text) >= 8),
    ("plan", 2, "foreword and priorities",
     lambda v: "foreword" in v.text[:4000] and bool(re.search(r"\bpriorit", v.text[:6000]))),
    ("report", 5, "title says report or update", lambda v: bool(re.search(_REPORT_TITLE, v.title))),
    ("report", 4, "cover block (report to / author / recommendation)",
     lambda v: len(set(re.findall(_COVER_LABEL, v.head[:1500], re.M))) >= 2),
    ("report", 3, "recommendations to a panel or board",
     lambda v: bool(re.search(r"\brecommendations?\b", v.head))
     and bool(re.search(r"\b(panel|board|committee|members)\b", v.head))),
    ("report", 2, "implications sections", lambda v: _count(r"\bimplications\b", v.text) >= 2),
    ("report", 1, "appendices", lambda v: bool(re.search(r"\bappendix\b", v.text))),
    ("web_page", 2, "an HTML page", lambda v: v.format == "html"),
]

MIN_SCORE = 3


def classify_document(doc: Document) -> tuple[str, tuple[str, ...]]:
    """The document's type and the cues that fired, as ``"type: cue"`` strings."""
    view = DocumentView.of(doc)
    scores = {t: 0 for t in DOC_TYPES}
    fired = []
    for doc_type, weight, name, test in CUES:
        if test(view):
            scores[doc_type] += weight
            fired.append(f"{doc_type}: {name} (+{weight})")
    best = max(scores, key=lambda t: (scores[t], -DOC_TYPES.index(t)))
    # With no strong cue, a page of HTML or plain text (which is mostly text saved from
    # the web) is a web page; a PDF or Word file is "other".
    loose = doc.format in ("html", "text", "markdown")
    if scores[best] < MIN_SCORE:
        best = "web_page" if loose else "other"
        fired.append(f"{best}: no strong cue, {doc.format} file")
    elif best == "web_page" and not loose:
        best = "other"
    return best, tuple(fired)
