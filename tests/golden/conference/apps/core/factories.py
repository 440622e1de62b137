"""Helpers the factories share."""

import re
from collections.abc import Iterable

import rstr

ATTEMPTS = 1000
_given: set[tuple[str, str]] = set()


def matching(
    pattern: str, max_length: int | None = None, *, unique: bool = False
) -> str:
    """A random value the whole pattern matches, that fits max_length and has no white space
    around it (the API trims text, so such a value would not survive a round trip); with
    `unique`, never the same value twice for one pattern."""
    for _ in range(ATTEMPTS):
        value = rstr.xeger(pattern)
        fits = max_length is None or len(value) <= max_length
        fresh = not unique or (pattern, value) not in _given
        if fits and fresh and value == value.strip() and re.fullmatch(pattern, value):
            if unique:
                _given.add((pattern, value))
            return value
    raise ValueError(f"no new value of {pattern!r} fits in {max_length} characters")


def taken(pattern: str, values: Iterable[str]) -> None:
    """Mark values rows already hold, so that `matching(pattern, unique=True)` never draws
    them again."""
    _given.update((pattern, value) for value in values)
