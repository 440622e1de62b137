"""The event store in the admin: readable and filterable, never changed."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from .models import Snapshot, StoredEvent


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(StoredEvent)
class StoredEventAdmin(ReadOnlyAdmin):
    list_display = [
        "id",
        "stream_type",
        "stream_id",
        "version",
        "event_type",
        "recorded_at",
    ]
    list_filter = ["stream_type", "event_type", "schema_version", "recorded_at"]
    search_fields = ["stream_id", "event_type"]
    date_hierarchy = "recorded_at"
    ordering = ["-id"]


@admin.register(Snapshot)
class SnapshotAdmin(ReadOnlyAdmin):
    list_display = ["stream_type", "stream_id", "version", "taken_at"]
    list_filter = ["stream_type"]
    search_fields = ["stream_id"]
