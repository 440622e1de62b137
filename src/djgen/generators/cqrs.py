"""CQRS: the commands, queries, events and handlers of each app whose entities `features.cqrs`
names, the dispatcher and event bus they share in `apps/core/cqrs/`, the Celery app that runs
asynchronous subscribers, the guide and the tests that prove it all."""

from __future__ import annotations

from djgen.lowering.cqrs import (
    Cqrs,
    app_cqrs,
    commands_imports,
    enabled,
    events_imports,
    handlers_imports,
    queries_imports,
    sample,
)
from djgen.lowering.imports import Import, Imports
from djgen.lowering.names import app_import, factory_class, serializer_class
from djgen.lowering.test_data import entity_tests
from djgen.model import App, Project
from djgen.render import render

CORE_PACKAGE = "apps.core.cqrs"
TESTING = "apps.core.cqrs.testing"
# Output path → template under templates/cqrs/, written once per project.
CORE = (
    "apps/core/cqrs/__init__.py",
    "apps/core/cqrs/api.py",
    "apps/core/cqrs/bus.py",
    "apps/core/cqrs/context.py",
    "apps/core/cqrs/dispatcher.py",
    "apps/core/cqrs/errors.py",
    "apps/core/cqrs/messages.py",
    "apps/core/cqrs/rows.py",
    "apps/core/cqrs/tasks.py",
    "apps/core/cqrs/testing.py",
    "apps/core/subscribers.py",
    "config/celery.py",
)


def app_files(project: Project, app: App, items: list[Cqrs]) -> dict[str, str]:
    package = f"apps/{app.name}"
    writes = [c for c in items if c.writes]
    files = {
        f"{package}/queries.py": render(
            "cqrs/app/queries.py.jinja",
            app=app,
            items=items,
            imports=queries_imports(app.name, items).lines(),
        ),
        f"{package}/handlers.py": render(
            "cqrs/app/handlers.py.jinja",
            app=app,
            items=items,
            imports=handlers_imports(app.name, items).lines(),
        ),
        f"{package}/tests/test_cqrs.py": render(
            "cqrs/app/tests/test_cqrs.py.jinja",
            project=project,
            app=app,
            items=items,
            tests={c.name: entity_tests(c.entity) for c in items},
            imports=app_test_imports(app.name, items).lines(),
        ),
    }
    if writes:
        files[f"{package}/commands.py"] = render(
            "cqrs/app/commands.py.jinja",
            app=app,
            items=writes,
            imports=commands_imports(writes).lines(),
        )
        files[f"{package}/events.py"] = render(
            "cqrs/app/events.py.jinja",
            app=app,
            items=writes,
            imports=events_imports(writes).lines(),
        )
    return files


def app_test_imports(app: str, items: list[Cqrs]) -> Imports:
    """What an app's CQRS tests name: the entities' models, factories and messages, and the
    helpers that build request bodies and record events."""
    imports = Imports(Import(CORE_PACKAGE, "ask"), Import(CORE_PACKAGE, "NotFound"))
    for c in items:
        e = c.entity
        imports.add(
            app_import(app, "models", e.name),
            app_import(app, "factories", factory_class(e)),
            *(app_import(app, "queries", name) for name in c.queries),
        )
        if not c.writes:
            continue
        imports.add(
            Import(CORE_PACKAGE, "dispatch"),
            app_import(app, "serializers", serializer_class(e)),
            *(app_import(app, "commands", name) for name in c.commands),
            *(app_import(app, "events", name) for name in c.events),
            *(Import("apps.core.testing", name) for name in ("api_payload", "send")),
            *(Import(TESTING, name) for name in ("assert_changes_stored", "recorded", "validated")),
        )
        if e.owner is not None:
            imports.add(Import(CORE_PACKAGE, "Forbidden"))
        if any((e.permissions.create, e.permissions.update, e.permissions.delete)):
            imports.add(Import("apps.core.testing", "grant_roles"))
    return imports


def core_test_imports(project: Project) -> Imports:
    """The sample entity's messages, factory and serializer, for the shared CQRS tests."""
    found = sample(project)
    if found is None:
        return Imports()
    e = found.entity
    imports = Imports()
    if e.owner is not None:
        imports.add(app_import(project.user.app, "factories", factory_class(project.user)))
    imports.add(
        app_import(e.app, "commands", found.create),
        app_import(e.app, "commands", found.delete),
        app_import(e.app, "events", found.created),
        app_import(e.app, "factories", factory_class(e)),
        app_import(e.app, "models", e.name),
        app_import(e.app, "serializers", serializer_class(e)),
    )
    return imports


def generate(project: Project) -> dict[str, str]:
    """Nothing unless `features.cqrs` names an entity."""
    if not enabled(project):
        return {}
    files = {path: render(f"cqrs/{path}.jinja", project=project) for path in CORE}
    found = sample(project)
    if found is not None:  # the shared tests write through one entity's commands
        files["apps/core/tests/test_cqrs.py"] = render(
            "cqrs/apps/core/tests/test_cqrs.py.jinja",
            project=project,
            sample=found,
            t=entity_tests(found.entity),
            imports=core_test_imports(project).lines(),
        )
    for app in project.apps:
        items = app_cqrs(project, app.name)
        if items:
            files.update(app_files(project, app, items))
    files["docs/cqrs.md"] = render(
        "cqrs/docs/cqrs.md.jinja",
        project=project,
        items=[c for app in project.apps for c in app_cqrs(project, app.name)],
        sample=found,
    )
    return files
