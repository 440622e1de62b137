"""From a spec file to the domain model: the frontend for its kind, then the resolve pass."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from djgen.errors import Diagnostic
from djgen.model import Project
from djgen.resolve import resolve
from djgen.spec import load_document


@dataclass(frozen=True)
class Loaded:
    project: Project
    warnings: tuple[Diagnostic, ...]


def load(path: str | Path) -> Loaded:
    """Parse and resolve one spec file; raises DjgenError with every problem found."""
    document, source, frontend_warnings = load_document(path)
    project, warnings = resolve(document, source)
    return Loaded(project, tuple(frontend_warnings) + tuple(warnings))
