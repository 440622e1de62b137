"""The REST API of every app: serializers, viewsets and the router that mounts them."""

from __future__ import annotations

from dataclasses import dataclass

from djgen.lowering.cqrs import COMMAND_QUERY_VIEWSET, COMMAND_SERIALIZER, Cqrs, cqrs, is_cqrs
from djgen.lowering.events import VIEWSET_MIXIN
from djgen.lowering.imports import Import, Imports
from djgen.lowering.listing import filterset, list_ordering, ordering_fields, search_fields
from djgen.lowering.names import (
    app_import,
    detail_serializer_class,
    list_serializer_class,
    serializer_class,
    viewset_class,
)
from djgen.lowering.policy import Policy, cached, policy
from djgen.lowering.queries import (
    Options,
    QueryPlan,
    ReadSerializer,
    detail_plan,
    list_plan,
    lookup_value_regex,
    nested_route,
    nested_routes,
    read_serializers,
    readable_relations,
    reference_columns,
    reverse_relations,
)
from djgen.lowering.values import Value, source
from djgen.lowering.writers import WRITE_ROLES_SERIALIZER, guarded_help_text, write_roles
from djgen.model import App, Entity, Field, Project, Relation
from djgen.paginations import pagination
from djgen.render import render

# What a user serializer shows of AbstractUser: never the password nor the permissions.
USER_FIELDS = ("id", "username", "email", "first_name", "last_name", "date_joined", "is_staff")
USER_READ_ONLY = ("date_joined", "is_staff")
# Names every DRF serializer field already has as an attribute or method.
FIELD_ATTRIBUTES = frozenset(
    {
        "allow_null",
        "bind",
        "context",
        "create",
        "data",
        "default",
        "default_empty_html",
        "default_error_messages",
        "default_validators",
        "error_messages",
        "errors",
        "fail",
        "field_name",
        "fields",
        "get_attribute",
        "get_default",
        "get_fields",
        "get_initial",
        "get_validators",
        "get_value",
        "help_text",
        "initial",
        "initial_data",
        "instance",
        "is_valid",
        "label",
        "many",
        "many_init",
        "parent",
        "partial",
        "read_only",
        "required",
        "root",
        "run_validation",
        "run_validators",
        "save",
        "set_value",
        "source",
        "source_attrs",
        "style",
        "to_internal_value",
        "to_representation",
        "update",
        "validate",
        "validate_empty_values",
        "validated_data",
        "validators",
        "write_only",
    }
)

DRF_SERIALIZERS = Import("rest_framework", "serializers")
WRITE_SERIALIZER = Import("apps.core.serializers", "WriteSerializer")
VIEWSETS = Import("rest_framework", "viewsets")
RELATIONAL_MIXIN = Import("apps.core.viewsets", "RelationalViewSetMixin")
CACHED_MIXIN = Import("apps.core.cache", "CachedResponseMixin")
ROUTER = Import("rest_framework.routers", "SimpleRouter")
PATH = Import("django.urls", "path")
QUERYSET = Import("django.db.models", "QuerySet")


@dataclass(frozen=True)
class Serializer:
    entity: Entity
    fields: tuple[str, ...]  # API names, the key first
    read_only_fields: tuple[str, ...]
    create_only_fields: tuple[str, ...]  # a text key: written on create, read-only after
    extra_kwargs: Options
    readable: tuple[str, ...]  # the API names its reads show, in order
    base: str  # WriteSerializer, or WriteRolesSerializer when only some users write a field
    write_roles: tuple[tuple[str, tuple[str, ...]], ...]  # API name → roles besides staff
    commands: Cqrs | None = None  # creates and updates go through these commands


@dataclass(frozen=True)
class ReaderSource:
    """A read serializer with its base and declared fields written as source."""

    serializer: ReadSerializer
    base: str
    on_class: tuple[tuple[str, str], ...]  # declared fields, as class attributes
    in_get_fields: tuple[tuple[str, str], ...]  # named like a serializer field's own attribute


@dataclass(frozen=True)
class ViewSet:
    entity: Entity
    base: str  # ModelViewSet or ReadOnlyModelViewSet
    policy: Policy  # who may read and write
    list_queryset: QueryPlan
    reference_columns: tuple[tuple[str, tuple[str, ...]], ...]  # what a list reads as text
    detail_queryset: QueryPlan
    pagination_class: str
    filterset_class: str | None  # the FilterSet in the app's filters.py
    search_fields: tuple[str, ...]
    ordering_fields: tuple[str, ...]
    ordering: tuple[str, ...]
    lookup_value_regex: str | None  # where DRF's default would refuse a key
    cqrs: Cqrs | None = None  # reads through queries, deletes through a command


def serializer(entity: Entity, commands: Cqrs | None = None) -> Serializer:
    """Relations read and write as primary keys (ModelSerializer's default); a many-to-many
    with a through entity is read-only here and written through that entity's endpoint. A
    text key is the client's to choose when it creates the row, and never changes after."""
    key = entity.key
    fields: list[str] = list(USER_FIELDS) if entity.is_user else []
    if key is None and not entity.is_user:
        fields.append("id")
    read_only_fields: list[str] = list(USER_READ_ONLY) if entity.is_user else []
    extra: dict[str, list[tuple[str, Value]]] = {}
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
            extra.setdefault(item.api_name, []).append(("source", item.name))
        if item.write_only:
            extra.setdefault(item.api_name, []).append(("write_only", True))

    for field in entity.all_fields:
        add(field, field.read_only or field.auto_now or field.auto_now_add)
        if field.restricted:
            extra.setdefault(field.api_name, []).append(("help_text", guarded_help_text(field)))
    for relation in entity.all_relations:
        # The owner of a row is the user who creates it, never what a client sends.
        owned_by = relation.name == entity.owner
        add(relation, relation.read_only or relation.through is not None or owned_by)
    guarded = write_roles(entity)
    return Serializer(
        entity,
        tuple(fields),
        tuple(read_only_fields),
        () if key is None else (key.api_name,),
        tuple((name, tuple(options)) for name, options in extra.items()),
        tuple(readable),
        WRITE_ROLES_SERIALIZER.bound if guarded else WRITE_SERIALIZER.bound,
        guarded,
        commands if commands is not None and commands.writes else None,
    )


def viewset(project: Project, entity: Entity) -> ViewSet:
    return ViewSet(
        entity=entity,
        # A read-only entity's policy lets admins write; the user's API never writes.
        base="ReadOnlyModelViewSet" if entity.is_user else "ModelViewSet",
        policy=policy(project, entity),
        list_queryset=list_plan(project, entity),
        reference_columns=reference_columns(project, entity),
        detail_queryset=detail_plan(project, entity),
        pagination_class=pagination(entity.pagination).drf_class,
        filterset_class=filterset(entity),
        search_fields=search_fields(entity),
        ordering_fields=ordering_fields(entity),
        ordering=list_ordering(entity),
        lookup_value_regex=lookup_value_regex(project, entity),
        cqrs=cqrs(project, entity) if is_cqrs(project, entity) else None,
    )


def serializers_module(project: Project, app: App, entities: list[Entity]) -> str:
    writers = [serializer(e, cqrs(project, e) if is_cqrs(project, e) else None) for e in entities]
    imports = Imports(
        *(WRITE_ROLES_SERIALIZER if s.write_roles else WRITE_SERIALIZER for s in writers)
    )
    imports.update(app_import(app.name, "models", e.name, from_app=app.name) for e in entities)
    for w in writers:
        if w.commands is not None:
            imports.add(COMMAND_SERIALIZER)
            imports.update(
                app_import(app.name, "commands", name, from_app=app.name)
                for name in (w.commands.create, w.commands.update)
            )
    readers = [
        tuple(_reader_source(r, imports) for r in read_serializers(project, s.entity, s.readable))
        for s in writers
    ]
    return render(
        "app/serializers.py.jinja", serializers=writers, readers=readers, imports=imports.lines()
    )


def _reader_source(reader: ReadSerializer, imports: Imports) -> ReaderSource:
    """A declared field named like an attribute every DRF field has would redefine it for the
    type checker: such fields are declared in `get_fields()` instead."""
    declared = [(name, source(decl, imports)) for name, decl in reader.declared]
    clashing = tuple((name, code) for name, code in declared if name in FIELD_ATTRIBUTES)
    if clashing:
        imports.add(DRF_SERIALIZERS)
    on_class = tuple((name, code) for name, code in declared if name not in FIELD_ATTRIBUTES)
    return ReaderSource(reader, source(reader.base, imports), on_class, clashing)


def views_module(project: Project, app: App, entities: list[Entity]) -> str:
    viewsets = [viewset(project, e) for e in entities]
    cached_entities = [e.name for e in entities if cached(project, e)]
    imports = Imports(VIEWSETS, RELATIONAL_MIXIN)
    if any(e.is_user for e in entities):
        imports.add(QUERYSET)
    for v in viewsets:
        imports.update(_viewset_imports(app.name, v, cached=v.entity.name in cached_entities))
    return render(
        "app/views.py.jinja", viewsets=viewsets, cached=cached_entities, imports=imports.lines()
    )


def _viewset_imports(app: str, v: ViewSet, *, cached: bool) -> list[Import]:
    """What one viewset names: its model, serializers, plans, pagination, filters, policy."""
    entity = v.entity
    found = [
        app_import(app, "models", entity.name, from_app=app),
        *(
            app_import(app, "serializers", name(entity), from_app=app)
            for name in (serializer_class, list_serializer_class, detail_serializer_class)
        ),
        Import("apps.core.pagination", v.pagination_class),
        *v.policy.imports,
    ]
    if v.cqrs is None:
        found += [*v.list_queryset.imports(app), *v.detail_queryset.imports(app)]
    else:
        found.append(COMMAND_QUERY_VIEWSET)
        found += [app_import(app, "queries", name, from_app=app) for name in v.cqrs.queries]
        if v.cqrs.writes:
            found.append(app_import(app, "commands", v.cqrs.delete, from_app=app))
        if v.cqrs.sourced:
            found.append(VIEWSET_MIXIN)
    if v.filterset_class is not None:
        found.append(app_import(app, "filters", v.filterset_class, from_app=app))
    if cached:
        found.append(CACHED_MIXIN)
    return found


def urls_module(project: Project, app: App, entities: list[Entity]) -> str:
    """The router of the app's viewsets, and the nested lists of rows under one parent."""
    routes = [route for e in entities for route in nested_routes(project, e)]
    imports = Imports(ROUTER)
    holders = [*entities, *(r.reverse.holder for r in routes)]
    imports.update(app_import(e.app, "views", viewset_class(e), from_app=app.name) for e in holders)
    if routes:
        imports.add(PATH)
    return render(
        "app/urls.py.jinja", app=app, entities=entities, routes=routes, imports=imports.lines()
    )


def generate(project: Project) -> dict[str, str]:
    """`apps/<app>/{serializers,views,urls}.py` for every app."""
    files: dict[str, str] = {}
    for app in project.apps:
        entities = [e for e in project.app_entities(app.name) if not e.abstract]
        package = f"apps/{app.name}"
        files[f"{package}/urls.py"] = urls_module(project, app, entities)
        if not entities:
            continue  # an app of abstract bases or enumerations only: nothing to serve
        files[f"{package}/serializers.py"] = serializers_module(project, app, entities)
        files[f"{package}/views.py"] = views_module(project, app, entities)
    for module in ("rate_limits", "reads", "serializers", "viewsets"):
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
