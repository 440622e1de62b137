"""Production hardening, shared by every app through `core`: one error envelope, request ids,
request logging, throttles, CORS checks, the OpenAPI account of errors, gunicorn's settings,
the production checklist and the versioning guide, with a test module for each."""

from __future__ import annotations

from djgen.lowering.cqrs import enabled
from djgen.lowering.imports import Imports
from djgen.lowering.names import app_import, factory_class
from djgen.lowering.test_data import required_names
from djgen.model import Entity, Project
from djgen.render import render

CORE = ("exceptions.py", "logs.py", "middleware.py", "schema.py")
CORE_TESTS = (
    "test_errors.py",
    "test_logging.py",
    "test_production.py",
    "test_request_id.py",
    "test_schema.py",
    "test_versioning.py",
)


def sample_entity(project: Project) -> Entity | None:
    """An entity the tests create rows of and send invalid bodies to: writable through the
    API, with a field a create requires."""
    return next(
        (
            e
            for e in project.concrete_entities
            if not (e.readonly or e.is_user) and required_names(e)
        ),
        None,
    )


def sample_imports(sample: Entity | None) -> Imports:
    """The sample entity's factory, for the tests that create a row of it."""
    if sample is None:
        return Imports()
    return Imports(app_import(sample.app, "factories", factory_class(sample)))


def listed_entity(project: Project) -> Entity:
    """An entity whose list the tests read: anyone's to read if one is, else the users."""
    return next((e for e in project.concrete_entities if not e.is_user), project.user)


def next_version(version: str) -> str:
    return f"v{int(version[1:]) + 1}"


def generate(project: Project) -> dict[str, str]:
    features = project.features
    core = list(CORE)
    tests = list(CORE_TESTS)
    if features.throttling:
        core.append("throttling.py")
        tests.append("test_throttling.py")
    if features.cors:
        core.append("checks.py")
        tests.append("test_cors.py")
    sample = sample_entity(project)
    version = features.api_version
    context = {
        "project": project,
        "sample": sample,
        "required": required_names(sample) if sample else (),
        "sample_imports": sample_imports(sample).lines(),
        "listed": listed_entity(project),
        "v": version,
        "V": version.upper(),
        "next": next_version(version),
        "NEXT": next_version(version).upper(),
        "app": listed_entity(project).app,
        "cqrs": enabled(project),
    }
    files = {f"apps/core/{name}": render(f"hardening/{name}.jinja", **context) for name in core}
    files.update(
        (f"apps/core/tests/{name}", render(f"hardening/tests/{name}.jinja", **context))
        for name in tests
    )
    files["gunicorn.conf.py"] = render("hardening/gunicorn.conf.py.jinja", **context)
    for doc in ("production-checklist.md", "versioning.md"):
        files[f"docs/{doc}"] = render(f"hardening/docs/{doc}.jinja", **context)
    return files
