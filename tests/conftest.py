import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from scrutiny.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"

# CLI tests ingest in-process: starting worker processes for every small batch would
# triple the suite's time. The tests of --workers and --dask pass them explicitly.
os.environ.setdefault("SCRUTINY_WORKERS", "0")


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def home(tmp_path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def run(home):
    """Invoke the real CLI against a fresh data directory."""
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(cli, ["--home", str(home), *map(str, args)], input=input, catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def ingested_home(tmp_path_factory) -> Path:
    """A data directory holding the sample corpus, ingested once per test session."""
    home = tmp_path_factory.mktemp("samples-home")
    result = CliRunner().invoke(cli, ["--home", str(home), "ingest", str(SAMPLES)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return home


@pytest.fixture(scope="session")
def batch_corpus(tmp_path_factory) -> Path:
    """A folder of 21 documents in every format: the genre documents and the samples."""
    import shutil

    from tests.genre.make_genre import make_all

    folder = tmp_path_factory.mktemp("batch-corpus")
    make_all(folder / "genre")
    shutil.copytree(SAMPLES, folder / "samples")
    return folder
