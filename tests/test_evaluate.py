import json

from click.testing import CliRunner

from scrutiny.cli import cli
from scrutiny.extract.evaluate import load_gold, person_key, score_records

GOLD = [
    {"type": "document", "doc": "m", "doc_type": "minutes", "date": "2024-03-01"},
    {"type": "attendee", "doc": "m", "name": "Cllr Jane Doe OBE", "role": "Chair", "status": "present"},
    {"type": "attendee", "doc": "m", "name": "Sam Patel", "role": "Clerk", "status": "present"},
    {"type": "attendee", "doc": "m", "name": "Ann Lee", "status": "apologies", "optional": True},
    {"type": "action", "doc": "m", "text": "JD to circulate the budget report to members", "owner": "JD",
     "owner_name": "Jane Doe", "due": "2024-03-31", "status": None},
    {"type": "board", "doc": "m", "name": "Riverside Community Safety Partnership", "abbreviation": "RCSP"},
]


def test_person_names_fold_honorifics_and_post_nominals():
    assert person_key("Cllr Jane Doe OBE") == person_key("jane doe") == "jane doe"
    assert person_key("Ch Supt A. N. Other QPM") == "a n other"


def test_score_counts_matches_misses_extras_and_optional():
    predicted = [
        {"type": "document", "doc": "m", "doc_type": "minutes", "date": "2024-03-02"},
        {"type": "attendee", "doc": "m", "name": "Jane Doe", "role": "Chair", "status": "present"},
        {"type": "attendee", "doc": "m", "name": "Ann Lee", "status": "apologies"},  # optional: not an FP
        {"type": "attendee", "doc": "m", "name": "Bob Stone", "status": "present"},  # extra
        {"type": "action", "doc": "m", "text": "JD to circulate the budget report", "owner": "JD",
         "owner_name": "Jane Doe", "due": "2024-03-31", "status": None},
        {"type": "board", "doc": "m", "name": "Community Safety Partnership", "abbreviation": None},
        {"type": "attendee", "doc": "other", "name": "Not Scored"},  # no gold for this document
    ]
    score = score_records(GOLD, predicted)
    att = score.types["attendee"]
    assert (att.tp, att.fp, att.fn) == (1, 1, 1)
    assert round(att.f1, 3) == 0.5
    assert score.types["action"].tp == 1  # dice 0.83 >= 0.6
    assert score.types["board"].tp == 1  # every word of the shorter name in the longer
    assert score.fields["document"]["date"].accuracy == 0.0
    assert score.fields["document"]["doc_type"].accuracy == 1.0
    assert score.fields["action"]["due"].accuracy == 1.0


def test_eval_command_scores_the_store(ingested_home, tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "002_f57b6ddea2dea553.jsonl").write_text(json.dumps(
        {"type": "document", "doc": "002_f57b6ddea2dea553", "doc_type": "minutes", "date": "2023-02-28"}) + "\n")
    assert len(load_gold(gold_dir)) == 1
    result = CliRunner().invoke(cli, ["--home", str(ingested_home), "eval", str(gold_dir), "--format", "json"])
    assert result.exit_code == 0
    scores = json.loads(result.output)
    assert scores["document"]["f1"] == 1.0
    assert scores["document"]["fields"] == {"doc_type": 1.0, "date": 1.0}
