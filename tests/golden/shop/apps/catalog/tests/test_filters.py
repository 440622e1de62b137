"""Filters, search and ordering of the Catalog lists, each proved on rows made
to match and rows made not to."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.urls import reverse_lazy
from rest_framework import status

from apps.catalog.factories import (
    CategoryFactory,
    CountryFactory,
    ProductFactory,
    UserFactory,
)
from apps.catalog.models import Category, Country, Product, User
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
USER_URL = reverse_lazy("catalog:user-list")
# Two values of each field, low before high; every query below lists exactly one of them.
USER_VALUES = {
    "username": ("Alpha", "Bravo"),
    "date_joined": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
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


@pytest.mark.parametrize("field", ["username", "date_joined"])
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


# Categories
CATEGORY_URL = reverse_lazy("catalog:category-list")
# Two values of each field, low before high; every query below lists exactly one of them.
CATEGORY_VALUES = {
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
def test_category_filters(admin_client, field, query, expected):
    low, high = CATEGORY_VALUES[field]
    rows = {
        "low": with_value(CategoryFactory, field, low),
        "high": with_value(CategoryFactory, field, high),
    }
    assert shown(admin_client, CATEGORY_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["parent"])
def test_category_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(CategoryFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, CATEGORY_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, CATEGORY_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, CATEGORY_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, CATEGORY_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("field", ["parent"])
def test_category_filters_on_empty_related_keys(admin_client, field):
    rows = {
        "set": linked_pairs(CategoryFactory, field)[0]["low"],
        "empty": with_value(CategoryFactory, field, None),
    }
    query = f"{field}__isnull"
    assert shown(admin_client, CATEGORY_URL, {query: "true"}, rows) == {"empty"}
    assert shown(admin_client, CATEGORY_URL, {query: "false"}, rows) == {"set"}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("parent", "abc"),
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


@pytest.mark.parametrize("field", ["name"])
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


# Countries
COUNTRY_URL = reverse_lazy("catalog:country-list")
# Two values of each field, low before high; every query below lists exactly one of them.
COUNTRY_VALUES = {
    "code": ("Al", "Br"),
    "name": ("Alpha", "Bravo"),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("code", {"code": "Al"}, "low", id="code"),
        pytest.param("code", {"code__iexact": "aL"}, "low", id="code__iexact"),
        pytest.param("code", {"code__icontains": "L"}, "low", id="code__icontains"),
        pytest.param(
            "code", {"code__istartswith": "al"}, "low", id="code__istartswith"
        ),
        pytest.param("code", {"code__in": "Br,Zulu"}, "high", id="code__in"),
        pytest.param("name", {"name": "Alpha"}, "low", id="name"),
        pytest.param("name", {"name__iexact": "aLPHA"}, "low", id="name__iexact"),
        pytest.param("name", {"name__icontains": "LPHA"}, "low", id="name__icontains"),
        pytest.param(
            "name", {"name__istartswith": "al"}, "low", id="name__istartswith"
        ),
        pytest.param("name", {"name__in": "Bravo,Zulu"}, "high", id="name__in"),
    ],
)
def test_country_filters(admin_client, field, query, expected):
    low, high = COUNTRY_VALUES[field]
    rows = {
        "low": with_value(CountryFactory, field, low),
        "high": with_value(CountryFactory, field, high),
    }
    assert shown(admin_client, COUNTRY_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("ordering", "no_such_field"),
    ],
)
def test_country_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(COUNTRY_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_country_default_ordering(admin_client):
    CountryFactory.create_batch(3)
    expected = Country.objects.order_by("name", "pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, COUNTRY_URL, key="code") == keys


@pytest.mark.parametrize("field", ["code", "name"])
def test_country_ordering_both_ways(admin_client, field):
    low, high = COUNTRY_VALUES[field]
    rows = {
        "low": with_value(CountryFactory, field, low),
        "high": with_value(CountryFactory, field, high),
    }
    assert shown_in_order(admin_client, COUNTRY_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, COUNTRY_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_country_search(admin_client):
    rows = {
        "hit": with_value(CountryFactory, "name", "Running quokka"),
        "miss": CountryFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, COUNTRY_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_country_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(CountryFactory, "name", "Running quokka"),
        "miss": CountryFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, COUNTRY_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_country_search_index():
    with connection.cursor() as cursor:
        table = Country._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["country_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_country_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(CountryFactory, "name", "Running quokka"),
        "miss": CountryFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, COUNTRY_URL, query, rows) == {"hit"}


# Products
PRODUCT_URL = reverse_lazy("catalog:product-list")
# Two values of each field, low before high; every query below lists exactly one of them.
PRODUCT_VALUES = {
    "sku": ("Alpha", "Bravo"),
    "name": ("Alpha", "Bravo"),
    "description": ("Alpha", "Bravo"),
    "price": (Decimal("0"), Decimal("10")),
    "stock": (1, 11),
    "active": (False, True),
    "weight_kg": (0.0, 10.0),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("sku", {"sku": "Alpha"}, "low", id="sku"),
        pytest.param("sku", {"sku__iexact": "aLPHA"}, "low", id="sku__iexact"),
        pytest.param("sku", {"sku__icontains": "LPHA"}, "low", id="sku__icontains"),
        pytest.param("sku", {"sku__istartswith": "al"}, "low", id="sku__istartswith"),
        pytest.param("sku", {"sku__in": "Bravo,Zulu"}, "high", id="sku__in"),
        pytest.param("name", {"name": "Alpha"}, "low", id="name"),
        pytest.param("name", {"name__iexact": "aLPHA"}, "low", id="name__iexact"),
        pytest.param("name", {"name__icontains": "LPHA"}, "low", id="name__icontains"),
        pytest.param(
            "name", {"name__istartswith": "al"}, "low", id="name__istartswith"
        ),
        pytest.param("name", {"name__in": "Bravo,Zulu"}, "high", id="name__in"),
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
        pytest.param("price", {"price": "0"}, "low", id="price"),
        pytest.param("price", {"price__lt": "10"}, "low", id="price__lt"),
        pytest.param("price", {"price__lte": "0"}, "low", id="price__lte"),
        pytest.param("price", {"price__gt": "0"}, "high", id="price__gt"),
        pytest.param("price", {"price__gte": "10"}, "high", id="price__gte"),
        pytest.param("price", {"price__range": "10,10"}, "high", id="price__range"),
        pytest.param("stock", {"stock": "1"}, "low", id="stock"),
        pytest.param("stock", {"stock__lt": "11"}, "low", id="stock__lt"),
        pytest.param("stock", {"stock__lte": "1"}, "low", id="stock__lte"),
        pytest.param("stock", {"stock__gt": "1"}, "high", id="stock__gt"),
        pytest.param("stock", {"stock__gte": "11"}, "high", id="stock__gte"),
        pytest.param("stock", {"stock__range": "11,11"}, "high", id="stock__range"),
        pytest.param("active", {"active": "false"}, "low", id="active"),
        pytest.param("active", {"active": "true"}, "high", id="active"),
        pytest.param("weight_kg", {"weight_kg": "0.0"}, "low", id="weight_kg"),
        pytest.param("weight_kg", {"weight_kg__lt": "10.0"}, "low", id="weight_kg__lt"),
        pytest.param(
            "weight_kg", {"weight_kg__lte": "0.0"}, "low", id="weight_kg__lte"
        ),
        pytest.param("weight_kg", {"weight_kg__gt": "0.0"}, "high", id="weight_kg__gt"),
        pytest.param(
            "weight_kg", {"weight_kg__gte": "10.0"}, "high", id="weight_kg__gte"
        ),
        pytest.param(
            "weight_kg",
            {"weight_kg__range": "10.0,10.0"},
            "high",
            id="weight_kg__range",
        ),
    ],
)
def test_product_filters(admin_client, field, query, expected):
    low, high = PRODUCT_VALUES[field]
    rows = {
        "low": with_value(ProductFactory, field, low),
        "high": with_value(ProductFactory, field, high),
    }
    assert shown(admin_client, PRODUCT_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["weight_kg"])
def test_product_filters_on_empty_values(admin_client, field):
    rows = {
        "set": with_value(ProductFactory, field, PRODUCT_VALUES[field][0]),
        "empty": with_value(ProductFactory, field, None),
    }
    query = f"{field}__isnull"
    assert shown(admin_client, PRODUCT_URL, {query: "true"}, rows) == {"empty"}
    assert shown(admin_client, PRODUCT_URL, {query: "false"}, rows) == {"set"}


@pytest.mark.parametrize("field", ["category", "ships_to"])
def test_product_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(ProductFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, PRODUCT_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, PRODUCT_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, PRODUCT_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, PRODUCT_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("price__gte", "abc"),
        ("price__range", "0"),
        ("stock__gte", "abc"),
        ("stock__range", "1"),
        ("active", "maybe"),
        ("weight_kg__gte", "abc"),
        ("weight_kg__isnull", "maybe"),
        ("weight_kg__range", "0.0"),
        ("category", "abc"),
        ("ships_to__in", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_product_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(PRODUCT_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_product_default_ordering(admin_client):
    ProductFactory.create_batch(3)
    expected = Product.objects.order_by("name", "pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, PRODUCT_URL) == keys


@pytest.mark.parametrize(
    "field", ["sku", "name", "description", "price", "stock", "active", "weight_kg"]
)
def test_product_ordering_both_ways(admin_client, field):
    low, high = PRODUCT_VALUES[field]
    rows = {
        "low": with_value(ProductFactory, field, low),
        "high": with_value(ProductFactory, field, high),
    }
    assert shown_in_order(admin_client, PRODUCT_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, PRODUCT_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_product_search(admin_client):
    rows = {
        "hit": with_value(ProductFactory, "name", "Running quokka"),
        "miss": ProductFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, PRODUCT_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_product_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(ProductFactory, "name", "Running quokka"),
        "miss": ProductFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, PRODUCT_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_product_search_lists_best_matches_first(admin_client):
    rows = {"a": ProductFactory.create(), "b": ProductFactory.create()}
    first, second = shown_in_order(admin_client, PRODUCT_URL, {}, rows)
    set_value(rows[first], "name", "quokka")
    set_value(rows[second], "name", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, PRODUCT_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_product_search_index():
    with connection.cursor() as cursor:
        table = Product._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["product_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_product_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(ProductFactory, "name", "Running quokka"),
        "miss": ProductFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, PRODUCT_URL, query, rows) == {"hit"}
