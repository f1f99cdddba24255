"""Who "the DCC", "the Chief", "JD" or "Cllr Smith" is, within one document.

Minutes name people once in the attendance list and then by role, abbreviation,
initials or surname. :class:`People` indexes a document's attendees under every
form the paper may use; :func:`resolve_person` is the one-call door for other
components. A form that fits two people resolves to no one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Iterable

from .people import (ROLE_ABBREVIATIONS, ROLE_ALIASES, fold, is_honorific, looks_like_name, role_for,
                     split_title, strip_postnominals)
from .records import Attendee, Meeting

_ARTICLE = re.compile(r"^(?:the|our|his|her|their)\s+", re.I)
_POSSESSIVE = re.compile(r"['’]s$")
_CHAIR_WORDS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "chair of the meeting"})


def _key(text: str) -> str:
    return " ".join(fold(w) for w in text.replace("-", " ").split())


def initials_of(name: str) -> str:
    """ "Jane Doe" -> "JD"."""
    return "".join(w[0].upper() for w in name.replace("-", " ").split() if w[:1].isalpha())


class People:
    """Every way a document refers to its attendees, each mapped to a name (or to several)."""

    def __init__(self, attendees: Iterable[Attendee], chair: str | None = None):
        self.attendees = [a for a in attendees if a.name]
        self._forms: dict[str, set[str]] = defaultdict(set)
        # Case-sensitive forms, in the order they are tried: an abbreviation the attendance list defines
        # ("Andrew Bellamy (AB)") beats initials worked out from a name ("Alison Brennan" is also "AB").
        self._defined: dict[str, set[str]] = defaultdict(set)
        self._exact: dict[str, set[str]] = defaultdict(set)
        for a in self.attendees:
            self._index(a)
        # "The Chair said…" names the meeting's chair when no attendee is listed with that role.
        name = self.resolve(chair) or (chair if chair and looks_like_name(chair) else None)
        for word in _CHAIR_WORDS:
            if name and word not in self._forms:
                self._forms[word] = {name}

    def _index(self, a: Attendee) -> None:
        name = a.name
        self._forms[_key(name)].add(name)
        words = name.split()
        if len(words) > 1:
            self._forms[_key(words[-1])].add(name)
            self._forms[_key(words[0])].add(name)
            self._exact[initials_of(name)].add(name)
            self._exact[initials_of(name)[:-1] + words[-1][:2]].add(name)  # "ABr" for Alison Brennan
        if a.abbreviation:
            self._defined[a.abbreviation].add(name)
            if role_for(a.abbreviation):
                self._forms[_key(role_for(a.abbreviation))].add(name)
        if a.role:
            self._add_role(a.role, name)
            for role in re.split(r"\s*[,/]\s*", a.role):
                self._add_role(role, name)

    def _add_role(self, role: str, name: str) -> None:
        key = _key(role)
        if not key:
            return
        self._forms[key].add(name)
        # "Clerk to the Committee", "Police and Crime Commissioner for Northshire": the role itself.
        base = re.sub(r"\s+(?:to|for|of) the\s+.*$|\s+for\s+[a-z]+$", "", key)
        for prefix in ("interim ", "acting ", "temporary ", "t/", "independent "):
            base = base[len(prefix):] if base.startswith(prefix) else base
        if base != key:
            self._forms[base].add(name)
        for abbr, full in ROLE_ABBREVIATIONS.items():
            if _key(full) == key:
                self._exact[abbr].add(name)

    def resolve(self, text: str | None) -> str | None:
        """The one attendee the text refers to, or None (unknown or ambiguous)."""
        if not text:
            return None
        text = _POSSESSIVE.sub("", strip_postnominals(_ARTICLE.sub("", text.strip(" .,;:()"))))
        if not text:
            return None
        for candidate in self._candidates(text):
            if candidate and len(candidate) == 1:
                return next(iter(candidate))
            if candidate:
                return None
        return None

    def _candidates(self, text: str):
        yield self._defined.get(text)
        yield self._exact.get(text)
        key = _key(text)
        yield self._forms.get(key)
        if key in ROLE_ALIASES:
            yield self._forms.get(ROLE_ALIASES[key])
        full = role_for(text)
        if full:
            yield self._forms.get(_key(full))
        titles, rest = split_title(text)
        if titles and rest:
            yield self._forms.get(_key(rest)) or self._exact.get(titles[-1])
        if len(key.split()) >= 2:  # "the Programme Manager" for a "VRP Programme Manager"
            yield {n for form, names in self._forms.items() if form.endswith(" " + key) for n in names}

    def exact_forms(self) -> list[str]:
        """Abbreviations and initials: matched only as spelt."""
        return sorted(f for f in set(self._defined) | set(self._exact) if f)

    def loose_forms(self) -> list[str]:
        """Names, surnames and roles (and their common aliases): matched in any case."""
        return sorted(f for f in set(self._forms) | set(ROLE_ALIASES) if f)


def resolve_person(text: str, attendees: Iterable[Attendee], chair: str | None = None) -> str | None:
    """The attendee a role, abbreviation, initials or name refers to in this document, else None."""
    return People(attendees, chair=chair).resolve(text)


# Verbs of speaking and reporting: a sentence whose subject is a person and whose verb is one
# of these makes that person a speaker.
SPEECH_VERBS = (
    "acknowledge", "add", "advise", "agree", "answer", "ask", "assure", "begin", "challenge", "clarify",
    "comment", "commend", "confirm", "congratulate", "describe", "detail", "discuss", "draw", "emphasise",
    "emphasize", "explain", "express", "feel", "give", "highlight", "inform", "introduce", "mention", "note",
    "offer", "outline", "point", "present", "propose", "provide", "query", "question", "raise", "reassure",
    "recommend", "refer", "remark", "remind", "reply", "report", "request", "respond", "seek", "share",
    "shift", "speak", "state", "stress", "suggest", "summarise", "summarize", "talk", "thank", "update",
    "urge", "voice", "want", "welcome", "wish", "accept", "argue", "believe", "consider", "recognise",
    "move", "second", "undertake", "reiterate", "indicate", "observe", "pose", "probe", "caution", "warn",
    "support", "invite", "circulate", "brief", "lead", "chair", "close", "open", "praise", "assess",
    "enquire", "inquire", "conclude", "declare", "elaborate", "reflect", "insist", "encourage", "commit",
    "demonstrate", "echo", "concur", "volunteer", "nominate", "contribute", "apologise", "respond",
)
_IRREGULAR_PAST = ("said", "sought", "felt", "drew", "gave", "began", "spoke", "told", "thought", "took", "made",
                   "led", "brought", "undertook", "went", "wrote")
# Words that may stand between a speaker and the verb ("The PCC then sought…", "The DCC would give…").
_AFTER_SUBJECT = ("put", "would", "will", "could", "had", "has", "was", "did", "then", "also", "further", "again",
                  "subsequently", "finally", "briefly", "kindly", "duly", "verbally", "formally", "additionally",
                  "later", "initially", "helpfully")


def _verb_forms() -> set[str]:
    out = set(_IRREGULAR_PAST) | set(_AFTER_SUBJECT)
    for v in SPEECH_VERBS:
        out.add(v)
        out.add(v + "s" if not v.endswith(("s", "sh", "ch", "x")) else v + "es")
        if v.endswith("y") and v[-2] not in "aeiou":
            out.update({v[:-1] + "ied", v[:-1] + "ies"})
        out.add(v + "d" if v.endswith("e") else v + "ed")
        if re.search(r"[^aeiou][aeiou][pt]$", v):
            out.add(v + v[-1] + "ed")
    return out


VERB_FORMS = frozenset(_verb_forms())
# Past forms only: "update", "review" or "reports" in a title are nouns, "noted" never is.
PAST_FORMS = frozenset(v for v in VERB_FORMS if v.endswith("ed")) | frozenset(_IRREGULAR_PAST)
_TITLES = (r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Supt|Superintendent|"
           r"Ch Supt|Chief Superintendent|Insp|Inspector|Chief Inspector|Sgt|Sergeant|DCI|DI|DS|PC|Det)\.?")
_LEAD_IN = re.compile(r"^(?:(?:in response|in reply|in addition|additionally|finally|also|however|then|"
                      r"further(?:more)?|lastly|separately|overall)\b,?\s+)", re.I)


_TITLE_WORDS = frozenset(fold(t) for t in re.sub(r"[()?:\\.]", " ", _TITLES).split("|") for t in t.split())
_JOINERS = frozenset({",", "and", "&"})
_APPOSITIVE_SMALL = frozenset({"of", "and", "for", "the", "to", "&"})


@lru_cache(maxsize=1)
def _tokenizer():
    # Imported here: reindex attributes passages with the speakers ingest found, and
    # importing spaCy would be half a second of its start.
    import spacy

    return spacy.blank("en")


class SubjectFinder:
    """Finds the people who are the subject of a speaking verb in a sentence.

    spaCy PhraseMatchers find every form the document uses for its people — abbreviations
    and initials by exact spelling, names and roles in any case — and a mention counts when
    it starts a clause and a speaking verb follows it ("The DCC added…", "JD and the CFO
    reported…").
    """

    def __init__(self, people: People):
        from spacy.matcher import PhraseMatcher

        self.people = people
        nlp = _tokenizer()
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._loose = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._exact.add("REF", [nlp.make_doc(f) for f in people.exact_forms()])
        self._loose.add("REF", [nlp.make_doc(f) for f in people.loose_forms()])

    def mentions(self, doc) -> list:
        from spacy.util import filter_spans

        found = [doc[s:e] for _, s, e in self._exact(doc)] + [doc[s:e] for _, s, e in self._loose(doc)]
        return filter_spans(found)

    def speakers(self, sentence: str) -> list[str]:
        sentence = _LEAD_IN.sub("", sentence.strip(" •-–"))
        doc = _tokenizer().make_doc(sentence)
        names: list[str] = []
        for chain in self._subject_chains(doc, self.mentions(doc)):
            if not self._starts_clause(doc, chain[0]) or not self._verb_follows(doc, chain[-1].end):
                continue
            for span in chain:
                name = self.people.resolve(span.text)
                if name and name not in names:
                    names.append(name)
        return names

    @staticmethod
    def _subject_chains(doc, spans) -> list[list]:
        """Mentions joined by ',', 'and' or '&' (with articles and titles between) form one subject."""
        chains: list[list] = []
        for span in spans:
            if chains:
                gap = doc[chains[-1][-1].end:span.start]
                if gap and all(fold(t.text) in _JOINERS | _TITLE_WORDS | {"the"} for t in gap) \
                        and any(fold(t.text) in _JOINERS for t in gap):
                    chains[-1].append(span)
                    continue
            chains.append([span])
        return chains

    @staticmethod
    def _verb_follows(doc, i: int) -> bool:
        # VERB_FORMS holds the words that may stand between subject and verb too ("then", "would").
        return _after_aside(doc, i) < len(doc) and doc[_after_aside(doc, i)].lower_ in VERB_FORMS

    @staticmethod
    def _starts_clause(doc, span) -> bool:
        i = span.start
        while i > 0 and (fold(doc[i - 1].text) in _TITLE_WORDS | {"the"} or is_honorific(doc[i - 1].text)):
            i -= 1
        if i == 0:
            return True
        before = doc[:i].text.rstrip()
        # "When asked ..., the CC confirmed": a clause after a comma, not a list of objects.
        return before.endswith((",", ";")) and len(before.split()) >= 3


def _after_aside(doc, i: int) -> int:
    """Past an aside between a speaker and the verb: ", Panel Support Officer,", "(Chair)", ", who chairs
    the group,"; a bare comma before the verb ("The Chair, Cllr Hussain, welcomed")."""
    if i >= len(doc) or doc[i].text not in (",", "("):
        return i
    close = next((k for k in range(i + 1, min(i + 14, len(doc))) if doc[k].text in (",", ")")), None)
    if doc[i].text == "," and (close is None or close == i + 1):
        return i + 1
    words = doc[i + 1:close] if close else ()
    if doc[i].text == "(" or (words and (words[0].lower_ == "who" or all(
            t.text[:1].isupper() or t.lower_ in _APPOSITIVE_SMALL for t in words))):
        return close + 1 if close else i
    return i


def people_of(ctx) -> People:
    """The People index of the context's attendees and meeting chair."""
    meeting = next(iter(ctx.of_type(Meeting)), None)
    return People(ctx.of_type(Attendee), chair=meeting.chair if meeting else None)


def split_sentences(text: str) -> list[str]:
    """Sentences of a table cell or a run-in remainder (blocks use the pipeline's sentencizer)."""
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“‘(])", text) if s.strip()]
