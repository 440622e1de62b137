"""Filters, search and ordering of the Blog lists, each proved on rows made
to match and rows made not to."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.urls import reverse_lazy
from rest_framework import status

from apps.blog.factories import (
    CategoryFactory,
    CommentFactory,
    PostFactory,
    TagFactory,
    UserFactory,
)
from apps.blog.models import Category, Comment, Post, Tag, User
from apps.core.testing import (
    field_errors,
    linked_pairs,
    listed,
    set_value,
    shown,
    shown_in_order,
    with_value,
)

pytestmark = pytest.mark.django_db

POSTGRESQL = connection.vendor == "postgresql"

# Users
USER_URL = reverse_lazy("blog:user-list")
# Two values of each field, low before high; every query below lists exactly one of them.
USER_VALUES = {
    "username": ("Alpha", "Bravo"),
    "date_joined": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "bio": ("Alpha", "Bravo"),
    "website": ("Alpha", "Bravo"),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("username", {"username": "Alpha"}, "low", id="username"),
        pytest.param(
            "username", {"username__iexact": "aLPHA"}, "low", id="username__iexact"
        ),
        pytest.param(
            "username", {"username__icontains": "LPHA"}, "low", id="username__icontains"
        ),
        pytest.param(
            "username",
            {"username__istartswith": "al"},
            "low",
            id="username__istartswith",
        ),
        pytest.param(
            "username", {"username__in": "Bravo,Zulu"}, "high", id="username__in"
        ),
        pytest.param(
            "date_joined",
            {"date_joined": "2020-01-15T09:30:00+00:00"},
            "low",
            id="date_joined",
        ),
        pytest.param(
            "date_joined",
            {"date_joined__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="date_joined__lt",
        ),
        pytest.param(
            "date_joined",
            {"date_joined__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="date_joined__lte",
        ),
        pytest.param(
            "date_joined",
            {"date_joined__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="date_joined__gt",
        ),
        pytest.param(
            "date_joined",
            {"date_joined__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="date_joined__gte",
        ),
        pytest.param(
            "date_joined",
            {
                "date_joined__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="date_joined__range",
        ),
        pytest.param(
            "date_joined", {"date_joined__year": "2020"}, "low", id="date_joined__year"
        ),
        pytest.param(
            "date_joined", {"date_joined__month": "6"}, "high", id="date_joined__month"
        ),
        pytest.param("bio", {"bio": "Alpha"}, "low", id="bio"),
        pytest.param("bio", {"bio__iexact": "aLPHA"}, "low", id="bio__iexact"),
        pytest.param("bio", {"bio__icontains": "LPHA"}, "low", id="bio__icontains"),
        pytest.param("bio", {"bio__istartswith": "al"}, "low", id="bio__istartswith"),
        pytest.param("bio", {"bio__in": "Bravo,Zulu"}, "high", id="bio__in"),
        pytest.param("website", {"website": "Alpha"}, "low", id="website"),
        pytest.param(
            "website", {"website__iexact": "aLPHA"}, "low", id="website__iexact"
        ),
        pytest.param(
            "website", {"website__icontains": "LPHA"}, "low", id="website__icontains"
        ),
        pytest.param(
            "website", {"website__istartswith": "al"}, "low", id="website__istartswith"
        ),
        pytest.param(
            "website", {"website__in": "Bravo,Zulu"}, "high", id="website__in"
        ),
    ],
)
def test_user_filters(admin_client, field, query, expected):
    low, high = USER_VALUES[field]
    rows = {
        "low": with_value(UserFactory, field, low),
        "high": with_value(UserFactory, field, high),
    }
    assert shown(admin_client, USER_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("date_joined__lt", "2021-02-30T25:00"),
        ("date_joined__range", "2020-01-15T09:30:00+00:00"),
        ("ordering", "no_such_field"),
    ],
)
def test_user_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(USER_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_user_default_ordering(admin_client):
    UserFactory.create_batch(3)
    expected = User.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, USER_URL) == keys


@pytest.mark.parametrize("field", ["username", "date_joined", "bio", "website"])
def test_user_ordering_both_ways(admin_client, field):
    low, high = USER_VALUES[field]
    rows = {
        "low": with_value(UserFactory, field, low),
        "high": with_value(UserFactory, field, high),
    }
    assert shown_in_order(admin_client, USER_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, USER_URL, descending, rows) == ["high", "low"]


def test_user_search(admin_client):
    rows = {
        "hit": with_value(UserFactory, "bio", "Running quokka"),
        "miss": UserFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, USER_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_user_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(UserFactory, "bio", "Running quokka"),
        "miss": UserFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, USER_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_user_search_lists_best_matches_first(admin_client):
    rows = {"a": UserFactory.create(), "b": UserFactory.create()}
    first, second = shown_in_order(admin_client, USER_URL, {}, rows)
    set_value(rows[first], "bio", "quokka")
    set_value(rows[second], "bio", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, USER_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_user_search_index():
    with connection.cursor() as cursor:
        table = User._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["user_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_user_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(UserFactory, "bio", "Running quokka"),
        "miss": UserFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, USER_URL, query, rows) == {"hit"}


# Categories
CATEGORY_URL = reverse_lazy("blog:category-list")
# Two values of each field, low before high; every query below lists exactly one of them.
CATEGORY_VALUES = {
    "name": ("Alpha", "Bravo"),
    "slug": ("Alpha", "Bravo"),
    "description": ("Alpha", "Bravo"),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("name", {"name": "Alpha"}, "low", id="name"),
        pytest.param("name", {"name__iexact": "aLPHA"}, "low", id="name__iexact"),
        pytest.param("name", {"name__icontains": "LPHA"}, "low", id="name__icontains"),
        pytest.param(
            "name", {"name__istartswith": "al"}, "low", id="name__istartswith"
        ),
        pytest.param("name", {"name__in": "Bravo,Zulu"}, "high", id="name__in"),
        pytest.param("slug", {"slug": "Alpha"}, "low", id="slug"),
        pytest.param("slug", {"slug__iexact": "aLPHA"}, "low", id="slug__iexact"),
        pytest.param("slug", {"slug__icontains": "LPHA"}, "low", id="slug__icontains"),
        pytest.param(
            "slug", {"slug__istartswith": "al"}, "low", id="slug__istartswith"
        ),
        pytest.param("slug", {"slug__in": "Bravo,Zulu"}, "high", id="slug__in"),
        pytest.param("description", {"description": "Alpha"}, "low", id="description"),
        pytest.param(
            "description",
            {"description__iexact": "aLPHA"},
            "low",
            id="description__iexact",
        ),
        pytest.param(
            "description",
            {"description__icontains": "LPHA"},
            "low",
            id="description__icontains",
        ),
        pytest.param(
            "description",
            {"description__istartswith": "al"},
            "low",
            id="description__istartswith",
        ),
        pytest.param(
            "description",
            {"description__in": "Bravo,Zulu"},
            "high",
            id="description__in",
        ),
    ],
)
def test_category_filters(admin_client, field, query, expected):
    low, high = CATEGORY_VALUES[field]
    rows = {
        "low": with_value(CategoryFactory, field, low),
        "high": with_value(CategoryFactory, field, high),
    }
    assert shown(admin_client, CATEGORY_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("ordering", "no_such_field"),
    ],
)
def test_category_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(CATEGORY_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_category_default_ordering(admin_client):
    CategoryFactory.create_batch(3)
    expected = Category.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, CATEGORY_URL) == keys


@pytest.mark.parametrize("field", ["name", "slug", "description"])
def test_category_ordering_both_ways(admin_client, field):
    low, high = CATEGORY_VALUES[field]
    rows = {
        "low": with_value(CategoryFactory, field, low),
        "high": with_value(CategoryFactory, field, high),
    }
    assert shown_in_order(admin_client, CATEGORY_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, CATEGORY_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_category_search(admin_client):
    rows = {
        "hit": with_value(CategoryFactory, "name", "Running quokka"),
        "miss": CategoryFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, CATEGORY_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_category_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(CategoryFactory, "name", "Running quokka"),
        "miss": CategoryFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, CATEGORY_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_category_search_lists_best_matches_first(admin_client):
    rows = {"a": CategoryFactory.create(), "b": CategoryFactory.create()}
    first, second = shown_in_order(admin_client, CATEGORY_URL, {}, rows)
    set_value(rows[first], "name", "quokka")
    set_value(rows[second], "name", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, CATEGORY_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_category_search_index():
    with connection.cursor() as cursor:
        table = Category._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["category_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_category_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(CategoryFactory, "name", "Running quokka"),
        "miss": CategoryFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, CATEGORY_URL, query, rows) == {"hit"}


# Tags
TAG_URL = reverse_lazy("blog:tag-list")
# Two values of each field, low before high; every query below lists exactly one of them.
TAG_VALUES = {
    "name": ("Alpha", "Bravo"),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("name", {"name": "Alpha"}, "low", id="name"),
        pytest.param("name", {"name__iexact": "aLPHA"}, "low", id="name__iexact"),
        pytest.param("name", {"name__icontains": "LPHA"}, "low", id="name__icontains"),
        pytest.param(
            "name", {"name__istartswith": "al"}, "low", id="name__istartswith"
        ),
        pytest.param("name", {"name__in": "Bravo,Zulu"}, "high", id="name__in"),
    ],
)
def test_tag_filters(admin_client, field, query, expected):
    low, high = TAG_VALUES[field]
    rows = {
        "low": with_value(TagFactory, field, low),
        "high": with_value(TagFactory, field, high),
    }
    assert shown(admin_client, TAG_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("ordering", "no_such_field"),
    ],
)
def test_tag_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(TAG_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_tag_default_ordering(admin_client):
    TagFactory.create_batch(3)
    expected = Tag.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, TAG_URL) == keys


@pytest.mark.parametrize("field", ["name"])
def test_tag_ordering_both_ways(admin_client, field):
    low, high = TAG_VALUES[field]
    rows = {
        "low": with_value(TagFactory, field, low),
        "high": with_value(TagFactory, field, high),
    }
    assert shown_in_order(admin_client, TAG_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, TAG_URL, descending, rows) == ["high", "low"]


def test_tag_search(admin_client):
    rows = {
        "hit": with_value(TagFactory, "name", "Running quokka"),
        "miss": TagFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, TAG_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_tag_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(TagFactory, "name", "Running quokka"),
        "miss": TagFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, TAG_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_tag_search_lists_best_matches_first(admin_client):
    rows = {"a": TagFactory.create(), "b": TagFactory.create()}
    first, second = shown_in_order(admin_client, TAG_URL, {}, rows)
    set_value(rows[first], "name", "quokka")
    set_value(rows[second], "name", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, TAG_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_tag_search_index():
    with connection.cursor() as cursor:
        table = Tag._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["tag_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_tag_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(TagFactory, "name", "Running quokka"),
        "miss": TagFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, TAG_URL, query, rows) == {"hit"}


# Posts
POST_URL = reverse_lazy("blog:post-list")
# Two values of each field, low before high; every query below lists exactly one of them.
POST_VALUES = {
    "title": ("Alpha", "Bravo"),
    "slug": ("Alpha", "Bravo"),
    "content": ("Alpha", "Bravo"),
    "excerpt": ("Alpha", "Bravo"),
    "status": ("ARCHIVED", "DRAFT"),
    "rating": (Decimal("0"), Decimal("5")),
    "view_count": (0, 10),
    "published_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "created_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "updated_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("title", {"title": "Alpha"}, "low", id="title"),
        pytest.param("title", {"title__iexact": "aLPHA"}, "low", id="title__iexact"),
        pytest.param(
            "title", {"title__icontains": "LPHA"}, "low", id="title__icontains"
        ),
        pytest.param(
            "title", {"title__istartswith": "al"}, "low", id="title__istartswith"
        ),
        pytest.param("title", {"title__in": "Bravo,Zulu"}, "high", id="title__in"),
        pytest.param("slug", {"slug": "Alpha"}, "low", id="slug"),
        pytest.param("slug", {"slug__iexact": "aLPHA"}, "low", id="slug__iexact"),
        pytest.param("slug", {"slug__icontains": "LPHA"}, "low", id="slug__icontains"),
        pytest.param(
            "slug", {"slug__istartswith": "al"}, "low", id="slug__istartswith"
        ),
        pytest.param("slug", {"slug__in": "Bravo,Zulu"}, "high", id="slug__in"),
        pytest.param("content", {"content": "Alpha"}, "low", id="content"),
        pytest.param(
            "content", {"content__iexact": "aLPHA"}, "low", id="content__iexact"
        ),
        pytest.param(
            "content", {"content__icontains": "LPHA"}, "low", id="content__icontains"
        ),
        pytest.param(
            "content", {"content__istartswith": "al"}, "low", id="content__istartswith"
        ),
        pytest.param(
            "content", {"content__in": "Bravo,Zulu"}, "high", id="content__in"
        ),
        pytest.param("excerpt", {"excerpt": "Alpha"}, "low", id="excerpt"),
        pytest.param(
            "excerpt", {"excerpt__iexact": "aLPHA"}, "low", id="excerpt__iexact"
        ),
        pytest.param(
            "excerpt", {"excerpt__icontains": "LPHA"}, "low", id="excerpt__icontains"
        ),
        pytest.param(
            "excerpt", {"excerpt__istartswith": "al"}, "low", id="excerpt__istartswith"
        ),
        pytest.param(
            "excerpt", {"excerpt__in": "Bravo,Zulu"}, "high", id="excerpt__in"
        ),
        pytest.param("status", {"status": "ARCHIVED"}, "low", id="status"),
        pytest.param(
            "status", {"status__in": "DRAFT,PUBLISHED"}, "high", id="status__in"
        ),
        pytest.param("rating", {"rating": "0"}, "low", id="rating"),
        pytest.param("rating", {"rating__lt": "5"}, "low", id="rating__lt"),
        pytest.param("rating", {"rating__lte": "0"}, "low", id="rating__lte"),
        pytest.param("rating", {"rating__gt": "0"}, "high", id="rating__gt"),
        pytest.param("rating", {"rating__gte": "5"}, "high", id="rating__gte"),
        pytest.param("rating", {"rating__range": "5,5"}, "high", id="rating__range"),
        pytest.param("view_count", {"view_count": "0"}, "low", id="view_count"),
        pytest.param(
            "view_count", {"view_count__lt": "10"}, "low", id="view_count__lt"
        ),
        pytest.param(
            "view_count", {"view_count__lte": "0"}, "low", id="view_count__lte"
        ),
        pytest.param(
            "view_count", {"view_count__gt": "0"}, "high", id="view_count__gt"
        ),
        pytest.param(
            "view_count", {"view_count__gte": "10"}, "high", id="view_count__gte"
        ),
        pytest.param(
            "view_count", {"view_count__range": "10,10"}, "high", id="view_count__range"
        ),
        pytest.param(
            "published_at",
            {"published_at": "2020-01-15T09:30:00+00:00"},
            "low",
            id="published_at",
        ),
        pytest.param(
            "published_at",
            {"published_at__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="published_at__lt",
        ),
        pytest.param(
            "published_at",
            {"published_at__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="published_at__lte",
        ),
        pytest.param(
            "published_at",
            {"published_at__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="published_at__gt",
        ),
        pytest.param(
            "published_at",
            {"published_at__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="published_at__gte",
        ),
        pytest.param(
            "published_at",
            {
                "published_at__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="published_at__range",
        ),
        pytest.param(
            "published_at",
            {"published_at__year": "2020"},
            "low",
            id="published_at__year",
        ),
        pytest.param(
            "published_at",
            {"published_at__month": "6"},
            "high",
            id="published_at__month",
        ),
        pytest.param(
            "created_at",
            {"created_at": "2020-01-15T09:30:00+00:00"},
            "low",
            id="created_at",
        ),
        pytest.param(
            "created_at",
            {"created_at__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="created_at__lt",
        ),
        pytest.param(
            "created_at",
            {"created_at__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="created_at__lte",
        ),
        pytest.param(
            "created_at",
            {"created_at__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="created_at__gt",
        ),
        pytest.param(
            "created_at",
            {"created_at__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="created_at__gte",
        ),
        pytest.param(
            "created_at",
            {
                "created_at__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="created_at__range",
        ),
        pytest.param(
            "created_at", {"created_at__year": "2020"}, "low", id="created_at__year"
        ),
        pytest.param(
            "created_at", {"created_at__month": "6"}, "high", id="created_at__month"
        ),
        pytest.param(
            "updated_at",
            {"updated_at": "2020-01-15T09:30:00+00:00"},
            "low",
            id="updated_at",
        ),
        pytest.param(
            "updated_at",
            {"updated_at__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="updated_at__lt",
        ),
        pytest.param(
            "updated_at",
            {"updated_at__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="updated_at__lte",
        ),
        pytest.param(
            "updated_at",
            {"updated_at__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="updated_at__gt",
        ),
        pytest.param(
            "updated_at",
            {"updated_at__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="updated_at__gte",
        ),
        pytest.param(
            "updated_at",
            {
                "updated_at__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="updated_at__range",
        ),
        pytest.param(
            "updated_at", {"updated_at__year": "2020"}, "low", id="updated_at__year"
        ),
        pytest.param(
            "updated_at", {"updated_at__month": "6"}, "high", id="updated_at__month"
        ),
    ],
)
def test_post_filters(admin_client, field, query, expected):
    low, high = POST_VALUES[field]
    rows = {
        "low": with_value(PostFactory, field, low),
        "high": with_value(PostFactory, field, high),
    }
    assert shown(admin_client, POST_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["rating", "published_at"])
def test_post_filters_on_empty_values(admin_client, field):
    rows = {
        "set": with_value(PostFactory, field, POST_VALUES[field][0]),
        "empty": with_value(PostFactory, field, None),
    }
    query = f"{field}__isnull"
    assert shown(admin_client, POST_URL, {query: "true"}, rows) == {"empty"}
    assert shown(admin_client, POST_URL, {query: "false"}, rows) == {"set"}


@pytest.mark.parametrize("field", ["tags", "author", "category"])
def test_post_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(PostFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, POST_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, POST_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, POST_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, POST_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("field", ["category"])
def test_post_filters_on_empty_related_keys(admin_client, field):
    rows = {
        "set": linked_pairs(PostFactory, field)[0]["low"],
        "empty": with_value(PostFactory, field, None),
    }
    query = f"{field}__isnull"
    assert shown(admin_client, POST_URL, {query: "true"}, rows) == {"empty"}
    assert shown(admin_client, POST_URL, {query: "false"}, rows) == {"set"}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("status", "not-a-choice"),
        ("status__in", "not-a-choice"),
        ("rating__gte", "abc"),
        ("rating__isnull", "maybe"),
        ("rating__range", "0"),
        ("view_count__gte", "abc"),
        ("view_count__range", "0"),
        ("published_at__lt", "2021-02-30T25:00"),
        ("published_at__isnull", "maybe"),
        ("published_at__range", "2020-01-15T09:30:00+00:00"),
        ("created_at__lt", "2021-02-30T25:00"),
        ("created_at__range", "2020-01-15T09:30:00+00:00"),
        ("updated_at__lt", "2021-02-30T25:00"),
        ("updated_at__range", "2020-01-15T09:30:00+00:00"),
        ("tags__in", "abc"),
        ("author", "abc"),
        ("category", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_post_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(POST_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_post_default_ordering(admin_client):
    PostFactory.create_batch(3)
    expected = Post.objects.order_by("-created_at", "pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, POST_URL) == keys


@pytest.mark.parametrize(
    "field",
    [
        "title",
        "slug",
        "content",
        "excerpt",
        "status",
        "view_count",
        "created_at",
        "updated_at",
    ],
)
def test_post_ordering_both_ways(admin_client, field):
    low, high = POST_VALUES[field]
    rows = {
        "low": with_value(PostFactory, field, low),
        "high": with_value(PostFactory, field, high),
    }
    assert shown_in_order(admin_client, POST_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, POST_URL, descending, rows) == ["high", "low"]


def test_post_search(admin_client):
    rows = {
        "hit": with_value(PostFactory, "title", "Running quokka"),
        "miss": PostFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, POST_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_post_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(PostFactory, "title", "Running quokka"),
        "miss": PostFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, POST_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_post_search_index():
    with connection.cursor() as cursor:
        table = Post._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["post_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_post_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(PostFactory, "title", "Running quokka"),
        "miss": PostFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, POST_URL, query, rows) == {"hit"}


# Comments
COMMENT_URL = reverse_lazy("blog:comment-list")
# Two values of each field, low before high; every query below lists exactly one of them.
COMMENT_VALUES = {
    "body": ("Alpha", "Bravo"),
    "approved": (False, True),
    "created_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("body", {"body": "Alpha"}, "low", id="body"),
        pytest.param("body", {"body__iexact": "aLPHA"}, "low", id="body__iexact"),
        pytest.param("body", {"body__icontains": "LPHA"}, "low", id="body__icontains"),
        pytest.param(
            "body", {"body__istartswith": "al"}, "low", id="body__istartswith"
        ),
        pytest.param("body", {"body__in": "Bravo,Zulu"}, "high", id="body__in"),
        pytest.param("approved", {"approved": "false"}, "low", id="approved"),
        pytest.param("approved", {"approved": "true"}, "high", id="approved"),
        pytest.param(
            "created_at",
            {"created_at": "2020-01-15T09:30:00+00:00"},
            "low",
            id="created_at",
        ),
        pytest.param(
            "created_at",
            {"created_at__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="created_at__lt",
        ),
        pytest.param(
            "created_at",
            {"created_at__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="created_at__lte",
        ),
        pytest.param(
            "created_at",
            {"created_at__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="created_at__gt",
        ),
        pytest.param(
            "created_at",
            {"created_at__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="created_at__gte",
        ),
        pytest.param(
            "created_at",
            {
                "created_at__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="created_at__range",
        ),
        pytest.param(
            "created_at", {"created_at__year": "2020"}, "low", id="created_at__year"
        ),
        pytest.param(
            "created_at", {"created_at__month": "6"}, "high", id="created_at__month"
        ),
    ],
)
def test_comment_filters(admin_client, field, query, expected):
    low, high = COMMENT_VALUES[field]
    rows = {
        "low": with_value(CommentFactory, field, low),
        "high": with_value(CommentFactory, field, high),
    }
    assert shown(admin_client, COMMENT_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["post", "author"])
def test_comment_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(CommentFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, COMMENT_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, COMMENT_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, COMMENT_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, COMMENT_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("approved", "maybe"),
        ("created_at__lt", "2021-02-30T25:00"),
        ("created_at__range", "2020-01-15T09:30:00+00:00"),
        ("post", "abc"),
        ("author", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_comment_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(COMMENT_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_comment_default_ordering(admin_client):
    CommentFactory.create_batch(3)
    expected = Comment.objects.order_by("-created_at", "pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, COMMENT_URL) == keys


@pytest.mark.parametrize("field", ["body", "approved", "created_at"])
def test_comment_ordering_both_ways(admin_client, field):
    low, high = COMMENT_VALUES[field]
    rows = {
        "low": with_value(CommentFactory, field, low),
        "high": with_value(CommentFactory, field, high),
    }
    assert shown_in_order(admin_client, COMMENT_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, COMMENT_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_comment_search(admin_client):
    rows = {
        "hit": with_value(CommentFactory, "body", "Running quokka"),
        "miss": CommentFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, COMMENT_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_comment_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(CommentFactory, "body", "Running quokka"),
        "miss": CommentFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, COMMENT_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_comment_search_lists_best_matches_first(admin_client):
    rows = {"a": CommentFactory.create(), "b": CommentFactory.create()}
    first, second = shown_in_order(admin_client, COMMENT_URL, {}, rows)
    set_value(rows[first], "body", "quokka")
    set_value(rows[second], "body", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, COMMENT_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_comment_search_index():
    with connection.cursor() as cursor:
        table = Comment._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["comment_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_comment_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(CommentFactory, "body", "Running quokka"),
        "miss": CommentFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, COMMENT_URL, query, rows) == {"hit"}
