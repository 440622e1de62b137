"""The factory declaration of every scalar field: values that honour the field's constraints
(lengths, ranges, digits, patterns, choices, uniqueness), so `full_clean()` passes on what a
factory builds and the generated tests can rely on it.

What a type's values look like comes from its registry entry (`types.py`); the bounds that
depend on the field are worked out here.
"""

from __future__ import annotations

import math
from decimal import Decimal

from djgen.lowering.fields import enum_import
from djgen.lowering.imports import Import
from djgen.lowering.patterns import fitting_pattern
from djgen.lowering.values import string_literal
from djgen.model import Entity, Field, Project
from djgen.types import Declaration, Factory, info
from djgen.vocabulary import FieldType

IMPORT_FUZZY = Import("factory", "fuzzy")
IMPORT_MATCHING = Import("apps.core.factories", "matching")
SPAN = 1000  # the width of a generated number range when one bound is missing
# Digits reserved for a sequence number inside a text value of limited length.
SEQUENCE_DIGITS = 6


def sequenced_fields(entity: Entity) -> set[str]:
    """Fields that need a value never repeated: unique ones, and one scalar per
    unique_together group (so the combination is unique whatever the relations are)."""
    scalars = {f.name: f for f in entity.all_fields}
    names = {f.name for f in entity.all_fields if f.unique}
    for group in entity.unique_together:
        candidates = [n for n in group if n in scalars and _can_sequence(scalars[n])]
        if candidates and not names.intersection(group):
            names.add(candidates[0])
    return names


def _can_sequence(f: Field) -> bool:
    return info(f.type).sequences and f.pattern is None


def _number_source(value: Decimal | int | float) -> str:
    if isinstance(value, Decimal):
        return str(int(value)) if value == value.to_integral_value() else str(value)
    return repr(value)


def _integer_bounds(f: Field) -> tuple[int, int]:
    limits = info(f.type).integer_range
    assert limits is not None
    floor, ceiling = limits
    low = max(floor, math.ceil(f.min_value)) if f.min_value is not None else None
    high = min(ceiling, math.floor(f.max_value)) if f.max_value is not None else None
    if low is None and high is None:
        return max(floor, 0), SPAN
    if low is None:
        assert high is not None
        return (max(floor, 0) if high >= 0 else high - SPAN), high
    if high is None:
        high = min(ceiling, low + SPAN)
    return low, high


def _decimal_bounds(f: Field) -> tuple[Decimal, Decimal]:
    places = f.decimal_places or 0
    whole = (f.max_digits or 10) - places
    limit = Decimal(10) ** whole - 1 if whole > 0 else 1 - Decimal(10) ** -places
    low = max(Decimal(str(f.min_value)), -limit) if f.min_value is not None else Decimal(0)
    high = min(Decimal(str(f.max_value)), limit) if f.max_value is not None else None
    if high is None:
        high = min(limit, low + SPAN)
    low = min(low, high)
    return low, high


def _float_bounds(f: Field) -> tuple[float, float]:
    low = float(f.min_value) if f.min_value is not None else None
    high = float(f.max_value) if f.max_value is not None else None
    if low is None and high is None:
        return 0.0, float(SPAN)
    if low is None:
        assert high is not None
        return (0.0 if high >= 0 else high - SPAN), high
    return low, high if high is not None else low + SPAN


def _counting(start: Decimal | int | float) -> Declaration:
    if start == 0:
        return Declaration("factory.Sequence(lambda n: n)", counted=True)
    return Declaration(f"factory.Sequence(lambda n: n + {_number_source(start)})", counted=True)


def _fuzzy(source: str) -> Declaration:
    return Declaration(source, frozenset({IMPORT_FUZZY}))


def _sequence_text(f: Field, prefix: str, suffix: str = "") -> Declaration:
    """`factory.Sequence` of `<prefix><n><suffix>` that fits the field's length bounds."""
    room = f.max_length - len(suffix) if f.max_length is not None else None
    if room is not None and len(prefix) + SEQUENCE_DIGITS > room:
        prefix = prefix[: max(0, room - SEQUENCE_DIGITS)]
    width = (f.min_length or 0) - len(prefix) - len(suffix)
    number = f"{{n:0{width}d}}" if width > 1 else "{n}"
    return Declaration(f'factory.Sequence(lambda n: f"{prefix}{number}{suffix}")', counted=True)


def _letters(f: Field) -> Declaration:
    """Random letters of a length within the bounds: valid for any text or slug field."""
    low = f.min_length or 1
    high = min(f.max_length or low + 50, low + 50)
    return Declaration(f'factory.Faker("pystr", min_chars={low}, max_chars={high})')


def _text(entity: Entity, f: Field, unique: bool) -> Declaration:
    short = f.max_length is not None and f.max_length < 40
    tight = (f.min_length or 0) > 3
    if f.type is FieldType.EMAIL:
        if unique or short or tight:
            return _sequence_text(f, f"{entity.snake.replace('_', '.')}", "@example.com")
        return Declaration('factory.Faker("email")')
    if f.type is FieldType.URL:
        if unique or short or tight:
            return _sequence_text(f, f"https://example.com/{entity.url}/")
        return Declaration('factory.Faker("url")')
    if unique:
        return _sequence_text(f, f"{f.name.replace('_', '-')}-")
    if f.type is FieldType.SLUG:
        return _letters(f) if short or tight else Declaration('factory.Faker("slug")')
    if tight or (f.max_length is not None and f.max_length < 10):
        return _letters(f)
    if f.type is FieldType.TEXT and f.max_length is None:
        return Declaration('factory.Faker("paragraph")')
    return Declaration(f'factory.Faker("text", max_nb_chars={min(f.max_length or 200, 200)})')


def _json(f: Field) -> Declaration:
    item = f.item_type
    if item is None:
        return Declaration(
            'factory.Faker("pydict", nb_elements=3, variable_nb_elements=False, '
            "value_types=[str, int])"
        )
    if item is FieldType.POSITIVE_INTEGER:
        return _fuzzy("fuzzy.FuzzyChoice([[1, 2, 3], [5, 8], [13]])")
    entry = info(item)
    if entry.integer:
        kind = "int"
    elif entry.number:
        kind = "float"
    elif item is FieldType.BOOLEAN:
        kind = "bool"
    else:
        return Declaration('factory.Faker("words", nb=3)')
    return Declaration(
        f'factory.Faker("pylist", nb_elements=3, variable_nb_elements=False, value_types=[{kind}])'
    )


def drawn_pattern(f: Field) -> str:
    """The pattern a factory draws the field's values from, as source."""
    assert f.pattern is not None
    return string_literal(fitting_pattern(f.pattern, f.max_length))


def _pattern(f: Field, unique: bool) -> Declaration:
    args = [drawn_pattern(f)]
    args += [] if f.max_length is None else [str(f.max_length)]
    args += ["unique=True"] if unique else []
    return Declaration(
        f"factory.LazyFunction(lambda: matching({', '.join(args)}))",
        frozenset({IMPORT_MATCHING}),
    )


def _numbers(f: Field, style: Factory, unique: bool) -> Declaration:
    if style is Factory.INTEGER:
        low, high = _integer_bounds(f)
        return _counting(low) if unique else _fuzzy(f"fuzzy.FuzzyInteger({low}, {high})")
    if style is Factory.DECIMAL:
        dlow, dhigh = _decimal_bounds(f)
        if unique:
            return _counting(dlow)
        return _fuzzy(
            f"fuzzy.FuzzyDecimal({_number_source(dlow)}, {_number_source(dhigh)}, "
            f"precision={f.decimal_places or 0})"
        )
    flow, fhigh = _float_bounds(f)
    return _counting(flow) if unique else _fuzzy(f"fuzzy.FuzzyFloat({flow!r}, {fhigh!r})")


def scalar_declaration(project: Project, entity: Entity, f: Field) -> Declaration:
    """The factory declaration of one scalar field, with the imports it needs."""
    unique = f.name in sequenced_fields(entity)
    entry = info(f.type)
    style = entry.factory
    if f.pattern is not None:
        return _pattern(f, unique)
    if isinstance(style, Declaration):
        return entry.unique_factory if unique and entry.unique_factory else style
    if style is Factory.CHOICE:
        assert f.enum is not None
        imports = {IMPORT_FUZZY, enum_import(project, f.enum, entity.app)}
        return Declaration(f"fuzzy.FuzzyChoice({f.enum}.values)", frozenset(imports))
    if style is Factory.TEXT:
        return _text(entity, f, unique)
    if style in (Factory.INTEGER, Factory.DECIMAL, Factory.FLOAT):
        return _numbers(f, style, unique)
    if style is Factory.JSON:
        return _json(f)
    if style is Factory.FILE:
        return Declaration(f'factory.django.FileField(filename="{f.name}.txt", data=b"{f.name}")')
    assert style is Factory.IMAGE
    return Declaration(f'factory.django.ImageField(filename="{f.name}.png", format="PNG")')


def declares(f: Field) -> bool:
    """Whether the factory sets this field: everything but the automatic timestamps and
    optional files (which would write to storage for nothing)."""
    if f.auto_now or f.auto_now_add:
        return False
    return f.required or not info(f.type).file
