"""The REST API of every app: serializers, viewsets and the router that mounts them."""

from __future__ import annotations

from dataclasses import dataclass

from djgen.generators.meta import attribute_name, total_ordering
from djgen.model import Entity, Field, FieldType, Pagination, Project, Relation, RelationKind
from djgen.render import render

PAGINATION_CLASS = {
    Pagination.PAGE: "PageNumberPagination",
    Pagination.CURSOR: "CursorPagination",
    Pagination.LIMIT_OFFSET: "LimitOffsetPagination",
}
# What a user serializer shows of AbstractUser: never the password nor the permissions.
USER_FIELDS = ("id", "username", "email", "first_name", "last_name", "date_joined", "is_staff")
USER_READ_ONLY = ("date_joined", "is_staff")
USER_ORDERING = ("id", "username", "date_joined")
FILTERED = frozenset({FieldType.BOOLEAN, FieldType.ENUM})
UNORDERED = frozenset({FieldType.JSON, FieldType.BINARY, FieldType.FILE, FieldType.IMAGE})


@dataclass(frozen=True)
class Serializer:
    entity: Entity
    fields: tuple[str, ...]  # API names, the key first
    read_only_fields: tuple[str, ...]
    extra_kwargs: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # API name → option source


@dataclass(frozen=True)
class ViewSet:
    entity: Entity
    base: str  # ModelViewSet or ReadOnlyModelViewSet
    select_related: tuple[str, ...]
    prefetch_related: tuple[str, ...]
    pagination_class: str
    filterset_fields: tuple[str, ...]
    search_fields: tuple[str, ...]
    ordering_fields: tuple[str, ...]
    ordering: tuple[str, ...]


def serializer(entity: Entity) -> Serializer:
    """Relations read and write as primary keys (ModelSerializer's default); a many-to-many
    with a through entity is read-only here and written through that entity's endpoint."""
    fields: list[str] = list(USER_FIELDS) if entity.is_user else ["id"]
    read_only_fields: list[str] = list(USER_READ_ONLY) if entity.is_user else []
    extra: dict[str, list[tuple[str, str]]] = {}

    def add(item: Field | Relation, read_only: bool) -> None:
        if item.api_name in fields:
            return  # an AbstractUser field the user entity redeclares
        fields.append(item.api_name)
        if read_only:
            read_only_fields.append(item.api_name)
        if item.api_name != item.name:
            extra.setdefault(item.api_name, []).append(("source", f'"{item.name}"'))
        if item.write_only:
            extra.setdefault(item.api_name, []).append(("write_only", "True"))

    for field in entity.all_fields:
        add(field, field.read_only or field.auto_now or field.auto_now_add)
    for relation in entity.all_relations:
        add(relation, relation.read_only or relation.through is not None)
    return Serializer(
        entity,
        tuple(fields),
        tuple(read_only_fields),
        tuple((name, tuple(options)) for name, options in extra.items()),
    )


def viewset(entity: Entity) -> ViewSet:
    keys = [r for r in entity.all_relations if r.kind is not RelationKind.MANY_TO_MANY]
    many = [r for r in entity.all_relations if r.kind is RelationKind.MANY_TO_MANY]
    plain = [f for f in entity.all_fields if f.name == f.api_name and not f.write_only]
    readonly = entity.readonly or entity.is_user
    return ViewSet(
        entity=entity,
        base="ReadOnlyModelViewSet" if readonly else "ModelViewSet",
        select_related=tuple(r.name for r in keys),
        prefetch_related=tuple(r.name for r in many),
        pagination_class=PAGINATION_CLASS[entity.pagination],
        filterset_fields=(
            *(f.name for f in plain if f.type in FILTERED),
            *(r.name for r in keys if r.name == r.api_name and not r.write_only),
        ),
        search_fields=tuple(attribute_name(entity, name) for name in entity.search),
        ordering_fields=(
            *(USER_ORDERING if entity.is_user else ("id",)),
            *(f.name for f in plain if f.type not in UNORDERED),
        ),
        ordering=total_ordering(entity),
    )


def generate(project: Project) -> dict[str, str]:
    """`apps/<app>/{serializers,views,urls}.py` for every app."""
    files: dict[str, str] = {}
    for app in project.apps:
        entities = [e for e in project.app_entities(app.name) if not e.abstract]
        models = [e.name for e in entities]
        package = f"apps/{app.name}"
        files[f"{package}/urls.py"] = render("app/urls.py.jinja", app=app, entities=entities)
        if not entities:
            continue  # an app of abstract bases or enumerations only: nothing to serve
        files[f"{package}/serializers.py"] = render(
            "app/serializers.py.jinja",
            serializers=[serializer(e) for e in entities],
            models=models,
        )
        viewsets = [viewset(e) for e in entities]
        files[f"{package}/views.py"] = render(
            "app/views.py.jinja",
            viewsets=viewsets,
            models=models,
            paginations=sorted({v.pagination_class for v in viewsets}),
            uses_permissions=any(e.is_user for e in entities),
        )
    return files
