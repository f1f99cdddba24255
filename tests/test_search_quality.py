"""Search quality on judged queries: the dev corpus's and our own genre documents'.

Each judgment names the document and a phrase a good answer shows among the first k
hits; success@k and MRR are computed as shared/tools/score_search.py does.
"""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from scrutiny.cli import cli
from scrutiny.search import SearchRequest, open_index
from tests.genre.make_genre import make_all

HERE = Path(__file__).resolve().parent
DEV_QUERIES = HERE.parents[1] / "shared" / "spec" / "queries-dev.jsonl"


def _score(home: Path, judgments: list[dict]) -> tuple[float, float, list[str]]:
    found, reciprocal, misses = 0, 0.0, []
    with open_index(home) as index:
        for j in judgments:
            hits = index.query(SearchRequest(j["q"], limit=10, **j.get("filters", {}))).hits
            want = j["expect"]
            rank = next((i for i, h in enumerate(hits, 1)
                         if h.doc == want["doc"] and want["contains"].lower() in h.text.lower()), None)
            if rank and rank <= j["k"]:
                found += 1
                reciprocal += 1 / rank
            else:
                misses.append(f"{j['q']!r} -> {rank}")
    return found / len(judgments), reciprocal / len(judgments), misses


@pytest.fixture(scope="module")
def genre_home(tmp_path_factory):
    docs = tmp_path_factory.mktemp("genre-docs")
    make_all(docs)
    home = tmp_path_factory.mktemp("genre-search")
    assert CliRunner().invoke(cli, ["--home", str(home), "ingest", str(docs)]).exit_code == 0
    return home


def test_genre_queries_all_found_near_the_top(genre_home):
    judgments = [json.loads(line) for line in (HERE / "genre" / "queries.jsonl").read_text().splitlines()]
    success, mrr, misses = _score(genre_home, judgments)
    assert success == 1.0, misses
    assert mrr >= 0.85


@pytest.mark.skipif(not DEV_QUERIES.exists(), reason="shared/spec not beside the checkout")
def test_dev_queries_all_found_near_the_top(ingested_home):
    judgments = [json.loads(line) for line in DEV_QUERIES.read_text().splitlines() if line.strip()]
    success, mrr, misses = _score(ingested_home, judgments)
    assert success == 1.0, misses
    assert mrr >= 0.85
