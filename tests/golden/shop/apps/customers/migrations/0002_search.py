"""Full-text search indexes, on PostgreSQL only: other databases search without them."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# Model name → index over the vector that `apps.core.search.SearchFilter` queries.
INDEXES = {
    "customer": GinIndex(
        SearchVector("phone", config="english"),
        name="customer_search_idx",
    ),
    "address": GinIndex(
        SearchVector("line1", "city", "postal_code", config="english"),
        name="address_search_idx",
    ),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES.items():
        schema_editor.add_index(apps.get_model("customers", model_name), index)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES.items():
        schema_editor.remove_index(apps.get_model("customers", model_name), index)


class Migration(migrations.Migration):
    dependencies = [("customers", "0001_initial")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
