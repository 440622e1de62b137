"""WebSockets: which entities stream, what they imply (CQRS, dependencies, settings, ASGI),
the group names the runtime makes, and the names a list may give."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from types import ModuleType
from typing import Any

import pytest

from djgen.errors import DjgenError
from djgen.frontends.document import SpecDocument
from djgen.frontends.source_map import SourceMap
from djgen.generators import plan
from djgen.lowering.cqrs import cqrs_entities
from djgen.lowering.websockets import enabled, owned_sample, sample, streamed_entities
from djgen.model import Project
from djgen.render import render
from djgen.resolve import resolve

SPEC: dict[str, Any] = {
    "project": "desk",
    "entities": {
        "User": {"user": True},
        "Base": {"abstract": True, "fields": {"created_at": "DateTime"}},
        "Ticket": {"extends": "Base", "fields": {"title": "String"}},
        "Note": {
            "owner": "author",
            "write": "users",
            "fields": {"author": {"type": "User"}, "body": "Text"},
        },
        "Tag": {"fields": {"name": "String"}},
    },
}


def project(websockets: object, **features: object) -> Project:
    data = {**SPEC, "features": {"websockets": websockets, **features}}
    result, _ = resolve(SpecDocument.model_validate(data), SourceMap("desk.yaml"))
    return result


def names(entities: object) -> list[str]:
    return [e.name for e in entities]  # type: ignore[attr-defined]


def test_true_streams_every_concrete_entity_but_the_user() -> None:
    desk = project(True)
    assert names(streamed_entities(desk)) == ["Ticket", "Note", "Tag"]
    # Streams carry the events commands publish: they imply CQRS for those entities.
    assert names(cqrs_entities(desk)) == ["Ticket", "Note", "Tag"]


def test_a_list_names_the_streamed_entities() -> None:
    desk = project(["Tag", "Note"])
    assert names(streamed_entities(desk)) == ["Note", "Tag"]
    assert names(cqrs_entities(desk)) == ["Note", "Tag"]
    assert sample(desk).name == "Tag"  # type: ignore[union-attr]  # no owner: written by anyone
    assert owned_sample(desk).name == "Note"  # type: ignore[union-attr]


@pytest.mark.parametrize("option", [False, []])
def test_off(option: object) -> None:
    desk = project(option)
    assert not enabled(desk)
    files = plan(desk)
    assert not any("sockets" in path or "streams" in path for path in files)
    assert "channels" not in files["pyproject.toml"]
    assert "channels" not in files["apps/core/views.py"]


def test_an_unknown_or_abstract_name_is_a_located_error() -> None:
    with pytest.raises(DjgenError) as caught:
        project(["Tiket", "Base"])
    found = [(d.code, d.message) for d in caught.value.diagnostics]
    assert ("DJG215", "websockets names 'Tiket', which is not an entity") in found
    assert any(code == "DJG202" and "'Base', which is abstract" in m for code, m in found)


def test_on_the_project_runs_channels() -> None:
    files = plan(project(["Note"]))
    pyproject = files["pyproject.toml"]
    for dependency in ("channels>=", "channels-redis>=", "daphne>=", "pytest-asyncio>="):
        assert dependency in pyproject
    assert "ProtocolTypeRouter" in files["config/asgi.py"]
    assert "channels_redis.core.RedisChannelLayer" in files["config/settings/base.py"]
    assert "uvicorn_worker.UvicornWorker" in files["Dockerfile"]
    assert 'autodiscover_modules("streams")' in files["apps/core/apps.py"]
    assert "NOTES = Stream(" in files["apps/desk/streams.py"]
    assert "bearer." in files["docs/websockets.md"]
    for path, text in files.items():
        if path.endswith(".py"):
            ast.parse(text, path)


def test_session_projects_sign_sockets_in_by_session_only() -> None:
    files = plan(project(["Note"], auth="session"))
    assert "apps/core/sockets/auth.py" not in files
    assert "TokenAuthMiddleware" not in files["apps/core/sockets/routing.py"]
    assert "AuthMiddlewareStack" in files["apps/core/sockets/routing.py"]


def runtime_module(name: str) -> ModuleType:
    """A module of the generated `apps/core/sockets/`, run here (it needs no project)."""
    spec = importlib.util.spec_from_loader(f"generated_sockets_{name}", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    try:
        exec(render(f"websockets/apps/core/sockets/{name}.py.jinja"), module.__dict__)
    finally:
        del sys.modules[spec.name]
    return module


def groups_module() -> ModuleType:
    return runtime_module("groups")


@pytest.mark.parametrize(
    "parts",
    [
        ("shop.order", "row", 12),
        ("shop.order", "row", "A key with spaces/and é"),
        ("a" * 120, "owner", 3),
        ("shop.order", "row", "\x00"),
    ],
)
def test_group_names_are_valid_for_channels_whatever_the_key(parts: tuple[object, ...]) -> None:
    name = groups_module().group_name(*parts)
    assert re.fullmatch(r"[A-Za-z0-9_.-]{1,99}", name)
    assert name == groups_module().group_name(*parts)  # the same in every process


def test_distinct_keys_make_distinct_groups() -> None:
    group_name = groups_module().group_name
    keys = ["a b", "a_b", "a.b", "a/b", "é", "e", 1, "1 "]
    assert len({group_name("m", "row", key) for key in keys}) == len(keys)


def test_catch_up_replays_what_was_missed_or_says_it_is_too_old() -> None:
    recent = runtime_module("recent")

    def entry(position: int) -> Any:
        message = {"type": "created", "position": position, "version": 1}
        return recent.Entry("shop.order", str(position), None, message)

    kept = [entry(p) for p in (5, 6, 7)]  # the buffer holds 5 to 7; 1 to 4 were dropped
    assert [e.position for e in recent.missed(kept, 4, 7)] == [5, 6, 7]
    assert [e.position for e in recent.missed(kept, 6, 7)] == [7]
    assert recent.missed(kept, 7, 7) == []
    for position in (3, 0, 8):  # 4 is gone; so is everything after a reset of the counter
        with pytest.raises(recent.TooOld):
            recent.missed(kept, position, 7)
    with pytest.raises(recent.TooOld):
        recent.missed([], 2, 7)  # nothing kept, seven sent
    assert recent.missed([], 0, 0) == []
