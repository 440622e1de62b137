"""factory-boy factories for every concrete entity, and the `seed` command that uses them.
What each factory declares and the order the seed fills them in come from
`lowering.factory_plan`; this module renders them.
"""

from __future__ import annotations

from collections.abc import Mapping

from djgen.lowering.factory_plan import (
    IMPORT_FACTORY,
    FactoryView,
    build_view,
    drawn_unique,
    ordered,
    seed_steps,
    sequence_roots,
)
from djgen.lowering.imports import Import, Imports
from djgen.lowering.names import app_import, factory_class
from djgen.model import Project
from djgen.render import render

IMPORT_TAKEN = Import("apps.core.factories", "taken")


def factories_module(project: Project, app: str) -> str | None:
    entities = ordered(project, app)
    if not entities:
        return None
    imports = Imports(*(Import(".models", e.name) for e in entities))
    views: list[FactoryView] = []
    defined: set[str] = set()
    for entity in entities:
        view, needed = build_view(project, entity, defined)
        views.append(view)
        imports.update(needed)
        defined.add(entity.name)
    if any(v.declarations for v in views) or any(v.post_generation for v in views):
        imports.add(IMPORT_FACTORY)
    return render(
        "app/factories.py.jinja",
        app=project.app(app),
        views=views,
        imports=imports.lines(),
    )


def seed_command(project: Project) -> str:
    steps = seed_steps(project)
    user = project.user
    imports = Imports(
        app_import(user.app, "factories", factory_class(user)),
        app_import(user.app, "models", user.name),
    )
    for step in steps:
        entity = step.entity
        imports.add(app_import(entity.app, "factories", factory_class(entity)))
        for model in (entity, *(target for _, target in step.reuse + step.links)):
            imports.add(app_import(model.app, "models", model.name))
    drawn = drawn_unique(project)
    for found in drawn:
        imports.add(app_import(found.entity.app, "models", found.entity.name))
    if drawn:
        imports.add(IMPORT_TAKEN)
    return render(
        "core/management/commands/seed.py.jinja",
        steps=steps,
        sequenced=sequence_roots(project),
        drawn=drawn,
        user=user,
        roles=project.features.roles,
        imports=imports.lines(),
    )


def generate(project: Project) -> Mapping[str, str]:
    files: dict[str, str] = {}
    for app in project.apps:
        source = factories_module(project, app.name)
        if source is not None:
            files[f"apps/{app.name}/factories.py"] = source
    files["apps/core/management/commands/seed.py"] = seed_command(project)
    if any(f.pattern for e in project.entities for f in e.fields):
        files["apps/core/factories.py"] = render("core/factories.py.jinja")
    return files
