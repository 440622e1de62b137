"""Filtering, search, ordering and pagination: what the FilterSets offer per field type, what
cursor pages may order by, where full-text indexes go, and what the generated API answers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from djgen.generators import filters
from djgen.load import load
from djgen.lowering import listing
from djgen.lowering.imports import Import
from djgen.lowering.migration_plan import feature_migrations
from djgen.model import Project
from tests import test_generate_models as shared
from tests.test_generate_models import django_json

rich = shared.rich
rich_tree = shared.rich_tree
EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture(scope="module")
def blog() -> Project:
    return load(EXAMPLES / "blog.mmd").project


@pytest.fixture(scope="module")
def kitchen_sink() -> Project:
    return load(EXAMPLES / "kitchen-sink.md").project


def lookups(project: Project, entity: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.lookups for f in listing.filtered_fields(project, project.entity(entity))}


def test_lookups_follow_the_field_type(rich: Project) -> None:
    post = lookups(rich, "Post")
    assert post["title"] == ("exact", "iexact", "icontains", "istartswith", "in")
    assert post["view_count"] == ("exact", "lt", "lte", "gt", "gte", "range")
    assert post["rating"][-1] == "isnull"  # optional, hence nullable
    assert post["published_at"] == (
        *("exact", "lt", "lte", "gt", "gte", "range", "year", "month"),
        "isnull",
    )
    assert post["status"] == ("exact", "in")
    assert post["flag"] == ("exact",)
    assert post["author"] == ("exact", "in")
    assert post["editor"] == ("exact", "in", "isnull")
    assert post["tags"] == ("exact", "in")
    # An optional text field stores "" rather than NULL: nothing to ask `isnull` of.
    assert post["excerpt"] == ("exact", "iexact", "icontains", "istartswith", "in")


def test_unfilterable_fields_are_left_out(rich: Project) -> None:
    post = lookups(rich, "Post")
    assert not {"meta", "attachment", "blob", "words"} & set(post)  # JSON, files, binary
    assert "secret" not in post  # write-only
    assert not {"from", "from_value", "class_value"} & set(post)  # renamed: no API name


def test_the_user_filters_on_abstract_user_fields(rich: Project) -> None:
    user = lookups(rich, "User")
    assert user["username"][0] == "exact"
    assert "year" in user["date_joined"]
    assert "password" not in user


def test_cursor_pages_never_order_by_a_nullable_field(blog: Project) -> None:
    post = blog.entity("Post").model_copy(update={"ordering": ("-published_at",)})
    assert listing.list_ordering(post) == ("pk",)  # cursor pages: the optional key is dropped
    assert listing.list_ordering(blog.entity("Post")) == ("-created_at", "pk")
    assert "published_at" not in listing.ordering_fields(post)
    assert "title" in listing.ordering_fields(post)
    comment = blog.entity("Comment")  # page numbers: any ordering
    assert listing.list_ordering(comment) == ("-created_at", "pk")


def test_search_index_only_over_the_tables_own_columns(kitchen_sink: Project) -> None:
    assert listing.search_index(kitchen_sink, kitchen_sink.entity("Asset")) == "asset_search_idx"
    # A camera's searched fields live in its parent's table.
    assert listing.search_index(kitchen_sink, kitchen_sink.entity("Camera")) is None


def test_the_search_migration_follows_the_apps_migrations(blog: Project) -> None:
    files = filters.search_migrations(blog)
    [(path, source)] = files.items()
    assert path == "apps/blog/migrations/0003_search.py"  # after the initial and roles ones
    ast.parse(source)
    assert '("blog", "0002_roles")' in source
    assert 'connection.vendor != "postgresql"' in source
    assert 'SearchVector("title", "content", config="english")' in source


def test_every_entity_is_documented_and_tested(blog: Project) -> None:
    files = filters.generate(blog)
    docs = files["docs/api.md"]
    for entity in blog.concrete_entities:
        assert f"`/api/v1/{entity.url}/`" in docs
    for path in ("filters", "tests/test_filters", "tests/test_pagination"):
        ast.parse(files[f"apps/blog/{path}.py"])
    assert "def test_post_search_matches_word_forms" in files["apps/blog/tests/test_filters.py"]


def test_values_stay_inside_the_fields_limits(rich: Project) -> None:
    fields = {f.name: f for f in listing.filtered_fields(rich, rich.entity("Post"))}
    assert fields["rating"].values is not None
    assert (fields["rating"].values.low, fields["rating"].values.high) == (
        'Decimal("0")',
        'Decimal("5")',
    )


def test_the_api_filters_and_refuses_what_it_cannot_read(rich_tree: Path) -> None:
    facts = django_json(
        rich_tree,
        """
        from django.contrib.auth import get_user_model
        from rest_framework.test import APIClient
        from apps.blog.models import Category
        client = APIClient()
        client.force_authenticate(get_user_model().objects.create_superuser("root"))
        Category.objects.create(name="News")
        Category.objects.create(name="Sport")

        def names(query):
            answer = client.get("/api/v1/categories/" + query)
            return [row["name"] for row in answer.json()["results"]]

        def refused(query):
            answer = client.get("/api/v1/posts/" + query)
            body = answer.json()  # field errors, or the error envelope's details
            return answer.status_code, sorted(body["error"]["details"] if "error" in body else body)

        print(json.dumps({
            "icontains": names("?name__icontains=EWS"),
            "in": names("?name__in=Sport,Other"),
            "descending": names("?ordering=-name"),
            "number": refused("?view_count__gte=abc"),
            "choice": refused("?status__in=DRAFT,NOPE"),
            "date": refused("?published_at__gt=2021-02-30"),
            "boolean": refused("?flag=maybe"),
            "ordering": refused("?ordering=nope"),
        }))
        """,
    )
    assert facts == {
        "icontains": ["News"],
        "in": ["Sport"],
        "descending": ["Sport", "News"],
        "number": [400, ["view_count__gte"]],
        "choice": [400, ["status__in"]],
        "date": [400, ["published_at__gt"]],
        "boolean": [400, ["flag"]],
        "ordering": [400, ["ordering"]],
    }


def test_the_migration_plan_numbers_each_feature_after_the_last(blog: Project) -> None:
    plan = feature_migrations(blog)
    [roles] = plan["roles"]
    [search] = plan["search"]
    assert (roles.app, roles.name, roles.previous) == ("blog", "0002_roles", "0001_initial")
    assert (search.name, search.previous) == ("0003_search", "0002_roles")
    assert search.path == "apps/blog/migrations/0003_search.py"


def test_filter_tests_import_what_their_values_are_written_with(rich: Project) -> None:
    post = listing.listing(rich, rich.entity("Post"))
    imports = filters.filter_test_imports("blog", [post])
    assert Import("datetime", "datetime") in imports  # published_at
    assert Import("apps.blog.factories", "PostFactory") in imports
    assert Import("apps.core.testing", "listed") in imports


def test_pagination_tests_import_the_class_of_each_style(blog: Project) -> None:
    found = [listing.listing(blog, e) for e in blog.app_entities("blog") if not e.abstract]
    classes = {
        i.name for i in filters.pagination_test_imports("blog", found) if "pagination" in i.module
    }
    styles = {x.entity.pagination for x in found}
    assert len(classes) == len(styles) > 1
