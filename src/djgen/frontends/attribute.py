"""The attribute shorthand both frontends share: `Type(options)`.

`String(required, max:200)` in a diagram and `title: "String(required, max:200)"` in YAML mean
the same field, so one parser reads both. It reports problems with their offset into the text
it was given; each frontend adds the line and column where that text started.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from djgen.errors import did_you_mean
from djgen.frontends.cursor import Cursor, unquote
from djgen.frontends.document import OnDelete, RelationKind
from djgen.frontends.problem import Problem, ShorthandError
from djgen.frontends.type_spelling import INLINE_ENUM, SIZED_TEXT, TYPE, spelled_type

_IDENT = re.compile(r"[^\W\d]\w*")
_INT = re.compile(r"[+-]?\d+")
_FLOAT = re.compile(r"[+-]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?")
_KEY = re.compile(r"[^\W\d][\w-]*")
_SIZE = re.compile(r"[0-9]+")

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
class ParsedField:
    """FieldSpec keywords, with the offset of the type and of each option that set one."""

    spec: dict[str, Any] = field(default_factory=dict)
    offsets: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


@dataclass
class _Value:
    """An option value as written: a bare token, a quoted string or a list of either."""

    raw: str | list[str]
    quoted: bool
    offset: int


def parse_field(text: str) -> ParsedField:
    """`Type` or `Type(options)` → FieldSpec keywords; problems are collected, not raised."""
    cached = _parse_field(text)
    return ParsedField(dict(cached.spec), cached.offsets, cached.problems)


@functools.lru_cache(maxsize=4096)
def _parse_field(text: str) -> ParsedField:
    """Diagrams repeat the same few attribute texts, so each is parsed once; callers copy."""
    parsed = ParsedField()
    lead = len(text) - len(text.lstrip())
    body = text.rstrip()
    inline_enum = INLINE_ENUM.match(body, lead)
    if inline_enum is not None:
        return _inline_enum(inline_enum, lead)
    type_match = TYPE.match(body, lead)
    if type_match is None:
        parsed.problems.append(
            Problem("DJG103", "expected a type here", lead, "write a type such as String or Tag")
        )
        return parsed
    parsed.spec.update(spelled_type(type_match.group()))
    parsed.offsets["type"] = lead
    scanner = Cursor(body, type_match.end())
    scanner.skip_spaces()
    if scanner.at_end():
        return parsed
    if scanner.peek() != "(":
        parsed.problems.append(
            Problem(
                "DJG103",
                f"unexpected text after the type '{type_match.group()}'",
                scanner.pos,
                "options go in parentheses: Type(option, key:value)",
            )
        )
        return parsed
    open_at = scanner.pos
    if not body.endswith(")") or len(body) - 1 == open_at:
        parsed.problems.append(
            Problem("DJG103", "this parenthesis is never closed", open_at, "end the options with )")
        )
        return parsed
    _parse_options(body, open_at + 1, len(body) - 1, parsed)
    return parsed


def _inline_enum(found: re.Match[str], lead: int) -> ParsedField:
    """`Enum(Admin, User)`: a text field whose choices are the members, quotes removed."""
    parsed = ParsedField()
    members = [unquote(item) for item in found.group("members").split(",") if item.strip()]
    if not members:
        parsed.problems.append(
            Problem("DJG103", "an inline enumeration needs members", lead, "Enum(a, b)")
        )
        return parsed
    parsed.spec.update(type="String", choices=members)
    parsed.offsets.update(type=lead, choices=found.start("members"))
    return parsed


def parse_options(text: str, start: int, end: int) -> ParsedField:
    """Options between `start` and `end` of `text` (the inside of the parentheses)."""
    parsed = ParsedField()
    _parse_options(text, start, end, parsed)
    return parsed


def _parse_options(text: str, start: int, end: int, parsed: ParsedField) -> None:
    scanner = Cursor(text, start, end)
    scanner.skip_spaces()
    if scanner.at_end():
        return
    if scanner.peek().isdigit() and not (_size(scanner, parsed) and _another(scanner, parsed)):
        return
    while True:
        scanner.skip_spaces()
        key_at = scanner.pos
        key = scanner.match(_KEY)
        if key is None:
            parsed.problems.append(
                Problem("DJG103", "expected an option name here", key_at, OPTIONS_HINT)
            )
            return
        scanner.skip_spaces()
        value: _Value | None = None
        if scanner.peek() == ":":
            scanner.pos += 1
            scanner.skip_spaces()
            try:
                value = _read_value(scanner)
            except ShorthandError as err:
                parsed.problems.append(err.problem)
                return
            scanner.skip_spaces()
        problem = _apply_option(key, key_at, value, parsed)
        if problem is not None:
            parsed.problems.append(problem)
        if not _another(scanner, parsed):
            return


def _another(scanner: Cursor, parsed: ParsedField) -> bool:
    """Whether another option follows the one read (the scanner is then past the comma);
    False at the end, or after a problem."""
    scanner.skip_spaces()
    if scanner.at_end():
        return False
    if scanner.peek() != ",":
        parsed.problems.append(
            Problem("DJG103", "expected ',' between options", scanner.pos, OPTIONS_HINT)
        )
        return False
    scanner.pos += 1
    return True


def _size(scanner: Cursor, parsed: ParsedField) -> bool:
    """`VARCHAR(20)`, `String(13)`: a whole number first is a text type's size, its `max`."""
    at = scanner.pos
    size = scanner.match(_SIZE)
    assert size is not None
    written = str(parsed.spec.get("type", ""))
    if written.casefold() not in SIZED_TEXT:
        parsed.problems.append(
            Problem(
                "DJG103",
                f"a size in parentheses is the length of a text type, not of '{written}'",
                at,
                f"write options by name, e.g. {written}(max:{size})",
            )
        )
        return False
    parsed.spec["max"] = int(size)
    parsed.offsets["max"] = at
    return True


def _read_value(scanner: Cursor) -> _Value:
    at = scanner.pos
    ch = scanner.peek()
    if ch in {'"', "'"}:
        return _Value(scanner.quoted(), True, at)
    if ch == "[":
        scanner.pos += 1
        items: list[str] = []
        while True:
            scanner.skip_spaces()
            if scanner.peek() in {'"', "'"}:
                items.append(scanner.quoted())
            else:
                item = scanner.bare(",]")
                if item:
                    items.append(item)
            scanner.skip_spaces()
            if scanner.peek() == ",":
                scanner.pos += 1
                continue
            if scanner.peek() == "]":
                scanner.pos += 1
                return _Value(items, False, at)
            raise ShorthandError(
                Problem("DJG103", "this list is never closed", at, "write a list as [a, b]")
            )
    raw = scanner.bare(",")
    if not raw:
        raise ShorthandError(Problem("DJG103", "expected a value after ':'", at, OPTIONS_HINT))
    return _Value(raw, False, at)


def _apply_option(
    key: str, key_at: int, value: _Value | None, parsed: ParsedField
) -> Problem | None:
    """Set one option on `parsed`; returns the problem with it, if any."""
    folded = key.casefold()
    target, converted, problem = _convert(key, folded, key_at, value)
    if problem is not None:
        return problem
    if target in parsed.offsets and target != "type":
        return Problem(
            "DJG103",
            f"option '{key}' repeats or contradicts an earlier option",
            key_at,
            "give each option once",
        )
    parsed.spec[target] = converted
    parsed.offsets[target] = key_at
    return None


def _convert(
    key: str, folded: str, key_at: int, value: _Value | None
) -> tuple[str, Any, Problem | None]:
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


def _convert_value(key: str, value: _Value) -> tuple[Any, Problem | None]:
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
