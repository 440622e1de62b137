"""The generated relation and query-count tests, on the rich project of the model tests."""

from __future__ import annotations

from djgen.generators import relation_tests
from djgen.lowering.imports import Import
from djgen.model import Project
from tests import test_generate_models as shared

rich = shared.rich


def test_budgets_follow_the_query_plans(rich: Project) -> None:
    tests = {t.name: t for t in relation_tests.list_tests(rich, rich.entity("Category"))}
    # Page-number pagination counts (1), then the rows with their parent joined (1).
    assert tests["test_category_list"].budget == 2
    # A nested list checks that its parent exists (1), then lists posts: a cursor page (1)
    # and the prefetch of tags and readers (2).
    assert tests["test_category_posts"].budget == 4
    assert tests["test_category_posts"].url_name == "blog:category-posts"
    assert tests["test_category_posts"].page == '{"page_size": 100}'
    detail = relation_tests.detail_test(rich, rich.entity("Post"))
    assert detail.budget == 4  # the row, then tags, readers and the tags' own related tags
    assert [r.name for r in detail.linked] == ["tags", "readers"]
    assert [r.name for r in detail.reverse] == ["readings"]


def test_a_unique_together_beside_choices_only_bounds_the_rows_per_parent(rich: Project) -> None:
    """Reading is unique per (post, user): a user reads a post once, so a user's readings
    cannot grow to 30 under one post, and factories give each reading a user of its own."""
    readings = next(
        t
        for t in relation_tests.list_tests(rich, rich.entity("User"))
        if t.name == "test_user_readings"
    )
    assert not readings.grows
    assert "readings" not in [r.name for r in relation_tests.detail_test(rich, rich.user).reverse]
    posts = relation_tests.list_tests(rich, rich.entity("Post"))
    assert all(t.grows for t in posts)


def test_wrong_keys_cover_every_written_relation(rich: Project) -> None:
    keys = {
        (k.relation.name, k.reason): k.value
        for k in relation_tests.wrong_keys(rich, rich.entity("Post"))
    }
    assert keys[("category", "missing")] == "0"
    assert keys[("tags", "malformed")] == '["not-a-key"]'
    assert ("readers", "missing") not in keys  # written through Reading's own endpoint
    reading = relation_tests.wrong_keys(rich, rich.entity("Reading"))
    post_key = next(k.value for k in reading if k.relation.name == "post" and k.reason == "missing")
    assert post_key == '"00000000-0000-0000-0000-000000000000"'
    assert relation_tests.wrong_keys(rich, rich.user) == ()


def test_every_app_gets_its_relation_tests(rich: Project) -> None:
    files = relation_tests.generate(rich)
    assert "apps/core/relations_testing.py" in files
    for app in ("accounts", "blog", "shop"):
        assert f"apps/{app}/tests/test_queries.py" in files
        assert f"apps/{app}/tests/test_relations.py" in files
    queries = files["apps/blog/tests/test_queries.py"]
    assert "def test_post_readings(admin_client):" in queries
    assert "at_most=4," in queries


def test_relation_tests_import_field_errors_only_to_refuse_wrong_keys(rich: Project) -> None:
    post = Import("apps.blog.models", "Post")
    wrong = list(relation_tests.wrong_keys(rich, rich.entity("Post")))
    assert wrong
    refusing = relation_tests.relation_test_imports([post], wrong, [], [])
    assert Import("apps.core.testing", "field_errors") in refusing
    assert post in refusing
    quiet = relation_tests.relation_test_imports([post], [], [], [])
    assert Import("apps.core.testing", "field_errors") not in quiet


def test_relation_tests_import_what_finds_keys_only_where_they_read_rows(rich: Project) -> None:
    details = [relation_tests.detail_test(rich, rich.entity("Post"))]
    nested = relation_tests.list_tests(rich, rich.entity("Category"))
    reading = relation_tests.relation_test_imports([], [], details, [])
    assert {
        Import("apps.core.testing", "api_key"),
        Import("apps.core.testing", "related_model"),
    } <= set(reading)
    listing = relation_tests.relation_test_imports([], [], [], nested)
    assert Import("apps.core.testing", "api_key") in listing
    assert Import("apps.core.testing", "related_model") not in listing
    assert Import("apps.core.testing", "api_key") not in relation_tests.relation_test_imports(
        [], [], [], []
    )


def test_query_tests_import_link_rows_only_to_grow_many_to_many(rich: Project) -> None:
    linked = relation_tests.detail_test(rich, rich.entity("Post"))
    assert linked.linked
    growing = relation_tests.query_test_imports([], [linked])
    assert Import("apps.core.relations_testing", "link_rows") in growing
    assert Import("apps.core.relations_testing", "link_rows") not in (
        relation_tests.query_test_imports([], [])
    )
