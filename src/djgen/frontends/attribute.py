"""The attribute shorthand both frontends share: `Type(options)`.

`String(required, max:200)` in a diagram and `title: "String(required, max:200)"` in YAML mean
the same field, so one parser reads both. It reports problems with their offset into the text
it was given; each frontend adds the line and column where that text started. What each option
means, and how its value is read, is `attribute_options.py`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from djgen.frontends.attribute_options import (
    OPTIONS_HINT,
    OptionValue,
    convert,
)
from djgen.frontends.cursor import Cursor, unquote
from djgen.frontends.problem import Problem, ShorthandError
from djgen.frontends.type_spelling import INLINE_ENUM, SIZED_TEXT, TYPE, spelled_type

_KEY = re.compile(r"[^\W\d][\w-]*")
_SIZE = re.compile(r"[0-9]+")


@dataclass
class ParsedField:
    """FieldSpec keywords, with the offset of the type and of each option that set one."""

    spec: dict[str, Any] = field(default_factory=dict)
    offsets: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


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
        value: OptionValue | None = None
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


def _read_value(scanner: Cursor) -> OptionValue:
    at = scanner.pos
    ch = scanner.peek()
    if ch in {'"', "'"}:
        return OptionValue(scanner.quoted(), True, at)
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
                return OptionValue(items, False, at)
            raise ShorthandError(
                Problem("DJG103", "this list is never closed", at, "write a list as [a, b]")
            )
    raw = scanner.bare(",")
    if not raw:
        raise ShorthandError(Problem("DJG103", "expected a value after ':'", at, OPTIONS_HINT))
    return OptionValue(raw, False, at)


def _apply_option(
    key: str, key_at: int, value: OptionValue | None, parsed: ParsedField
) -> Problem | None:
    """Set one option on `parsed`; returns the problem with it, if any."""
    folded = key.casefold()
    target, converted, problem = convert(key, folded, key_at, value)
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
