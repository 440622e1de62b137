"""What the generated tests send and expect, derived from the domain model alone: the fields an
API write carries and requires, values each constraint refuses, and pairs of values that tell
a filter's matching rows from the others.

Derived here independently of the serializer and view generators, so the generated suite checks
their output against the spec rather than against itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from djgen.lowering.fields import anchored
from djgen.lowering.imports import Import
from djgen.lowering.queries import key_type
from djgen.lowering.values import IMPORT_DECIMAL
from djgen.model import Entity, Field, Project, Relation
from djgen.paginations import pagination
from djgen.types import Kind, info
from djgen.vocabulary import FieldType, PkType, RelationKind

# Values tried, in order, as one that a field's pattern rejects (whitespace would be trimmed).
PATTERN_MISFITS = ("!", "-", "0", "a", "A", "!x!0")
# A word no factory writes (they write common English words); a searched field holds it in
# one row of the search tests. PostgreSQL's `english` configuration stems the plural to it.
SEARCH_TEXT = "Running quokka"
SEARCH_WORD = "quokka"
SEARCH_STEM = "quokkas"
SEARCH_FRAGMENT = "uokk"
# A key no row has, as source, by the type of the keys.
MISSING_KEY = {PkType.BIG_AUTO: "0", PkType.UUID: '"00000000-0000-0000-0000-000000000000"'}


# -- writes -------------------------------------------------------------------------------


def writable_fields(entity: Entity) -> list[Field]:
    return [f for f in entity.all_fields if not (f.read_only or f.auto_now or f.auto_now_add)]


def open_fields(entity: Entity) -> list[Field]:
    """The writable fields anyone who may write a row sets: not those only staff, or staff
    and some roles, may set (`staff_only`, `write_roles`)."""
    return [f for f in writable_fields(entity) if not f.restricted]


def writable_relations(entity: Entity) -> list[Relation]:
    """Relations the API writes: a many-to-many with a through entity is written through that
    entity's own endpoint, and the owner is the user who creates the row."""
    return [
        r
        for r in entity.all_relations
        if not r.read_only and r.through is None and r.name != entity.owner
    ]


def is_required(f: Field) -> bool:
    return f.required and not f.has_default


def multipart(entity: Entity) -> bool:
    """Whether a create uploads a file (factories leave optional files empty)."""
    return any(info(f.type).file and f.required for f in writable_fields(entity))


def required_names(entity: Entity) -> tuple[str, ...]:
    """API names a create without which answers 400. A form (multipart) body reads a missing
    boolean as false, as HTML checkboxes do, so booleans count only in JSON bodies."""
    skip_booleans = multipart(entity)
    names = [
        f.api_name
        for f in writable_fields(entity)
        if is_required(f) and not (skip_booleans and f.type is FieldType.BOOLEAN)
    ]
    names += [r.api_name for r in writable_relations(entity) if r.required]
    return tuple(names)


@dataclass(frozen=True)
class Invalid:
    """A value the API must refuse for a field, with the test id that says why."""

    api_name: str
    source: str  # the value as Python source
    reason: str


@dataclass(frozen=True)
class EntityTests:
    entity: Entity
    writable: tuple[tuple[str, str], ...]  # model attribute → API name
    readable: tuple[str, ...]  # API names a response shows
    required: tuple[str, ...]  # API names a create must carry
    unique: tuple[tuple[str, str], ...]  # (attribute, API name) of unique writable fields
    unique_together: tuple[tuple[str, ...], ...]  # attribute groups, every member writable
    invalid: tuple[Invalid, ...]
    compared: tuple[str, str] | None  # (attribute, API name) an update is checked on
    envelope: tuple[str, ...]
    counts: bool  # the envelope has a total count


def pattern_misfit(f: Field) -> str | None:
    assert f.pattern is not None
    pattern = re.compile(anchored(f.pattern))
    return next((v for v in PATTERN_MISFITS if not pattern.fullmatch(v)), None)


def missing_key(project: Project, target: Entity) -> str:
    """A key, as source, that no row of `target` has (a text key's is longer than any it can
    hold, so no factory ever makes it)."""
    key = target.key
    if key is None:
        return MISSING_KEY[key_type(project, target)]
    assert key.max_length is not None
    return repeated(key.max_length + 1)


def repeated(count: int, text: str = "x") -> str:
    """`count` times `text`, as source."""
    return f'"{text}"' if count == 1 else f'"{text}" * {count}'


def _number(value: float) -> str:
    return repr(int(value)) if float(value).is_integer() else repr(value)


def invalid_values(entity: Entity) -> tuple[Invalid, ...]:
    """One refused value per constraint of every writable field: refused as invalid (400)
    before anything asks who may set the field."""
    found: list[Invalid] = []
    for f in writable_fields(entity):
        entry = info(f.type)
        if f.type is FieldType.ENUM:
            found.append(Invalid(f.api_name, '"not-a-choice"', "not-a-choice"))
        if entry.text:
            if f.max_length is not None:
                found.append(Invalid(f.api_name, repeated(f.max_length + 1), "too-long"))
            if f.min_length is not None and (f.min_length > 1 or is_required(f)):
                short = repeated(f.min_length - 1) if f.min_length > 1 else '""'
                found.append(Invalid(f.api_name, short, "too-short"))
            if f.pattern is not None and (misfit := pattern_misfit(f)) is not None:
                found.append(Invalid(f.api_name, repr(misfit), "pattern-mismatch"))
            if f.primary_key:
                # Slashes only, as long as a key may be: refused for its '/' alone.
                found.append(Invalid(f.api_name, repeated(f.min_length or 1, "/"), "slash"))
        if entry.number:
            if f.min_value is not None:
                found.append(Invalid(f.api_name, _number(f.min_value - 1), "below-min"))
            if f.max_value is not None:
                found.append(Invalid(f.api_name, _number(f.max_value + 1), "above-max"))
    return tuple(found)


def entity_tests(entity: Entity) -> EntityTests:
    """What an entity's API tests send and expect, as a signed-in user in the roles its
    writes need: the fields only staff set are left to their own tests."""
    fields = open_fields(entity)
    relations = writable_relations(entity)
    writable = tuple((f.name, f.api_name) for f in fields) + tuple(
        (r.name, r.api_name) for r in relations
    )
    items: list[Field | Relation] = [*entity.all_fields, *entity.all_relations]
    automatic_key = ("id",) if entity.key is None else ()
    readable = (*automatic_key, *(i.api_name for i in items if not i.write_only))
    writable_names = {name for name, _ in writable}
    unique = tuple((f.name, f.api_name) for f in fields if f.unique) + tuple(
        (r.name, r.api_name)
        for r in relations
        if r.kind is RelationKind.ONE_TO_ONE and r.required  # factories leave optional keys empty
    )
    compared = next(
        (
            (f.name, f.api_name)
            for f in fields
            if info(f.type).comparable and not (f.write_only or f.primary_key)
        ),
        None,
    )
    style = pagination(entity.pagination)
    return EntityTests(
        entity=entity,
        writable=writable,
        readable=readable,
        required=required_names(entity),
        unique=unique,
        unique_together=tuple(g for g in entity.unique_together if writable_names.issuperset(g)),
        invalid=invalid_values(entity),
        compared=compared,
        envelope=style.envelope,
        counts=style.counted,
    )


# -- filters ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Values:
    """Two values of a field, low before high in every order, as Python source and as a query
    string carries them."""

    low: str
    high: str
    low_query: str
    high_query: str
    imports: frozenset[Import] = frozenset()  # what the sources use


@dataclass(frozen=True)
class Check:
    """A query and the row (`low` or `high`) it must list, of the two the test makes."""

    query: tuple[tuple[str, str], ...]
    expected: str


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


def _numbers(f: Field) -> tuple[Values | None, tuple[Check, ...]]:
    low, high = _bounds(f)
    if low >= high:
        return None, ()
    (low_src, low_q), (high_src, high_q) = _number_source(f, low), _number_source(f, high)
    imports = frozenset({IMPORT_DECIMAL} if f.type is FieldType.DECIMAL else ())
    values = Values(low_src, high_src, low_q, high_q, imports)
    return values, _compared(f, values)


def _temporal(f: Field, kind: Kind) -> tuple[Values, tuple[Check, ...]]:
    low_src, high_src, low_q, high_q, names = TEMPORAL[kind]
    imports = frozenset(Import("datetime", name) for name in names)
    values = Values(low_src, high_src, low_q, high_q, imports)
    checks = _compared(f, values)
    if kind in (Kind.DATE, Kind.DATETIME):
        checks += (
            Check(((f"{f.name}__year", "2020"),), "low"),
            Check(((f"{f.name}__month", "6"),), "high"),
        )
    return values, checks


def _choices(f: Field, project: Project) -> tuple[Values | None, tuple[Check, ...]]:
    assert f.enum is not None
    members = sorted(m.value for m in project.enum(f.enum).members)
    if len(members) < 2:
        return None, ()
    low, high = members[0], members[1]
    values = Values(repr(low), repr(high), low, high)
    return values, (
        Check(((f.name, low),), "low"),
        Check(((f"{f.name}__in", f"{high},{members[-1]}" if len(members) > 2 else high),), "high"),
    )


def values_and_checks(
    f: Field, kind: Kind, project: Project
) -> tuple[Values | None, tuple[Check, ...]]:
    """Two values of the field and the queries that must tell their rows apart."""
    if kind is Kind.TEXT:
        return _text(f)
    if kind is Kind.NUMBER:
        return _numbers(f)
    if kind in TEMPORAL:
        return _temporal(f, kind)
    if kind is Kind.BOOLEAN:
        values = Values("False", "True", "false", "true")
        return values, (Check(((f.name, "false"),), "low"), Check(((f.name, "true"),), "high"))
    if kind is Kind.CHOICE:
        return _choices(f, project)
    if kind is Kind.UUID:
        low, high = (f"00000000-0000-4000-8000-00000000000{i}" for i in (1, 2))
        values = Values(
            f'UUID("{low}")', f'UUID("{high}")', low, high, frozenset({Import("uuid", "UUID")})
        )
    else:  # IP addresses
        low, high = "10.0.0.1", "10.0.0.2"
        values = Values(repr(low), repr(high), low, high)
    return values, (Check(((f.name, low),), "low"), Check(((f"{f.name}__in", high),), "high"))
