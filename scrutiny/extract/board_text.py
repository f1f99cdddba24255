"""Words about boards: names, abbreviations, and the chair/parent/status phrases.

Shared by the table and prose readers (``board_tables.py``, ``board_prose.py``).
Everything here is a pure function of text.
"""

from __future__ import annotations

import re

from .dates import find_dates

# The nouns a board's name ends with. "Council", "Commission", "Trust" and "Executive"
# are left out: they name organisations or posts far more often than meetings.
BOARD_NOUN = re.compile(
    r"^(?:board|group|panel|partnership|committee|sub-committee|subcommittee|forum|network|"
    r"taskforce|task-force|assembly|consortium)$",  # singular: "Linked boards" is a list, not a name
    re.I,
)
CONNECTORS = {"of", "and", "for", "the", "&", "on", "in", "to", "at"}
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[A-Za-z0-9][\w’'&/.-]*|&")
_POSTS = {"member", "chair", "chairman", "chairperson", "head", "representative", "officer", "director",
          "leader", "lead", "clerk", "secretary"}
_ABBR_DEF = re.compile(r"\(([A-Z][A-Za-z&]{1,11})\)")
_FOOTNOTE = re.compile(r"[\s*#†‡^]+$")
_POSSESSIVE = re.compile(r"^[A-Z][\w\s&.]*[’']s$")  # "PCC’s", "Police and Crime Commissioner's"


def words(text: str) -> list[str]:
    return _WORD.findall(text or "")


def tokens(text: str) -> list[str]:
    """Lower-cased alphanumeric tokens, the way names are compared."""
    return re.findall(r"[a-z0-9]+", (text or "").lower().replace("’", "'").replace("'s ", " "))


def clean_name(text: str) -> str:
    """A board's name as written, without footnote marks, bullets or a leading "The"."""
    text = " ".join((text or "").split())
    text = _FOOTNOTE.sub("", text).strip(" .,:;-–")
    return re.sub(r"^the\s+", "", text, flags=re.I)


def is_board_name(text: str, max_words: int = 10) -> bool:
    """True for a capitalised phrase ending in a board noun: "Crime Reduction Board"."""
    name = re.sub(r"\s*\([A-Z][A-Za-z&]{1,11}\)\s*$", "", clean_name(text))
    ws = words(name)
    if not 2 <= len(ws) <= max_words or not ws[0][:1].isupper():
        return False
    if not BOARD_NOUN.match(ws[-1].strip("’'")) or ws[-2].lower() in CONNECTORS:
        return False  # "Members of the Panel" names people of a board, not a board
    if ws[0].lower().rstrip("s") in _POSTS:
        return False
    significant = [w for w in ws if w.lower() not in CONNECTORS]
    return all(w[:1].isupper() or w[:1].isdigit() for w in significant)


def name_key(name: str) -> str:
    """Names folded for comparison: case, punctuation, a leading "The" and a possessive owner."""
    name = clean_name(name)
    parts = re.split(r"\s+[-–—]\s+|[–—]", name)
    if len(parts) > 1 and _POSSESSIVE.match(parts[0].strip()):
        name = parts[-1]
    return " ".join(tokens(name))


def initials(ws: list[str]) -> str:
    """Initials of the significant words; a word in capitals gives all its letters ("HM"), a
    hyphenated one each capitalised part's ("Anti-Social" → "AS", "Co-ordinating" → "C")."""
    out = []
    for w in ws:
        w = w.strip("’'.,")
        if not w or w.lower() in CONNECTORS:
            continue
        if w.isupper() and len(w) <= 4:
            out.append(w)
        else:
            out.append(w[0].upper() + "".join(p[0] for p in w.split("-")[1:] if p[:1].isupper()))
    return "".join(out)


def split_abbreviation(name: str) -> tuple[str, str | None]:
    """("Joint Audit Committee", "JAC") from "Joint Audit Committee (JAC)"; other brackets stay in the name."""
    m = re.fullmatch(r"(?P<name>.*\S)\s*\((?P<abbr>[A-Z][A-Za-z&]{1,11})\)", name)
    if m and initials(words(m.group("name")))[-len(m.group("abbr").replace("&", "")):] == \
            m.group("abbr").replace("&", "").upper():
        return m.group("name"), m.group("abbr")
    return name, None


def find_abbreviations(text: str) -> dict[str, str]:
    """Abbreviations the text defines, "Crown Prosecution Service (CPS)" → {"CPS": "Crown Prosecution Service"}."""
    found: dict[str, str] = {}
    for m in _ABBR_DEF.finditer(text):
        abbr = m.group(1)
        if sum(c.isupper() for c in abbr) < 2:
            continue
        before = words(text[max(0, m.start() - 160):m.start()])
        target = abbr.replace("&", "").upper()
        for k in range(1, min(len(before), 14) + 1):
            tail = before[-k:]
            if tail[0].lower() in CONNECTORS:
                continue
            if initials(tail) == target:
                found.setdefault(abbr, " ".join(tail).strip("’'.,"))
                break
    return found


def abbreviation_for(name: str, defined: dict[str, str], own_text: str = "") -> str | None:
    """The abbreviation of a board: defined for (the end of) its name, or its initials used in its own text."""
    key = [t for t in tokens(name) if t not in CONNECTORS]
    best = None
    for abbr, expansion in defined.items():
        exp = [t for t in tokens(expansion) if t not in CONNECTORS]
        if len(exp) >= 2 and key[-len(exp):] == exp and (best is None or len(exp) > best[0]):
            best = (len(exp), abbr)
    if best:
        return best[1]
    ws = words(name)
    candidates = {initials(ws), initials(ws[:-1]) if len(ws) > 2 else ""}
    for m in re.finditer(r"\b[A-Z]{2,10}\b", own_text or ""):
        if m.group(0) in candidates and len(m.group(0)) >= 2:
            return m.group(0)
    return None


def resolve_abbreviation(text: str | None, defined: dict[str, str], boards: dict[str, str]) -> str | None:
    """A board referred to by abbreviation, as its full name: a board of the document first."""
    if not text or not re.fullmatch(r"[A-Z][A-Za-z&]{1,11}", text):
        return text
    return boards.get(text) or defined.get(text) or text


# --- phrases in descriptions ----------------------------------------------------

def drop_copula(clause: str) -> str:
    """"is the Commissioner's main forum…" → "the Commissioner's main forum…": a purpose as gold writes it."""
    return re.sub(r"^(?:is|are)\s+(?=(?:the|a|an)\s)", "", clause)


def subject_mention(text: str) -> tuple[str, str] | None:
    """(name, rest) when a sentence opens with a board's name: "The PCC’s Crime Reduction Board brings…"."""
    toks = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    i = 1 if toks and toks[0][0].lower() in ("the", "this") else 0
    last = None  # the last board noun of the opening run of capitalised words
    for j in range(i, min(len(toks), i + 14)):
        bare = toks[j][0].rstrip(",.;:")
        if not (bare[:1].isupper() or bare.lower() in CONNECTORS or bare[:1].isdigit()):
            break
        if BOARD_NOUN.match(bare.strip("’'")) and j > i:
            last = j
        if bare != toks[j][0]:
            break  # punctuation ends the name
    if last is None:
        return None
    run = toks[i:last + 1]
    if re.search(r"[’']s$", run[0][0]) and len(run) > 2:
        run = run[1:]  # "PCC’s Victims’ Board": the owner is not part of the name
    name = text[run[0][1]:run[-1][2]].rstrip(",.;:")
    rest = re.sub(r"^\([A-Z][A-Za-z&]{1,11}\)\s*", "", text[toks[last][2]:].strip())
    rest = re.sub(r"^,\s+[^,]{3,80},\s+(?=[a-z])", "", rest)  # "…Board (LCJB), chaired by the PCC, brings…"
    return (name, rest) if is_board_name(name) and rest[:1].islower() else None



# A capitalised word; a full stop belongs to it only inside ("H.M.") or after an initial or a
# title ("A.", "Dr."), so the run stops at the end of a sentence ("…, Local Policing. The Vice Chair").
_CAP_WORD = r"(?:(?:Mr|Mrs|Ms|Dr|Cllr|St|Supt|Insp|Sgt|Prof)\.|[A-Z](?:[\w’'&/-]|\.(?=\w))*(?:(?<=\b[A-Z])\.)?)"
_NAME_RUN = (rf"(?:the\s+)?(?P<x>{_CAP_WORD}(?:,?\s+(?:(?:of|and|for|the|&|on|in|to)\s+)*{_CAP_WORD})*)")
_CHAIRED_BY = re.compile(r"\b(?i:(?:co-)?chaired\s+(?:jointly\s+)?by)\s+" + _NAME_RUN)
_CHAIR_LABEL = re.compile(r"^\s*(?i:(?:the\s+)?(?:co-|joint\s+)?chair(?:man|person)?\s*(?:is|will be|:))\s+"
                          + _NAME_RUN)
_PARENT = re.compile(
    r"\b(?i:(?:a\s+|the\s+)?(?:sub[- ]?(?:group|committee|board|panel)s?\s+of|"
    r"(?:reports?|reporting|accountable|answerable)\s+(?:in)?to))\s+" + _NAME_RUN)
_STATUS = re.compile(
    r"\b(?:was|were|has been|have been|is|will be)\s+(?P<verb>dissolved|disbanded|abolished|wound up|closed|"
    r"stood down|discontinued|replaced|merged|established|formed|set up|created|launched)\b", re.I)
_STATUS_SUBJECT = re.compile(
    r"\b(?:board|group|panel|partnership|committee|forum|network|alliance|collaboration|meetings?|it|this)\b", re.I)
_TRAILING = re.compile(r"(?:,?\s+(?:and|or|with|who|which|that))+$")


def _name_run(m: re.Match | None) -> str | None:
    if not m:
        return None
    return _TRAILING.sub("", m.group("x")).strip(" ,.;:") or None


def chair_from(text: str) -> tuple[str, int, int] | None:
    """(chair, start, end) from "chaired by the Police and Crime Commissioner" or "The Chair is …"."""
    m = _CHAIRED_BY.search(text) or _CHAIR_LABEL.search(text)
    name = _name_run(m)
    return (name, m.start("x"), m.start("x") + len(name)) if name else None


def parent_from(text: str) -> str | None:
    """The board named in "a sub group of the LCJB" or "Reports to the Strategic Diversity Group"."""
    return _name_run(_PARENT.search(text))


def status_from(text: str) -> str | None:
    """"was dissolved on March 30th 2020" → "dissolved 2020-03-30" (the year alone when no day is given)."""
    m = _STATUS.search(text)
    if not m or m.group("verb").lower() in ("established", "formed", "set up", "created", "launched"):
        return None
    if not _STATUS_SUBJECT.search(text[:m.start()]):
        return None  # "the old strategy was replaced": not the board
    verb = m.group("verb").lower()
    after = text[m.end():m.end() + 40]
    dates = find_dates(after)
    if dates and dates[0][3]:
        return f"{verb} {dates[0][0]}"
    year = re.match(r"\s+(?:in|on|from|during)\s+(?:\w+\s+)?((?:19|20)\d\d)\b", after)
    return f"{verb} {year.group(1)}" if year else verb
