"""The hostile input the generated suite sends, derived from the domain model: every query
parameter of every list endpoint, the values some of them must refuse, every path that
carries a key, and for every field a client writes the values of its type that a write must
refuse. The values themselves are names of the generated `apps/core/hostile.py`, so each
test module only says which apply."""

from __future__ import annotations

from dataclasses import dataclass

from djgen.lowering.listing import Listing
from djgen.lowering.queries import nested_routes
from djgen.lowering.test_data import writable_fields, writable_relations
from djgen.model import Entity, Project
from djgen.names import kebab
from djgen.types import Kind, info
from djgen.vocabulary import FieldType, Pagination

# Query parameters of each pagination style.
PAGE_PARAMETERS = {
    Pagination.PAGE: ("page", "page_size"),
    Pagination.CURSOR: ("cursor", "page_size"),
    Pagination.LIMIT_OFFSET: ("limit", "offset"),
}
# Lookups that compare a filter's value with the column's.
COMPARED = frozenset({"exact", "lt", "lte", "gt", "gte"})
# Values a write refuses, by field type, beyond the NUL and surrogate every field refuses.
REFUSED_BY_TYPE: dict[FieldType, tuple[str, ...]] = {
    FieldType.JSON: ("DEEP_JSON", "NUL_IN_JSON", "SURROGATE_IN_JSON"),
    FieldType.DATETIME: ("LATEST_DATETIME", "EARLIEST_DATETIME"),
    FieldType.DURATION: ("HUGE_DURATION", "NEGATIVE_DURATION"),
    FieldType.BINARY: ("NOT_BASE64",),
    FieldType.DATE: ("BEYOND_YEAR_9999",),
    FieldType.INTEGER: ("HUGE_NUMBER",),
    FieldType.BIG_INTEGER: ("HUGE_NUMBER",),
    FieldType.SMALL_INTEGER: ("HUGE_NUMBER",),
    FieldType.POSITIVE_INTEGER: ("HUGE_NUMBER",),
    FieldType.DECIMAL: ("HUGE_NUMBER",),
}
EVERY_FIELD = ("NUL", "SURROGATE")
# How many forged cursors `apps/core/hostile.py` holds, and those whose position is a word or a
# date: a text column could hold them, so they are refused only where the list orders first by
# another kind of column.
FORGED_CURSOR_COUNT = 5
WORD_POSITIONS = frozenset({2, 3})


@dataclass(frozen=True)
class HostileList:
    """A list endpoint: every query parameter, and (parameter, value source) pairs it must
    refuse with a 400."""

    entity: Entity
    parameters: tuple[str, ...]
    refused: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class HostileWrite:
    """A writable endpoint: the fields a valid body carries (model attribute → API name) and
    (API name, value source) pairs a create must refuse with a 400 naming the field."""

    entity: Entity
    fields: tuple[tuple[str, str], ...]
    refused: tuple[tuple[str, str], ...]


def _refused_queries(x: Listing) -> list[tuple[str, str]]:
    """NUL in every filter but a list (`__in`, whose values each filter reads alike), dates
    and times beyond UTC's range and durations beyond a column's in every comparison, long
    searches, and forged pages."""
    refused: list[tuple[str, str]] = []
    for f in x.filters:
        refused += [(name, "NUL") for name in f.parameters if not name.endswith("__in")]
        compared = [name for name in f.parameters if name.rpartition("__")[2] in COMPARED]
        if f.kind is Kind.DATETIME:
            edges = ("LATEST_DATETIME", "EARLIEST_DATETIME")
            refused += [(name, edge) for name in compared for edge in edges]
        if f.kind is Kind.DURATION:
            refused += [(name, "HUGE_DURATION") for name in compared]
    if x.search:
        refused += [("search", value) for value in ("NUL", "MANY_WORDS", "LONG_WORD")]
    refused.append(("ordering", "NUL"))
    if x.entity.pagination is Pagination.CURSOR:
        refused += [("cursor", f"FORGED_CURSORS[{n}]") for n in forged_cursors(x)]
    if x.entity.pagination is Pagination.LIMIT_OFFSET:
        refused.append(("offset", "HUGE_NUMBER"))
    return refused


def forged_cursors(x: Listing) -> tuple[int, ...]:
    """The forged cursors a cursor list must refuse: all of them, but those that name a word
    where the list orders first by text."""
    first = x.ordering[0].removeprefix("-")
    entity = x.entity
    field = entity.key if first in ("pk", "id") else None
    field = field or next((f for f in entity.all_fields if f.name == first), None)
    text = field is not None and (info(field.type).text or field.type is FieldType.ENUM)
    return tuple(n for n in range(FORGED_CURSOR_COUNT) if not (text and n in WORD_POSITIONS))


def hostile_list(x: Listing) -> HostileList:
    parameters = [name for f in x.filters for name in f.parameters]
    if x.search:
        parameters.append("search")
    parameters += ["ordering", *PAGE_PARAMETERS[x.entity.pagination]]
    return HostileList(x.entity, tuple(parameters), tuple(_refused_queries(x)))


def keyed_paths(project: Project, entity: Entity) -> tuple[str, ...]:
    """What follows a key in the entity's paths, after its list path and the key: "" for its
    detail, `<rows>/` for each nested list of rows that point at it."""
    return ("", *(f"{kebab(route.reverse.name)}/" for route in nested_routes(project, entity)))


def hostile_write(entity: Entity) -> HostileWrite | None:
    """None for an entity clients do not write through its endpoint."""
    if entity.readonly or entity.is_user:
        return None
    fields = writable_fields(entity)
    relations = writable_relations(entity)
    written = [(f.name, f.api_name) for f in fields] + [(r.name, r.api_name) for r in relations]
    refused = [
        (f.api_name, value)
        for f in fields
        for value in (*EVERY_FIELD, *REFUSED_BY_TYPE.get(f.type, ()))
    ]
    refused += [(r.api_name, value) for r in relations for value in EVERY_FIELD]
    return HostileWrite(entity, tuple(written), tuple(refused))
