"""Scalar attributes and their values: lengths, bounds, digits, patterns, choices and defaults.

Decides the field type (a collection of scalars is a JSON list, `choices` make an enumeration,
`created_at`/`updated_at` are set by Django), fills in the lengths and digits the model implies,
and checks every value a spec gives against the type and against the other options.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from djgen.defaults import DEFAULT_DECIMAL_PLACES, DEFAULT_MAX_DIGITS, default_max_length
from djgen.frontends.document import FieldSpec
from djgen.model import Field, Scalar
from djgen.resolve.enums import inline_enum
from djgen.resolve.field_types import (
    INTEGER_TYPES,
    LIST_OPTIONS,
    TEXT_KEY_OPTIONS,
    check_default,
    options_for,
)
from djgen.resolve.options import flags_agree, not_applicable, writers
from djgen.resolve.state import Context, Draft, Key, TypeRef
from djgen.types import WRITER_OPTIONS, info
from djgen.vocabulary import FieldType

# Date-time attributes Django sets itself, by their snake_case name (`createdAt` → created_at).
TIMESTAMPS = {
    "created_at": "auto_now_add",
    "created": "auto_now_add",
    "updated_at": "auto_now",
    "modified_at": "auto_now",
}


def scalar(
    ctx: Context, draft: Draft, name: str, spec: FieldSpec, key: Key, resolved: TypeRef
) -> Field | None:
    """The field a scalar attribute declares; None, reported, when something is wrong."""
    enum = resolved.enum
    ftype = FieldType.ENUM if enum else resolved.scalar
    assert ftype is not None
    item_type: FieldType | None = None
    if resolved.many:
        item_type, ftype = ftype, FieldType.JSON
    auto = TIMESTAMPS.get(name) if ftype is FieldType.DATETIME else None
    allowed, what = _allowed(ftype, spec, name, resolved.many, auto)
    ok = not not_applicable(ctx, spec, allowed, what, key)
    if not (flags_agree(ctx, spec, key) and ok and _key_required(ctx, spec, key)):
        return None
    write_roles = writers(ctx, spec, key, f"{draft.name}.{name}")
    if write_roles is None:
        return None
    values: dict[str, Any] = {}
    if spec.choices is not None:
        enum = inline_enum(ctx, draft, name, spec.choices, key)
        if enum is None:
            return None
        ftype = FieldType.ENUM
    if info(ftype).text:
        ok = _lengths(ctx, ftype, spec, key, values)
        ok = _pattern(ctx, spec, key, values) and ok
    elif info(ftype).number:
        ok = _bounds(ctx, ftype, spec, key, values)
        ok = _digits(ctx, ftype, spec, key, values) and ok
    if not ok:
        return None
    result = Field(
        name=name,
        api_name=name,
        type=ftype,
        enum=enum,
        item_type=item_type,
        required=spec.required if spec.required is not None else spec.default is None,
        unique=spec.unique or spec.primary_key,
        index=spec.index and not spec.primary_key,  # a key is indexed anyway
        primary_key=spec.primary_key,
        read_only=spec.read_only or auto is not None,
        write_only=spec.write_only,
        staff_only=spec.staff_only,
        write_roles=write_roles,
        help_text=spec.help,
        loc=ctx.at(*key),
        auto_now_add=auto == "auto_now_add",
        auto_now=auto == "auto_now",
        **values,
    )
    if spec.default is None:
        return result
    default = _default(ctx, result, spec.default, key)
    return None if default is None else result.model_copy(update={"default": default})


def _allowed(
    ftype: FieldType, spec: FieldSpec, name: str, many: bool, auto: str | None
) -> tuple[frozenset[str], str]:
    """The options this attribute accepts, and how to call it when one does not apply."""
    if spec.primary_key:
        return TEXT_KEY_OPTIONS, "a text key"
    if many:
        allowed, what = LIST_OPTIONS, "a list"
    elif ftype is FieldType.ENUM:
        allowed, what = options_for(FieldType.ENUM), "a choice field"
    else:
        allowed, what = options_for(ftype), f"a {ftype.value} field"
    if auto:
        allowed = allowed - {"default"} - WRITER_OPTIONS
        what = f"'{name}', which Django sets itself,"
    if spec.choices is not None and info(ftype).text:
        allowed, what = options_for(FieldType.ENUM) | {"choices"}, "a choice field"
    return allowed, what


def _key_required(ctx: Context, spec: FieldSpec, key: Key) -> bool:
    """A key is never empty."""
    if spec.primary_key and spec.required is False:
        ctx.error(
            "DJG211",
            "a primary key cannot be optional: every row has one",
            ctx.at(*key, "required"),
            "remove `optional`, or the PK marker",
        )
        return False
    return True


def _lengths(
    ctx: Context, ftype: FieldType, spec: FieldSpec, key: Key, out: dict[str, Any]
) -> bool:
    ok = True
    for option, target in (("max", "max_length"), ("min", "min_length")):
        value = getattr(spec, option)
        if value is None:
            continue
        if value != int(value) or value < (1 if option == "max" else 0):
            ctx.error(
                "DJG202",
                f"{option} of a {ftype.value} is a length and must be a "
                f"{'positive' if option == 'max' else 'non-negative'} whole number, "
                f"not {value}",
                ctx.at(*key, option),
            )
            ok = False
        else:
            out[target] = int(value)
    out.setdefault("max_length", default_max_length(ftype, primary_key=spec.primary_key))
    low, high = out.get("min_length"), out.get("max_length")
    return ok and _min_not_above_max(ctx, low, high, key, "swap them, or raise max")


def _min_not_above_max(
    ctx: Context, low: float | None, high: float | None, key: Key, hint: str
) -> bool:
    if low is not None and high is not None and low > high:
        ctx.error("DJG202", f"min ({low}) is greater than max ({high})", ctx.at(*key, "min"), hint)
        return False
    return True


def _pattern(ctx: Context, spec: FieldSpec, key: Key, out: dict[str, Any]) -> bool:
    if spec.pattern is None:
        return True
    try:
        with warnings.catch_warnings():  # Python's notes on future regex syntax are not ours
            warnings.simplefilter("ignore", FutureWarning)
            re.compile(spec.pattern)
    except re.error as exc:
        ctx.error(
            "DJG202",
            f"pattern is not a valid regular expression: {exc}",
            ctx.at(*key, "pattern"),
            "check brackets, groups and escapes",
        )
        return False
    out["pattern"] = spec.pattern
    return True


def _bounds(ctx: Context, ftype: FieldType, spec: FieldSpec, key: Key, out: dict[str, Any]) -> bool:
    ok = True
    for option, target in (("min", "min_value"), ("max", "max_value")):
        value = getattr(spec, option)
        if value is None:
            continue
        if ftype in INTEGER_TYPES:
            if value != int(value):
                ctx.error(
                    "DJG202",
                    f"{option} of an {ftype.value} must be a whole number, not {value}",
                    ctx.at(*key, option),
                )
                ok = False
                continue
            value = int(value)
        out[target] = value
    low, high = out.get("min_value"), out.get("max_value")
    ok = ok and _min_not_above_max(ctx, low, high, key, "swap them")
    if ftype is FieldType.POSITIVE_INTEGER and any(v is not None and v < 0 for v in (low, high)):
        ctx.error(
            "DJG202",
            "a PositiveInteger cannot have negative bounds",
            ctx.at(*key, "min" if low is not None and low < 0 else "max"),
            "use Integer for values below zero",
        )
        ok = False
    return ok


def _digits(ctx: Context, ftype: FieldType, spec: FieldSpec, key: Key, out: dict[str, Any]) -> bool:
    """A Decimal's max_digits and decimal_places, defaults filled in."""
    if ftype is not FieldType.DECIMAL:
        return True
    digits = spec.max_digits if spec.max_digits is not None else DEFAULT_MAX_DIGITS
    places = spec.decimal_places if spec.decimal_places is not None else DEFAULT_DECIMAL_PLACES
    out["max_digits"], out["decimal_places"] = digits, places
    if digits < 1 or places < 0 or places > digits:
        ctx.error(
            "DJG202",
            f"decimal_places ({places}) must be between 0 and max_digits ({digits})",
            ctx.at(*key, "decimal_places" if spec.decimal_places is not None else "max_digits"),
            "max_digits counts every digit, decimal_places those after the point",
        )
        return False
    return True


def _default(ctx: Context, f: Field, value: Scalar, key: Key) -> Scalar | None:
    """The default, checked against the field's type and constraints; None if invalid."""
    problem, normalized = check_default(f, value, ctx.enums.get(f.enum or ""))
    if problem is not None:
        ctx.error(
            "DJG202", f"default {value!r} of '{f.api_name}': {problem}", ctx.at(*key, "default")
        )
        return None
    return normalized
