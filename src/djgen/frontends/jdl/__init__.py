"""The JDL frontend: a JHipster Domain Language file (`.jdl`, `.jh`) → SpecDocument.

The grammar (`jdl.lark`) reads the file into its statements (`syntax`); the applications
decide which entities are generated and in which app (`applications`); entities, fields and
enumerations (`fields`), relationships (`relationships`) and options (`options`) then become
the document's data, every part located, and the data is validated like a YAML spec's.
"""

from __future__ import annotations

from typing import Any

from djgen.errors import Diagnostic, Diagnostics
from djgen.frontends.document import SpecDocument
from djgen.frontends.jdl import applications, options, syntax
from djgen.frontends.jdl.fields import Fields
from djgen.frontends.jdl.relationships import Relationships
from djgen.frontends.jdl.statements import Model, Name
from djgen.frontends.located import Located
from djgen.frontends.partial import finish
from djgen.frontends.reader import require_content
from djgen.frontends.source_map import SourceMap
from djgen.frontends.validation import validate


def load_text(
    text: str, path: str, application: str | None = None
) -> tuple[SpecDocument, SourceMap, list[Diagnostic]]:
    """A JDL file (already decoded) → its document, source map and warnings; `application`
    picks one application of a file that defines several."""
    require_content(text, path, "//")
    diagnostics = Diagnostics()
    model = syntax.parse(text, path, diagnostics)
    diagnostics.raise_if_errors()
    assert model is not None
    source = SourceMap(path)
    data = _document(model, application, source, diagnostics)
    document = validate(data, Located(path, diagnostics), source)
    finish(diagnostics, document, source)
    assert document is not None
    return document, source, sorted(diagnostics.warnings, key=lambda d: d.loc)


def _document(
    model: Model, application: str | None, source: SourceMap, diagnostics: Diagnostics
) -> dict[str, Any]:
    plan = applications.plan(model, application, source.path, diagnostics)
    _duplicates(model, diagnostics)
    reader = Fields(model.constants, source, diagnostics)
    included = set(plan.included)
    entities = {e.name.text: reader.entity(e) for e in model.entities if e.name.text in included}
    for name, app in plan.apps.items():
        entities[name]["app"] = app
    declared = [e.name.text for e in model.entities]
    links = Relationships(entities, declared, source, diagnostics)
    for link in model.links:
        links.add(link)
    chosen = options.Options(entities, source, diagnostics)
    for option, scope in plan.scoped:
        chosen.option(option, scope)
    for entity in model.entities:
        if entity.name.text in included:
            chosen.annotations(entity)
    data: dict[str, Any] = {}
    project = options.project_name(plan.settings)
    if project is not None:
        data["project"] = project
    if plan.default_app is not None:
        data["app"] = plan.default_app
    features = options.features(plan.settings, diagnostics)
    if features:
        data["features"] = features
    data["entities"] = entities
    used = {str(f.get("type")) for e in entities.values() for f in e.get("fields", {}).values()}
    enums = {e.name.text: reader.enum(e) for e in model.enums if e.name.text in used}
    if enums:
        data["enums"] = enums
    return data


def _duplicates(model: Model, diagnostics: Diagnostics) -> None:
    """DJG203 for an entity or enumeration declared twice (or as both)."""
    seen: dict[str, Name] = {}
    for name in [e.name for e in model.entities] + [e.name for e in model.enums]:
        first = seen.setdefault(name.text, name)
        if first is not name:
            diagnostics.error(
                "DJG203",
                f"'{name.text}' is declared twice",
                name.loc,
                f"the first declaration is at line {first.loc.line}",
            )
