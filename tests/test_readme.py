"""The README stays true: its commands are the ones CI runs, and it lists every code."""

from __future__ import annotations

from pathlib import Path

from djgen.errors import CODES

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command() -> None:
    blocks = README.split("```sh\n")[1:3]
    test_command = blocks[1].split("\n")[0]
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_diagnostic_code_is_documented() -> None:
    missing = [code for code in CODES if f"| {code} |" not in README]
    assert not missing
