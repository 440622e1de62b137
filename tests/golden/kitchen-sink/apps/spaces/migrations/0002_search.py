"""Full-text search indexes, on PostgreSQL only: other databases search without them."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# Model name → index over the vector that `apps.core.search.SearchFilter` queries.
INDEXES = {
    "room": GinIndex(
        SearchVector("code", config="english"),
        name="room_search_idx",
    ),
    "booking": GinIndex(
        SearchVector("purpose", config="english"),
        name="booking_search_idx",
    ),
    "attendee": GinIndex(
        SearchVector("name", config="english"),
        name="attendee_search_idx",
    ),
    "move": GinIndex(
        SearchVector("reason", config="english"),
        name="move_search_idx",
    ),
    "log": GinIndex(
        SearchVector("message", config="english"),
        name="log_search_idx",
    ),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES.items():
        schema_editor.add_index(apps.get_model("spaces", model_name), index)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES.items():
        schema_editor.remove_index(apps.get_model("spaces", model_name), index)


class Migration(migrations.Migration):
    dependencies = [("spaces", "0001_initial")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
