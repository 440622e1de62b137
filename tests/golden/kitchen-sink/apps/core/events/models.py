"""The event store: every change of an event-sourced row, appended and never changed, and the
snapshots that keep rebuilding a long stream cheap.

A stream is the history of one row: its `stream_type` is the model's label, its `stream_id`
the row's key. `version` counts the stream's events from 1, and the store is unique on
`(stream_type, stream_id, version)`, so two writers cannot both append the same version. `id`
is the global position: appends are serialised (apps.core.events.store), so positions are
handed out in commit order and a reader following them never skips an event that commits late.
"""

from typing import Any, NoReturn

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone


class AppendOnly(Exception):
    """An attempt to change or delete a stored event or snapshot."""


class AppendOnlyQuerySet(models.QuerySet):
    """Refuses the bulk changes that bypass `save()` and `delete()`."""

    def update(self, **kwargs: Any) -> NoReturn:
        raise AppendOnly("The event store is append-only.")

    def delete(self) -> NoReturn:
        raise AppendOnly("The event store is append-only.")


class AppendOnlyModel(models.Model):
    """A row that is inserted once and never updated or deleted (a PostgreSQL trigger refuses
    it too, to whatever writes SQL directly)."""

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnly("The event store is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AppendOnly("The event store is append-only.")


class StoredEvent(AppendOnlyModel):
    """One event of one stream. `payload` holds the event's own values (`data` or `changes`),
    in the shape of `schema_version`; `metadata` who caused it and under which request."""

    id = models.BigAutoField(primary_key=True, verbose_name="position")
    stream_type = models.CharField(max_length=100)
    stream_id = models.CharField(max_length=255)
    version = models.PositiveIntegerField()
    event_type = models.CharField(max_length=100)
    schema_version = models.PositiveSmallIntegerField(default=1)
    payload = models.JSONField(encoder=DjangoJSONEncoder)
    metadata = models.JSONField(default=dict, encoder=DjangoJSONEncoder)
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        db_table = "event_store"
        ordering = ["id"]
        verbose_name = "stored event"
        constraints = [
            models.UniqueConstraint(
                fields=["stream_type", "stream_id", "version"],
                name="event_store_stream_version",
            ),
        ]
        indexes = [
            models.Index(
                fields=["stream_type", "stream_id", "recorded_at"],
                name="event_store_stream_time",
            ),
            models.Index(fields=["recorded_at"], name="event_store_recorded_at"),
            models.Index(fields=["event_type"], name="event_store_event_type"),
        ]

    def __str__(self) -> str:
        return f"{self.stream_type} {self.stream_id} v{self.version} {self.event_type}"


class Snapshot(AppendOnlyModel):
    """A stream's state after its event `version`, taken every EVENT_SNAPSHOT_EVERY events:
    a reconstruction starts from the latest one at or before the version it wants."""

    id = models.BigAutoField(primary_key=True)
    stream_type = models.CharField(max_length=100)
    stream_id = models.CharField(max_length=255)
    version = models.PositiveIntegerField()
    state = models.JSONField(encoder=DjangoJSONEncoder, null=True)
    taken_at = models.DateTimeField(default=timezone.now)

    class Meta:
        db_table = "event_snapshot"
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["stream_type", "stream_id", "version"],
                name="event_snapshot_stream_version",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.stream_type} {self.stream_id} at v{self.version}"
