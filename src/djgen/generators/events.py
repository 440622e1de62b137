"""Event sourcing: the event store and what reads it, once in `apps/core/events/` (its own
Django app, label `events`), an upcaster module and the tests of each app whose entities
`features.event_sourcing` names, and the guide."""

from __future__ import annotations

from djgen.lowering.cqrs import Cqrs
from djgen.lowering.events import app_sourced, enabled, sourced, stream_type
from djgen.lowering.imports import Import, Imports
from djgen.lowering.names import app_import, factory_class
from djgen.lowering.test_data import entity_tests
from djgen.model import Project
from djgen.render import render
from djgen.vocabulary import CacheBackend

# Output path → template under templates/events/, written once per project.
CORE = (
    "apps/core/events/__init__.py",
    "apps/core/events/admin.py",
    "apps/core/events/aggregate.py",
    "apps/core/events/api.py",
    "apps/core/events/apps.py",
    "apps/core/events/management/__init__.py",
    "apps/core/events/management/commands/__init__.py",
    "apps/core/events/management/commands/replay_events.py",
    "apps/core/events/migrations/__init__.py",
    "apps/core/events/migrations/0001_initial.py",
    "apps/core/events/migrations/0002_append_only.py",
    "apps/core/events/models.py",
    "apps/core/events/replay.py",
    "apps/core/events/store.py",
    "apps/core/events/streams.py",
    "apps/core/events/upcasters.py",
    "apps/core/events/urls.py",
    "apps/core/tests/test_events.py",
)


def app_test_imports(app: str, items: list[Cqrs]) -> Imports:
    """What an app's event-sourcing tests name: each entity's model and factory."""
    imports = Imports()
    for c in items:
        imports.add(
            app_import(app, "models", c.name),
            app_import(app, "factories", factory_class(c.entity)),
        )
        if any(getattr(c.entity.permissions, kind) for kind in ("create", "update", "delete")):
            imports.add(Import("apps.core.testing", "grant_roles"))
    return imports


def generate(project: Project) -> dict[str, str]:
    """Nothing unless `features.event_sourcing` names an entity."""
    if not enabled(project):
        return {}
    items = sourced(project)
    context = {
        "project": project,
        "items": items,
        "stream_types": {c.name: stream_type(c) for c in items},
        "cache": project.features.cache is not CacheBackend.NONE,
    }
    files = {path: render(f"events/{path}.jinja", **context) for path in CORE}
    for app in project.apps:
        here = app_sourced(project, app.name)
        if not here:
            continue
        files[f"apps/{app.name}/upcasters.py"] = render(
            "events/app/upcasters.py.jinja", app=app, items=here
        )
        files[f"apps/{app.name}/tests/test_event_sourcing.py"] = render(
            "events/app/tests/test_event_sourcing.py.jinja",
            project=project,
            app=app,
            items=here,
            stream_types=context["stream_types"],
            tests={c.name: entity_tests(c.entity) for c in here},
            imports=app_test_imports(app.name, here).lines(),
        )
    files["docs/event-sourcing.md"] = render("events/docs/event-sourcing.md.jinja", **context)
    return files
