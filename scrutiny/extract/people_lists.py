"""Lists of people as papers write them inline: "Cllr A Smith (Chair), Mr B Jones – Clerk;
Councillors Baxter, Gill and Shaw", or one person a line joined back by a PDF reader.
:func:`parse_people` splits such a list into people, each with their role and organisation.
"""

from __future__ import annotations

import re

from .people import PersonEntry, clean_name, is_honorific, is_title, looks_like_name, parse_person, split_title

HONORIFIC_START = re.compile(
    r"\s+(?:(?:and|&)\s+)?(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\.?\s)")


def split_outside(text: str, sep: str) -> list[str]:
    """Split at sep where it is not inside brackets."""
    parts, depth, start = [], 0, 0
    i = 0
    while i < len(text):
        ch = text[i]
        depth += (ch == "(") - (ch == ")")
        if depth <= 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            start = i = i + len(sep)
            continue
        i += 1
    return parts + [text[start:]]


def _split_parts(text: str) -> list[str]:
    """Split a list of people at ';' or ',' (outside brackets), then at honorifics or 'and'."""
    out = []
    for part in (p.strip(" .") for p in split_outside(text, ";" if ";" in text else ",")):
        if not part:
            continue
        pieces = HONORIFIC_START.split(part)
        if len(pieces) > 1 and all(parse_person(p) for p in pieces):
            out.extend(pieces)
            continue
        pieces = [p.strip() for p in split_outside(part, " and ")]
        heads = [re.split(r"\s*(?:\(|\t|\s[–—-]\s|:)", p, maxsplit=1)[0] for p in pieces]
        if len(pieces) > 1 and all(reads_as_name(h) for h in heads):
            out.extend(pieces)
        else:
            out.append(part)
    return out


def reads_as_name(text: str) -> bool:
    titles, _ = split_title(text.strip())
    return looks_like_name(clean_name(text), titled=bool(titles))


def _run_on(text: str) -> list[str]:
    """Split "A Bee – Role, Org C Dee – Role" or "A Bee (AB) Role C Dee (CD) Role" (one person a
    line, the lines joined by a PDF reader) before each name."""
    marks = list(re.finditer(r"\s[–—]\s|\s\([A-Z]{2,5}\)(?=\s|,|$)", text))
    cuts = []
    for m in marks[1:]:
        toks = list(re.finditer(r"\S+", text[:m.start()]))
        k = len(toks) - 2
        if k < 1:
            continue
        if is_title(toks[k - 1].group()) and k > 1:  # "Cllr", "Supt", "DCC"; a full "Superintendent" ends a role
            k -= 1
        if reads_as_name(text[toks[k].start():m.start()]):
            cuts.append(toks[k].start())
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip(" ,;") for a, b in zip(bounds, bounds[1:])]


def parse_people(text: str) -> list[PersonEntry]:
    """Every person of an inline list; role and organisation parts join the person before them.

    "Councillors Baxter, Gill and Shaw" titles every surname in the list.
    """
    plural = re.match(r"^\s*(?:Councillors|Cllrs\.?)\s+", text)
    if plural:
        parts = [q.strip() for p in split_outside(text[plural.end():], ",") for q in split_outside(p, " and ")]
        text = ", ".join(p if is_honorific(p.split()[0]) else "Cllr " + p for p in parts if p)
    pieces = _run_on(text)  # "Name – Role, Org" entries: commas belong to an entry
    if len(pieces) > 1 and all(parse_person(p) for p in pieces):
        return [parse_person(p) for p in pieces]
    groups: list[str] = []
    for part in _split_parts(text):
        head = re.split(r"\s*(?:\(|\t|\s[–—-]\s|:|,)", part, maxsplit=1)[0]
        if reads_as_name(head) or (parse_person(part) and not groups):
            groups.append(part)
        elif groups:
            groups[-1] += ", " + part
    return [p for p in map(parse_person, groups) if p]
