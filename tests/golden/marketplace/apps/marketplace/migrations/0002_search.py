"""Full-text search indexes, on PostgreSQL only: other databases search without them."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# Model name → index over the vector that `apps.core.search.SearchFilter` queries.
INDEXES = {
    "user": GinIndex(
        SearchVector("email", config="english"),
        name="user_search_idx",
    ),
    "group": GinIndex(
        SearchVector("name", "slug", config="english"),
        name="group_search_idx",
    ),
    "product": GinIndex(
        SearchVector("name", "description", config="english"),
        name="product_search_idx",
    ),
    "order": GinIndex(
        SearchVector("reference", config="english"),
        name="order_search_idx",
    ),
    "review": GinIndex(
        SearchVector("comment", config="english"),
        name="review_search_idx",
    ),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES.items():
        schema_editor.add_index(apps.get_model("marketplace", model_name), index)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES.items():
        schema_editor.remove_index(apps.get_model("marketplace", model_name), index)


class Migration(migrations.Migration):
    dependencies = [("marketplace", "0001_initial")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
