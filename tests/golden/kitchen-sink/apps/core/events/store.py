"""Appending to the event store, in the transaction that changes the row.

Appends are serialised: on PostgreSQL each one takes a transaction-scoped advisory lock before
it reads the stream's version and draws its position, and holds it until the transaction
ends; SQLite serialises writers itself. So the version an append checks cannot change before
it commits, and, with EVENT_STORE_ORDERED_POSITIONS (the default), one lock for the whole
store hands positions out in commit order: a reader following them never skips an event that
commits late. The price is that appends commit one at a time. Without it, the lock is the
stream's: appends to different streams run in parallel, and a late commit may land behind a
position already read (docs/event-sourcing.md). A writer that expected another version gets
Conflict (409), and the unique `(stream_type, stream_id, version)` stays the last guard.
"""

from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import (
    CharField,
    Model,
    OuterRef,
    Subquery,
    UUIDField,
)
from django.db.models.functions import Cast, Coalesce

from apps.core.cqrs import Conflict, Event, publish

from . import aggregate
from .models import Snapshot, StoredEvent
from .upcasters import schema_version

# Any number: the key of the advisory lock that serialises appends.
APPEND_LOCK = 4_260_917
# The fields of an event that say where it comes from, kept in `metadata`, not in `payload`.
ENVELOPE = frozenset({"id", "user_id", "request_id", "event_id", "occurred_at"})


def stream_type(model: type[Model]) -> str:
    return model._meta.label


def version_of(kind: str, stream_id: Any) -> int:
    """The version of a stream: the number of its events, 0 before the first. In SQL: every
    append asks, and the ORM's aggregate costs more than the query."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT MAX(version) FROM {StoredEvent._meta.db_table} "
            "WHERE stream_type = %s AND stream_id = %s",
            [kind, str(stream_id)],
        )
        row = cursor.fetchone()
    return (row[0] if row else None) or 0


def version_column(model: type[Model]) -> Coalesce | None:
    """Each row's version as a column of its own query (a subquery on the store's unique
    index), so that a detail answer learns it at no extra query. None where the database
    writes the key as text unlike events do (a UUID outside PostgreSQL)."""
    if isinstance(model._meta.pk, UUIDField) and connection.vendor != "postgresql":
        return None
    versions = StoredEvent.objects.filter(
        stream_type=stream_type(model),
        stream_id=Cast(OuterRef("pk"), output_field=CharField()),
    ).order_by("-version")
    return Coalesce(Subquery(versions.values("version")[:1]), 0)


def serialise_appends(kind: str, stream_id: Any) -> None:
    """Wait for the store's lock (ordered positions), else the stream's, until commit."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        if settings.EVENT_STORE_ORDERED_POSITIONS:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [APPEND_LOCK])
        else:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))",
                [f"{kind}:{stream_id}"],
            )


def hidden(values: Any) -> Any:
    """`values` without the fields EVENT_STORE_HIDDEN_FIELDS names (a password hash never
    reaches the store), however deep."""
    if isinstance(values, Mapping):
        return {
            name: hidden(value)
            for name, value in values.items()
            if name not in settings.EVENT_STORE_HIDDEN_FIELDS
        }
    return values


def append(
    kind: str,
    stream_id: Any,
    event_type: str,
    payload: dict[str, Any],
    *,
    metadata: dict[str, Any] | None = None,
    expected_version: int | None = None,
) -> StoredEvent:
    """Append one event to a stream, as its next version, in the current transaction (or in
    one of its own). Conflict when the stream is not at `expected_version` (None: any)."""
    with transaction.atomic(savepoint=False):
        serialise_appends(kind, stream_id)
        current = version_of(kind, stream_id)
        if expected_version is not None and expected_version != current:
            raise Conflict(
                f"This record changed meanwhile (version {current}, not "
                f"{expected_version}): read it again and retry."
            )
        stored = StoredEvent.objects.create(
            stream_type=kind,
            stream_id=str(stream_id),
            version=current + 1,
            event_type=event_type,
            schema_version=schema_version(event_type),
            payload=hidden(payload),
            metadata=metadata or {},
        )
        if stored.version % settings.EVENT_SNAPSHOT_EVERY == 0:
            take_snapshot(kind, str(stream_id), stored.version)
    return stored


def take_snapshot(kind: str, stream_id: str, version: int) -> Snapshot:
    """Keep the stream's state at `version`, rebuilt from the previous snapshot."""
    state = aggregate.state_at(kind, stream_id, version=version)
    return Snapshot.objects.create(
        stream_type=kind, stream_id=stream_id, version=version, state=state.data
    )


def record(
    event: Event, model: type[Model], expected_version: int | None = None
) -> StoredEvent:
    """Append a command handler's event to the stream of its row, then publish it (delivered
    once the transaction commits, as the store's row is)."""
    values = asdict(event)
    stored = append(
        stream_type(model),
        values["id"],
        type(event).__name__,
        {name: value for name, value in values.items() if name not in ENVELOPE},
        metadata={
            "user": event.user_id,
            "request_id": event.request_id,
            "event_id": event.event_id,
        },
        expected_version=expected_version,
    )
    publish(event)
    return stored
