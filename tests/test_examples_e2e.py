"""End to end: every example generates a project that installs and passes its own `make check`,
on SQLite with local memory, and on PostgreSQL + Redis when they are configured (always in CI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.projects import gate_env, make_check
from tests.services import require_services

EXAMPLES = [
    pytest.param(path, id=path.name, marks=pytest.mark.xdist_group(path.name))
    for path in sorted((Path(__file__).parent.parent / "examples").iterdir())
    if path.is_file()
]
pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("example", EXAMPLES)
def test_example_passes_its_gate_on_sqlite(example: Path, generated, project_venv: Path) -> None:
    make_check(generated(example), project_venv, gate_env(project_venv))


@pytest.mark.parametrize("example", EXAMPLES)
def test_example_passes_its_gate_on_postgres_and_redis(
    example: Path, generated, project_venv: Path
) -> None:
    database_url, redis_url = require_services()
    env = gate_env(project_venv, DATABASE_URL=database_url, REDIS_URL=redis_url)
    make_check(generated(example), project_venv, env)
