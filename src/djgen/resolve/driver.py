"""The driver: runs the passes in order over one document and assembles the `Project`.

Each pass adds to a shared `Context` and reports problems there instead of raising; the
driver raises once, with every error found, or returns the model and the warnings.
"""

from __future__ import annotations

from collections import defaultdict

from djgen import names
from djgen.defaults import default_title
from djgen.errors import Diagnostic
from djgen.frontends.document import SpecDocument
from djgen.frontends.source_map import SourceMap
from djgen.model import App, Entity, Project
from djgen.resolve.attributes import resolve_attributes
from djgen.resolve.cycles import check_key_cycles
from djgen.resolve.declarations import check_app, collect_entities, project_name, user_model
from djgen.resolve.entities import finish_entities
from djgen.resolve.entity_options import check_plurals
from djgen.resolve.enums import collect_enums
from djgen.resolve.features import check_features
from djgen.resolve.field_types import TYPE_SPELLINGS
from djgen.resolve.inheritance import check_inherited_conflicts, check_keys, link_parents
from djgen.resolve.links import apply_links
from djgen.resolve.relations import check_through
from djgen.resolve.state import Context


def resolve(doc: SpecDocument, source: SourceMap) -> tuple[Project, list[Diagnostic]]:
    """The domain model of a spec document, and the warnings found on the way.

    Raises DjgenError carrying every error (and the warnings) when the document has any.
    """
    ctx = Context(doc, source)
    project = project_name(ctx)
    ctx.default_app = doc.app or project
    check_app(ctx, ctx.default_app, ("app",) if doc.app else ("project",))
    collect_entities(ctx)
    collect_enums(ctx)
    ctx.user_model = user_model(ctx)
    apply_links(ctx)
    link_parents(ctx)
    ctx.type_candidates = [*TYPE_SPELLINGS, *ctx.drafts, *ctx.enums]
    for draft in ctx.drafts.values():
        resolve_attributes(ctx, draft)
    for draft in ctx.drafts.values():
        check_inherited_conflicts(ctx, draft)
        check_keys(ctx, draft)
    check_through(ctx)
    check_key_cycles(ctx)
    entities = finish_entities(ctx)
    check_plurals(ctx, entities)
    features = check_features(ctx)
    apps = _apps(ctx, entities)
    enum_order = {app.name: i for i, app in enumerate(apps)}
    ctx.diags.raise_if_errors()
    result = Project(
        name=project,
        title=doc.title or default_title(project),
        description=doc.description,
        default_app=ctx.default_app,
        features=features,
        apps=apps,
        entities=tuple(entities[n] for app in apps for n in app.entities),
        enums=tuple(sorted(ctx.enums.values(), key=lambda e: enum_order[e.app])),
        user_model=ctx.user_model,
    )
    return result, sorted(ctx.diags.warnings, key=lambda d: (d.loc, d.code, d.message))


def _apps(ctx: Context, entities: dict[str, Entity]) -> tuple[App, ...]:
    """Apps in order of first appearance, the default app first when it holds anything."""
    order: dict[str, list[str]] = {}
    default_used = any(e.app == ctx.default_app for e in entities.values()) or any(
        e.app == ctx.default_app for e in ctx.enums.values()
    )
    if default_used:
        order[ctx.default_app] = []
    for entity in entities.values():
        order.setdefault(entity.app, []).append(entity.name)
    for enum in ctx.enums.values():
        order.setdefault(enum.app, [])
    enums_by_app: dict[str, list[str]] = defaultdict(list)
    for enum in ctx.enums.values():
        enums_by_app[enum.app].append(enum.name)
    return tuple(
        App(
            name=app,
            verbose_name=names.human(app).title(),
            entities=tuple(members),
            enums=tuple(enums_by_app[app]),
        )
        for app, members in order.items()
    )
