"""Speakers: spaCy phrase matching of the forms a document uses for its attendees."""

from scrutiny.extract.records import Attendee
from scrutiny.extract.roles import People, SubjectFinder

ATTENDEES = [
    Attendee(doc="m", name="Jane Doe", role="Chief Finance Officer", abbreviation="CFO"),
    Attendee(doc="m", name="Sam Patel", role="Deputy Chief Constable", abbreviation="DCC"),
    Attendee(doc="m", name="Ann Lee", role="Police and Crime Commissioner", abbreviation="PCC"),
]


def _speakers(sentence):
    return SubjectFinder(People(ATTENDEES)).speakers(sentence)


def test_abbreviation_role_and_initials_resolve_to_the_attendee():
    assert _speakers("The DCC added that the system isn't functioning.") == ["Sam Patel"]
    assert _speakers("The Police and Crime Commissioner asked about victims.") == ["Ann Lee"]
    assert _speakers("JD reported a small underspend.") == ["Jane Doe"]


def test_coordinated_subjects_all_speak():
    assert _speakers("JD and the DCC confirmed the figures.") == ["Jane Doe", "Sam Patel"]


def test_only_subjects_of_speaking_verbs_count():
    assert _speakers("The PCC asked the DCC for his assessment.") == ["Ann Lee"]
    assert _speakers("Chief Officers said they would review it.") == []
    assert _speakers("Figures from the CFO were circulated.") == []


def test_a_subject_after_an_opening_clause_counts():
    assert _speakers("When asked about staffing, the DCC confirmed the plan.") == ["Sam Patel"]


def test_abbreviations_match_only_as_spelt():
    assert _speakers("Dcc added nothing.") == []
