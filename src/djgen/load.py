"""From a spec file to the domain model: the frontend for its kind, then the resolve pass.

When the frontend could read only part of the file, the resolve pass still checks that part,
so its problems arrive in the same run as the frontend's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from djgen.errors import Diagnostic, DjgenError
from djgen.frontends import load_bytes, load_document
from djgen.frontends.document import SpecDocument
from djgen.frontends.partial import PartialDocument
from djgen.frontends.source_map import SourceMap
from djgen.model import Project
from djgen.resolve import resolve


@dataclass(frozen=True)
class Loaded:
    project: Project
    warnings: tuple[Diagnostic, ...]


def load(path: str | Path, application: str | None = None) -> Loaded:
    """Parse and resolve one spec file; raises DjgenError with every problem found.
    `application` picks one application of a JDL file that defines several."""
    return _resolved(*_read(lambda: load_document(path, application)))


def load_data(data: bytes, path: str, application: str | None = None) -> Loaded:
    """Parse and resolve a spec's bytes; `path` names it and its extension picks the frontend."""
    return _resolved(*_read(lambda: load_bytes(data, path, application)))


Read = tuple[SpecDocument, SourceMap, list[Diagnostic]]


def _read(frontend: Callable[[], Read]) -> Read:
    """The frontend's result; with its errors, the resolver's problems on what it read."""
    try:
        return frontend()
    except PartialDocument as partial:
        found = list(partial.diagnostics)
        try:
            resolve(partial.document, partial.source)
        except DjgenError as later:
            found.extend(d for d in later.diagnostics if d not in found)
        raise DjgenError(sorted(found, key=lambda d: d.loc)) from None


def _resolved(
    document: SpecDocument, source: SourceMap, frontend_warnings: list[Diagnostic]
) -> Loaded:
    project, warnings = resolve(document, source)
    return Loaded(project, tuple(frontend_warnings) + tuple(warnings))
