"""Filtering, search, ordering and pagination of every list endpoint.

For each concrete entity this decides which django-filter lookups its FilterSet offers (by field
type), which fields `?ordering=` accepts and what the list is ordered by, and which columns get a
full-text index. It writes the FilterSets (`apps/<app>/filters.py`), the shared filter backends
(`apps/core/filters.py`, `apps/core/search.py`), the tests that prove all of it on data made to
match and not to match, and `docs/api.md`.

Cursor pagination positions a page on the value of the first ordering field and loses rows where
that value is NULL, so a cursor-paginated entity is ordered only by fields that are never NULL
(its nullable fields and its relations are left out of its default ordering and `?ordering=`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePosixPath

from djgen.generators import auth
from djgen.lowering import initial_migrations as migrations
from djgen.lowering.fields import stores_empty_string
from djgen.lowering.meta import MAX_INDEX_NAME, attribute_name, bounded_name, total_ordering
from djgen.model import (
    NUMBER_TYPES,
    TEXT_TYPES,
    Entity,
    Field,
    FieldType,
    Pagination,
    Project,
    Relation,
    RelationKind,
)
from djgen.render import render

PAGINATION_CLASS = {
    Pagination.PAGE: "PageNumberPagination",
    Pagination.CURSOR: "CursorPagination",
    Pagination.LIMIT_OFFSET: "LimitOffsetPagination",
}
# What a user entity's FilterSet offers of AbstractUser besides the entity's own fields.
USER_FIELDS = (
    Field(name="username", api_name="username", type=FieldType.STRING, max_length=150),
    Field(name="date_joined", api_name="date_joined", type=FieldType.DATETIME),
)
USER_ORDERING = ("id", "username", "date_joined")
UNORDERED = frozenset({FieldType.JSON, FieldType.BINARY, FieldType.FILE, FieldType.IMAGE})
# The text search configuration of the full-text index and of the queries it serves.
SEARCH_CONFIG = "english"
# A word no factory writes (they write common English words); a searched field holds it in
# one row of the search tests. PostgreSQL's `english` configuration stems the plural to it.
SEARCH_TEXT = "Running quokka"
SEARCH_WORD = "quokka"
SEARCH_STEM = "quokkas"
SEARCH_FRAGMENT = "uokk"


class Kind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    DATETIME = "date and time"
    TIME = "time"
    DURATION = "duration"
    BOOLEAN = "boolean"
    CHOICE = "choice"
    UUID = "UUID"
    IP = "IP address"
    RELATION = "related key"
    MANY = "related keys"


# The lookup lists `apps/core/filters.py` defines, by name.
LOOKUP_LISTS = {
    "TEXT_LOOKUPS": ("exact", "iexact", "icontains", "istartswith", "in"),
    "COMPARISON_LOOKUPS": ("exact", "lt", "lte", "gt", "gte", "range"),
    "DATE_LOOKUPS": ("exact", "lt", "lte", "gt", "gte", "range", "year", "month"),
    "EQUALITY_LOOKUPS": ("exact", "in"),
    "BOOLEAN_LOOKUPS": ("exact",),
}
LOOKUP_LIST = {
    Kind.TEXT: "TEXT_LOOKUPS",
    Kind.NUMBER: "COMPARISON_LOOKUPS",
    Kind.DATE: "DATE_LOOKUPS",
    Kind.DATETIME: "DATE_LOOKUPS",
    Kind.TIME: "COMPARISON_LOOKUPS",
    Kind.DURATION: "COMPARISON_LOOKUPS",
    Kind.BOOLEAN: "BOOLEAN_LOOKUPS",
    Kind.CHOICE: "EQUALITY_LOOKUPS",
    Kind.UUID: "EQUALITY_LOOKUPS",
    Kind.IP: "EQUALITY_LOOKUPS",
    Kind.RELATION: "EQUALITY_LOOKUPS",
    Kind.MANY: "EQUALITY_LOOKUPS",
}
KIND_OF_TYPE = {
    **dict.fromkeys(TEXT_TYPES, Kind.TEXT),
    **dict.fromkeys(NUMBER_TYPES, Kind.NUMBER),
    FieldType.DATE: Kind.DATE,
    FieldType.DATETIME: Kind.DATETIME,
    FieldType.TIME: Kind.TIME,
    FieldType.DURATION: Kind.DURATION,
    FieldType.BOOLEAN: Kind.BOOLEAN,
    FieldType.ENUM: Kind.CHOICE,
    FieldType.UUID: Kind.UUID,
    FieldType.IP_ADDRESS: Kind.IP,
}
# A query value each kind refuses, and the lookup that reads it.
MALFORMED = {
    Kind.NUMBER: ("gte", "abc"),
    Kind.DATE: ("gt", "2021-02-30"),
    Kind.DATETIME: ("lt", "2021-02-30T25:00"),
    Kind.TIME: ("gte", "25:61"),
    Kind.DURATION: ("gt", "abc"),
    Kind.BOOLEAN: ("exact", "maybe"),
    Kind.CHOICE: ("exact", "not-a-choice"),
    Kind.UUID: ("exact", "not-a-uuid"),
    Kind.RELATION: ("exact", "abc"),
    Kind.MANY: ("in", "abc"),
}
INTEGER_TYPES = NUMBER_TYPES - {FieldType.FLOAT, FieldType.DECIMAL}


@dataclass(frozen=True)
class Values:
    """Two values of a field, low before high in every order, as Python source and as a query
    string carries them."""

    low: str
    high: str
    low_query: str
    high_query: str
    imports: frozenset[tuple[str, str]] = frozenset()  # (module, name) the sources use


@dataclass(frozen=True)
class Check:
    """A query and the row (`low` or `high`) it must list, of the two the test makes."""

    query: tuple[tuple[str, str], ...]
    expected: str


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
        named = LOOKUP_LIST[self.kind]
        return f'[*{named}, "isnull"]' if self.nullable else named

    @property
    def parameters(self) -> tuple[str, ...]:
        return tuple(self.name if x == "exact" else f"{self.name}__{x}" for x in self.lookups)


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
    imports: frozenset[tuple[str, str]] = field(default=frozenset())

    @property
    def filterset(self) -> str | None:
        return filterset_class(self.entity)

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


def _text(f: Field) -> tuple[Values, tuple[Check, ...]]:
    limit = f.max_length or 255
    low, high = "Alpha"[:limit], "Bravo"[:limit]
    values = Values(repr(low), repr(high), low, high)
    checks = (
        Check(((f.name, low),), "low"),
        Check(((f"{f.name}__iexact", low.swapcase()),), "low"),
        Check(((f"{f.name}__icontains", (low[1:] or low).upper()),), "low"),
        Check(((f"{f.name}__istartswith", low[:2].lower()),), "low"),
        Check(((f"{f.name}__in", f"{high},Zulu"),), "high"),
    )
    return values, checks


def _bounds(f: Field) -> tuple[float, float]:
    """A low and a high value inside the field's limits and its column's digits."""
    limits = [f.max_value] if f.max_value is not None else []
    if f.type is FieldType.DECIMAL and f.max_digits is not None:
        limits.append(10 ** (f.max_digits - (f.decimal_places or 0)) - 1)
    top = min(limits) if limits else None
    low = f.min_value
    if low is None:
        low = 1 if top is None else top - 10
        if f.type is FieldType.POSITIVE_INTEGER:
            low = max(low, 0)
    high = low + 10 if top is None else min(low + 10, top)
    return low, high


def _number_source(f: Field, value: float) -> tuple[str, str]:
    text = str(int(value)) if float(value).is_integer() else repr(value)
    if f.type is FieldType.DECIMAL:
        return f'Decimal("{text}")', text
    if f.type is FieldType.FLOAT:
        return repr(float(value)), repr(float(value))
    return text, text


def _compared(f: Field, values: Values) -> tuple[Check, ...]:
    lo, hi = values.low_query, values.high_query
    return (
        Check(((f.name, lo),), "low"),
        Check(((f"{f.name}__lt", hi),), "low"),
        Check(((f"{f.name}__lte", lo),), "low"),
        Check(((f"{f.name}__gt", lo),), "high"),
        Check(((f"{f.name}__gte", hi),), "high"),
        Check(((f"{f.name}__range", f"{hi},{hi}"),), "high"),
    )


TEMPORAL = {
    Kind.DATE: ("date(2020, 1, 15)", "date(2023, 6, 20)", "2020-01-15", "2023-06-20", ("date",)),
    Kind.DATETIME: (
        "datetime(2020, 1, 15, 9, 30, tzinfo=UTC)",
        "datetime(2023, 6, 20, 17, 45, tzinfo=UTC)",
        "2020-01-15T09:30:00+00:00",
        "2023-06-20T17:45:00+00:00",
        ("UTC", "datetime"),
    ),
    Kind.TIME: ("time(9, 30)", "time(17, 45)", "09:30:00", "17:45:00", ("time",)),
    Kind.DURATION: (
        "timedelta(hours=1)",
        "timedelta(days=2)",
        "01:00:00",
        "2 00:00:00",
        ("timedelta",),
    ),
}


def values_and_checks(
    f: Field, kind: Kind, project: Project
) -> tuple[Values | None, tuple[Check, ...]]:
    """Two values of the field and the queries that must tell their rows apart."""
    if kind is Kind.TEXT:
        return _text(f)
    if kind is Kind.NUMBER:
        low, high = _bounds(f)
        if low >= high:
            return None, ()
        (low_src, low_q), (high_src, high_q) = _number_source(f, low), _number_source(f, high)
        imports = frozenset({("decimal", "Decimal")} if f.type is FieldType.DECIMAL else ())
        values = Values(low_src, high_src, low_q, high_q, imports)
        return values, _compared(f, values)
    if kind in TEMPORAL:
        low_src, high_src, low_q, high_q, names = TEMPORAL[kind]
        imports = frozenset(("datetime", name) for name in names)
        values = Values(low_src, high_src, low_q, high_q, imports)
        checks = _compared(f, values)
        if kind in (Kind.DATE, Kind.DATETIME):
            checks += (
                Check(((f"{f.name}__year", "2020"),), "low"),
                Check(((f"{f.name}__month", "6"),), "high"),
            )
        return values, checks
    if kind is Kind.BOOLEAN:
        values = Values("False", "True", "false", "true")
        return values, (Check(((f.name, "false"),), "low"), Check(((f.name, "true"),), "high"))
    if kind is Kind.CHOICE:
        assert f.enum is not None
        members = sorted(m.value for m in project.enum(f.enum).members)
        if len(members) < 2:
            return None, ()
        low, high = members[0], members[1]
        values = Values(repr(low), repr(high), low, high)
        return values, (
            Check(((f.name, low),), "low"),
            Check(
                ((f"{f.name}__in", f"{high},{members[-1]}" if len(members) > 2 else high),), "high"
            ),
        )
    if kind is Kind.UUID:
        low, high = (f"00000000-0000-4000-8000-00000000000{i}" for i in (1, 2))
        values = Values(
            f'UUID("{low}")', f'UUID("{high}")', low, high, frozenset({("uuid", "UUID")})
        )
    else:  # IP addresses
        low, high = "10.0.0.1", "10.0.0.2"
        values = Values(repr(low), repr(high), low, high)
    return values, (Check(((f.name, low),), "low"), Check(((f"{f.name}__in", high),), "high"))


def _parameter(name: str, lookup: str) -> str:
    return name if lookup == "exact" else f"{name}__{lookup}"


def filtered_fields(project: Project, entity: Entity) -> tuple[Filtered, ...]:
    """Every filter of the entity's FilterSet, scalar fields first, then relations."""
    found: list[Filtered] = []
    for f in exposed_fields(entity):
        kind = KIND_OF_TYPE.get(f.type)
        if kind is None:
            continue  # JSON, files and binary data are not filtered
        values, checks = values_and_checks(f, kind, project)
        null = nullable(f)
        lookups = LOOKUP_LISTS[LOOKUP_LIST[kind]] + (("isnull",) if null else ())
        found.append(Filtered(f.name, kind, lookups, null, values, checks))
    for r in exposed_relations(entity):
        kind = Kind.MANY if r.kind is RelationKind.MANY_TO_MANY else Kind.RELATION
        null = nullable(r)
        lookups = LOOKUP_LISTS[LOOKUP_LIST[kind]] + (("isnull",) if null else ())
        found.append(Filtered(r.name, kind, lookups, null))
    return tuple(found)


def filterset_class(entity: Entity) -> str | None:
    """The name of the entity's FilterSet; None when it has nothing to filter on."""
    if any(f.type in KIND_OF_TYPE for f in exposed_fields(entity)) or exposed_relations(entity):
        return f"{entity.name}Filter"
    return None


def _item(entity: Entity, name: str) -> Field | Relation | None:
    return next((i for i in (*entity.all_fields, *entity.all_relations) if i.name == name), None)


def cursor_safe(entity: Entity, name: str) -> bool:
    """Whether a cursor can stand on the field: a scalar that is never NULL (or the key)."""
    item = _item(entity, name)
    if item is None:
        return True  # the key, or a field of AbstractUser's
    return isinstance(item, Field) and not nullable(item)


def ordering_fields(entity: Entity) -> tuple[str, ...]:
    """What `?ordering=` accepts: the key and every scalar field the API shows under its own
    name, except JSON, files and binary data; for cursor pages only fields never NULL."""
    cursor = entity.pagination is Pagination.CURSOR
    names = list(USER_ORDERING if entity.is_user else ("id",))
    for f in exposed_fields(entity):
        if f.type in UNORDERED or f.name in names or (cursor and nullable(f)):
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


def _table_columns(project: Project, entity: Entity) -> set[str]:
    """The scalar columns of the entity's own table: its fields and its abstract ancestors'."""
    names = {f.name for f in entity.fields}
    if entity.is_user:
        names |= {"username", "first_name", "last_name", "email"}
    parent = entity.parent
    while parent is not None and project.entity(parent).abstract:
        names |= {f.name for f in project.entity(parent).fields}
        parent = project.entity(parent).parent
    return names


def search_fields(entity: Entity) -> tuple[str, ...]:
    return tuple(attribute_name(entity, name) for name in entity.search)


def search_index(project: Project, entity: Entity) -> str | None:
    """The name of the entity's full-text index; None when a searched column lives in another
    table (a related or a parent model's), where an index on this table cannot serve it."""
    fields = search_fields(entity)
    if not fields or not set(fields) <= _table_columns(project, entity):
        return None
    return bounded_name(entity.snake, "search_idx", MAX_INDEX_NAME)


def _search_field(entity: Entity) -> str | None:
    """A searched field the search tests can write a plain phrase into."""
    for name in search_fields(entity):
        item = _item(entity, name)
        if (
            isinstance(item, Field)
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
        if f.kind in MALFORMED:
            lookup, value = MALFORMED[f.kind]
            found.setdefault(_parameter(f.name, lookup), value)
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


def search_migration(project: Project, app: str) -> dict[str, str]:
    """The app's migration that creates its full-text indexes on PostgreSQL, after the app's
    last migration (the roles migration of the user's app follows the initial ones)."""
    indexed = [
        (e, search_fields(e), index)
        for e in project.app_entities(app)
        if not e.abstract and (index := search_index(project, e)) is not None
    ]
    if not indexed:
        return {}
    names = migrations.migration_names(project, app)
    roles = [PurePosixPath(path) for path in auth.roles_migration(project)]
    names += [path.stem for path in roles if path.parts[1] == app]
    after = names[-1]
    number = int(after.split("_", 1)[0]) + 1
    return {
        f"apps/{app}/migrations/{number:04d}_search.py": render(
            "app/migrations/search.py.jinja",
            app=app,
            after=after,
            indexed=indexed,
            config=SEARCH_CONFIG,
        )
    }


def search_migrations(project: Project) -> dict[str, str]:
    """Every app's search migration: a generator of its own, as it follows the migrations the
    other generators write."""
    files: dict[str, str] = {}
    for app in project.apps:
        files.update(search_migration(project, app.name))
    return files


# What the documentation's example URLs ask of each kind of filter: a lookup and a value.
EXAMPLE_QUERY = {
    Kind.TEXT: ("icontains", "word"),
    Kind.NUMBER: ("gte", "10"),
    Kind.DATE: ("year", "2024"),
    Kind.DATETIME: ("gte", "2024-01-01T00:00:00Z"),
    Kind.TIME: ("lt", "12:00"),
    Kind.DURATION: ("gt", "01:00:00"),
    Kind.BOOLEAN: ("exact", "true"),
    Kind.IP: ("exact", "10.0.0.1"),
    Kind.RELATION: ("exact", "3"),
    Kind.MANY: ("in", "3,4"),
}
PAGE_QUERY = {
    Pagination.PAGE: "page=2&page_size=50",
    Pagination.CURSOR: "page_size=50",
    Pagination.LIMIT_OFFSET: "limit=50&offset=100",
}


def example_urls(listing: Listing) -> list[str]:
    """List URLs that show what the endpoint accepts: one filter of each kind it has, a search,
    an ordering and a page."""
    path = listing.path
    queries: dict[Kind, str] = {}
    for f in listing.filters:
        if f.kind in queries:
            continue
        if f.kind in EXAMPLE_QUERY:
            lookup, value = EXAMPLE_QUERY[f.kind]
            queries[f.kind] = f"{_parameter(f.name, lookup)}={value}"
        elif f.values is not None:  # choices and UUIDs: values of the field's own
            values = f.values.low_query, f.values.high_query
            queries[f.kind] = f"{f.name}__in={','.join(values)}"
    urls = [f"{path}?{query}" for query in queries.values()]
    nullable = next((f for f in listing.filters if f.nullable), None)
    if nullable is not None:
        urls.append(f"{path}?{nullable.name}__isnull=true")
    if listing.search:
        urls.append(f"{path}?search=annual+report")
    ordered = [name for name in listing.ordering_fields if name != "id"][:2]
    if ordered:
        urls.append(f"{path}?ordering=-{','.join(ordered)}")
    urls.append(f"{path}?{PAGE_QUERY[listing.entity.pagination]}")
    return urls


def import_lines(names: Iterable[tuple[str, str]]) -> list[str]:
    """`from module import a, b` lines, one per module, sorted as isort sorts them."""
    by_module: dict[str, set[str]] = {}
    for module, name in names:
        by_module.setdefault(module, set()).add(name)
    return [
        f"from {module} import {', '.join(sorted(found, key=lambda n: (not n.isupper(), n)))}"
        for module, found in sorted(by_module.items())
    ]


def test_helpers(listings: list[Listing]) -> list[str]:
    """The helpers of `apps.core.testing` an app's filter tests call."""
    helpers = {"field_errors", "listed"}
    if any(x.scalars or x.relations or x.search_field for x in listings):
        helpers.add("shown")
    if any(x.scalars or x.ordered or x.search_field for x in listings):
        helpers.add("with_value")
    if any(x.relations for x in listings):
        helpers.add("linked_pairs")
    ranked = [
        x for x in listings if x.search_field and x.entity.pagination is not Pagination.CURSOR
    ]
    if ranked or any(x.ordered for x in listings):
        helpers.add("shown_in_order")
    if ranked:
        helpers.add("set_value")
    return sorted(helpers)


def generate(project: Project) -> dict[str, str]:
    """The FilterSets and filter tests of every app, the shared backends and `docs/api.md`."""
    files = {
        "apps/core/filters.py": render("core/filters.py.jinja"),
        "apps/core/search.py": render("core/search.py.jinja", config=SEARCH_CONFIG),
    }
    listings: list[Listing] = []
    for app in project.apps:
        entities = [e for e in project.app_entities(app.name) if not e.abstract]
        if not entities:
            continue
        found = [listing(project, e) for e in entities]
        listings += found
        filtered = [x for x in found if x.filterset]
        if filtered:
            used = {LOOKUP_LIST[f.kind] for x in filtered for f in x.filters}
            files[f"apps/{app.name}/filters.py"] = render(
                "app/filters.py.jinja", app=app, listings=filtered, lookups=sorted(used)
            )
        files[f"apps/{app.name}/tests/test_filters.py"] = render(
            "app/tests/test_filters.py.jinja",
            app=app,
            listings=found,
            imports=import_lines(i for x in found for i in x.imports),
            helpers=test_helpers(found),
            uses_connection=any(x.search_field for x in found),
            search=dict(
                text=SEARCH_TEXT, word=SEARCH_WORD, stem=SEARCH_STEM, fragment=SEARCH_FRAGMENT
            ),
        )
        files[f"apps/{app.name}/tests/test_pagination.py"] = render(
            "app/tests/test_pagination.py.jinja",
            app=app,
            listings=found,
            classes={style.value: name for style, name in PAGINATION_CLASS.items()},
        )
    files["docs/api.md"] = render(
        "docs/api.md.jinja",
        project=project,
        listings=[(x, example_urls(x)) for x in listings],
        config=SEARCH_CONFIG,
    )
    return files
