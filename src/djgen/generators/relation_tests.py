"""The generated tests of relations: how the API reads and writes them, and the proof that no
list, detail or nested list endpoint runs a query per row.

The query budgets come from the query plans (`queries.py`); the rest is derived from the
domain model, so the tests check the serializers and views against the spec.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from djgen.lowering.factory_plan import fresh_relations
from djgen.lowering.imports import Import, Imports
from djgen.lowering.names import app_import
from djgen.lowering.queries import (
    QueryPlan,
    Reverse,
    detail_plan,
    embedded,
    key_type,
    list_plan,
    many,
    nested_route,
    readable_relations,
    reverse_relations,
)
from djgen.lowering.test_data import missing_key
from djgen.model import Entity, Project, Relation
from djgen.paginations import pagination
from djgen.render import render
from djgen.vocabulary import PkType

# A key of the wrong kind, by the target's key type.
MALFORMED_KEY = {PkType.BIG_AUTO: '"not-a-key"', PkType.UUID: '"not-a-key"', PkType.TEXT: "True"}


@dataclass(frozen=True)
class ListTest:
    """A list or nested list endpoint: its rows grow from 3 to 30."""

    name: str  # the test function's name
    entity: Entity  # whose rows it lists
    url_name: str
    budget: int  # the most queries it may run
    parent: Reverse | None = None  # a nested list: the relation its rows hold
    parent_entity: Entity | None = None  # and the entity it lists them for

    @property
    def grows(self) -> bool:
        """Whether one parent can have 30 rows: not when the holder's unique_together allows
        only a few per parent (a customer's address of each kind)."""
        return self.parent is None or not bounded(self.parent)

    @property
    def page(self) -> str:
        return pagination(self.entity.pagination).large_page


@dataclass(frozen=True)
class DetailTest:
    """A detail endpoint: its many-valued relations grow from 3 to 30 rows."""

    entity: Entity
    budget: int
    linked: tuple[Relation, ...]  # forward many-to-many, grown by link_rows
    reverse: tuple[Reverse, ...]  # reverse relations, grown by create_linked


@dataclass(frozen=True)
class WrongKey:
    """A write of a relation that names no row: 400 on that field."""

    entity: Entity
    relation: Relation
    value: str  # the value as source
    reason: str


def bounded(reverse: Reverse) -> bool:
    """Whether a parent can have only a few rows through this relation: it is in a
    unique_together of the holder beside choices only, so factories give each row a parent
    of its own."""
    return reverse.relation.name in fresh_relations(reverse.holder)


def list_budget(entity: Entity, plan: QueryPlan) -> int:
    return plan.queries + (1 if pagination(entity.pagination).counted else 0)


def holds_parent(reverse: Reverse, parent: str) -> str:
    """The `create_linked` keyword that makes a holder row point at `parent`."""
    value = f"[{parent}]" if many(reverse.relation) else parent
    return f"{reverse.relation.name}={value}"


def wrong_keys(project: Project, entity: Entity) -> tuple[WrongKey, ...]:
    """A missing and a malformed key for every relation the entity's API writes."""
    if entity.readonly or entity.is_user:
        return ()
    found: list[WrongKey] = []
    for relation in entity.all_relations:
        if relation.read_only or relation.through is not None or relation.name == entity.owner:
            continue
        target = project.entity(relation.target)
        wrap = "[{}]" if many(relation) else "{}"
        missing = missing_key(project, target)
        found.append(WrongKey(entity, relation, wrap.format(missing), "missing"))
        malformed = MALFORMED_KEY[key_type(project, target)]
        found.append(WrongKey(entity, relation, wrap.format(malformed), "malformed"))
    return tuple(found)


def list_tests(project: Project, entity: Entity) -> list[ListTest]:
    """The entity's list, and the nested list of each of its many-valued reverse relations."""
    tests = [
        ListTest(
            f"test_{entity.snake}_list",
            entity,
            f"{entity.app}:{entity.snake}-list",
            list_budget(entity, list_plan(project, entity)),
        )
    ]
    for reverse in reverse_relations(project, entity):
        if reverse.single:
            continue
        tests.append(
            ListTest(
                f"test_{entity.snake}_{reverse.name}",
                reverse.holder,
                f"{entity.app}:{nested_route(project, reverse).name}",
                list_budget(reverse.holder, list_plan(project, reverse.holder)) + 1,
                reverse,
                entity,
            )
        )
    return tests


def detail_test(project: Project, entity: Entity) -> DetailTest:
    return DetailTest(
        entity,
        detail_plan(project, entity).queries,
        tuple(r for r in readable_relations(entity) if many(r)),
        tuple(r for r in reverse_relations(project, entity) if not (r.single or bounded(r))),
    )


def module_context(project: Project, entities: list[Entity]) -> dict[str, object]:
    """What the app's relation tests need, derived from its entities."""
    lists = [t for e in entities for t in list_tests(project, e)]
    details = [detail_test(project, e) for e in entities]
    wrong = [k for e in entities for k in wrong_keys(project, e)]
    shown = {e.name: e for e in entities}
    shown.update((t.entity.name, t.entity) for t in lists)
    shown.update((r.holder.name, r.holder) for t in details for r in t.reverse)
    models = [app_import(e.app, "models", e.name) for e in shown.values()]
    return {
        "lists": lists,
        "details": details,
        "wrong_keys": wrong,
        "query_imports": query_test_imports(models, details).lines(),
        "relation_imports": relation_test_imports(models, wrong, details, lists).lines(),
        "holds_parent": holds_parent,
        "bounded": bounded,
        "referenced": {
            (e.name, r.name)
            for e in entities
            for r in readable_relations(e)
            if not embedded(project, e, r)
        },
    }


def query_test_imports(models: list[Import], details: list[DetailTest]) -> Imports:
    """What the query-count tests import: the models they count rows of, and the helpers that
    grow the rows (`link_rows` only where a detail has many-to-many relations to grow)."""
    helpers = ["assert_constant_queries", "create_linked"]
    helpers += ["link_rows"] if any(t.linked for t in details) else []
    return Imports(*models, *(Import("apps.core.relations_testing", name) for name in helpers))


def relation_test_imports(
    models: list[Import], wrong: list[WrongKey], details: list[DetailTest], lists: list[ListTest]
) -> Imports:
    """What the relation tests import: the models they read, the helpers that make linked
    rows, `field_errors` where a wrong key is refused, and what finds the key of a row that
    a list or a detail shows."""
    forward = any(readable_relations(t.entity) for t in details)
    nested = any(t.parent for t in lists)
    helpers = ["factory_for"] + (["field_errors"] if wrong else [])
    helpers += ["api_key"] if forward or nested else []
    helpers += ["related_model"] if forward else []
    return Imports(
        *models,
        Import("apps.core.relations_testing", "create_linked"),
        *(Import("apps.core.testing", name) for name in helpers),
    )


def generate(project: Project) -> Mapping[str, str]:
    files = {"apps/core/relations_testing.py": render("core/relations_testing.py.jinja")}
    for app in project.apps:
        entities = [e for e in project.app_entities(app.name) if not e.abstract]
        if not entities:
            continue
        context = module_context(project, entities)
        files[f"apps/{app.name}/tests/test_queries.py"] = render(
            "app/tests/test_queries.py.jinja", app=app, **context
        )
        files[f"apps/{app.name}/tests/test_relations.py"] = render(
            "app/tests/test_relations.py.jinja", app=app, **context
        )
    return files
