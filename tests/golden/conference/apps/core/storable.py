"""What every supported database can store and compare. A value outside it is the client's
mistake, answered 400 before a query is made: PostgreSQL refuses NUL characters and unpaired
surrogates in text, SQLite cannot convert a time beyond year 9999 in UTC nor a duration past
64 bits of microseconds, and deep JSON exhausts Python's recursion when decoded or rendered."""

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from django.conf import settings

NUL_MESSAGE = "Null characters are not allowed."
SURROGATE = re.compile("[\ud800-\udfff]")
# Durations are stored as a 64-bit count of microseconds where no interval type exists.
LONGEST_DURATION = timedelta(microseconds=2**63 - 1)


def text_problem(text: str) -> str | None:
    """Why a text cannot be stored, or None."""
    if "\x00" in text:
        return NUL_MESSAGE
    if found := SURROGATE.search(text):
        return f"Surrogate characters are not allowed: U+{ord(found.group()):X}."
    return None


def json_problem(value: Any, max_depth: int | None = None) -> str | None:
    """Why a decoded JSON value cannot be stored, or None: nesting deeper than `max_depth`
    (JSON_MAX_DEPTH by default) or a text, key or value, that `text_problem` refuses. Walked
    with a stack, so that no depth can exhaust the recursion."""
    limit = settings.JSON_MAX_DEPTH if max_depth is None else max_depth
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if problem := text_problem(item):
                return problem
        elif isinstance(item, dict | list):
            if depth >= limit:
                return f"Nested deeper than {limit} levels."
            children = (
                [*item.keys(), *item.values()] if isinstance(item, dict) else item
            )
            stack.extend((child, depth + 1) for child in children)
    return None


def datetime_problem(value: datetime) -> str | None:
    """Why a date and time cannot be stored, or None: it must stay a date and time once
    converted to UTC."""
    if value.tzinfo is None:
        return None
    try:
        value.astimezone(UTC)
    except OverflowError:
        return "Date and time out of range once converted to UTC."
    return None


def duration_problem(value: timedelta) -> str | None:
    """Why a duration cannot be stored, or None."""
    if abs(value) > LONGEST_DURATION:
        return (
            f"Ensure the duration is at most {LONGEST_DURATION.days} days either way."
        )
    return None


def value_problem(value: Any) -> str | None:
    """Why a value of any type cannot be stored, or None."""
    if isinstance(value, str):
        return text_problem(value)
    if isinstance(value, datetime):
        return datetime_problem(value)
    if isinstance(value, timedelta):
        return duration_problem(value)
    if isinstance(value, dict | list):
        return json_problem(value)
    return None
