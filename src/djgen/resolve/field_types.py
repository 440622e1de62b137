"""What resolve knows about each scalar field type, in one place.

Its spellings and aliases, the spec options it accepts, and how a default value is checked
and normalised. The passes look things up here and never test a type themselves.
"""

from __future__ import annotations

import datetime
import ipaddress
import re
import uuid
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from djgen.frontends.document import FieldSpec
from djgen.model import NUMBER_TYPES, TEXT_TYPES, Enum, Field, FieldType, Scalar

# Every accepted spelling of a scalar type, compared case-insensitively.
TYPE_ALIASES: dict[FieldType, tuple[str, ...]] = {
    FieldType.STRING: ("str", "Char", "Varchar"),
    FieldType.INTEGER: ("int",),
    FieldType.BIG_INTEGER: ("Long", "BigInt"),
    FieldType.SMALL_INTEGER: ("Short",),
    FieldType.FLOAT: ("Double",),
    FieldType.DECIMAL: ("BigDecimal",),
    FieldType.BOOLEAN: ("bool",),
    FieldType.DATETIME: ("Instant", "ZonedDateTime", "LocalDateTime", "Timestamp"),
    FieldType.JSON: ("Dict", "Map"),
    FieldType.BINARY: ("Blob", "bytes"),
}
TYPE_SPELLINGS = tuple(
    spelling
    for ftype in FieldType
    if ftype is not FieldType.ENUM
    for spelling in (ftype.value, *TYPE_ALIASES.get(ftype, ()))
)
SCALAR_TYPES: dict[str, FieldType] = {
    spelling.casefold(): ftype
    for ftype in FieldType
    if ftype is not FieldType.ENUM
    for spelling in (ftype.value, *TYPE_ALIASES.get(ftype, ()))
}
INTEGER_TYPES = frozenset(
    {
        FieldType.INTEGER,
        FieldType.BIG_INTEGER,
        FieldType.SMALL_INTEGER,
        FieldType.POSITIVE_INTEGER,
    }
)
DISPLAY_TYPES = frozenset({FieldType.STRING, FieldType.SLUG, FieldType.EMAIL})
_NO_DEFAULT_TYPES = frozenset(
    {FieldType.FILE, FieldType.IMAGE, FieldType.BINARY, FieldType.DURATION}
)
_SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")

# Options (FieldSpec keys) that each kind of attribute accepts.
COMMON_OPTIONS = frozenset({"required", "read_only", "write_only", "help"})
SCALAR_OPTIONS = COMMON_OPTIONS | {"unique", "index", "default"}
_TEXT_OPTIONS = SCALAR_OPTIONS | {"max", "min", "pattern", "choices"}
_NUMBER_OPTIONS = SCALAR_OPTIONS | {"max", "min"}
_DECIMAL_OPTIONS = _NUMBER_OPTIONS | {"max_digits", "decimal_places"}
KEY_OPTIONS = COMMON_OPTIONS | {"relation", "on_delete", "related_name"}
M2M_OPTIONS = COMMON_OPTIONS | {"relation", "related_name", "through"}
RELATION_OPTIONS = frozenset({"relation", "on_delete", "related_name", "through"})
LIST_OPTIONS = COMMON_OPTIONS


def options_for(ftype: FieldType) -> frozenset[str]:
    """The spec options a scalar field of this type accepts."""
    if ftype in TEXT_TYPES:
        return _TEXT_OPTIONS
    if ftype is FieldType.DECIMAL:
        return _DECIMAL_OPTIONS
    if ftype in NUMBER_TYPES:
        return _NUMBER_OPTIONS
    if ftype in _NO_DEFAULT_TYPES:
        return SCALAR_OPTIONS - {"default"}
    return SCALAR_OPTIONS


_SPEC_DEFAULTS = {name: info.default for name, info in FieldSpec.model_fields.items()}
_SPEC_ORDER = {name: i for i, name in enumerate(FieldSpec.model_fields)}


def given_options(spec: FieldSpec) -> list[str]:
    """The options an attribute sets to something other than their default, in schema order."""
    given = [
        key
        for key in spec.model_fields_set
        if key != "type" and getattr(spec, key) != _SPEC_DEFAULTS[key]
    ]
    return sorted(given, key=_SPEC_ORDER.__getitem__)


TEMPORAL_PARSERS: dict[FieldType, Callable[[str], object]] = {
    FieldType.DATE: datetime.date.fromisoformat,
    FieldType.DATETIME: datetime.datetime.fromisoformat,
    FieldType.TIME: datetime.time.fromisoformat,
}
_TEXT_PARSERS: dict[FieldType, Callable[[str], object]] = {
    FieldType.UUID: uuid.UUID,
    FieldType.IP_ADDRESS: ipaddress.ip_address,
}

Checked = tuple[str | None, Scalar]


def check_default(f: Field, value: Scalar, enum: Enum | None) -> Checked:
    """A problem with a default value (None if fine), and the value as the model stores it."""
    ftype = f.type
    if ftype is FieldType.ENUM and enum is not None:
        return _check_member(enum, value)
    if ftype is FieldType.BOOLEAN:
        return (None, value) if isinstance(value, bool) else ("expected true or false", value)
    if ftype in NUMBER_TYPES:
        return _check_number(f, value)
    if ftype is FieldType.JSON:
        return None, value
    if isinstance(value, bool):
        return "expected text, not a boolean", value
    text = str(value)
    if ftype in TEMPORAL_PARSERS:
        return _check_temporal(ftype, text, value)
    if ftype in _TEXT_PARSERS:
        try:
            _TEXT_PARSERS[ftype](text)
        except ValueError:
            return f"not a valid {ftype.value}", value
        return None, text
    return _check_text(f, text, value)


def _check_member(enum: Enum, value: Scalar) -> Checked:
    text = str(value).lower() if isinstance(value, bool) else str(value)
    for m in enum.members:
        if text in (m.value, m.name):
            return None, m.value
    values = ", ".join(m.value for m in enum.members)
    return f"not a value of {enum.name} ({values})", value


def _check_temporal(ftype: FieldType, text: str, value: Scalar) -> Checked:
    if text == "now" and ftype is not FieldType.TIME:
        return None, text
    try:
        TEMPORAL_PARSERS[ftype](text)
    except ValueError:
        now = "" if ftype is FieldType.TIME else " or now"
        return f"expected an ISO 8601 {ftype.value.lower()}{now}", value
    return None, text


def _check_text(f: Field, text: str, value: Scalar) -> Checked:
    if f.type is FieldType.SLUG and not _SLUG.match(text):
        return "a slug holds only letters, digits, hyphens and underscores", value
    if f.type is FieldType.EMAIL and "@" not in text:
        return "not an email address", value
    if f.max_length is not None and len(text) > f.max_length:
        return f"longer than max ({f.max_length})", value
    if f.min_length is not None and len(text) < f.min_length:
        return f"shorter than min ({f.min_length})", value
    if f.pattern is not None and re.fullmatch(f.pattern, text) is None:
        return f"does not match the pattern {f.pattern!r}", value
    return None, text


def _check_number(f: Field, value: Scalar) -> Checked:
    if isinstance(value, bool) or (isinstance(value, str) and f.type is not FieldType.DECIMAL):
        return f"expected a number for a {f.type.value}", value
    if f.type in INTEGER_TYPES and isinstance(value, float | str):
        return f"expected a whole number for a {f.type.value}", value
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return "expected a number", value
    if not number.is_finite():
        return "expected a finite number", value
    if f.min_value is not None and number < Decimal(str(f.min_value)):
        return f"below min ({f.min_value})", value
    if f.max_value is not None and number > Decimal(str(f.max_value)):
        return f"above max ({f.max_value})", value
    if f.type is FieldType.POSITIVE_INTEGER and number < 0:
        return "a PositiveInteger cannot be negative", value
    if f.type is FieldType.DECIMAL and f.max_digits is not None and f.decimal_places is not None:
        exponent = number.as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
        whole = len(str(abs(int(number)))) if int(number) else 0
        if places > f.decimal_places or whole > f.max_digits - f.decimal_places:
            return (
                f"does not fit max_digits {f.max_digits} with decimal_places {f.decimal_places}",
                value,
            )
    return None, value
