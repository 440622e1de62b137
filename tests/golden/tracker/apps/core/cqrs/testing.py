"""Helpers for tests of commands, queries and events."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from django.db.models import Model
from rest_framework.serializers import BaseSerializer

from .bus import subscribe, unsubscribe
from .messages import Event, Updated
from .rows import stored

E = TypeVar("E", bound=Event)


@contextmanager
def recorded(event_type: type[E]) -> Iterator[list[E]]:
    """The events of `event_type` delivered while the block runs, in order."""
    events: list[E] = []
    subscribe(event_type, events.append)
    try:
        yield events
    finally:
        unsubscribe(event_type, events.append)


def validated(
    serializer_class: type[BaseSerializer[Any]],
    body: dict[str, Any],
    instance: Model | None = None,
) -> dict[str, Any]:
    """What a write serializer makes of a request body: the data a command carries."""
    serializer = serializer_class(instance, data=body)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


def assert_changes_stored(event: Updated, row: Model) -> None:
    """Each change the event reports is a change, to the value the row now holds."""
    row.refresh_from_db()
    now = stored(row)
    for name, change in event.changes.items():
        assert change["old"] != change["new"], name
        assert now.get(name, change["new"]) == change["new"], name
