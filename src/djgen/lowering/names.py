"""The names generated modules agree on: each entity's classes and the modules that hold them.

A views module imports the serializers by the names the serializers module defines them with,
the tests import the factories by theirs: one function per name, so the two sides cannot
drift apart.
"""

from __future__ import annotations

from djgen.lowering.imports import Import
from djgen.model import Entity


def serializer_class(entity: Entity) -> str:
    """The serializer that writes the entity (and reads it where no other is asked for)."""
    return f"{entity.name}Serializer"


def list_serializer_class(entity: Entity) -> str:
    return f"{entity.name}ListSerializer"


def detail_serializer_class(entity: Entity) -> str:
    return f"{entity.name}DetailSerializer"


def viewset_class(entity: Entity) -> str:
    return f"{entity.name}ViewSet"


def factory_class(entity: Entity) -> str:
    return f"{entity.name}Factory"


def filterset_class(entity: Entity) -> str:
    """The FilterSet of the entity's list, in the app's filters module."""
    return f"{entity.name}Filter"


def app_module(app: str, module: str) -> str:
    """The dotted path of one module of a generated app: `apps.blog.models`."""
    return f"apps.{app}.{module}"


def app_import(app: str, module: str, name: str, *, from_app: str | None = None) -> Import:
    """The import of `name` from a module of `app`; relative from a module of the same app."""
    if app == from_app:
        return Import(f".{module}", name)
    return Import(app_module(app, module), name)


# The test modules each app shares between its entities (`tests/test_filters.py`, …).
SHARED_TEST_MODULES = frozenset(
    {"cache", "filters", "pagination", "permissions", "queries", "relations", "write_roles"}
)


def entity_test_module(entity: Entity) -> str:
    """The module of an entity's own tests: `test_post`, or `test_pagination_model` for an
    entity named like one of the app's shared test modules."""
    if entity.snake in SHARED_TEST_MODULES:
        return f"test_{entity.snake}_model"
    return f"test_{entity.snake}"
