"""A small project generated once and updated by the tests of `djgen update`: its spec, a way
to change it, and the command run in process as a user runs it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner, Result

from djgen.cli import app

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
