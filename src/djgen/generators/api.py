"""The REST API of every app: serializers, viewsets and the router that mounts them."""

from __future__ import annotations

from dataclasses import dataclass

from djgen.generators import caching
from djgen.generators.auth import Policy, policy
from djgen.generators.filters import (
    PAGINATION_CLASS,
    filterset_class,
    list_ordering,
    ordering_fields,
    search_fields,
)
from djgen.lowering.queries import (
    NestedRoute,
    QueryPlan,
    detail_plan,
    list_plan,
    nested_route,
    nested_routes,
    read_serializers,
    readable_relations,
    reverse_relations,
)
from djgen.model import Entity, Field, Project, Relation
from djgen.render import render

# What a user serializer shows of AbstractUser: never the password nor the permissions.
USER_FIELDS = ("id", "username", "email", "first_name", "last_name", "date_joined", "is_staff")
USER_READ_ONLY = ("date_joined", "is_staff")


@dataclass(frozen=True)
class Serializer:
    entity: Entity
    fields: tuple[str, ...]  # API names, the key first
    read_only_fields: tuple[str, ...]
    extra_kwargs: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # API name → option source
    readable: tuple[str, ...]  # the API names its reads show, in order


@dataclass(frozen=True)
class ViewSet:
    entity: Entity
    base: str  # ModelViewSet or ReadOnlyModelViewSet
    policy: Policy  # who may read and write
    list_queryset: QueryPlan
    detail_queryset: QueryPlan
    pagination_class: str
    filterset_class: str | None  # the FilterSet in the app's filters.py
    search_fields: tuple[str, ...]
    ordering_fields: tuple[str, ...]
    ordering: tuple[str, ...]


def serializer(entity: Entity) -> Serializer:
    """Relations read and write as primary keys (ModelSerializer's default); a many-to-many
    with a through entity is read-only here and written through that entity's endpoint."""
    fields: list[str] = list(USER_FIELDS) if entity.is_user else ["id"]
    read_only_fields: list[str] = list(USER_READ_ONLY) if entity.is_user else []
    extra: dict[str, list[tuple[str, str]]] = {}
    readable: list[str] = list(fields)

    def add(item: Field | Relation, read_only: bool) -> None:
        if item.api_name in fields:
            return  # an AbstractUser field the user entity redeclares
        fields.append(item.api_name)
        if not item.write_only:
            readable.append(item.api_name)
        if read_only:
            read_only_fields.append(item.api_name)
        if item.api_name != item.name:
            extra.setdefault(item.api_name, []).append(("source", f'"{item.name}"'))
        if item.write_only:
            extra.setdefault(item.api_name, []).append(("write_only", "True"))

    for field in entity.all_fields:
        add(field, field.read_only or field.auto_now or field.auto_now_add)
    for relation in entity.all_relations:
        # The owner of a row is the user who creates it, never what a client sends.
        owned_by = relation.name == entity.owner
        add(relation, relation.read_only or relation.through is not None or owned_by)
    return Serializer(
        entity,
        tuple(fields),
        tuple(read_only_fields),
        tuple((name, tuple(options)) for name, options in extra.items()),
        tuple(readable),
    )


def viewset(project: Project, entity: Entity) -> ViewSet:
    return ViewSet(
        entity=entity,
        # A read-only entity's policy lets admins write; the user's API never writes.
        base="ReadOnlyModelViewSet" if entity.is_user else "ModelViewSet",
        policy=policy(entity),
        list_queryset=list_plan(project, entity),
        detail_queryset=detail_plan(project, entity),
        pagination_class=PAGINATION_CLASS[entity.pagination],
        filterset_class=filterset_class(entity),
        search_fields=search_fields(entity),
        ordering_fields=ordering_fields(entity),
        ordering=list_ordering(entity),
    )


def generate(project: Project) -> dict[str, str]:
    """`apps/<app>/{serializers,views,urls}.py` for every app."""
    files: dict[str, str] = {}
    for app in project.apps:
        entities = [e for e in project.app_entities(app.name) if not e.abstract]
        models = [e.name for e in entities]
        package = f"apps/{app.name}"
        routes = [route for e in entities for route in nested_routes(project, e)]
        files[f"{package}/urls.py"] = render(
            "app/urls.py.jinja",
            app=app,
            entities=entities,
            routes=routes,
            route_imports=_view_imports(app.name, routes),
        )
        if not entities:
            continue  # an app of abstract bases or enumerations only: nothing to serve
        writers = [serializer(e) for e in entities]
        readers = [read_serializers(project, s.entity, s.readable) for s in writers]
        fields = {
            source.split("(")[0] for pair in readers for r in pair for _, source in r.declared
        }
        files[f"{package}/serializers.py"] = render(
            "app/serializers.py.jinja",
            serializers=writers,
            readers=readers,
            core=sorted({"DetailSerializer", "WriteSerializer", *fields}),
            models=models,
        )
        viewsets = [viewset(project, e) for e in entities]
        plans = [plan for v in viewsets for plan in (v.list_queryset, v.detail_queryset)]
        files[f"{package}/views.py"] = render(
            "app/views.py.jinja",
            viewsets=viewsets,
            models=_plan_models(app.name, models, plans),
            model_imports=_model_imports(app.name, plans),
            prefetches=any(p.model is not None for plan in plans for p in plan.prefetch),
            counts=any(plan.counts for plan in plans),
            paginations=sorted({v.pagination_class for v in viewsets}),
            filtersets=[v.filterset_class for v in viewsets if v.filterset_class],
            cached=[e.name for e in entities if caching.cached(project, e)],
            uses_permissions=any(v.policy.uses_drf_permissions for v in viewsets),
            core_permissions=sorted(set().union(*(v.policy.imports for v in viewsets))),
            owned=any(v.policy.owner_field for v in viewsets),
        )
    for module in ("serializers", "viewsets"):
        files[f"apps/core/{module}.py"] = render(f"core/{module}.py.jinja")
    files["docs/relations.md"] = relations_doc(project)
    return files


def relations_doc(project: Project) -> str:
    """`docs/relations.md`: every entity's relations, reverse lists and query plans."""
    entities = project.concrete_entities
    return render(
        "relations/docs/relations.md.jinja",
        project=project,
        entities=entities,
        readable={e.name: readable_relations(e) for e in entities},
        reverse={
            e.name: [
                (r, None if r.single else nested_route(project, r))
                for r in reverse_relations(project, e)
            ]
            for e in entities
        },
        plans={
            e.name: (list_plan(project, e).source(e.name), detail_plan(project, e).source(e.name))
            for e in entities
        },
    )


def _plan_models(app: str, models: list[str], plans: list[QueryPlan]) -> list[str]:
    """The app's own models a views module names: its entities' and those its plans use."""
    used = {e.name for plan in plans for e in plan.models if e.app == app}
    return sorted(used.union(models))


def _model_imports(app: str, plans: list[QueryPlan]) -> list[str]:
    """Import lines for the other apps' models the plans use."""
    used = {(e.app, e.name) for plan in plans for e in plan.models if e.app != app}
    return [f"from apps.{other}.models import {name}" for other, name in sorted(used)]


def _view_imports(app: str, routes: list[NestedRoute]) -> list[str]:
    """Import lines for the viewsets that serve nested routes from other apps."""
    used = {(r.reverse.holder.app, r.reverse.holder.name) for r in routes}
    return [
        f"from apps.{holder_app}.views import {name}ViewSet"
        for holder_app, name in sorted(used)
        if holder_app != app
    ]
