"""The record queries (scrutiny.corpus.queries) on a small store built from known records,
and on the bundled samples."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from scrutiny.corpus import FileInfo, open_store
from scrutiny.corpus.queries import (find_actions, find_boards, find_commitments, find_meetings, find_memberships,
                                     find_people, ref_key, reports_on)
from scrutiny.extract.records import (Action, Attendee, Board, Commitment, DocumentRecord, Meeting, Membership,
                                      Progress)
from scrutiny.ingest.model import DocumentBuilder

LCJB = "Local Criminal Justice Board"
CPS = "Crown Prosecution Service (CPS)"

# Four documents: minutes of 2021 and 2024, a 2022 report without a meeting, undated terms of reference.
SMALL_CORPUS = {
    "a_panel_2021": [
        DocumentRecord(doc="a_panel_2021", doc_type="minutes", title="Riverside Panel minutes", date="2021-06-01"),
        Meeting(doc="a_panel_2021", span=(0, 50), body="Riverside Police and Crime Panel", title="Quarterly review",
                date="2021-06-01", venue="Town Hall", chair="Cllr Ann Lee"),
        Attendee(doc="a_panel_2021", span=(60, 70), name="Ann Lee", role="Chair"),
        Attendee(doc="a_panel_2021", span=(71, 80), name="Pippa Mills", role="Chief Constable", abbreviation="CC"),
        Attendee(doc="a_panel_2021", span=(81, 90), name="Sam Roe", role="Head of Finance", status="apologies"),
        Action(doc="a_panel_2021", span=(200, 240), text="The Force to review stop and search data.",
               owner="The Force", due="2021-09-01", status="open"),
        Action(doc="a_panel_2021", span=(241, 280), text="CC to brief the panel on recruitment.",
               owner="CC", owner_name="Pippa Mills", status="complete"),
    ],
    "b_board_2024": [
        DocumentRecord(doc="b_board_2024", doc_type="minutes", title="LCJB notes"),
        Meeting(doc="b_board_2024", page=1, span=(0, 40), body=LCJB, date="2024-02-15", chair="Pippa Mills"),
        Attendee(doc="b_board_2024", page=1, span=(50, 60), name="Dr Jo Bloggs OBE", role="Chief Executive"),
        Attendee(doc="b_board_2024", page=1, span=(61, 70), name="PIPPA MILLS QPM", role="Chief Constable",
                 abbreviation="CC"),
        Action(doc="b_board_2024", page=2, span=(300, 340), text="West Mercia Police Force to share the survey.",
               owner="West Mercia Police Force", status="open", ref="A1"),
        Action(doc="b_board_2024", page=2, span=(341, 380), text="OPCC to publish the plan.", owner="OPCC",
               status="ongoing"),
    ],
    "c_report_2022": [
        DocumentRecord(doc="c_report_2022", doc_type="report", title="Safer Roads Partnership annual report",
                       date="2022-05-10"),
        Action(doc="c_report_2022", page=3, span=(10, 40), text="the force to publish casualty figures.",
               owner="the force", status="open"),
        Board(doc="c_report_2022", page=4, span=(50, 80), name=LCJB, purpose="Improves criminal justice."),
        Commitment(doc="c_report_2022", page=5, span=(100, 140), text="Reduce road casualties across the county",
                   theme="Safer roads", ref="B.2", kind="pledge"),
        Commitment(doc="c_report_2022", page=5, span=(141, 180), text="Improve support for victims of crime",
                   theme="Victims", ref="B.3", kind="outcome"),
        Progress(doc="c_report_2022", page=6, span=(200, 260), ref="B.2",
                 commitment="Reduce road casualties across the county", update="Casualties fell 5%."),
        Progress(doc="c_report_2022", page=6, span=(261, 300), ref="B.9",
                 commitment="Reduce road casualties across the county", update="Other row."),
    ],
    "d_tor": [
        DocumentRecord(doc="d_tor", doc_type="terms_of_reference", title="Terms of reference"),
        Action(doc="d_tor", span=(5, 30), text="Secretariat to circulate the terms.", owner="Secretariat"),
        Board(doc="d_tor", span=(40, 60), name=LCJB, abbreviation="LCJB", chair="PCC", frequency="quarterly",
              purpose="Brings criminal justice partners together."),
        Membership(doc="d_tor", span=(61, 70), board=LCJB, member="PCC", member_kind="role", role_on_board="chair"),
        Membership(doc="d_tor", span=(71, 90), board=LCJB, member=CPS),
        Membership(doc="d_tor", span=(91, 99), board=LCJB, member="West Mercia Police"),
        Board(doc="d_tor", span=(100, 120), name="Victims Board", parent=LCJB, frequency="monthly"),
        Membership(doc="d_tor", span=(121, 140), board="Victims Board", member=CPS),
        Membership(doc="d_tor", span=(141, 160), board="Victims Board", member="Victim Support"),
        Progress(doc="d_tor", span=(170, 200), ref="X.9", commitment="Improve support for all victims of crime",
                 update="New contract let."),
    ],
}


def make_small_store(home: Path) -> Path:
    """A data directory holding SMALL_CORPUS, saved through ``Store.save_document``."""
    with open_store(home) as store:
        for name, records in SMALL_CORPUS.items():
            builder = DocumentBuilder(name, "text")
            builder.add("paragraph", f"The text of {name}.")
            info = FileInfo(f"/papers/{name}.txt", 10, "2024-01-01T00:00:00+00:00",
                            hashlib.sha256(name.encode()).hexdigest())
            store.save_document(builder.build(title=records[0].title), info, records, "1", "1")
    return home


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    with open_store(make_small_store(tmp_path_factory.mktemp("small"))) as store:
        yield store


def texts(entries) -> list[str]:
    return [e.text for e in entries]


def test_actions_are_dated_by_meeting_else_document_oldest_first(small):
    got = [(a.date, a.meeting, a.doc, a.page) for a in find_actions(small)]
    assert got == [
        ("2021-06-01", "Riverside Police and Crime Panel – Quarterly review", "a_panel_2021", None),
        ("2021-06-01", "Riverside Police and Crime Panel – Quarterly review", "a_panel_2021", None),
        ("2022-05-10", "Safer Roads Partnership annual report", "c_report_2022", 3),
        ("2024-02-15", LCJB, "b_board_2024", 2),
        ("2024-02-15", LCJB, "b_board_2024", 2),
        (None, "Terms of reference", "d_tor", None),
    ]


def test_actions_owner_matches_owner_or_resolved_name_any_case(small):
    assert texts(find_actions(small, owner="force")) == [
        "The Force to review stop and search data.", "the force to publish casualty figures.",
        "West Mercia Police Force to share the survey."]
    resolved = find_actions(small, owner="pippa")
    assert texts(resolved) == ["CC to brief the panel on recruitment."]
    assert resolved[0].owner_label == "CC (Pippa Mills)"


def test_actions_status_since_until_and_board_filters(small):
    assert texts(find_actions(small, owner="force", status="open", since="2022-01-01")) == [
        "the force to publish casualty figures.", "West Mercia Police Force to share the survey."]
    assert texts(find_actions(small, until="2021-12-31", status="complete")) == [
        "CC to brief the panel on recruitment."]
    assert texts(find_actions(small, board="criminal justice")) == [
        "West Mercia Police Force to share the survey.", "OPCC to publish the plan."]
    assert texts(find_actions(small, board="safer roads")) == ["the force to publish casualty figures."]
    assert texts(find_actions(small, status="ongoing")) == ["OPCC to publish the plan."]
    assert find_actions(small, since="2025-01-01") == []


def test_actions_to_dict_keeps_fields_then_citation(small):
    d = find_actions(small, owner="opcc")[0].to_dict()
    assert d == {"date": "2024-02-15", "meeting": LCJB, "text": "OPCC to publish the plan.", "owner": "OPCC",
                 "owner_name": None, "due": None, "status": "ongoing", "ref": None,
                 "doc": "b_board_2024", "page": 2, "span": (341, 380)}


def test_meetings_count_attendees_and_filter_by_person_board_and_date(small):
    got = [(m.date, m.meeting, m.chair, m.venue, m.attendees, m.source) for m in find_meetings(small)]
    assert got == [
        ("2021-06-01", "Riverside Police and Crime Panel – Quarterly review", "Cllr Ann Lee", "Town Hall", 3,
         "a_panel_2021"),
        ("2024-02-15", LCJB, "Pippa Mills", None, 2, "b_board_2024 p.1"),
    ]
    assert [m.doc for m in find_meetings(small, person="pippa mills")] == ["a_panel_2021", "b_board_2024"]
    assert [m.doc for m in find_meetings(small, person="Jo Bloggs")] == ["b_board_2024"]
    assert [m.doc for m in find_meetings(small, person="Cllr Ann Lee")] == ["a_panel_2021"]
    assert [m.doc for m in find_meetings(small, board="riverside")] == ["a_panel_2021"]
    assert [m.doc for m in find_meetings(small, since="2022-01-01")] == ["b_board_2024"]
    assert find_meetings(small, person="Nobody") == []


def test_people_grouped_by_normalised_name_with_roles_and_meetings(small):
    people = find_people(small)
    assert [p.key for p in people] == ["ann lee", "jo bloggs", "pippa mills", "sam roe"]
    pippa = find_people(small, "mills")
    assert len(pippa) == 1 and [a.doc for a in pippa[0].appearances] == ["a_panel_2021", "b_board_2024"]
    roles = pippa[0].roles()
    assert list(roles) == ["Chief Constable (CC)"]
    assert [(a.name, a.date, a.meeting) for a in roles["Chief Constable (CC)"]] == [
        ("Pippa Mills", "2021-06-01", "Riverside Police and Crime Panel – Quarterly review"),
        ("PIPPA MILLS QPM", "2024-02-15", LCJB)]
    assert pippa[0].to_dict()["roles"][0]["role"] == "Chief Constable (CC)"
    assert [p.key for p in find_people(small, "Dr Jo Bloggs")] == ["jo bloggs"]
    assert find_people(small, "nobody") == []


def test_boards_grouped_by_name_across_documents_with_members(small):
    boards = find_boards(small)
    assert [(b.name, b.member_count, [s.source for s in b.sources]) for b in boards] == [
        (LCJB, 3, ["c_report_2022 p.4", "d_tor"]), ("Victims Board", 2, ["d_tor"])]
    lcjb = boards[0]
    assert (lcjb.abbreviation, lcjb.chair, lcjb.frequency, lcjb.purpose) == (
        "LCJB", "PCC", "quarterly", "Improves criminal justice.")
    assert [m.member for m in lcjb.members] == ["PCC", CPS, "West Mercia Police"]
    assert lcjb.to_dict()["member_count"] == 3


def test_boards_name_by_abbreviation_substring_and_exact_first(small):
    assert [b.name for b in find_boards(small, "lcjb")] == [LCJB]
    assert [b.name for b in find_boards(small, "board")] == [LCJB, "Victims Board"]
    assert [b.name for b in find_boards(small, "victims board")] == ["Victims Board"]
    assert find_boards(small, "Property") == []


def test_memberships_by_board_abbreviation_and_by_member(small):
    assert [m.member for m in find_memberships(small, board="LCJB")] == ["PCC", CPS, "West Mercia Police"]
    assert [m.member for m in find_memberships(small, board="victims")] == [CPS, "Victim Support"]
    on = find_memberships(small, member="crown prosecution service")
    assert [(m.board, m.member_kind, m.role_on_board, m.source) for m in on] == [
        (LCJB, "organisation", "member", "d_tor"), ("Victims Board", "organisation", "member", "d_tor")]
    assert [m.board for m in find_memberships(small, board="victims", member="CPS")] == ["Victims Board"]
    assert find_memberships(small, member="Probation") == []


def test_commitments_carry_progress_by_ref_in_document_else_similar_text(small):
    got = {c.ref: [(p.ref, p.update, p.doc) for p in c.progress] for c in find_commitments(small)}
    assert got == {"B.2": [("B.2", "Casualties fell 5%.", "c_report_2022")],  # not B.9: its ref differs
                   "B.3": [("X.9", "New contract let.", "d_tor")]}  # another document: by text


def test_commitment_filters_theme_ref_and_kind(small):
    assert [c.ref for c in find_commitments(small, theme="roads")] == ["B.2"]
    assert [c.ref for c in find_commitments(small, ref="b3")] == ["B.3"]
    assert [c.ref for c in find_commitments(small, kind="outcome")] == ["B.3"]
    assert find_commitments(small, kind="challenge") == []


def test_reports_on_and_ref_key_rules():
    c = {"document_id": "x", "ref": "A.4", "text": "Make sure victims get effective services"}
    assert ref_key("A.4") == ref_key(" a4 ") == "a4"
    assert reports_on({"document_id": "x", "ref": "A4", "commitment": "unrelated"}, c)
    assert not reports_on({"document_id": "x", "ref": "A.5", "commitment": c["text"]}, c)
    assert reports_on({"document_id": "y", "ref": "Z", "commitment": "make sure victims get effective services now"}, c)
    assert not reports_on({"document_id": "y", "ref": "A.4", "commitment": "roads"}, c)


def test_queries_on_the_samples(ingested_home):
    with open_store(ingested_home) as store:
        force = find_actions(store, owner="force")
        assert [(a.text, a.doc, a.page, a.date) for a in force] == [
            ("The Force to provide the PCC with regular CJS updates, to include exception reports.",
             "002_f57b6ddea2dea553", None, "2023-02-28")]
        assert [m.board for m in find_memberships(store, member="Crown Prosecution Service")] == [
            "West Mercia Local Criminal Justice Board"]
        murray = find_people(store, "Murray")
        assert [(label, [a.date for a in apps]) for label, apps in murray[0].roles().items()] == [
            ("Deputy Chief Constable (DCC)", ["2023-02-28"])]
        a4 = find_commitments(store, ref="A.4")
        assert [(c.doc, c.page, [p.ref for p in c.progress]) for c in a4] == [("004_5b78c666c7dc23dc", 7, ["A.4"])]
