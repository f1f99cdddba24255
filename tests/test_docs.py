"""Every command is documented in the README with an example, and its --help has one."""

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from scrutiny.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_documented_in_readme_with_an_example(command):
    assert re.search(rf"^### {command}$", README, re.M), f"README has no section for {command}"
    assert f"scrutiny {command}" in README


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help_has_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"scrutiny {command}" in result.output


def test_quick_start_is_two_commands():
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    block = re.search(r"```bash\n(.*?)```", quick, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
