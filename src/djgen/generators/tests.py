"""The generated project's API tests: one short module per concrete entity, plus the helpers
they share (written once, in `apps/core/testing.py`). What they send and expect comes from
`lowering.test_data`."""

from __future__ import annotations

from collections.abc import Mapping

from djgen.lowering.access_tests import Clients, clients
from djgen.lowering.imports import Import, Imports
from djgen.lowering.names import app_import, entity_test_module, factory_class
from djgen.lowering.policy import ANONYMOUS_STATUS
from djgen.lowering.test_data import entity_tests
from djgen.model import Entity, Project
from djgen.render import render
from djgen.vocabulary import Auth


def entity_test_imports(entity: Entity, writer: Clients) -> Imports:
    """What an entity's API tests import: its factory and model, and the shared helpers its
    tests call (a user's only check what is never shown; read-only rows are never sent)."""
    imports = Imports(
        app_import(entity.app, "factories", factory_class(entity)),
        app_import(entity.app, "models", entity.name),
    )
    if entity.is_user:
        helpers: tuple[str, ...] = ("all_keys",)
    elif entity.readonly:
        helpers = ()
    else:
        roles = ("grant_roles",) if writer.roles else ()
        helpers = ("api_payload", "field_errors", "send", *roles)
    imports.add(*(Import("apps.core.testing", name) for name in helpers))
    return imports


def test_module(project: Project, entity: Entity) -> str:
    auth = project.features.auth
    writer = clients(project, entity)
    return render(
        "app/tests/test_entity.py.jinja",
        t=entity_tests(entity),
        c=writer,
        entity=entity,
        imports=entity_test_imports(entity, writer).lines(),
        anonymous_status=ANONYMOUS_STATUS[auth],
        open_writes=auth is Auth.NONE,
    )


def generate(project: Project) -> Mapping[str, str]:
    files = {"apps/core/testing.py": render("core/testing.py.jinja")}
    for app in project.apps:
        entities = [e for e in project.app_entities(app.name) if not e.abstract]
        if not entities:
            continue
        files[f"apps/{app.name}/tests/__init__.py"] = render("app/tests/__init__.py.jinja")
        for entity in entities:
            module = entity_test_module(entity)
            files[f"apps/{app.name}/tests/{module}.py"] = test_module(project, entity)
    return files
