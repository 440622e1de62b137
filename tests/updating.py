"""A small project generated once and updated by the tests of `djgen update`: its spec, a way
to change it, and the command run in process as a user runs it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner, Result

from djgen.cli import app
from tests.projects import run

SHELF = """\
project: shelf
features: {cache: none}
entities:
  Author:
    fields:
      name: String(max:100)
  Book:
    fields:
      title: String(max:200)
      pages: Integer(optional)
      author: {type: Author, on_delete: CASCADE}
"""


def djgen(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


def new_project(folder: Path, spec: str = SHELF) -> tuple[Path, Path]:
    """A spec file and the project `djgen new` makes from it, under `folder`."""
    path = folder / "shelf.yaml"
    path.write_text(spec, encoding="utf-8")
    out = folder / "shelf"
    done = djgen("new", path, "-o", out)
    assert done.exit_code == 0, done.output
    return path, out


def edit(path: Path, old: str, new: str) -> None:
    """Replace one piece of a file's text, which must be there exactly once."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not once in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def migrations(out: Path, app: str = "shelf") -> list[str]:
    folder = out / "apps" / app / "migrations"
    return sorted(p.name for p in folder.glob("0*.py"))


def newest_model_migration(out: Path, app: str = "shelf") -> str:
    """The text of the app's newest migration that is not a full-text index migration."""
    name = [m for m in migrations(out, app) if not m.endswith("_search.py")][-1]
    return (out / "apps" / app / "migrations" / name).read_text(encoding="utf-8")


# The gate's fast steps in one process: the system checks, then makemigrations --check.
CHECKS = (
    "import os, django; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings.dev'); "
    "django.setup(); from django.core.management import call_command; "
    "call_command('check', fail_level='WARNING'); "
    "call_command('makemigrations', check=True, dry_run=True, verbosity=0)"
)


def fast_gate(project: Path, venv: Path, env: dict[str, str]) -> None:
    """The steps of the generated project's gate that take seconds, not minutes: manage.py
    check, makemigrations --check, ruff check and ruff format --check."""
    python = str(venv / "bin" / "python")
    run([python, "-c", CHECKS], project, env)
    run([python, "-m", "ruff", "check", "--quiet", "."], project, env)
    run([python, "-m", "ruff", "format", "--check", "--quiet", "."], project, env)


def install(project: Path, venv: Path) -> None:
    run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "-e", ".[dev]"], project)
