"""A frontend's errors together with the document of everything it could read.

A frontend drops what it cannot read (a malformed attribute, a line that is not Mermaid) and
keeps going; when what remains is still a valid document, it raises this error carrying that
document, so the resolver can check it too and one run reports the problems of both stages.
"""

from __future__ import annotations

from collections.abc import Iterable

from djgen.errors import Diagnostic, Diagnostics, DjgenError
from djgen.frontends.document import SpecDocument
from djgen.frontends.source_map import SourceMap


class PartialDocument(DjgenError):
    def __init__(
        self, diagnostics: Iterable[Diagnostic], document: SpecDocument, source: SourceMap
    ) -> None:
        super().__init__(diagnostics)
        self.document = document
        self.source = source


def finish(
    diagnostics: Diagnostics, document: SpecDocument | None = None, source: SourceMap | None = None
) -> None:
    """Raise every problem found, once each, ordered by position; with the document read
    despite them, when there is one, so that the resolver can report its problems too."""
    unique = list(dict.fromkeys(diagnostics.items))
    diagnostics.items[:] = unique
    if document is not None and source is not None and diagnostics.errors:
        raise PartialDocument(sorted(unique, key=lambda d: d.loc), document, source)
    diagnostics.raise_if_errors()
