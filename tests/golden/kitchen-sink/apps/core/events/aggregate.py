"""A stream's state at a version or a moment: the latest snapshot at or before it, then the
events after it, each read in its current shape (apps.core.events.upcasters).

An event whose type ends in `Deleted` ends the row; one whose payload has `data` (a creation)
sets every value; one whose payload has `changes` sets the new value of each field it names.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .models import Snapshot, StoredEvent
from .upcasters import upcast

Values = dict[str, Any]


@dataclass(frozen=True)
class State:
    """A stream after its event `version` (0: before any). `data` is None where the row does
    not exist: not yet, or deleted. `replayed` counts the events read past the snapshot."""

    version: int
    data: Values | None
    replayed: int = 0

    @property
    def deleted(self) -> bool:
        return self.version > 0 and self.data is None


def current_payload(event: StoredEvent) -> Values:
    """The event's payload in the current shape of its type."""
    return upcast(event.event_type, event.schema_version, event.payload)


def apply(
    data: Values | None, event_type: str, payload: Mapping[str, Any]
) -> Values | None:
    """The values after one event."""
    if event_type.endswith("Deleted"):
        return None
    if "data" in payload:
        return dict(payload["data"])
    changes = payload.get("changes", {})
    return {**(data or {}), **{name: c["new"] for name, c in changes.items()}}


def fold(state: State, events: Iterable[StoredEvent]) -> State:
    version, data, replayed = state.version, state.data, state.replayed
    for event in events:
        data = apply(data, event.event_type, current_payload(event))
        version, replayed = event.version, replayed + 1
    return State(version, data, replayed)


def version_at(kind: str, stream_id: str, at: datetime) -> int:
    """The version a stream had at the moment `at`: 0 before its first event."""
    found = (
        StoredEvent.objects.filter(
            stream_type=kind, stream_id=stream_id, recorded_at__lte=at
        )
        .order_by("-version")
        .values_list("version", flat=True)
        .first()
    )
    return found or 0


def state_at(
    kind: str,
    stream_id: str,
    *,
    version: int | None = None,
    at: datetime | None = None,
) -> State:
    """The stream's state after its event `version`, or at the moment `at`; its latest
    state when given neither."""
    if at is not None:
        version = version_at(kind, stream_id, at)
        if version == 0:
            return State(0, None)
    snapshots = Snapshot.objects.filter(stream_type=kind, stream_id=stream_id)
    events = StoredEvent.objects.filter(stream_type=kind, stream_id=stream_id)
    if version is not None:
        snapshots = snapshots.filter(version__lte=version)
        events = events.filter(version__lte=version)
    snapshot = snapshots.order_by("-version").first()
    start = (
        State(0, None) if snapshot is None else State(snapshot.version, snapshot.state)
    )
    return fold(start, events.filter(version__gt=start.version).order_by("version"))
