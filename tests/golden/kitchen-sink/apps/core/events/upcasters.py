"""Schema evolution: an event type's payload may change shape; the events already stored keep
theirs, and an upcaster per type and old version turns them into the current shape on read.

    @upcaster("ProductUpdated", from_version=1)
    def split_name(payload):
        ...  # return the payload in the shape of version 2

An event is stored with its type's current `schema_version`: one more than the highest version
an upcaster starts from, 1 while there is none. Each app's upcasters.py is loaded at startup.
"""

from collections.abc import Callable
from typing import Any

Payload = dict[str, Any]
Upcaster = Callable[[Payload], Payload]

_upcasters: dict[tuple[str, int], Upcaster] = {}


def upcaster(event_type: str, *, from_version: int) -> Callable[[Upcaster], Upcaster]:
    """Register the decorated function as turning a payload of `event_type` in the shape of
    `from_version` into the shape of `from_version + 1`."""

    def register(function: Upcaster) -> Upcaster:
        _upcasters[(event_type, from_version)] = function
        return function

    return register


def unregister(event_type: str, *, from_version: int) -> None:
    _upcasters.pop((event_type, from_version), None)


def schema_version(event_type: str) -> int:
    """The shape events of this type are stored in now."""
    versions = [version for kind, version in _upcasters if kind == event_type]
    return max(versions, default=0) + 1


def upcast(event_type: str, version: int, payload: Payload) -> Payload:
    """A stored payload in the current shape of its type."""
    while (event_type, version) in _upcasters:
        payload = _upcasters[(event_type, version)](payload)
        version += 1
    return payload
