"""The Mermaid frontend: a `classDiagram` → SpecDocument.

One pass over the lines (`scanner`) collects classes, their raw members and the relationship
lines; a second pass over those, not over the text, parses each class body (`bodies`) and
records every relationship line as a link (`relationships`), read later by the resolver; the
front matter's options are merged over the result (`front_matter`). Problems are collected,
so one run reports every bad line. What types and names mean is left to the resolve pass.
"""

from __future__ import annotations

from typing import Any

from djgen.errors import Diagnostic, Diagnostics
from djgen.frontends.document import SpecDocument
from djgen.frontends.located import Located
from djgen.frontends.mermaid.bodies import Bodies, entity_data
from djgen.frontends.mermaid.diagram import Class, Link
from djgen.frontends.mermaid.relationships import Relationships
from djgen.frontends.mermaid.scanner import Scanner
from djgen.frontends.partial import finish
from djgen.frontends.reader import require_content, split_front_matter
from djgen.frontends.source_map import SourceMap
from djgen.frontends.validation import validate


def load_text(text: str, path: str) -> tuple[SpecDocument, SourceMap, list[Diagnostic]]:
    """A Mermaid diagram (already decoded) → its document, source map and warnings."""
    require_content(text, path, "%%")
    front = split_front_matter(text, path)
    diagnostics = Diagnostics()
    scanner = Scanner(path, diagnostics)
    scanner.parse(front.body)
    source = SourceMap(path)
    data = _document(path, diagnostics, scanner.classes, scanner.links, source)
    located = Located(path, diagnostics)
    if front.node is not None:
        # Front matter is YAML: its reader, and PyYAML, only for a diagram that has some.
        from djgen.frontends.mermaid.front_matter import merge_front_matter

        located = merge_front_matter(front, data, diagnostics, source, scanner.classes)
    document = validate(data, located, source)
    finish(diagnostics, document, source)
    assert document is not None
    return document, source, diagnostics.warnings


def _document(
    path: str,
    diagnostics: Diagnostics,
    classes: dict[str, Class],
    links: list[Link],
    source: SourceMap,
) -> dict[str, Any]:
    """Classes and links → the document's data: the classes, their links as drawn."""
    bodies = Bodies(path, diagnostics, frozenset(classes))
    entities: dict[str, Any] = {}
    enums: dict[str, Any] = {}
    for cls in classes.values():
        kind = "enums" if cls.is_enum else "entities"
        source.locs.setdefault((kind, cls.name), cls.declared or cls.mention)
        if cls.is_enum:
            enums[cls.name] = bodies.enum(cls, source)
        else:
            bodies.members(cls, source)
    relationships = Relationships(path, diagnostics, classes)
    for link in links:
        relationships.link(link, source)
    for cls in classes.values():
        if not cls.is_enum:
            entities[cls.name] = entity_data(cls)
    data: dict[str, Any] = {}
    if entities:
        data["entities"] = entities
    if enums:
        data["enums"] = enums
    if relationships.links:
        data["links"] = relationships.links
    return data
