"""Everything djgen knows about each field type, one entry apiece.

A field type's spellings, its Django model field, the spec options it accepts, how a list
filters and orders it, how a factory fills it and how a test breaks it all sit in its entry of
`FIELD_TYPES`, so adding a type is adding one entry. Filter kinds (`FILTER_KINDS`) group the
types a FilterSet treats alike. The pagination styles have a registry of their own,
`paginations.py`.
"""

from __future__ import annotations

import datetime
import ipaddress
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from djgen.lowering.imports import Import
from djgen.vocabulary import FieldType


class Kind(StrEnum):
    """How a FilterSet treats a field: the lookups it offers and a value it refuses."""

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


@dataclass(frozen=True)
class FilterKind:
    """One kind of filter: its lookups, a query value it refuses (lookup, value) and what the
    documentation's example URL asks of it (lookup, value)."""

    lookup_list: str  # a name of LOOKUP_LISTS
    malformed: tuple[str, str] | None = None
    example: tuple[str, str] | None = None  # None: the example uses the field's own values

    @property
    def lookups(self) -> tuple[str, ...]:
        return LOOKUP_LISTS[self.lookup_list]


FILTER_KINDS: dict[Kind, FilterKind] = {
    Kind.TEXT: FilterKind("TEXT_LOOKUPS", None, ("icontains", "word")),
    Kind.NUMBER: FilterKind("COMPARISON_LOOKUPS", ("gte", "abc"), ("gte", "10")),
    Kind.DATE: FilterKind("DATE_LOOKUPS", ("gt", "2021-02-30"), ("year", "2024")),
    Kind.DATETIME: FilterKind(
        "DATE_LOOKUPS", ("lt", "2021-02-30T25:00"), ("gte", "2024-01-01T00:00:00Z")
    ),
    Kind.TIME: FilterKind("COMPARISON_LOOKUPS", ("gte", "25:61"), ("lt", "12:00")),
    Kind.DURATION: FilterKind("COMPARISON_LOOKUPS", ("gt", "abc"), ("gt", "01:00:00")),
    Kind.BOOLEAN: FilterKind("BOOLEAN_LOOKUPS", ("exact", "maybe"), ("exact", "true")),
    Kind.CHOICE: FilterKind("EQUALITY_LOOKUPS", ("exact", "not-a-choice")),
    Kind.UUID: FilterKind("EQUALITY_LOOKUPS", ("exact", "not-a-uuid")),
    Kind.IP: FilterKind("EQUALITY_LOOKUPS", None, ("exact", "10.0.0.1")),
    Kind.RELATION: FilterKind("EQUALITY_LOOKUPS", ("exact", "abc"), ("exact", "3")),
    Kind.MANY: FilterKind("EQUALITY_LOOKUPS", ("in", "abc"), ("in", "3,4")),
}


class Factory(StrEnum):
    """How a factory builds values of a type whose declaration depends on the field (other
    types have one declaration, given in their entry)."""

    TEXT = "text"  # within the length bounds, from the type's kind of text
    INTEGER = "integer"  # within the value bounds and the column's range
    DECIMAL = "decimal"  # within the value bounds and the digits
    FLOAT = "float"  # within the value bounds
    CHOICE = "choice"  # a member of the enumeration
    JSON = "json"  # a list of the item type, or a small dict
    FILE = "file"  # a small text file named after the field
    IMAGE = "image"  # a small PNG named after the field


@dataclass(frozen=True)
class Declaration:
    """A factory declaration as source, with the imports it needs. `counted`: it draws on the
    factory's sequence counter (a `factory.Sequence`)."""

    source: str
    imports: frozenset[Import] = frozenset()
    counted: bool = False


IMPORT_DATETIME = Import("datetime")
IMPORT_UUID = Import("uuid")

# Options (spec keys) each group of types accepts.
COMMON_OPTIONS = frozenset({"required", "read_only", "write_only", "help", "renamed_from"})
# Who besides any writer of the row may set the field: staff only, or staff and some roles.
WRITER_OPTIONS = frozenset({"staff_only", "write_roles"})
SCALAR_OPTIONS = COMMON_OPTIONS | WRITER_OPTIONS | {"unique", "index", "default"}
TEXT_OPTIONS = SCALAR_OPTIONS | {"max", "min", "pattern", "choices"}
NUMBER_OPTIONS = SCALAR_OPTIONS | {"max", "min"}
DECIMAL_OPTIONS = NUMBER_OPTIONS | {"max_digits", "decimal_places"}
NO_DEFAULT_OPTIONS = SCALAR_OPTIONS - {"default"}
FILE_OPTIONS = NO_DEFAULT_OPTIONS - WRITER_OPTIONS


@dataclass(frozen=True)
class TypeInfo:
    """Everything djgen knows about one field type."""

    type: FieldType
    model_field: str  # the Django model field class, in django.db.models
    options: frozenset[str]  # the spec options the type accepts
    filter: Kind | None  # None: lists are not filtered on it
    factory: Factory | Declaration  # a fixed declaration, or how to build one per field
    aliases: tuple[str, ...] = ()  # further spellings, compared case-insensitively
    text: bool = False  # a text column: lengths, patterns, "" for empty
    number: bool = False  # a numeric column: min and max values
    temporal: bool = False  # a date or time
    integer_range: tuple[int, int] | None = None  # the column's range, for integer types
    default_max_length: int | None = None  # max_length when the spec gives none
    parse: Callable[[str], object] | None = None  # reads a default written as text
    sorts: bool = True  # a list may be ordered by it (`?ordering=`)
    index_sorts: bool = True  # an index helps to order by it
    searches: bool = False  # a full-text search may look into it
    displays: bool = False  # it can name a row (`__str__`) when no better field does
    comparable: bool = False  # a value reads back from the database exactly as sent
    file: bool = False  # an upload: a multipart body, storage behind it
    sequences: bool = True  # a unique value can be counted out
    unique_factory: Declaration | None = None  # the counted declaration of a unique field

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.type.value, *self.aliases)

    @property
    def integer(self) -> bool:
        return self.integer_range is not None

    @property
    def allows_default(self) -> bool:
        return "default" in self.options


def _sequence(source: str) -> Declaration:
    return Declaration(f"factory.Sequence(lambda n: {source})", frozenset({IMPORT_DATETIME}), True)


# What the types of a group share; each entry below changes what sets its type apart.
_TEXT = TypeInfo(FieldType.STRING, "", TEXT_OPTIONS, Kind.TEXT, Factory.TEXT, text=True)
_INTEGER = TypeInfo(
    FieldType.INTEGER, "", NUMBER_OPTIONS, Kind.NUMBER, Factory.INTEGER, number=True
)
_OTHER = TypeInfo(FieldType.UUID, "", SCALAR_OPTIONS, None, Declaration(""))

_ENTRIES = (
    replace(
        _TEXT,
        type=FieldType.STRING,
        model_field="CharField",
        aliases=("str", "Char", "Varchar"),
        default_max_length=255,
        comparable=True,
        searches=True,
        displays=True,
    ),
    replace(
        _TEXT,
        type=FieldType.TEXT,
        model_field="TextField",
        index_sorts=False,
        searches=True,
        comparable=True,
    ),
    replace(
        _TEXT,
        type=FieldType.SLUG,
        model_field="SlugField",
        default_max_length=50,
        comparable=True,
        searches=True,
        displays=True,
    ),
    replace(
        _TEXT,
        type=FieldType.EMAIL,
        model_field="EmailField",
        default_max_length=254,
        searches=True,
        displays=True,
    ),
    replace(_TEXT, type=FieldType.URL, model_field="URLField", default_max_length=200),
    replace(
        _OTHER,
        type=FieldType.UUID,
        model_field="UUIDField",
        filter=Kind.UUID,
        factory=Declaration("factory.LazyFunction(uuid.uuid4)", frozenset({IMPORT_UUID})),
        parse=uuid.UUID,
    ),
    replace(
        _INTEGER,
        type=FieldType.INTEGER,
        model_field="IntegerField",
        aliases=("int",),
        integer_range=(-2147483648, 2147483647),
        comparable=True,
    ),
    replace(
        _INTEGER,
        type=FieldType.BIG_INTEGER,
        model_field="BigIntegerField",
        aliases=("Long", "BigInt"),
        integer_range=(-(2**63), 2**63 - 1),
        comparable=True,
    ),
    replace(
        _INTEGER,
        type=FieldType.SMALL_INTEGER,
        model_field="SmallIntegerField",
        aliases=("Short",),
        integer_range=(-32768, 32767),
        comparable=True,
    ),
    replace(
        _INTEGER,
        type=FieldType.POSITIVE_INTEGER,
        model_field="PositiveIntegerField",
        integer_range=(0, 2147483647),
        comparable=True,
    ),
    replace(
        _INTEGER,
        type=FieldType.FLOAT,
        model_field="FloatField",
        factory=Factory.FLOAT,
        aliases=("Double", "number"),
    ),
    replace(
        _INTEGER,
        type=FieldType.DECIMAL,
        model_field="DecimalField",
        options=DECIMAL_OPTIONS,
        factory=Factory.DECIMAL,
        aliases=("BigDecimal",),
    ),
    replace(
        _OTHER,
        type=FieldType.BOOLEAN,
        model_field="BooleanField",
        filter=Kind.BOOLEAN,
        factory=Declaration('factory.Faker("pybool")'),
        aliases=("bool",),
        sequences=False,
    ),
    replace(
        _OTHER,
        type=FieldType.DATE,
        model_field="DateField",
        filter=Kind.DATE,
        factory=Declaration('factory.Faker("date_object")'),
        temporal=True,
        aliases=("LocalDate",),
        parse=datetime.date.fromisoformat,
        unique_factory=_sequence("datetime.date(2020, 1, 1) + datetime.timedelta(days=n)"),
    ),
    replace(
        _OTHER,
        type=FieldType.DATETIME,
        model_field="DateTimeField",
        filter=Kind.DATETIME,
        factory=Declaration(
            'factory.Faker("date_time", tzinfo=datetime.UTC)', frozenset({IMPORT_DATETIME})
        ),
        aliases=("Instant", "ZonedDateTime", "LocalDateTime", "OffsetDateTime", "Timestamp"),
        temporal=True,
        parse=datetime.datetime.fromisoformat,
        unique_factory=_sequence(
            "datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC) + datetime.timedelta(minutes=n)"
        ),
    ),
    replace(
        _OTHER,
        type=FieldType.TIME,
        model_field="TimeField",
        filter=Kind.TIME,
        factory=Declaration('factory.Faker("time_object")'),
        temporal=True,
        aliases=("LocalTime",),
        parse=datetime.time.fromisoformat,
    ),
    replace(
        _OTHER,
        type=FieldType.DURATION,
        model_field="DurationField",
        options=NO_DEFAULT_OPTIONS,
        filter=Kind.DURATION,
        factory=Declaration('factory.Faker("time_delta", end_datetime="+30d")'),
        unique_factory=_sequence("datetime.timedelta(minutes=n)"),
    ),
    replace(
        _OTHER,
        type=FieldType.JSON,
        model_field="JSONField",
        factory=Factory.JSON,
        aliases=("Dict", "Map"),
        sorts=False,
        index_sorts=False,
        sequences=False,
    ),
    replace(
        _OTHER,
        type=FieldType.FILE,
        model_field="FileField",
        options=FILE_OPTIONS,
        factory=Factory.FILE,
        sorts=False,
        file=True,
    ),
    replace(
        _OTHER,
        type=FieldType.IMAGE,
        model_field="ImageField",
        options=FILE_OPTIONS,
        factory=Factory.IMAGE,
        sorts=False,
        file=True,
    ),
    replace(
        _OTHER,
        type=FieldType.BINARY,
        model_field="BinaryField",
        options=NO_DEFAULT_OPTIONS,
        factory=Declaration('factory.Faker("binary", length=32)'),
        aliases=("Blob", "bytes"),
        sorts=False,
        index_sorts=False,
    ),
    replace(
        _OTHER,
        type=FieldType.IP_ADDRESS,
        model_field="GenericIPAddressField",
        filter=Kind.IP,
        factory=Declaration('factory.Faker("ipv4")'),
        parse=ipaddress.ip_address,
        unique_factory=Declaration(
            'factory.Sequence(lambda n: f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}")',
            counted=True,
        ),
    ),
    replace(
        _OTHER,
        type=FieldType.ENUM,
        model_field="CharField",
        filter=Kind.CHOICE,
        factory=Factory.CHOICE,
        comparable=True,
        sequences=False,
    ),
)
FIELD_TYPES: dict[FieldType, TypeInfo] = {entry.type: entry for entry in _ENTRIES}


def info(ftype: FieldType) -> TypeInfo:
    """The registry entry of a field type."""
    return FIELD_TYPES[ftype]
