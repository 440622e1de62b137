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
    factory_name,
    ordered,
    seed_steps,
    sequence_roots,
)
from djgen.model import Project
from djgen.render import render


def factories_module(project: Project, app: str) -> str | None:
    entities = ordered(project, app)
    if not entities:
        return None
    imports: set[str] = set()
    views: list[FactoryView] = []
    defined: set[str] = set()
    for entity in entities:
        view, extra = build_view(project, entity, defined)
        views.append(view)
        imports |= extra
        defined.add(entity.name)
    if any(v.declarations for v in views) or any(v.post_generation for v in views):
        imports.add(IMPORT_FACTORY)
    models = ", ".join(sorted(e.name for e in entities))
    imports.add(f"from .models import {models}")
    return render(
        "app/factories.py.jinja",
        app=project.app(app),
        views=views,
        imports=sorted(imports),
    )


def seed_command(project: Project) -> str:
    steps = seed_steps(project)
    imports: set[str] = set()
    for step in steps:
        entity = step.entity
        imports.add(f"from apps.{entity.app}.factories import {factory_name(entity)}")
        for model in (entity, *(target for _, target in step.reuse + step.links)):
            imports.add(f"from apps.{model.app}.models import {model.name}")
    return render(
        "core/management/commands/seed.py.jinja",
        steps=steps,
        sequenced=sequence_roots(project),
        imports=_merge_imports(imports),
        factory_name=factory_name,
    )


def _merge_imports(lines: set[str]) -> list[str]:
    """`from m import A` and `from m import B` become `from m import A, B`."""
    names: dict[str, set[str]] = {}
    for line in lines:
        module, _, name = line.removeprefix("from ").partition(" import ")
        names.setdefault(module, set()).add(name)
    return [f"from {m} import {', '.join(sorted(n))}" for m, n in sorted(names.items())]


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
