"""CQRS: which entities go through commands and queries, what each gets, and where the rest of
the project changes for them (viewsets, serializers, settings, dependencies, compose)."""

from __future__ import annotations

import ast
from typing import Any

import pytest

from djgen.frontends.document import SpecDocument
from djgen.frontends.source_map import SourceMap
from djgen.generators import plan
from djgen.lowering.cqrs import cqrs, cqrs_entities, enabled, handlers_imports, sample
from djgen.lowering.imports import Import
from djgen.model import Project
from djgen.resolve import resolve

SHOP: dict[str, Any] = {
    "project": "shop",
    "entities": {
        "User": {"user": True},
        "Base": {"abstract": True, "fields": {"created_at": "DateTime"}},
        "Category": {"extends": "Base", "fields": {"name": "String"}},
        "Product": {
            "fields": {
                "code": {"type": "UUID", "unique": True},
                "category": {"type": "Category"},
                "tags": {"type": "List~Tag~", "required": False},
            }
        },
        "Tag": {"fields": {"id": {"type": "UUID"}, "name": "String"}},
        "Cart": {"owner": "buyer", "fields": {"buyer": {"type": "User"}}},
    },
}


def project(cqrs_option: object) -> Project:
    data = {**SHOP, "features": {"cqrs": cqrs_option}}
    result, _ = resolve(SpecDocument.model_validate(data), SourceMap("shop.yaml"))
    return result


def names(entities: object) -> list[str]:
    return [e.name for e in entities]  # type: ignore[attr-defined]


def test_true_means_every_concrete_entity() -> None:
    assert names(cqrs_entities(project(True))) == ["User", "Category", "Product", "Tag", "Cart"]


def test_a_list_names_the_entities() -> None:
    assert names(cqrs_entities(project(["Tag", "Product"]))) == ["Product", "Tag"]


@pytest.mark.parametrize("option", [False, []])
def test_off(option: object) -> None:
    shop = project(option)
    assert not enabled(shop)
    assert not any("cqrs" in path or "celery" in path for path in plan(shop))


def test_the_user_model_is_read_through_queries_only() -> None:
    shop = project(True)
    user = cqrs(shop, shop.entity("User"))
    assert (user.commands, user.events, user.queries) == ((), (), ("GetUser", "ListUser"))
    tag = cqrs(shop, shop.entity("Tag"))
    assert tag.commands == ("CreateTag", "UpdateTag", "DeleteTag")
    assert tag.events == ("TagCreated", "TagUpdated", "TagDeleted")


def test_keys_are_typed_as_the_entity_keys() -> None:
    shop = project(True)
    assert cqrs(shop, shop.entity("Tag")).key == "UUID"
    assert cqrs(shop, shop.entity("Product")).key == "int"


def test_query_handlers_apply_the_read_plans_to_the_rows_given() -> None:
    shop = project(True)
    product = cqrs(shop, shop.entity("Product"))
    assert product.list_rows == (
        'query.rows.select_related("category").prefetch_related('
        'Prefetch("tags", queryset=Tag.objects.only("name")))'
    )
    assert product.detail_rows == 'query.rows.select_related("category").prefetch_related("tags")'
    tag = cqrs(shop, shop.entity("Tag"))
    assert tag.list_rows == "query.rows"
    assert tag.detail_rows.startswith("query.rows.annotate(products_count=related_count(")


def test_handlers_import_what_their_plans_name() -> None:
    shop = project(True)
    imports = handlers_imports("shop", [cqrs(shop, shop.entity("Product"))])
    assert Import("django.db.models", "Prefetch") in imports
    assert Import(".models", "Tag") in imports
    assert Import(".commands", "CreateProduct") in imports


def test_the_shared_tests_write_an_entity_without_owner() -> None:
    found = sample(project(["Cart", "Tag"]))
    assert found is not None and found.name == "Tag"
    assert sample(project(["User"])) is None


def test_views_and_serializers_go_through_the_messages() -> None:
    files = plan(project(["Product"]))
    views = files["apps/shop/views.py"]
    assert "class ProductViewSet(CachedResponseMixin, CommandQueryViewSetMixin, " in views
    assert "list_query = ListProduct" in views and "delete_command = DeleteProduct" in views
    assert "class TagViewSet(CachedResponseMixin, RelationalViewSetMixin" in views
    assert "detail_queryset = Tag.objects" in views  # not CQRS: its plan stays in the view
    serializers = files["apps/shop/serializers.py"]
    assert "class ProductSerializer(CommandSerializerMixin, WriteSerializer):" in serializers
    assert "class TagSerializer(WriteSerializer):" in serializers


def test_the_project_around_it() -> None:
    files = plan(project(True))
    assert '"celery[redis]>=5.4,<6"' in files["pyproject.toml"]
    assert "  worker:\n" in files["compose.yaml"]
    assert "CELERY_BROKER_URL = env(" in files["config/settings/base.py"]
    assert "CELERY_TASK_ALWAYS_EAGER = True" in files["config/settings/test.py"]
    assert "celery_app" in files["config/__init__.py"]
    assert 'autodiscover_modules("handlers", "subscribers")' in files["apps/core/apps.py"]
    assert "domain_error(exc)" in files["apps/core/exceptions.py"]
    assert "GetUser" in files["apps/shop/queries.py"]
    assert "CreateUser" not in files["apps/shop/commands.py"]
    for path, text in files.items():
        if path.endswith(".py"):
            ast.parse(text, path)


def test_without_it_the_project_names_no_celery() -> None:
    files = plan(project(False))
    assert "celery" not in files["pyproject.toml"]
    assert "worker" not in files["compose.yaml"]
    assert "CELERY" not in files["config/settings/base.py"]
    assert files["config/__init__.py"] == ""
