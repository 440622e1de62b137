"""From a spec file to the domain model: the frontend for its kind, then the resolve pass."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from djgen.errors import Diagnostic
from djgen.frontends import load_bytes, load_document
from djgen.frontends.document import SourceMap, SpecDocument
from djgen.model import Project
from djgen.resolve import resolve


@dataclass(frozen=True)
class Loaded:
    project: Project
    warnings: tuple[Diagnostic, ...]


def load(path: str | Path) -> Loaded:
    """Parse and resolve one spec file; raises DjgenError with every problem found."""
    return _resolved(*load_document(path))


def load_data(data: bytes, path: str) -> Loaded:
    """Parse and resolve a spec's bytes; `path` names it and its extension picks the frontend."""
    return _resolved(*load_bytes(data, path))


def _resolved(
    document: SpecDocument, source: SourceMap, frontend_warnings: list[Diagnostic]
) -> Loaded:
    project, warnings = resolve(document, source)
    return Loaded(project, tuple(frontend_warnings) + tuple(warnings))
