"""Members of a board: which lines are members, and what kind of member each is.

A member is an organisation ("Crown Prosecution Service (CPS)"), a role ("NPS –
Assistant Chief Officer", "the PCC") or a person ("Cllr A Smith"). The kind comes
from the head of the phrase: the words before "of"/"in"/"within", last word first.
"""

from __future__ import annotations

import re

ROLE_NOUNS = {
    "commissioner", "officer", "executive", "director", "manager", "coordinator", "co-ordinator", "head",
    "chair", "chairman", "chairperson", "vice-chair", "governor", "lead", "superintendent", "supt",
    "inspector", "constable", "counterpart", "representative", "rep", "councillor", "member", "clerk",
    "secretary", "treasurer", "leader", "adviser", "advisor", "analyst", "mayor", "deputy", "chief",
    "commander", "sergeant", "solicitor", "holder", "nominee", "delegate", "practitioner", "consultant",
    "controller", "administrator", "coordinators", "champion", "cabinet", "principal", "partner",
    "designate", "observer", "advocate", "specialist", "worker", "officers",
}
ORG_NOUNS = {
    "police", "service", "council", "partnership", "trust", "authority", "board", "office", "agency",
    "court", "prison", "probation", "commission", "university", "college", "school", "department",
    "directorate", "unit", "team", "force", "nhs", "group", "forum", "network", "society", "charity",
    "association", "federation", "company", "ltd", "limited", "cic", "centre", "center", "hospital",
    "practice", "government", "ministry", "constabulary", "ombudsman", "panel", "committee", "alliance",
    "organisation", "organization", "body", "bodies", "sector", "provider", "health", "justice", "care",
    "safety", "housing", "education", "services", "rescue", "ambulance", "communities", "community",
    "victims", "crime", "policing", "prosecution", "tribunal", "consortium", "homes", "refuge",
}
# Abbreviations of posts; any other abbreviation standing alone names a body ("CPS", "OPCC").
ROLE_ABBREVIATIONS = {"pcc", "dpcc", "cc", "dcc", "acc", "aco", "ceo", "cfo", "ce", "cx", "sio", "spoc",
                      "dci", "di", "ds", "supt", "pcso", "mp", "mep", "ico", "sro", "dpo", "dso"}
HONORIFIC = re.compile(
    r"^(?:(?:cllr|councillor|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|rev|revd|reverend|"
    r"baroness|rabbi|imam|canon|father|pastor|"
    r"detective|det|chief|ch|assistant|deputy|superintendent|supt|inspector|insp|sergeant|sgt|constable|pc|"
    r"dci|di|ds|acc|dcc|cc)\.?\s+)+(?-i:(?=[A-Z]))", re.I)
_POSTNOMINALS = re.compile(r"(?:\s+(?:OBE|MBE|CBE|KBE|DBE|QPM|KPM|JP|DL|KC|QC|MP|PhD|FRSA))+$")
_HEAD_END = re.compile(r"\s+(?:of|in|within|for|from|at|on|across|to|with|representing)\s+|,|\s+\(")
_DASH = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*")
_BULLET = re.compile(r"^\s*(?:[·•▪●◦‣∙○■□➢►*]|[-–]\s|\d{1,2}[.)]\s|[a-z][.)]\s|\(?[ivx]{1,4}\)\s)"
                     r"\s*")
_NOT_A_MEMBER = re.compile(
    r"\b(?:may|will|shall|should|must|can|could|would|invited|as required|quorum|quorate|attend)\b", re.I)
# What members do, not who they are: "Members are expected to share data …", "All partners agree to …".
_DUTY = re.compile(
    r"^(?:all |each |the |other |core )?(?:members?|membership|representatives?|attendees|partners|organisations|"
    r"agencies)\s+(?:are|is|have|has|need|agree|commit|share|attend|provide|ensure|undertake|act)\b"
    r"|\b(?:expected|required|encouraged|obliged)\s+to\b|\b(?:is|are)\s+(?:responsible|asked|able|invited)\b", re.I)

CHAIR_PREFIX = re.compile(r"^(?:co-|joint\s+)?chair(?:man|person)?\s*[:\-–]\s*", re.I)
VICE_PREFIX = re.compile(r"^(?:vice|deputy)[- ]?chair(?:man|person)?\s*[:\-–]\s*", re.I)
SUPPORT_PREFIX = re.compile(r"^(?:secretariat|support|administration|admin(?:istrative)? support|clerk)\s*[:\-–]\s*",
                            re.I)
# "DPCC - Chair", "Cllr A Smith (Chair)", "Cllr A Smith, Chair, Anytown Council"; not "Chair of the health group"
CHAIR_MARK = re.compile(r"(?:\s*[-–—,]\s*|\s*\(\s*|\s)(?:co-|joint\s+)?chair(?:man|person)?\s*\)?\s*(?=,|$)", re.I)
_VICE_SUFFIX = re.compile(r"\b(?:vice|deputy)[- ]?chair", re.I)
_SUPPORT = re.compile(
    r"\b(?:secretariat|clerk|minute[- ]?tak\w*|(?:admin|administrative|administration|business|secretarial|"
    r"clerical|governance|committee|democratic services)\s+support|support\s+officer|"
    r"democratic services officer|committee services officer)\b", re.I)
_DETERMINERS = {"the", "their", "his", "her", "its", "our", "a", "an", "all", "each", "both"}
_TOPIC_WORDS = {"west", "east", "north", "south", "county", "city", "borough", "district", "national",
                "regional", "local", "public", "social", "youth", "adult", "adults", "children", "mental"}


def clean_member(line: str) -> str:
    """A member line as written, without its bullet, trailing punctuation or joining "and"."""
    text = _BULLET.sub("", " ".join(line.split()))
    text = re.sub(r"^(?:and|or)\s+", "", text, flags=re.I)
    text = re.sub(r"(?:[;,.]|\s+(?:and|or))+$", "", text)
    return text.strip()


def is_member_line(text: str) -> bool:
    """A line that names a member, not a lead-in ("The membership is:") or a rule about attendance."""
    if not text or text.endswith(":") or len(text.split()) > 14 or not re.search(r"[A-Za-z]", text):
        return False
    return not (_NOT_A_MEMBER.search(text) or _DUTY.search(text))


def role_on_board(text: str, label: str | None = None) -> str:
    """chair, support or member, from a label ("Chair:", "Secretariat:") or the line itself ("DPCC - Chair")."""
    if label == "support" or SUPPORT_PREFIX.match(text) or _SUPPORT.search(text):
        return "support"
    if VICE_PREFIX.match(text) or _VICE_SUFFIX.search(text):
        return "member"
    if label == "chair" or CHAIR_PREFIX.match(text) or CHAIR_MARK.search(text):
        return "chair"
    return "member"


def strip_role_label(text: str) -> tuple[str, str | None]:
    """("Cllr A Smith", "chair") from "Chair: Cllr A Smith"; the label names the role on the board."""
    for prefix, label in ((VICE_PREFIX, "member"), (CHAIR_PREFIX, "chair"), (SUPPORT_PREFIX, "support")):
        m = prefix.match(text)
        if m and text[m.end():].strip():
            return text[m.end():].strip(), label
    return text, None


def _bare(word: str) -> str:
    return word.lower().strip("’'.,;:()").removesuffix("’s").removesuffix("'s")


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


_NAME_WORD = re.compile(r"[A-Z][a-z’'-]+(?:-[A-Z][a-z’'-]+)?|[A-Z]\.?")
_POST_AFTER = re.compile(r"\s*,\s*|\s+[-–—]\s+|\s*\(|\s+(?:of|from|at)\s+(?=[A-Z])")


def _name_words(ws: list[str]) -> bool:
    """Words that read as a personal name: capitalised, ending in a surname, none a post or body."""
    if not 1 <= len(ws) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in ws) or len(ws[-1].rstrip(".")) < 2:
        return False
    vocab = ROLE_NOUNS | ORG_NOUNS | _TOPIC_WORDS
    return not any(_singular(_bare(w)) in vocab or _bare(w) in vocab for w in ws)


def person_name(text: str) -> str | None:
    """The personal name in a member line, without rank, title or post ("Sgt Leah Marriott, …" → "Leah
    Marriott"), or None when the line names no person.

    A name needs a title in front ("Cllr", "Detective Chief Inspector", "PCC"), an initial ("A Smith"),
    or a post after it ("Jane Doe, Head of Finance"): two capitalised words alone are as often a body
    ("Eastbrook Homes", "Stop Hate Northshire").
    """
    parts = _POST_AFTER.split(_POSTNOMINALS.sub("", text.strip()), maxsplit=1)
    core, has_post = _POSTNOMINALS.sub("", parts[0].strip()), len(parts) > 1
    first = core.split(" ", 1)
    if len(first) == 2 and first[0].isupper() and first[0].lower() in ROLE_ABBREVIATIONS:
        core = first[1]  # "PCC John Campion"
    elif HONORIFIC.match(core):
        core = HONORIFIC.sub("", core)
    elif not (has_post or re.match(r"[A-Z]\.?\s", core)):
        return None
    ws = core.split()
    if len(ws) < 2 and not HONORIFIC.match(parts[0]):
        return None
    return core if _name_words(ws) else None


def is_person(text: str) -> bool:
    return person_name(text) is not None


def _head_noun(text: str) -> str:
    head = _HEAD_END.split(text, maxsplit=1)[0]
    ws = head.split()
    return ws[-1].strip("’'.,;:()") if ws else ""


def _kind_of_head(head: str) -> str | None:
    low = _singular(_bare(head))
    if head.isupper() or (head[:-1].isupper() and head.endswith("s")):
        return "role" if head.lower().rstrip("s") in ROLE_ABBREVIATIONS or head.lower() in ROLE_ABBREVIATIONS \
            else "organisation"
    if low in ROLE_NOUNS or _bare(head) in ROLE_NOUNS:
        return "role"
    if low in ORG_NOUNS or _bare(head) in ORG_NOUNS:
        return "organisation"
    return None


def member_kind(text: str) -> str:
    """organisation, role or person."""
    if is_person(text):
        return "person"
    parts = _DASH.split(text, maxsplit=1)
    if len(parts) == 2:  # "NPS – Assistant Chief Officer" is a post; "Probation Service – Delivery Unit" a body
        after = _DASH.split(parts[1], maxsplit=1)[0]
        return "organisation" if _kind_of_head(_head_noun(after)) == "organisation" else "role"
    core = re.sub(r"^(?:the|their|his|her|its|our|a|an|all|each|both)\s+", "", text.strip(), flags=re.I)
    kind = _kind_of_head(_head_noun(core))
    if kind:
        return kind
    if re.search(r"\([A-Z]{2,}\)", text):
        return "organisation"
    return "organisation" if core[:1].isupper() else "role"


def _shared_post(last: str, piece: str) -> bool:
    """"Deputy Police and Crime Commissioner": a body's noun joined to the words of one post after it."""
    ws = piece.split()
    return (last in ORG_NOUNS and last not in ROLE_NOUNS and len(ws) <= 3 and not ws[0].isupper()
            and _singular(_bare(ws[0])) not in ROLE_NOUNS and _singular(_bare(ws[-1])) in ROLE_NOUNS)


def split_conjuncts(text: str) -> list[str]:
    """"the PCC, his counterpart in Warwickshire, their Chief Executives and Chief Officers" → 4 members.

    " and " splits only after a phrase of two words or more that ends in a role or body
    noun, so "Police and Crime Commissioner" stays whole.
    """
    parts = [p.strip() for p in re.split(r",\s*|;\s*", text) if p.strip()]
    out: list[str] = []
    for part in parts:
        pieces = re.split(r"\s+(and)\s+", part)
        current = pieces[0]
        for piece in pieces[2::2]:
            ws = [w for w in current.split() if w.lower() not in _DETERMINERS]
            last = _singular(_bare(ws[-1])) if ws else ""
            noun_phrase = len(ws) >= 2 and last in ROLE_NOUNS | ORG_NOUNS and not _shared_post(last, piece)
            if noun_phrase or (ws and ws[-1].isupper()) or piece.split()[0].lower() in _DETERMINERS:
                out.append(current)
                current = piece
            else:
                current = f"{current} and {piece}"
        out.append(current)
    return [clean_member(p) for p in out if clean_member(p)]

