"""Event sourcing: which entities are event-sourced (and so go through commands), what their
handlers and viewsets do differently, and what the project gains (the events app, its
settings, URLs and docs)."""

from __future__ import annotations

import ast
from typing import Any

import pytest

from djgen.frontends.document import SpecDocument
from djgen.frontends.source_map import SourceMap
from djgen.generators import plan
from djgen.lowering.cqrs import cqrs_entities
from djgen.lowering.events import enabled, sourced, stream_type
from djgen.model import Project
from djgen.resolve import resolve

SHOP: dict[str, Any] = {
    "project": "shop",
    "entities": {
        "User": {"user": True},
        "Base": {"abstract": True, "fields": {"created_at": "DateTime"}},
        "Category": {"extends": "Base", "fields": {"name": "String"}},
        "Product": {"fields": {"name": "String", "category": {"type": "Category"}}},
        "Tag": {"fields": {"name": "String"}},
    },
}


def project(**features: object) -> Project:
    result, warnings = resolve(
        SpecDocument.model_validate({**SHOP, "features": features}), SourceMap("shop.yaml")
    )
    assert not warnings, warnings
    return result


def names(items: object) -> list[str]:
    return [c.name for c in items]  # type: ignore[attr-defined]


def test_true_means_every_concrete_entity_but_the_user() -> None:
    assert names(sourced(project(event_sourcing=True))) == ["Category", "Product", "Tag"]


def test_an_abstract_parent_names_its_children() -> None:
    assert names(sourced(project(event_sourcing=["Base"]))) == ["Category"]


def test_event_sourcing_implies_cqrs_for_its_entities_only() -> None:
    shop = project(event_sourcing=["Product"])
    assert [e.name for e in cqrs_entities(shop)] == ["Product"]
    [product] = sourced(shop)
    assert product.writes and product.sourced
    assert stream_type(product) == f"{product.entity.app}.Product"


@pytest.mark.parametrize("option", [False, []])
def test_off(option: object) -> None:
    shop = project(cqrs=True, event_sourcing=option)
    assert not enabled(shop)
    files = plan(shop)
    assert not any("events" in path for path in files if path.startswith("apps/core"))
    assert "record(" not in files[f"apps/{shop.apps[0].name}/handlers.py"]


def test_handlers_append_what_they_publish() -> None:
    shop = project(cqrs=True, event_sourcing=["Product"])
    files = plan(shop)
    handlers = files[f"apps/{shop.apps[0].name}/handlers.py"]
    tree = ast.parse(handlers)
    calls = {
        node.name: [
            call.func.id
            for call in ast.walk(node)
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
        ]
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
    }
    for name in ("create_product", "update_product", "delete_product"):
        assert "record" in calls[name] and "publish" not in calls[name]
    for name in ("create_tag", "update_tag", "delete_tag"):
        assert "publish" in calls[name] and "record" not in calls[name]
    assert "record(ProductUpdated(" in handlers
    assert "command.expected_version" in handlers


def test_the_project_around_it() -> None:
    shop = project(event_sourcing=["Product", "Tag"])
    files = plan(shop)
    app = shop.apps[0].name
    assert '"apps.core.events",' in files["config/settings/base.py"]
    assert "EVENT_SNAPSHOT_EVERY" in files["config/settings/base.py"]
    assert 'include("apps.core.events.urls")' in files["config/urls.py"]
    streams = files["apps/core/events/streams.py"]
    assert f'"{app}.Product",' in streams and f'"{app}.Tag",' in streams
    assert "Category" not in streams
    views = ast.parse(files[f"apps/{app}/views.py"])
    bases = {
        node.name: [ast.unparse(base) for base in node.bases]
        for node in views.body
        if isinstance(node, ast.ClassDef)
    }
    assert bases["ProductViewSet"][0] == "EventSourcedViewSetMixin"
    assert "EventSourcedViewSetMixin" not in bases["CategoryViewSet"]
    for path in (
        f"apps/{app}/upcasters.py",
        f"apps/{app}/tests/test_event_sourcing.py",
        "apps/core/tests/test_events.py",
        "apps/core/events/migrations/0002_append_only.py",
        "apps/core/events/management/commands/replay_events.py",
        "docs/event-sourcing.md",
    ):
        assert path in files, path
