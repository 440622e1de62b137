"""Full-text search indexes, on PostgreSQL only: other databases search without them."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# Model name → index over the vector that `apps.core.search.SearchFilter` queries.
INDEXES = {
    "user": GinIndex(
        SearchVector("bio", config="english"),
        name="user_search_idx",
    ),
    "category": GinIndex(
        SearchVector("name", "slug", "description", config="english"),
        name="category_search_idx",
    ),
    "tag": GinIndex(
        SearchVector("name", config="english"),
        name="tag_search_idx",
    ),
    "post": GinIndex(
        SearchVector("title", "content", config="english"),
        name="post_search_idx",
    ),
    "comment": GinIndex(
        SearchVector("body", config="english"),
        name="comment_search_idx",
    ),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES.items():
        schema_editor.add_index(apps.get_model("blog", model_name), index)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES.items():
        schema_editor.remove_index(apps.get_model("blog", model_name), index)


class Migration(migrations.Migration):
    dependencies = [("blog", "0002_roles")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
