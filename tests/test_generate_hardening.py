"""Production hardening: which files the generator writes for which features, the settings
and dependencies each feature switches on, and the entities the generated tests pick."""

from __future__ import annotations

import ast

import pytest

from djgen.frontends.document import SpecDocument
from djgen.frontends.source_map import SourceMap
from djgen.generators import hardening, plan, skeleton
from djgen.model import Project
from djgen.resolve import resolve

BLOG = {
    "project": "blog",
    "entities": {
        "User": {"fields": {"bio": {"type": "Text", "required": False}}},
        "Tag": {"readonly": True, "fields": {"name": "String"}},
        "Post": {"fields": {"title": {"type": "String", "max": 200}, "author": "User"}},
    },
}
USERS_ONLY = {"project": "people", "entities": {"User": {"fields": {}}}}


def build(spec: dict, **features: object) -> Project:
    document = SpecDocument.model_validate({**spec, "features": features})
    return resolve(document, SourceMap("t.yaml"))[0]


def test_every_feature_gets_its_modules_tests_and_docs() -> None:
    files = hardening.generate(build(BLOG))

    for module in ("exceptions", "logs", "middleware", "schema", "throttling", "checks"):
        assert f"apps/core/{module}.py" in files
        ast.parse(files[f"apps/core/{module}.py"])
    for topic in ("errors", "request_id", "logging", "throttling", "cors", "versioning"):
        assert f"apps/core/tests/test_{topic}.py" in files
    for path in ("apps/core/tests/test_schema.py", "apps/core/tests/test_production.py"):
        ast.parse(files[path])
    assert {"docs/production-checklist.md", "docs/versioning.md", "gunicorn.conf.py"} <= set(files)


def test_settings_wire_the_handler_middleware_versioning_and_throttles() -> None:
    settings = plan(build(BLOG))["config/settings/base.py"]

    assert '"EXCEPTION_HANDLER": "apps.core.exceptions.exception_handler"' in settings
    assert '"DEFAULT_SCHEMA_CLASS": "apps.core.schema.AutoSchema"' in settings
    assert '"ALLOWED_VERSIONS": ["v1"]' in settings
    assert settings.index("RequestIdMiddleware") < settings.index("SecurityMiddleware")
    assert settings.index("CorsMiddleware") < settings.index("CommonMiddleware")
    for scope, rate in (("anon", "100/minute"), ("strict", "10/minute")):
        assert f'"{scope}": env("THROTTLE_RATE_{scope.upper()}", default="{rate}")' in settings


def test_throttling_and_cors_can_be_switched_off() -> None:
    project = build(BLOG, throttling=False, cors=False)
    files = plan(project)

    assert "apps/core/throttling.py" not in files
    assert "apps/core/tests/test_throttling.py" not in files
    assert "apps/core/checks.py" not in files
    assert "apps/core/tests/test_cors.py" not in files
    assert "THROTTLE" not in files["config/settings/base.py"]
    assert "corsheaders" not in files["config/settings/base.py"]
    assert "checks" not in files["apps/core/apps.py"]
    assert skeleton.CORS_HEADERS not in skeleton.dependencies(project)
    assert skeleton.CORS_HEADERS in skeleton.dependencies(build(BLOG))


def test_the_tests_write_to_a_writable_entity_and_read_a_public_one() -> None:
    project = build(BLOG)

    sample = hardening.sample_entity(project)
    assert sample is not None
    assert sample.name == "Post"
    assert hardening.listed_entity(project).name == "Tag"


def test_a_project_of_users_only_gets_tests_without_writes() -> None:
    project = build(USERS_ONLY)
    assert hardening.sample_entity(project) is None
    assert hardening.listed_entity(project) is project.user

    errors = hardening.generate(project)["apps/core/tests/test_errors.py"]

    ast.parse(errors)
    assert "test_validation_details_name_each_field" not in errors


@pytest.mark.parametrize(("version", "following"), [("v1", "v2"), ("v9", "v10")])
def test_the_versioning_guide_adds_the_next_version(version: str, following: str) -> None:
    project = build(BLOG, api_version=version)
    files = plan(project)

    guide = files["docs/versioning.md"]
    assert f'"ALLOWED_VERSIONS": ["{version}", "{following}"]' in guide
    assert f'{following.upper()} = {{"version": "{following}"}}' in guide
    assert f'{version.upper()} = {{"version": "{version}"}}' in files["config/urls.py"]


def test_the_readiness_probe_checks_the_channel_layer_only_with_websockets() -> None:
    assert "channel_layer" not in plan(build(BLOG))["apps/core/views.py"]
    assert "channel_layer_answers()" in plan(build(BLOG, websockets=True))["apps/core/views.py"]


def gunicorn_settings(monkeypatch: pytest.MonkeyPatch, **variables: str) -> dict[str, object]:
    """The names gunicorn.conf.py defines, run with `variables` in the environment."""
    for name in ("GUNICORN_TIMEOUT", "GUNICORN_MAX_REQUESTS", "GUNICORN_KEEPALIVE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    namespace: dict[str, object] = {}
    exec(hardening.generate(build(BLOG))["gunicorn.conf.py"], namespace)
    return namespace


def test_recycled_workers_finish_their_requests_and_restart_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = gunicorn_settings(monkeypatch, GUNICORN_TIMEOUT="45", GUNICORN_MAX_REQUESTS="800")

    assert settings["graceful_timeout"] == settings["timeout"] == 45
    assert (settings["max_requests"], settings["max_requests_jitter"]) == (800, 400)


def test_idle_connections_outlive_the_proxys_idle_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    assert gunicorn_settings(monkeypatch)["keepalive"] == 75
    assert gunicorn_settings(monkeypatch, GUNICORN_KEEPALIVE="30")["keepalive"] == 30


class GunicornConfig:
    """What gunicorn's hooks see of its configuration: the worker class and `set`."""

    def __init__(self, worker_class: str) -> None:
        self.worker_class_str = worker_class
        self.changed: dict[str, object] = {}

    def set(self, name: str, value: object) -> None:
        self.changed[name] = value


@pytest.mark.parametrize(
    ("worker_class", "variables", "changed"),
    [
        ("uvicorn_worker.UvicornWorker", {}, {"max_requests": 0}),
        ("uvicorn_worker.UvicornWorker", {"GUNICORN_MAX_REQUESTS": "500"}, {}),
        ("sync", {}, {}),
    ],
)
def test_workers_that_keep_connections_alive_restart_only_when_asked(
    monkeypatch: pytest.MonkeyPatch,
    worker_class: str,
    variables: dict[str, str],
    changed: dict[str, object],
) -> None:
    on_starting = gunicorn_settings(monkeypatch, **variables)["on_starting"]
    config = GunicornConfig(worker_class)

    assert callable(on_starting)
    on_starting(type("Arbiter", (), {"cfg": config})())

    assert config.changed == changed
