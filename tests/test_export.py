"""The model written back as YAML: minimal, explicit, and loading it gives the same model."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from djgen.export import to_document, to_yaml
from djgen.frontends.document import SpecDocument
from djgen.frontends.source_map import SourceMap
from djgen.model import Project
from djgen.resolve import resolve

BLOG: dict[str, Any] = {
    "project": "blog",
    "title": "Blog platform",
    "features": {"auth": "session", "pagination": "cursor", "default_access": {"read": "public"}},
    "entities": {
        "Post": {
            "description": "An article.",
            "fields": {
                "id": {"type": "UUID"},
                "title": {"type": "String", "max": 200},
                "slug": {"type": "Slug", "unique": True, "index": True},
                "content": {"type": "Text"},
                "status": {"type": "PostStatus", "default": "DRAFT"},
                "rating": {"type": "Decimal", "max_digits": 3, "decimal_places": 1, "max": 5},
                "views": {"type": "int", "default": 0, "read_only": True},
                "kind": {"type": "String", "choices": ["news", "in-depth"]},
                "published_at": {"type": "DateTime", "required": False},
                "created_at": {"type": "DateTime"},
                "author": {"type": "User", "on_delete": "CASCADE", "related_name": "posts"},
                "editor": {"type": "User", "required": False},
                "tags": {"type": "List~Tag~", "required": False},
                "keywords": {"type": "String[]"},
                "class": {"type": "String", "required": False, "help": "CSS class"},
            },
            "methods": ["publish(at): None", "archive()"],
            "owner": "author",
            "read": "users",
            "search": ["title", "content"],
            "ordering": ["-published_at"],
            "pagination": "page",
        },
        "Tag": {
            "fields": {"name": {"type": "String", "unique": True}},
            "readonly": True,
            "write": "staff",
        },
        "Comment": {
            "fields": {
                "post": {"type": "Post", "on_delete": "CASCADE"},
                "parent": {"type": "Comment", "required": False},
                "body": {"type": "Text", "pattern": "\\S.*"},
            },
            "ordering": [],
            "inherit_owner": False,
            "write": "users",
        },
    },
    "enums": {"PostStatus": ["DRAFT", {"PUBLISHED": "Live"}, "ARCHIVED"]},
}

SHOP: dict[str, Any] = {
    "project": "shop",
    "app": "store",
    "features": {
        "cqrs": ["Order", "Transfer"],
        "event_sourcing": ["Order"],
        "roles": ["manager"],
        "auth": "none",
    },
    "entities": {
        "Customer": {
            "user": True,
            "fields": {"email": {"type": "Email"}, "phone": {"type": "String", "max": 20}},
        },
        "Stamped": {
            "abstract": True,
            "fields": {
                "created_at": {"type": "DateTime"},
                "updated_at": {"type": "DateTime"},
                "creator": {"type": "Customer", "required": False},
            },
        },
        "Product": {
            "app": "catalog",
            "extends": "Stamped",
            "plural": "product_items",
            "fields": {
                "name": {"type": "String"},
                "price": {"type": "Decimal", "min": 0, "default": 9.99},
                "stock": {"type": "PositiveInteger", "default": 0},
                "image": {"type": "Image", "required": False},
                "color": {"type": "Color", "required": False},
            },
            "unique_together": [["name", "color"]],
        },
        "Order": {
            "extends": "Stamped",
            "fields": {
                "buyer": {"type": "Customer"},
                "items": {"type": "List~Product~", "through": "OrderLine"},
                "total": {"type": "Decimal", "max_digits": 12},
            },
        },
        "OrderLine": {
            "fields": {
                "order": {"type": "Order", "on_delete": "CASCADE"},
                "product": {"type": "Product"},
                "quantity": {"type": "Integer", "min": 1, "default": 1},
            }
        },
        "SpecialOrder": {"extends": "Order", "fields": {"note": {"type": "Text"}}},
        "Account": {},
        "Transfer": {
            "fields": {
                "source": {"type": "Account"},
                "target": {"type": "Account"},
                "amount": {"type": "Float", "min": 0.5},
            }
        },
        "Image": {"fields": {"file": {"type": "image"}, "friends": {"type": "List~Image~"}}},
    },
    "enums": {"Color": {"app": "catalog", "values": ["red", "dark-blue"]}},
}

MINIMAL: dict[str, Any] = {"entities": {"Note": {"fields": {"text": {"type": "Text"}}}}}


def resolved(data: dict[str, Any], path: str = "x.yaml") -> Project:
    project, _ = resolve(SpecDocument.model_validate(data), SourceMap(path, {}))
    return project


def reloaded(project: Project) -> Project:
    return resolved(yaml.safe_load(to_yaml(project)), "elsewhere.yaml")


@pytest.mark.parametrize("data", [BLOG, SHOP, MINIMAL], ids=["blog", "shop", "minimal"])
def test_round_trip_gives_the_same_model(data: dict[str, Any]) -> None:
    project = resolved(data)
    again = reloaded(project)
    assert again.canonical_json() == project.canonical_json()
    assert to_yaml(again) == to_yaml(project)


def test_synthesized_things_are_explicit() -> None:
    data = yaml.safe_load(to_yaml(resolved(BLOG)))
    assert data["entities"]["User"] == {}
    assert list(data["entities"]) == ["User", "Post", "Tag", "Comment"]
    assert data["enums"]["PostKind"] == ["news", "in-depth"]
    assert data["entities"]["Post"]["fields"]["kind"] == {"type": "PostKind"}


def test_output_is_minimal() -> None:
    data = yaml.safe_load(to_yaml(resolved(BLOG)))
    fields = data["entities"]["Post"]["fields"]
    assert fields["title"] == {"type": "String", "max": 200}
    assert fields["status"] == {"type": "PostStatus", "default": "DRAFT"}
    assert fields["created_at"] == {"type": "DateTime"}
    assert fields["editor"] == {
        "type": "User",
        "required": False,
        "related_name": "posts_as_editor",
    }
    assert fields["tags"] == {"type": "List~Tag~", "required": False}
    assert fields["keywords"] == {"type": "List~String~"}
    assert fields["class"] == {"type": "String", "required": False, "help": "CSS class"}
    assert data["enums"]["PostStatus"] == ["DRAFT", {"PUBLISHED": "Live"}, "ARCHIVED"]
    assert data["features"] == {
        "auth": "session",
        "pagination": "cursor",
        "default_access": {"read": "public"},
    }
    assert data["entities"]["Post"]["read"] == "users"
    assert data["entities"]["Comment"]["inherit_owner"] is False
    assert "read" not in data["entities"]["Tag"]
    assert "search" not in data["entities"]["Tag"]
    assert data["entities"]["Post"]["ordering"] == ["-published_at"]
    assert "ordering" not in data["entities"]["Comment"]
    assert "app" not in data


def test_derived_reverse_names_and_defaults_written_where_they_differ() -> None:
    data = yaml.safe_load(to_yaml(resolved(SHOP)))
    transfer = data["entities"]["Transfer"]["fields"]
    assert transfer["source"]["related_name"] == "transfers_as_source"
    assert data["entities"]["Product"]["plural"] == "product_items"
    assert data["entities"]["Customer"]["user"] is True
    assert data["enums"]["Color"] == {"app": "catalog", "values": ["red", "dark-blue"]}
    # a scalar type an entity's name shadows is written in lower case
    assert data["entities"]["Image"]["fields"]["file"] == {"type": "image"}
    assert data["app"] == "store"


def test_to_document_is_a_spec_document() -> None:
    document = to_document(resolved(MINIMAL, "notes.yaml"))
    assert isinstance(document, SpecDocument)
    assert document.project == "notes"
    assert list(document.entities) == ["User", "Note"]
