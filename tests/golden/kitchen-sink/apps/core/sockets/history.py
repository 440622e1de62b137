"""The event store as the log of an event-sourced entity's stream: its messages are numbered
with the store's own position and the row's version there, so that a socket reconnecting with
`?since=<position>` is replayed the events it missed from the store, however old, as the
socket would hear them now: only the rows its user reads now, each as the API lists it now
(its key only once it is gone), and `removed` for a row that left their view."""

from dataclasses import replace
from typing import Any

from apps.core.cqrs import Event, rows
from apps.core.events.models import StoredEvent
from apps.core.events.store import stream_type

from .recent import Entry, TooOld, size
from .streams import Stream, kind_of


def stored(stream: Stream) -> Any:
    """The stream's events in the store, of the event types it sends only."""
    names = [event_type.__name__ for event_type in stream.events]
    return StoredEvent.objects.filter(
        stream_type=stream_type(stream.model), event_type__in=names
    )


def kind(stream: Stream, event: StoredEvent) -> str:
    """`created`, `updated` or `deleted`, as the stored event's live message said."""
    return kind_of(next(t for t in stream.events if t.__name__ == event.event_type))


def owners(stream: Stream, events: list[StoredEvent]) -> dict[str, str | None]:
    """The owner of each row of `events`: its owner now, or when it was deleted."""
    found: dict[str, str | None] = {
        **stream.owners({event.stream_id for event in events})
    }
    if stream.owner_field is None:
        return found
    for event in events:
        if kind(stream, event) == "deleted":
            found.setdefault(
                event.stream_id, stream.owner_in(event.payload.get("data", {}))
            )
    return found


def replayed(stream: Stream, events: list[StoredEvent]) -> list[Entry]:
    """The entries of `events`, the rows' representations and owners read once for all."""
    shown = stream.representations({event.stream_id for event in events})
    owner_of = owners(stream, events)
    entries = []
    for event in events:
        key = rows.json_value(stream.model._meta.pk.to_python(event.stream_id))
        told = kind(stream, event)
        data = shown.get(event.stream_id) if told != "deleted" else None
        message = {
            "type": told,
            "entity": stream.entity,
            "id": key,
            "data": data or stream.key_only(key),
            "at": event.recorded_at.isoformat(),
            "position": event.id,
            "version": event.version,
        }
        owner = owner_of.get(event.stream_id)
        left = stream.previous_owner(event.payload.get("changes", {}), owner)
        entries.append(Entry(stream.label, event.stream_id, owner, message, left))
    return entries


class EventStore:
    """The log of the streams of event-sourced entities."""

    def number(self, stream: Stream, event: Event, entry: Entry) -> Entry:
        """The entry numbered and dated as the store filed its event."""
        found = stored(stream).get(
            stream_id=entry.row, metadata__event_id=event.event_id
        )
        dated = replace(
            entry, message={**entry.message, "at": found.recorded_at.isoformat()}
        )
        return dated.numbered(found.id, found.version)

    def since(self, stream: Stream, position: int) -> list[Entry]:
        """At most WEBSOCKET_RECENT_EVENTS of them: a client further behind reloads."""
        events = list(
            stored(stream).filter(id__gt=position).order_by("-id")[: size() + 1]
        )
        if len(events) > size():
            raise TooOld(events[size() - 1].id)
        return replayed(stream, events[::-1])


EVENT_STORE = EventStore()
