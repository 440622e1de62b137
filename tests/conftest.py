"""Shared pytest options for djgen's own tests, and the generated projects the end-to-end
tests share."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.projects import run

ROOT = Path(__file__).parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite the golden snapshots in tests/golden from the current generator output.",
    )


@pytest.fixture(scope="session")
def project_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One virtual environment for the generated projects (they share their dependencies)."""
    venv = tmp_path_factory.mktemp("venv")
    run([sys.executable, "-m", "venv", str(venv)], cwd=venv)
    run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--upgrade", "pip"], venv)
    return venv


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory, project_venv: Path):
    """Generate and install an example once per session; shared by the tests that run it."""
    made: dict[str, Path] = {}

    def make(example: Path) -> Path:
        if example.name not in made:
            out = tmp_path_factory.mktemp("projects") / example.stem
            # From the checkout's root, so that a relative PYTHONPATH=src finds this djgen.
            run([sys.executable, "-m", "djgen", "new", str(example), "-o", str(out)], ROOT)
            pip = [str(project_venv / "bin" / "python"), "-m", "pip", "install", "-q"]
            run([*pip, "-e", ".[dev]"], out)
            made[example.name] = out
        return made[example.name]

    return make
