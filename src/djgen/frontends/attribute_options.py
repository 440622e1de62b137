"""What each option of the attribute shorthand means: its spellings, the FieldSpec key it sets,
and how its value is read and checked (`max:200`, `on_delete:cascade`, `choices:[a, b]`).

The parser (`attribute.py`) finds the options in the text; this module gives each its meaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from djgen.errors import did_you_mean
from djgen.frontends.cursor import unquote
from djgen.frontends.document import OnDelete, RelationKind
from djgen.frontends.problem import Problem

_IDENT = re.compile(r"[^\W\d]\w*")
_INT = re.compile(r"[+-]?\d+")
_FLOAT = re.compile(r"[+-]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?")

OPTIONS_HINT = (
    "options are comma separated: required, optional, unique, index, max:N, min:N, default:V, "
    'pattern:"regex", choices:[a,b], write-only, read-only, staff-only, write_roles:[role], '
    'help:"text", max_digits:N, decimal_places:N, ForeignKey, OneToOne, ManyToMany, '
    "on_delete:CASCADE, related_name:x, through:Model, renamed_from:old_name"
)

# Option spellings → the FieldSpec key each one sets.
_FLAGS: dict[str, tuple[str, Any]] = {
    "required": ("required", True),
    "optional": ("required", False),
    "unique": ("unique", True),
    "index": ("index", True),
    "write-only": ("write_only", True),
    "write_only": ("write_only", True),
    "read-only": ("read_only", True),
    "read_only": ("read_only", True),
    "staff-only": ("staff_only", True),
    "staff_only": ("staff_only", True),
    "primary_key": ("primary_key", True),
    "link_column": ("link_column", True),
}
_RELATIONS = {kind.value.casefold(): kind.value for kind in RelationKind}
_NUMBER_KEYS = frozenset({"max", "min"})
_COUNT_KEYS = frozenset({"max_digits", "decimal_places"})
_TEXT_KEYS = frozenset({"pattern", "help"})
_NAME_KEYS = frozenset({"related_name", "through", "renamed_from"})
_NAME_LIST_KEYS = frozenset({"write_roles"})
_VALUE_KEYS = (
    _NUMBER_KEYS
    | _COUNT_KEYS
    | _TEXT_KEYS
    | _NAME_KEYS
    | _NAME_LIST_KEYS
    | {
        "default",
        "choices",
        "on_delete",
        "relation",
    }
)
OPTION_NAMES = sorted(_FLAGS) + sorted(_VALUE_KEYS) + [kind.value for kind in RelationKind]


@dataclass
class OptionValue:
    """An option value as written: a bare token, a quoted string or a list of either."""

    raw: str | list[str]
    quoted: bool
    offset: int


def convert(
    key: str, folded: str, key_at: int, value: OptionValue | None
) -> tuple[str, Any, Problem | None]:
    """The FieldSpec key an option sets and the value it sets it to, or the problem with it.
    `folded` is the option's name casefolded."""
    if folded in _RELATIONS or folded in _FLAGS:
        if folded in _RELATIONS:
            target, result = "relation", _RELATIONS[folded]
        else:
            target, result = _FLAGS[folded]
        if value is None:
            return target, result, None
        if (
            folded in _FLAGS
            and isinstance(value.raw, str)
            and value.raw.casefold()
            in {
                "true",
                "false",
            }
        ):
            flag = value.raw.casefold() == "true"
            return target, result if flag else not result, None
        return (
            target,
            None,
            Problem(
                "DJG202", f"option '{key}' takes no value", value.offset, f"write just '{key}'"
            ),
        )
    if folded not in _VALUE_KEYS:
        return (
            "",
            None,
            Problem(
                "DJG103",
                f"unknown option '{key}'",
                key_at,
                did_you_mean(key, OPTION_NAMES) or OPTIONS_HINT,
            ),
        )
    if value is None:
        return (
            "",
            None,
            Problem("DJG103", f"option '{key}' needs a value", key_at, f"write it as {key}:value"),
        )
    return folded, *_convert_value(folded, value)


def _convert_value(key: str, value: OptionValue) -> tuple[Any, Problem | None]:
    raw, at = value.raw, value.offset
    if key == "choices":
        if isinstance(raw, list) and raw:
            return raw, None
        return None, Problem("DJG202", "choices must be a non-empty list", at, "choices:[a, b]")
    if key in _NAME_LIST_KEYS:
        return _names(key, raw, at)
    if isinstance(raw, list):
        return None, Problem("DJG202", f"option '{key}' takes one value, not a list", at)
    if key in _TEXT_KEYS:
        return raw, None
    if key == "default":
        return (raw if value.quoted else scalar(raw)), None
    if key in _NUMBER_KEYS:
        number = _number(raw)
        if number is None or value.quoted:
            return None, Problem("DJG202", f"{key} must be a number, not '{raw}'", at, f"{key}:10")
        return number, None
    if key in _COUNT_KEYS:
        if value.quoted or not _INT.fullmatch(raw) or int(raw) < 0:
            return None, Problem(
                "DJG202", f"{key} must be a whole number, not '{raw}'", at, f"{key}:2"
            )
        return int(raw), None
    if key == "on_delete":
        choice = raw.upper()
        allowed = [item.value for item in OnDelete]
        if choice not in allowed:
            return None, Problem(
                "DJG202",
                f"on_delete must be one of {', '.join(allowed)}, not '{raw}'",
                at,
                did_you_mean(raw, allowed),
            )
        return choice, None
    if key == "relation":
        kind = _RELATIONS.get(raw.casefold())
        if kind is None:
            allowed = list(_RELATIONS.values())
            return None, Problem(
                "DJG202",
                f"relation must be one of {', '.join(allowed)}, not '{raw}'",
                at,
                did_you_mean(raw, allowed),
            )
        return kind, None
    # related_name, through and renamed_from name a Python identifier; `+` turns the reverse
    # accessor off.
    if _IDENT.fullmatch(raw) or (key == "related_name" and raw == "+"):
        return raw, None
    return None, Problem("DJG202", f"{key} must be a name, not '{raw}'", at, f"{key}:name")


def _names(key: str, raw: str | list[str], at: int) -> tuple[Any, Problem | None]:
    """`write_roles:[editor, "catalog manager"]`, or one name without the brackets."""
    names = raw if isinstance(raw, list) else [raw]
    if names and all(name.strip() for name in names):
        return names, None
    return None, Problem("DJG202", f"{key} must name at least one role", at, f"{key}:[editor]")


def _number(raw: str) -> int | float | None:
    if _INT.fullmatch(raw):
        return int(raw)
    if _FLOAT.fullmatch(raw):
        return float(raw)
    return None


def default_value(raw: str) -> str | int | float | bool:
    """A default as written: a quoted string's text, else the scalar it reads as."""
    stripped = raw.strip()
    if stripped[:1] in {'"', "'"}:
        return unquote(stripped)
    return scalar(stripped)


def scalar(raw: str) -> str | int | float | bool:
    """A bare default as the value it reads as: `true`, `0`, `1.5`, otherwise the text."""
    if raw.casefold() in {"true", "false"}:
        return raw.casefold() == "true"
    number = _number(raw)
    return raw if number is None else number
