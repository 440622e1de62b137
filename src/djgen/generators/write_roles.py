"""Fields only staff, or staff and some roles, write (`staff_only`, `write_roles`): the write
serializer that refuses everyone else, once in `apps/core/write_roles.py`, and per app the
tests that prove it for each such field (`lowering.writers`)."""

from __future__ import annotations

from djgen.lowering.imports import Import, Imports
from djgen.lowering.names import app_import, factory_class
from djgen.lowering.writers import GuardedTests, guarded_tests
from djgen.model import Project
from djgen.render import render

# What every test module of the rule calls, from `apps/core/testing.py`.
HELPERS = ("api_payload", "body_with", "field_errors", "send", "send_other_value")


def test_imports(tests: list[GuardedTests]) -> Imports:
    """The factories, models and shared helpers an app's tests of the rule use."""
    imports = Imports(*(Import("apps.core.testing", name) for name in HELPERS))
    for t in tests:
        imports.add(
            app_import(t.entity.app, "factories", factory_class(t.entity)),
            app_import(t.entity.app, "models", t.entity.name),
        )
    if any(t.writer_roles or t.with_roles for t in tests):
        imports.add(Import("apps.core.testing", "grant_roles"))
    return imports


def generate(project: Project) -> dict[str, str]:
    found = [t for e in project.concrete_entities if (t := guarded_tests(project, e)) is not None]
    if not found:
        return {}
    files = {"apps/core/write_roles.py": render("write_roles/core/write_roles.py.jinja")}
    for app in project.apps:
        tests = [t for t in found if t.entity.app == app.name]
        if tests:
            files[f"apps/{app.name}/tests/test_write_roles.py"] = render(
                "write_roles/app/tests/test_write_roles.py.jinja",
                app=app,
                tests=tests,
                details=any(not t.entity.is_user for t in tests),
                imports=test_imports(tests).lines(),
            )
    return files
