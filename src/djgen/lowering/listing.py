"""What every list endpoint offers besides its rows: the filters of its FilterSet (by field
type), the fields `?ordering=` accepts and the default ordering, the searched fields and their
full-text index.

Cursor pagination positions a page on the value of the first ordering field and loses rows where
that value is NULL, so a cursor-paginated entity is ordered only by fields that are never NULL
(its nullable fields and its relations are left out of its default ordering and `?ordering=`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from djgen.lowering.fields import stores_empty_string
from djgen.lowering.imports import Import
from djgen.lowering.meta import MAX_INDEX_NAME, attribute_name, bounded_name, total_ordering
from djgen.lowering.names import filterset_class
from djgen.lowering.test_data import SEARCH_TEXT, Check, Values, values_and_checks
from djgen.model import Entity, Field, Project, Relation
from djgen.types import FILTER_KINDS, Kind, info
from djgen.vocabulary import FieldType, Pagination, RelationKind

# What a user entity's FilterSet offers of AbstractUser besides the entity's own fields.
USER_FIELDS = (
    Field(name="username", api_name="username", type=FieldType.STRING, max_length=150),
    Field(name="date_joined", api_name="date_joined", type=FieldType.DATETIME),
)
USER_ORDERING = ("id", "username", "date_joined")
# The text search configuration of the full-text index and of the queries it serves.
SEARCH_CONFIG = "english"


def parameter(name: str, lookup: str) -> str:
    """The query parameter of a lookup on a field: `price__gte`, or `price` for `exact`."""
    return name if lookup == "exact" else f"{name}__{lookup}"


@dataclass(frozen=True)
class Filtered:
    """One filtered field: its lookups, and how its tests tell matching from other rows."""

    name: str
    kind: Kind
    lookups: tuple[str, ...]
    nullable: bool
    values: Values | None = None  # None: a relation (the test makes the related rows)
    checks: tuple[Check, ...] = ()

    @property
    def lookup_list(self) -> str:
        """The lookups as the FilterSet's source spells them."""
        named = FILTER_KINDS[self.kind].lookup_list
        return f'[*{named}, "isnull"]' if self.nullable else named

    @property
    def parameters(self) -> tuple[str, ...]:
        return tuple(parameter(self.name, lookup) for lookup in self.lookups)


@dataclass(frozen=True)
class Listing:
    """Everything a list endpoint offers besides the rows themselves."""

    entity: Entity
    path: str  # /api/v1/posts/
    filters: tuple[Filtered, ...]
    search: tuple[str, ...]
    search_index: str | None  # the GIN index's name, when every searched column is local
    search_field: str | None  # the field the search tests write a word into
    ordering_fields: tuple[str, ...]
    ordering: tuple[str, ...]
    invalid: tuple[tuple[str, str], ...]  # (parameter, refused value)
    imports: frozenset[Import] = field(default=frozenset())  # what the filter tests' values use

    @property
    def filterset(self) -> str | None:
        return filterset(self.entity)

    @property
    def ordered(self) -> tuple[Filtered, ...]:
        """The filtered fields whose two values also prove `?ordering=` both ways."""
        return tuple(f for f in self.filters if f.values and f.name in self.ordering_fields)

    @property
    def scalars(self) -> tuple[Filtered, ...]:
        return tuple(f for f in self.filters if f.values is not None and f.checks)

    @property
    def relations(self) -> tuple[Filtered, ...]:
        return tuple(f for f in self.filters if f.kind in (Kind.RELATION, Kind.MANY))


def nullable(item: Field | Relation) -> bool:
    """Whether the column may hold NULL."""
    if isinstance(item, Relation):
        return item.kind is not RelationKind.MANY_TO_MANY and not item.required
    return not (item.required or item.has_default or stores_empty_string(item))


def exposed_fields(entity: Entity) -> list[Field]:
    """Scalar fields a client may filter and order by: shown by the API under their own name.
    A renamed field (`from` stored as `from_`) has no FilterSet name clients could use."""
    fields = [f for f in entity.all_fields if f.name == f.api_name and not f.write_only]
    if entity.is_user:
        own = {f.name for f in fields}
        fields = [f for f in USER_FIELDS if f.name not in own] + fields
    return fields


def exposed_relations(entity: Entity) -> list[Relation]:
    return [r for r in entity.all_relations if r.name == r.api_name and not r.write_only]


def _lookups(kind: Kind, null: bool) -> tuple[str, ...]:
    return FILTER_KINDS[kind].lookups + (("isnull",) if null else ())


def filtered_fields(project: Project, entity: Entity) -> tuple[Filtered, ...]:
    """Every filter of the entity's FilterSet, scalar fields first, then relations."""
    found: list[Filtered] = []
    for f in exposed_fields(entity):
        kind = info(f.type).filter
        if kind is None:
            continue  # JSON, files and binary data are not filtered
        values, checks = values_and_checks(f, kind, project)
        null = nullable(f)
        found.append(Filtered(f.name, kind, _lookups(kind, null), null, values, checks))
    for r in exposed_relations(entity):
        kind = Kind.MANY if r.kind is RelationKind.MANY_TO_MANY else Kind.RELATION
        null = nullable(r)
        found.append(Filtered(r.name, kind, _lookups(kind, null), null))
    return tuple(found)


def filterset(entity: Entity) -> str | None:
    """The class name of the entity's FilterSet; None when it has nothing to filter on."""
    filtered = any(info(f.type).filter is not None for f in exposed_fields(entity))
    if filtered or exposed_relations(entity):
        return filterset_class(entity)
    return None


def _item(entity: Entity, name: str) -> Field | Relation | None:
    items: list[Field | Relation] = [*entity.all_fields, *entity.all_relations]
    return next((i for i in items if i.name == name), None)


def cursor_safe(entity: Entity, name: str) -> bool:
    """Whether a cursor can stand on the field: a scalar that is never NULL (or the key)."""
    item = _item(entity, name)
    if item is None:
        return True  # the key, or a field of AbstractUser's
    return isinstance(item, Field) and not nullable(item)


def ordering_fields(entity: Entity) -> tuple[str, ...]:
    """What `?ordering=` accepts: the key (`id`, or a text key among the fields) and every
    scalar field the API shows under its own name, except JSON, files and binary data; for
    cursor pages only fields never NULL."""
    cursor = entity.pagination is Pagination.CURSOR
    names = list(USER_ORDERING if entity.is_user else ("id",) if entity.key is None else ())
    for f in exposed_fields(entity):
        if not info(f.type).sorts or f.name in names or (cursor and nullable(f)):
            continue
        names.append(f.name)
    return tuple(names)


def list_ordering(entity: Entity) -> tuple[str, ...]:
    """The list's default ordering: the spec's, total with the key last; for cursor pages
    without the fields a cursor cannot stand on."""
    ordering = total_ordering(entity)
    if entity.pagination is not Pagination.CURSOR:
        return ordering
    return tuple(item for item in ordering if cursor_safe(entity, item.removeprefix("-")))


def table_columns(project: Project, entity: Entity) -> set[str]:
    """The scalar columns of the entity's own table: its fields and its abstract ancestors'."""
    names = {f.name for f in project.table_fields(entity)}
    if entity.is_user:
        names |= {"username", "first_name", "last_name", "email"}
    return names


def search_fields(entity: Entity) -> tuple[str, ...]:
    return tuple(attribute_name(entity, name) for name in entity.search)


def search_index(project: Project, entity: Entity) -> str | None:
    """The name of the entity's full-text index; None when a searched column lives in another
    table (a related or a parent model's), where an index on this table cannot serve it."""
    fields = search_fields(entity)
    if not fields or not set(fields) <= table_columns(project, entity):
        return None
    return bounded_name(entity.snake, "search_idx", MAX_INDEX_NAME)


def _search_field(entity: Entity) -> str | None:
    """A searched field the search tests can write a plain phrase into (not a key, which is
    written once)."""
    for name in search_fields(entity):
        item = _item(entity, name)
        if (
            isinstance(item, Field)
            and not item.primary_key
            and item in exposed_fields(entity)
            and item.type in (FieldType.STRING, FieldType.TEXT, FieldType.SLUG)
            and item.pattern is None
            and (item.max_length or len(SEARCH_TEXT)) >= len(SEARCH_TEXT)
        ):
            return item.name
    return None


def _invalid(filters: Iterable[Filtered]) -> tuple[tuple[str, str], ...]:
    """One refused query per kind of filter, and a bad ordering."""
    found: dict[str, str] = {}
    for f in filters:
        malformed = FILTER_KINDS[f.kind].malformed
        if malformed is not None:
            lookup, value = malformed
            found.setdefault(parameter(f.name, lookup), value)
        if f.kind is Kind.CHOICE:
            found.setdefault(f"{f.name}__in", "not-a-choice")
        if f.nullable and f.values is not None:
            found.setdefault(f"{f.name}__isnull", "maybe")
        if "range" in f.lookups and f.values is not None:
            found.setdefault(f"{f.name}__range", f.values.low_query)
    found["ordering"] = "no_such_field"
    return tuple(found.items())


def listing(project: Project, entity: Entity) -> Listing:
    filters = filtered_fields(project, entity)
    imports = {i for f in filters if f.values is not None for i in f.values.imports}
    return Listing(
        entity=entity,
        path=f"/api/{project.features.api_version}/{entity.url}/",
        filters=filters,
        search=search_fields(entity),
        search_index=search_index(project, entity),
        search_field=_search_field(entity),
        ordering_fields=ordering_fields(entity),
        ordering=list_ordering(entity),
        invalid=_invalid(filters),
        imports=frozenset(imports),
    )
