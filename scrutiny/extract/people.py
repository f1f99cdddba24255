"""People in governance papers: names, honorifics, post-nominals and the role vocabulary.

UK policing and local-government papers write one person as "Cllr A Smith (Chair)",
"DCC Alex Murray", "Jane Doe – Chief Executive, OPCC" or "Jane Doe (JD) Head of
Finance". This module holds the word lists (not tied to any one force or council)
and the pure functions that take such an entry apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Titles and ranks written before a name (lower case, dots dropped).
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "cllr", "cllrs", "councillor",
    "councillors", "sir", "dame", "lord", "lady", "baroness", "baron", "rev", "revd", "reverend", "rt", "hon",
    "dsupt", "sgt", "sergeant", "insp", "inspector", "ch", "chief", "supt", "superintendent", "det", "detective",
    "pcso", "cst", "const", "constable", "temporary", "acting", "alderman", "mayor", "deputy", "the",
    "canon", "ven", "venerable", "fr", "rabbi", "imam", "pastor",
})
# Titles that say who someone is, not the post they hold ("Revd Canon", "Cllr", "Dr").
COURTESY_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "cllr", "cllrs", "councillor",
    "councillors", "sir", "dame", "lord", "lady", "baroness", "baron", "rev", "revd", "reverend", "rt", "hon",
    "the", "canon", "ven", "venerable", "fr", "rabbi", "imam", "pastor", "alderman",
})
# Ranks and titles written short ("Det Supt"): a title, not the post as written.
SHORT_RANKS = frozenset({"det", "supt", "dsupt", "insp", "sgt", "cst", "const", "ch", "pcso", "t/supt", "a/supt"})
# Rank abbreviations used as titles, only in capitals ("DC Jones"; "Di" and "Mo" are first names).
RANK_TITLES = frozenset({"PC", "PS", "DC", "DS", "DI", "DCI", "DSI", "DSU", "CI", "CS", "T/Supt", "A/Supt"})
POSTNOMINALS = frozenset({
    "obe", "mbe", "cbe", "kbe", "dbe", "qpm", "kpm", "jp", "dl", "mp", "qc", "kc", "frsa", "phd", "freng",
    "fbcs", "frs", "fba", "fmedsci", "cpfa", "fca", "aca", "acca", "cipfa", "llb", "ma", "msc", "bsc", "ba",
    "mba", "frcp", "frcs", "mrcp", "cbi", "bem", "vr", "lvo", "cvo", "kcb", "cb", "dpm",
})
# Role abbreviations of UK policing and local government, with the role each stands for.
ROLE_ABBREVIATIONS = {
    "PCC": "Police and Crime Commissioner",
    "DPCC": "Deputy Police and Crime Commissioner",
    "PFCC": "Police, Fire and Crime Commissioner",
    "DPFCC": "Deputy Police, Fire and Crime Commissioner",
    "CC": "Chief Constable",
    "DCC": "Deputy Chief Constable",
    "ACC": "Assistant Chief Constable",
    "T/ACC": "Temporary Assistant Chief Constable",
    "ACO": "Assistant Chief Officer",
    "CFO": "Chief Finance Officer",
    "CEO": "Chief Executive Officer",
    "CE": "Chief Executive",
    "CX": "Chief Executive",
    "COO": "Chief Operating Officer",
    "CIO": "Chief Information Officer",
    "DoF": "Director of Finance",
    "MO": "Monitoring Officer",
    "S151": "Section 151 Officer",
    "DCI": "Detective Chief Inspector",
    "DI": "Detective Inspector",
    "DS": "Detective Sergeant",
    "CI": "Chief Inspector",
    "CS": "Chief Superintendent",
    "Supt": "Superintendent",
    "Ch Supt": "Chief Superintendent",
    "Insp": "Inspector",
    "Sgt": "Sergeant",
    "PCSO": "Police Community Support Officer",
    "SRO": "Senior Responsible Owner",
    "DPO": "Data Protection Officer",
}
# Organisations met in the same papers; an entry part naming one is an organisation.
ORG_ABBREVIATIONS = frozenset({
    "OPCC", "OPFCC", "OPCCN", "CPS", "NPS", "CRC", "HMPPS", "HMCTS", "HMICFRS", "HMIC", "IOPC", "NHS", "CCG",
    "ICB", "YOS", "YOT", "YJS", "CSP", "LCJB", "PCP", "LGA", "APCC", "NPCC", "DWP", "MOJ", "MoJ", "HMP",
    "CAB", "RSL", "LA", "ICS", "DHSC", "DfE", "ONS", "NCA", "BTP", "FRS",
})
# Words that make an entry part a role ("Head of Finance") rather than a name.
ROLE_WORDS = frozenset({
    "officer", "officers", "chief", "director", "manager", "head", "commissioner", "constable", "chair",
    "chairman", "chairwoman", "chairperson", "vice-chair", "vice", "member", "members", "clerk", "secretary",
    "lead", "coordinator", "co-ordinator", "analyst", "adviser", "advisor", "inspector", "superintendent",
    "executive", "treasurer", "governor", "assistant", "deputy", "solicitor", "lawyer", "representative",
    "administrator", "accountant", "auditor", "specialist", "leader", "mayor", "portfolio", "controller",
    "commander", "sergeant", "consultant", "engineer", "minute", "minutes", "notes", "support", "secretariat",
    "partner", "holder", "cabinet", "principal", "senior", "policy", "scrutiny", "democratic", "services",
    "commissioning", "strategic", "interim", "acting", "temporary", "monitoring", "finance", "legal",
    "substitute", "observer", "guest", "apprentice", "trainee", "planner", "ombudsman", "registrar",
    "councillor", "independent", "lay",
})
# Words that make an entry part an organisation.
ORG_WORDS = frozenset({
    "council", "police", "constabulary", "force", "trust", "authority", "office", "partnership", "nhs",
    "university", "college", "ltd", "limited", "plc", "department", "agency", "commission", "probation",
    "prison", "court", "courts", "fire", "rescue", "health", "hospital", "foundation", "school",
    "association", "centre", "society", "group", "borough", "county", "district", "city", "parish",
    "network", "alliance", "ccg", "icb", "opcc", "cps", "llp", "service", "services", "homes", "housing",
    "inc", "cic", "academy", "board", "panel", "committee",
})
# Words that make a part naming an organisation a role after all ("Chief Executive, NHS Trust").
ROLE_HEADS = frozenset({
    "officer", "manager", "director", "head", "chief", "lead", "clerk", "commissioner", "constable",
    "commander", "member", "councillor", "inspector", "superintendent", "executive", "chair", "chairman",
    "chairwoman", "chairperson", "secretary", "treasurer", "coordinator", "co-ordinator", "analyst", "adviser",
    "advisor", "consultant", "sergeant", "practitioner", "governor", "leader", "mayor", "representative",
    "solicitor", "specialist", "administrator", "assistant", "deputy", "vice-chair",
})
_OFFICE_OF = re.compile(r"^(?:the\s+)?(?:office|department|ministry|directorate)\s+(?:of|for)\b", re.I)
# Nouns that end the name of a meeting body ("Police and Crime Panel").
BODY_NOUNS = frozenset({
    "panel", "board", "committee", "sub-committee", "subcommittee", "council", "cabinet", "group",
    "partnership", "forum", "commission", "assembly", "network", "alliance", "executive",
})
# Bare words a paper uses for a role it names in full elsewhere ("the Chief").
ROLE_ALIASES = {
    "chief": "chief constable",
    "commissioner": "police and crime commissioner",
    "deputy commissioner": "deputy police and crime commissioner",
    "deputy chief": "deputy chief constable",
    "deputy pcc": "deputy police and crime commissioner",
    "chief exec": "chief executive",
    "treasurer": "chief finance officer",
}
SMALL_WORDS = frozenset({"and", "of", "the", "for", "in", "on", "to", "a", "an", "at", "by", "with", "&"})
NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "du", "da", "di", "le", "la", "bin", "al", "el", "st"})
# Words that are never names in these papers (months that are also first names are allowed).
MONTHS_AND_DAYS = frozenset({
    "january", "february", "march", "may", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})

_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z]*(?:['’\-][A-Za-z][a-z]+)*[a-z]|[A-Z]\.?|[A-Z]{1,2}[a-z]+[A-Z][a-z]+)$")
_SEPARATORS = re.compile(r"\s*(?:\t|\s[–—-]\s|[,;|])\s*")
_PAREN = re.compile(r"\(([^()]{1,80})\)")
_CHAIR_NOTE = re.compile(r"^(?:in the )?chair(?:man|woman|person|ing)?(?:\s+of\b.*)?$", re.I)
_MINUTES_NOTE = re.compile(r"^(?:minutes?|minute[- ]?taker|notes?|note[- ]?taker|clerk|secretariat)$", re.I)
# A short form in mixed case ("HoC", "DoF", "CSupt"): two capitals or more, no space.
_MIXED_ABBREVIATION = re.compile(r"(?=(?:[a-z/&]*[A-Z]){2})[A-Z][A-Za-z/&]{1,5}")
_MINUTE_TAKER = re.compile(r"^(?:minute|note)[- ]?taker$", re.I)
# Remarks on attendance that are neither role nor organisation ("for item 4", "left at 11.30", "virtual").
_REMARK = re.compile(
    r"^(?:(?:present\s+|attended\s+|attending\s+)?(?:for|from|until|to|after|before|left|arrived|joined|departed)\b"
    r".*(?:\bitems?\b|\bminutes?\s+\d|\d|\bmeeting\b|\bpart\b)"
    r"|items?\s+\d.*|part(?: of (?:the )?meeting)?|virtual(?:ly)?|online|remote(?:ly)?|in person"
    r"|(?:via|by|on)\s+(?:ms\s+|microsoft\s+)?(?:teams|zoom|telephone|phone|video\w*|webex|skype)\b.*)$", re.I)


def fold(word: str) -> str:
    """A word lower-cased, without edge punctuation, with a straight apostrophe."""
    return word.lower().strip(".,;:()").replace("’", "'")


def is_honorific(word: str) -> bool:
    word = word.strip(".,")
    return fold(word) in HONORIFICS or word in RANK_TITLES or (word in ROLE_ABBREVIATIONS and word.isupper())


def is_title(word: str) -> bool:
    """A courtesy title or a short rank before a name ("Cllr", "Revd", "Supt", "DCC"), not a post in full."""
    w = word.strip(".,")
    return is_honorific(w) and (fold(w) in COURTESY_TITLES or fold(w) in SHORT_RANKS or not w[1:].islower())


def is_abbreviation(word: str) -> bool:
    """An all-capitals short word (PCC, SPPO, JD) or a listed role abbreviation."""
    w = word.strip("().,;:")
    return w in ROLE_ABBREVIATIONS or w in ORG_ABBREVIATIONS or bool(re.fullmatch(r"[A-Z][A-Z/&]{1,6}\d?", w))


def is_name_token(word: str) -> bool:
    """A capitalised word that is not a role, organisation, title, month or small word; or an initial."""
    if fold(word) in NAME_PARTICLES or re.fullmatch(r"[A-Z]\.?", word):
        return True
    low = fold(word)
    if low in ROLE_WORDS or low in ORG_WORDS or low in HONORIFICS or low in MONTHS_AND_DAYS or low in SMALL_WORDS:
        return False
    return bool(_NAME_TOKEN.match(word))


def strip_postnominals(text: str) -> str:
    """ "Jo Bloggs QPM, OBE" -> "Jo Bloggs" (a lone word is kept: "MA" may be initials)."""
    words = text.replace(",", " , ").split()
    while len(words) > 1 and (fold(words[-1]) in POSTNOMINALS or words[-1] == ","):
        words.pop()
    return " ".join(words).replace(" , ", ", ")


def split_title(text: str) -> tuple[list[str], str]:
    """Leading titles, ranks, role abbreviations and posts, and the rest ("DCC Alex Murray",
    "Assistant Chief Constable Liam Rees")."""
    words = text.split()
    titles = []
    while len(words) > 1 and is_honorific(words[0]):
        titles.append(words.pop(0))
    k = _post_length(words)
    return titles + words[:k], " ".join(words[k:])


def _post_length(words: list[str]) -> int:
    """How many leading words are a post written before a two-word-or-longer name, else 0."""
    for k in range(len(words) - 2, 0, -1):
        head, rest = words[:k], " ".join(words[k:])
        if not looks_like_name(rest) or fold(head[-1]) not in ROLE_WORDS | HONORIFICS:
            continue
        known = " ".join(head) in ROLE_ABBREVIATIONS.values()
        if known or all(_title_word(w, j) for j, w in enumerate(head)):
            return k
    return 0


def _title_word(word: str, position: int) -> bool:
    low = fold(word)
    if low in SMALL_WORDS:
        return position > 0
    return word[:1].isupper() and (low in ROLE_WORDS or low in HONORIFICS or low in ORG_WORDS)


def post_of(titles: list[str]) -> str | None:
    """The post among a name's leading titles ("Assistant Chief Constable", "Chief Superintendent"),
    not a courtesy title ("Revd Canon", "Cllr") or a rank written short ("Det Supt")."""
    words = list(titles)
    while words and fold(words[0]) in COURTESY_TITLES:
        words.pop(0)
    while words and fold(words[-1]) in COURTESY_TITLES:
        words.pop()
    if not words or any(fold(w) in SHORT_RANKS or w.isupper() for w in words):
        return None
    heads = ROLE_HEADS - {"councillor", "member"}
    return " ".join(words) if any(fold(w) in heads for w in words) else None


def looks_like_name(text: str, titled: bool = False) -> bool:
    """True for "Jane Doe", "A Smith", "Sam O'Neil"; one word only after a title ("Cllr Smith")."""
    words = text.split()
    if not words or len(words) > 5:
        return False
    if not all(is_name_token(w) for w in words):
        return False
    if fold(words[0]) in NAME_PARTICLES or fold(words[-1]) in NAME_PARTICLES:
        return False
    if len(words) == 1:
        return titled and len(words[0]) > 1
    return not all(len(w.rstrip(".")) == 1 for w in words)


def clean_name(text: str) -> str:
    """A name without honorifics, ranks, role-abbreviation titles or post-nominals."""
    text = _PAREN.sub(" ", text).strip(" ,;:-–—")
    _, rest = split_title(strip_postnominals(text))
    return " ".join(rest.split()).strip(" ,")


def name_in(text: str) -> str | None:
    """The person's name at the end of a role-and-name phrase ("PCC John Campion"), or None."""
    text = strip_postnominals(_PAREN.sub(" ", text)).strip(" ,;:.")
    words = text.split()
    run = []
    for word in reversed(words):
        if not is_name_token(word) or len(run) == 4:
            break
        run.insert(0, word)
    while run and fold(run[0]) in NAME_PARTICLES:
        run.pop(0)
    titled = len(run) < len(words) and is_honorific(words[len(words) - len(run) - 1])
    candidate = " ".join(run)
    return candidate if run and looks_like_name(candidate, titled) else None


def is_organisation(text: str) -> bool:
    """ "Northshire Police", "OPCC", "Office of the …"; not a role that names one ("Head of X, NHS")."""
    words = [w.strip("().,") for w in text.split()]
    if not words:
        return False
    if (len(words) == 1 and words[0] in ORG_ABBREVIATIONS) or _OFFICE_OF.match(text):
        return True
    if any(fold(w) in ROLE_HEADS for w in words):
        return False
    return any(fold(w) in ORG_WORDS or w in ORG_ABBREVIATIONS for w in words)


def is_role(text: str) -> bool:
    """ "Head of Finance", "Vice-Chair", "DCC": a part holding a role word or a role abbreviation."""
    words = [p for w in text.split() for p in (w.strip("().,"), *w.strip("().,").split("-"))]
    return bool(words) and (text.strip() in ROLE_ABBREVIATIONS or any(fold(w) in ROLE_WORDS for w in words))


def role_for(abbreviation: str) -> str | None:
    """The role an abbreviation stands for in the vocabulary ("DCC" -> "Deputy Chief Constable")."""
    return ROLE_ABBREVIATIONS.get(abbreviation) or next(
        (v for k, v in ROLE_ABBREVIATIONS.items() if k.upper() == abbreviation.upper() and len(k) > 2), None)


@dataclass(frozen=True)
class PersonEntry:
    """One person as an attendance list writes them."""

    name: str
    role: str | None = None
    abbreviation: str | None = None
    organisation: str | None = None
    chair: bool = False
    minutes: bool = False
    raw: str = ""


def parse_person(entry: str) -> PersonEntry | None:
    """Take "Jane Doe – Chief Executive, OPCC" or "Cllr A Smith (Chair)" apart; None if no name."""
    raw = re.sub(r"[ \u00a0]+", " ", entry).strip(" •·-–*")
    notes = [m.group(1).strip() for m in _PAREN.finditer(raw)]
    head, rest = _split_name(raw)
    if head is None:
        return None
    titles, _ = split_title(strip_postnominals(_PAREN.sub(" ", head)))
    name = clean_name(head)
    if not looks_like_name(name, titled=bool(titles)):
        return None
    note_parts = [p for n in notes for p in _parts(n)]
    minutes = any(_MINUTES_NOTE.match(n) for n in notes + note_parts)
    parts = _parts(_PAREN.sub(" ", rest))
    minutes = minutes or any(_MINUTES_NOTE.match(p) and not p.lower().startswith("clerk") for p in parts)
    if not parts:  # "Jane Doe (Head of Finance, OPCC)": the role sits in the brackets
        parts = [p for n in notes if _is_role_note(n) for p in _parts(n)]
    parts = [p for p in parts if not (_REMARK.match(p) or re.fullmatch(r"(?i)minutes?|notes?|in the chair", p)
                                      or _is_clause(p))]
    role, organisation = _role_and_organisation(parts)
    if organisation is None and role:  # "Jane Doe – Inspector (Northwold Police, for item 4)"
        organisation = next((p for n in notes if _is_role_note(n) for p in _parts(n)
                             if is_organisation(p) and not is_role(p) and p not in role), None)
    abbreviation = _abbreviation(notes, titles)
    if role is None:
        role = post_of(titles) or (role_for(abbreviation) if abbreviation else None)
    if role is None:
        role = next((n for n in notes if _CHAIR_NOTE.match(n) or n.lower() == "clerk"), None)
    chair = any(_CHAIR_NOTE.match(n) for n in notes + note_parts) or bool(role and _CHAIR_NOTE.match(role))
    minutes = minutes or bool(role and _MINUTE_TAKER.match(role))
    return PersonEntry(name, role, abbreviation, organisation, chair, minutes, raw)


def _is_clause(part: str) -> bool:
    """Words of a sentence, not a role ("for whom Cllr X attended as substitute", "sent their apologies")."""
    words = part.split()
    return len(words) >= 3 and words[0][:1].islower() and fold(words[0]) not in ROLE_WORDS


def _role_and_organisation(parts: list[str]) -> tuple[str | None, str | None]:
    """Role and organisation of an entry's parts: "Chief Executive, OPCC", "OPCC – Chief Executive"."""
    parts, organisation = list(parts), None
    if len(parts) > 1 and (is_organisation(parts[-1]) or (is_role(parts[-2]) and not is_role(parts[-1]))):
        organisation = parts.pop()
    elif len(parts) > 1 and is_organisation(parts[0]) and not is_role(parts[0]) and is_role(parts[-1]):
        organisation = parts.pop(0)
    elif len(parts) == 1 and is_organisation(parts[0]) and not is_role(parts[0]):
        organisation = parts.pop()
    return ", ".join(parts) or None, organisation


def _parts(text: str) -> list[str]:
    return [p.strip(" ,;:-–—") for p in _SEPARATORS.split(text) if p.strip(" ,;:-–—")]


def _is_role_note(note: str) -> bool:
    if _CHAIR_NOTE.match(note) or _MINUTES_NOTE.match(note) or is_abbreviation(note):
        return False
    return any(is_role(p) or is_organisation(p) for p in _parts(note))


def _split_name(raw: str) -> tuple[str | None, str]:
    """(the part naming the person, the rest) of an entry."""
    m = re.search(r"\t|\s[–—-]\s|[,;|(:]", raw)
    head, rest = (raw[:m.start()], raw[m.start():]) if m else (raw, "")
    head = head.strip()
    if looks_like_name(clean_name(head), titled=bool(split_title(head)[0])):
        return head, rest
    words = head.split()  # "Jane Doe Head of Finance": the name runs until a role word
    for i in range(len(words) - 1, 0, -1):
        candidate = " ".join(words[:i])
        if is_role(" ".join(words[i:])) and looks_like_name(clean_name(candidate), bool(split_title(candidate)[0])):
            return candidate, " ".join(words[i:]) + rest
    for i in range(1, len(words) - 1):  # "Tim Ford Southmoor County Council": the shortest full name before it
        candidate, tail = " ".join(words[:i]), " ".join(words[i:])
        if is_organisation(tail) and len(clean_name(candidate).split()) > 1 and looks_like_name(clean_name(candidate)):
            return candidate, " – " + tail + rest
    return None, raw


def _abbreviation(notes: list[str], titles: list[str]) -> str | None:
    """A role abbreviation in brackets or as a title ("(DCC)", "DCC Alex Murray"), else initials ("(JD)")."""
    abbrs = [n for n in notes
             if (is_abbreviation(n) or _MIXED_ABBREVIATION.fullmatch(n)) and n not in ORG_ABBREVIATIONS]
    role_abbrs = [a for a in abbrs if a in ROLE_ABBREVIATIONS]
    role_abbrs += [t for t in titles if t in ROLE_ABBREVIATIONS and t.replace("/", "").isupper()]
    if role_abbrs:
        return role_abbrs[-1]
    return abbrs[-1] if abbrs else None


def title_case(text: str) -> str:
    """An all-capitals name in title case, small words lower and abbreviations kept."""
    out = []
    for i, word in enumerate(text.split()):
        if word in ROLE_ABBREVIATIONS or word in ORG_ABBREVIATIONS:
            out.append(word)
        elif i and word.lower() in SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(out)
