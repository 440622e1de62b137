"""What resolve knows about each scalar field type, in one place.

Its spellings and aliases, the spec options it accepts, and how a default value is checked
and normalised. The passes look things up here and never test a type themselves.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from djgen.frontends.document import FieldSpec
from djgen.model import Enum, Field, Scalar
from djgen.types import COMMON_OPTIONS, FIELD_TYPES, WRITER_OPTIONS, TypeInfo, info
from djgen.vocabulary import FieldType

_SCALARS = tuple(entry for ftype, entry in FIELD_TYPES.items() if ftype is not FieldType.ENUM)
# Every accepted spelling of a scalar type, compared case-insensitively.
TYPE_SPELLINGS = tuple(spelling for entry in _SCALARS for spelling in entry.spellings)
SCALAR_TYPES: dict[str, FieldType] = {
    spelling.casefold(): entry.type for entry in _SCALARS for spelling in entry.spellings
}
INTEGER_TYPES = frozenset(entry.type for entry in _SCALARS if entry.integer)
DISPLAY_TYPES = frozenset(entry.type for entry in _SCALARS if entry.displays)
_SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")

# Options (FieldSpec keys) that each kind of attribute accepts besides a scalar's own.
KEY_OPTIONS = COMMON_OPTIONS | {"relation", "on_delete", "related_name"}
M2M_OPTIONS = COMMON_OPTIONS | {"relation", "related_name", "through"}
RELATION_OPTIONS = frozenset({"relation", "on_delete", "related_name", "through"})
LIST_OPTIONS = COMMON_OPTIONS | WRITER_OPTIONS
# What a text key accepts: its length, pattern and help. It is written once, when its row is
# created, and never empty, without a default (two rows would share it) or choices.
TEXT_KEY_OPTIONS = frozenset(
    {"required", "unique", "index", "max", "min", "pattern", "help", "renamed_from"}
)


def options_for(ftype: FieldType) -> frozenset[str]:
    """The spec options a scalar field of this type accepts."""
    return info(ftype).options


_SPEC_DEFAULTS = {name: info.default for name, info in FieldSpec.model_fields.items()}
_SPEC_ORDER = {name: i for i, name in enumerate(FieldSpec.model_fields)}


# FieldSpec keys that say what an attribute is rather than qualify its field.
_NOT_OPTIONS = frozenset({"type", "primary_key", "link_column"})


def given_options(spec: FieldSpec) -> list[str]:
    """The options an attribute sets to something other than their default, in schema order."""
    given = [
        key
        for key in spec.model_fields_set
        if key not in _NOT_OPTIONS and getattr(spec, key) != _SPEC_DEFAULTS[key]
    ]
    return sorted(given, key=_SPEC_ORDER.__getitem__)


Checked = tuple[str | None, Scalar]


def check_default(f: Field, value: Scalar, enum: Enum | None) -> Checked:
    """A problem with a default value (None if fine), and the value as the model stores it."""
    ftype = f.type
    if ftype is FieldType.ENUM and enum is not None:
        return _check_member(enum, value)
    if ftype is FieldType.BOOLEAN:
        return (None, value) if isinstance(value, bool) else ("expected true or false", value)
    if info(ftype).number:
        return _check_number(f, value)
    if ftype is FieldType.JSON:
        return None, value
    if isinstance(value, bool):
        return "expected text, not a boolean", value
    text = str(value)
    entry = info(ftype)
    if entry.temporal:
        return _check_temporal(entry, text, value)
    if entry.parse is not None:
        try:
            entry.parse(text)
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


def _check_temporal(entry: TypeInfo, text: str, value: Scalar) -> Checked:
    ftype = entry.type
    if text == "now" and ftype is not FieldType.TIME:
        return None, text
    assert entry.parse is not None, f"{ftype} is temporal and reads its values"
    try:
        entry.parse(text)
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
    if info(f.type).integer and isinstance(value, float | str):
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
