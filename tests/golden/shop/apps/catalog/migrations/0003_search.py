"""Full-text search indexes, on PostgreSQL only: other databases search without them."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# Model name → index over the vector that `apps.core.search.SearchFilter` queries.
INDEXES = {
    "category": GinIndex(
        SearchVector("name", config="english"),
        name="category_search_idx",
    ),
    "country": GinIndex(
        SearchVector("code", "name", config="english"),
        name="country_search_idx",
    ),
    "product": GinIndex(
        SearchVector("name", "description", "sku", config="english"),
        name="product_search_idx",
    ),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES.items():
        schema_editor.add_index(apps.get_model("catalog", model_name), index)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES.items():
        schema_editor.remove_index(apps.get_model("catalog", model_name), index)


class Migration(migrations.Migration):
    dependencies = [("catalog", "0002_roles")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
