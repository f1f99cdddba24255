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
    r"taskforce|task-force|assembly|consortium|cell)$",  # singular: "Linked boards" is a list, not a name
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


def resolve_abbreviation(text: str | None, defined: dict[str, str], boards: dict[str, str],
                         names: tuple[str, ...] = (), document_text: str = "") -> str | None:
    """A board referred to by abbreviation, as its full name: a board of the document first (by its
    abbreviation, then by its initials), then a definition in the text, then a board named in the text."""
    if not text or not re.fullmatch(r"[A-Z][A-Za-z&]{1,11}", text):
        return text
    if text in boards:
        return boards[text]
    target = text.replace("&", "").upper()
    for name in names:
        ws = words(name)
        if initials(ws) == target or (len(ws) > 2 and initials(ws[1:]) == target):
            return name  # "Serious Violence Group" for "SVG", "Southmoor Serious Violence Group" too
    if text in defined:
        return _widened(defined[text], text, document_text)
    return _glossary_expansion(text, document_text) or _named_in_text(target, document_text) or text


_LEADING = {"the", "this", "a", "an", "in", "at", "our", "its", "their", "his", "her", "by", "with", "from", "and"}
_CAP_RUN = re.compile(r"[A-Z][\w’'&-]*(?:\s+(?:(?:of|and|for|the|&|on|in|to)\s+)*[A-Z][\w’'&-]*)*")


def _widened(expansion: str, abbr: str, text: str) -> str:
    """A definition with the place name written before it: "(the) Southmoor | Serious Violence Group (SVG)"."""
    m = re.search(re.escape(expansion) + r"\s*\(\s*" + re.escape(abbr), text)
    if not m:
        return expansion
    before = re.findall(r"\S+", text[max(0, m.start() - 60):m.start()])
    lead = []
    for word in reversed(before[-2:]):
        if not re.fullmatch(r"[A-Z][\w-]*", word) or word.lower() in _LEADING | CONNECTORS:
            break
        lead.insert(0, word)
    return " ".join(lead + [expansion])


def _glossary_expansion(abbr: str, text: str) -> str | None:
    """A glossary line or row: "SVPDG – Serious Violence Prevention and Delivery Group", "SVPDG<TAB>…"."""
    target = abbr.replace("&", "").upper()
    pattern = rf"(?m)^[\s•·*-]*{re.escape(abbr)}\s*(?:\t+|\s+[-–—=:]\s+|:\s*)(?P<run>{_CAP_RUN.pattern})"
    for m in re.finditer(pattern, text):
        ws = words(m.group("run"))
        for k in range(2, len(ws) + 1):
            if initials(ws[:k]) == target:
                return " ".join(ws[:k])
    return None


def _named_in_text(target: str, text: str) -> str | None:
    """A board's name in the text whose initials are the abbreviation ("the Serious Violence Group")."""
    for m in _CAP_RUN.finditer(text):
        ws = words(m.group(0))
        while ws and ws[0].lower() in _LEADING:
            ws = ws[1:]
        if len(ws) < 2 or not BOARD_NOUN.match(ws[-1]):
            continue
        for i in range(len(ws) - 1):
            if ws[i].lower() not in CONNECTORS and initials(ws[i:]) == target:
                return " ".join(ws[_place_start(ws, i):])
    return None


def _place_start(ws: list[str], i: int) -> int:
    """Where a name starts when up to two capitalised words (a place) come before the words that give
    its initials: "Southmoor | Serious Violence Group"."""
    start = i
    while start > max(0, i - 2) and ws[start - 1][:1].isupper() and ws[start - 1].lower() not in CONNECTORS \
            and not re.search(r"[’']s$", ws[start - 1]):
        start -= 1
    return start


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
_OF_THE_BODY = (r"(?:the|this|these|its|each|all)\s+"
                r"(?:board|group|panel|partnership|committee|forum|network|meetings?|cell)")
_CHAIR_LABEL = re.compile(r"^\s*(?i:(?:the\s+)?(?:co-|joint\s+)?chair(?:man|person)?(?:\s+of\s+" + _OF_THE_BODY
                          + r")?\s*(?:is|will be|:))\s+" + _NAME_RUN)
# "The Commissioner chairs the board", "The PCC is the Chair": the chair as the subject, of this board only.
_CHAIRS = re.compile(
    r"^\s*(?:The\s+)?" + _NAME_RUN + r"\s+(?i:(?:(?:co-)?chairs|will\s+(?:co-)?chair)(?:\s+" + _OF_THE_BODY + r"\b)?|"
    r"(?:is|will\s+be|acts\s+as)\s+(?:the\s+)?(?:co-|joint\s+)?chair(?:man|person)?"
    r"(?:\s+of\s+" + _OF_THE_BODY + r")?)(?=\s*(?:[.,;]|$)|\s+(?:and|which|who|where|with)\b)")
_VICE_CHAIR = re.compile(
    r"^\s*(?i:(?:the\s+)?(?:vice|deputy)[- ]?chair(?:man|person)?\s+(?:is|will be))\s+" + _NAME_RUN)
_SUPPORT_BY = re.compile(
    r"\b(?i:(?:secretariat|secretarial|administrative|admin|business|clerical|minute[- ]taking|governance)"
    r"(?:\s+(?:support|services?|function))?(?:\s+(?:for|to|of)\s+(?:the|this)\s+\w+)?\s+"
    r"(?:is|are|will\s+be|shall\s+be)\s+(?:provided|given|supplied|undertaken|delivered)\s+by|"
    r"support\s+(?:to|for)\s+" + _OF_THE_BODY + r"\s+(?:is|will\s+be)\s+provided\s+by|"
    r"minutes\s+(?:are|will\s+be)\s+taken\s+by)\s+" + _NAME_RUN)
_SUPPORTS = re.compile(
    r"^\s*(?:The\s+)?" + _NAME_RUN + r"\s+(?i:(?:will\s+)?(?:provides?|acts?\s+as|is|are)\s+(?:the\s+)?"
    r"(?:secretariat|secretarial|administrative|admin|business|clerical)\b)")
_PARENT = re.compile(
    r"\b(?i:(?:a\s+|the\s+)?(?:sub[- ]?(?:group|committee|board|panel)s?\s+of|"
    r"(?:reports?|reporting|accountable|answerable)(?:\s*:)?(?:\s+(?:\w+ly|through\s+its\s+chair))?"
    r"\s+(?:in)?to:?))\s+" + _NAME_RUN)
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
    return _found(_CHAIRED_BY.search(text) or _CHAIR_LABEL.search(text))


def _found(m: re.Match | None) -> tuple[str, int, int] | None:
    name = _name_run(m)
    return (name, m.start("x"), m.start("x") + len(name)) if name else None


def chair_by_subject(text: str) -> tuple[str, int, int] | None:
    """(chair, start, end) from "The Commissioner chairs the board." or "The PCC is the Chair."."""
    found = _found(_CHAIRS.search(text))
    return found if found and not is_board_name(found[0]) else None


def vice_chair_from(text: str) -> tuple[str, int, int] | None:
    """(vice-chair, start, end) from "The Vice Chair is the Head of Public Health"."""
    return _found(_VICE_CHAIR.search(text))


def support_from(text: str) -> tuple[str, int, int] | None:
    """(body, start, end) giving a board's secretariat: "Secretariat support is provided by the OPCC"."""
    return _found(_SUPPORT_BY.search(text) or _SUPPORTS.search(text))


def board_at_start(text: str) -> str | None:
    """A board's name opening a value: "the Safer Anytown Board, annually" → "Safer Anytown Board"."""
    name = _name_run(re.match(_NAME_RUN, text.strip()))
    return name if name and is_board_name(name) else None


def parent_from(text: str) -> str | None:
    """The board named in "a sub group of the LCJB" or "Reports to the Strategic Diversity Group"."""
    return _name_run(_PARENT.search(text))


_SUBJECT_VERBS = re.compile(r"(?:\s+(?:is|are|will|shall|be|also|formally|directly|remains?|itself|now))+$", re.I)
# "The group", "This working group", "It": the board itself; "The Victims Board" names another.
_GENERIC_SUBJECT = re.compile(r"(?i:the|this)\s+(?:[a-z][\w-]*\s+){0,2}(?i:board|group|panel|partnership|committee|"
                              r"forum|network|cell|meeting|sub-?group)|(?i:it|they)")


def about_board(before: str, name: str) -> bool:
    """Whether the words before a sentence's verb ("The group is", "The Data Cell (DC) is", "") make
    it a sentence about the board ``name`` rather than about another board."""
    subject = _SUBJECT_VERBS.sub("", before.strip(" ,")).strip()
    subject = re.sub(r"\s*\([A-Z][A-Za-z&]{1,11}\)$", "", subject)
    return not subject or bool(_GENERIC_SUBJECT.fullmatch(subject)) or _names_board(subject, name)


def own_parent(text: str, name: str) -> str | None:
    """The parent in a sentence about the board itself: "The group reports to the Safer Anytown Board",
    "The Data Cell is a sub group of the SVPDG", "Reports to …"; not a sentence about another board."""
    m = _PARENT.search(text)
    return _name_run(m) if m and about_board(text[:m.start()], name) else None


def own_chair(text: str, name: str) -> tuple[str, int, int] | None:
    """The chair in a sentence about the board itself ("The group is chaired by …", "The Chair of the group
    is …", "The PCC chairs the board"); not "X Board – chaired by the PCC" in a list of linked meetings."""
    if re.match(r"\s*(?:co-|joint\s+|vice[- ]?|deputy[- ]?)?chair(?:man|person)?\s*[:\-–]", text, re.I):
        return None  # a "Chair:" label line, read as a member line
    m = _CHAIRED_BY.search(text)
    if m:
        return _found(m) if about_board(re.sub(r"\s+(?:(?:co-)?chaired|jointly)\s*$", "", text[:m.start()]),
                                        name) else None
    return _found(_CHAIR_LABEL.search(text)) or chair_by_subject(text)


def _names_board(subject: str, name: str) -> bool:
    """The board's name, or a shorter form of it ("The Data Cell" for the Serious Violence Data Cell)."""
    words_ = tokens(clean_name(subject))
    return bool(words_) and BOARD_NOUN.match(words_[-1]) is not None and set(words_) <= set(tokens(name))


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
