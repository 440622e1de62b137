"""End to end: every example generates a project that installs and passes its own `make check`,
on SQLite with local memory, and on PostgreSQL + Redis when they are configured (always in CI)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.services import require_services

EXAMPLES = sorted(p for p in (Path(__file__).parent.parent / "examples").iterdir() if p.is_file())
pytestmark = pytest.mark.e2e


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
    done = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=1200
    )
    if done.returncode != 0:
        pytest.fail(
            f"`{' '.join(args)}` exited {done.returncode} in {cwd}\n"
            f"--- stdout (tail)\n{done.stdout[-8000:]}\n--- stderr (tail)\n{done.stderr[-8000:]}"
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
    """Generate and install an example once per session; shared by the SQLite and Postgres runs."""
    made: dict[str, Path] = {}

    def make(example: Path) -> Path:
        if example.name not in made:
            out = tmp_path_factory.mktemp("projects") / example.stem
            run([sys.executable, "-m", "djgen", "new", str(example), "-o", str(out)], out.parent)
            pip = [str(project_venv / "bin" / "python"), "-m", "pip", "install", "-q"]
            run([*pip, "-e", ".[dev]"], out)
            made[example.name] = out
        return made[example.name]

    return make


def gate_env(project_venv: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env["PATH"] = f"{project_venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env.pop("VIRTUAL_ENV", None)
    env.update(extra)
    return env


def make_check(project: Path, venv: Path, env: dict[str, str]) -> None:
    make = shutil.which("make")
    assert make, "make is required to run a generated project's gate"
    run([make, "check", f"PYTHON={venv / 'bin' / 'python'}"], project, env)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_example_passes_its_gate_on_sqlite(example: Path, generated, project_venv: Path) -> None:
    make_check(generated(example), project_venv, gate_env(project_venv))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_example_passes_its_gate_on_postgres_and_redis(
    example: Path, generated, project_venv: Path
) -> None:
    database_url, redis_url = require_services()
    env = gate_env(project_venv, DATABASE_URL=database_url, REDIS_URL=redis_url)
    make_check(generated(example), project_venv, env)
