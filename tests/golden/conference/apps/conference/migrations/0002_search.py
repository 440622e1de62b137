"""Full-text search indexes, on PostgreSQL only: other databases search without them."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# Model name → index over the vector that `apps.core.search.SearchFilter` queries.
INDEXES = {
    "room": GinIndex(
        SearchVector("name", config="english"),
        name="room_search_idx",
    ),
    "speaker": GinIndex(
        SearchVector("full_name", "email", "biography", config="english"),
        name="speaker_search_idx",
    ),
    "talk": GinIndex(
        SearchVector("title", config="english"),
        name="talk_search_idx",
    ),
    "tag": GinIndex(
        SearchVector("label", config="english"),
        name="tag_search_idx",
    ),
    "material": GinIndex(
        SearchVector("name", config="english"),
        name="material_search_idx",
    ),
    "sponsor": GinIndex(
        SearchVector("name", config="english"),
        name="sponsor_search_idx",
    ),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES.items():
        schema_editor.add_index(apps.get_model("conference", model_name), index)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES.items():
        schema_editor.remove_index(apps.get_model("conference", model_name), index)


class Migration(migrations.Migration):
    dependencies = [("conference", "0001_initial")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
