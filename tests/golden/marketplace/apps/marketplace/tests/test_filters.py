"""Filters, search and ordering of the Marketplace lists, each proved on rows made
to match and rows made not to."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.urls import reverse_lazy
from rest_framework import status

from apps.core.testing import (
    field_errors,
    linked_pairs,
    listed,
    set_value,
    shown,
    shown_in_order,
    with_value,
)
from apps.marketplace.factories import (
    CustomerFactory,
    GroupFactory,
    OrderFactory,
    OrderLineFactory,
    ProductFactory,
    ReviewFactory,
    SellerFactory,
    UserFactory,
)
from apps.marketplace.models import (
    Customer,
    Group,
    Order,
    OrderLine,
    Product,
    Review,
    Seller,
    User,
)

pytestmark = pytest.mark.django_db

POSTGRESQL = connection.vendor == "postgresql"

# Users
USER_URL = reverse_lazy("marketplace:user-list")
# Two values of each field, low before high; every query below lists exactly one of them.
USER_VALUES = {
    "username": ("Alpha", "Bravo"),
    "date_joined": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "email": ("Alpha", "Bravo"),
    "created_at": (
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
        pytest.param("email", {"email": "Alpha"}, "low", id="email"),
        pytest.param("email", {"email__iexact": "aLPHA"}, "low", id="email__iexact"),
        pytest.param(
            "email", {"email__icontains": "LPHA"}, "low", id="email__icontains"
        ),
        pytest.param(
            "email", {"email__istartswith": "al"}, "low", id="email__istartswith"
        ),
        pytest.param("email", {"email__in": "Bravo,Zulu"}, "high", id="email__in"),
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
        ("created_at__lt", "2021-02-30T25:00"),
        ("created_at__range", "2020-01-15T09:30:00+00:00"),
        ("ordering", "no_such_field"),
    ],
)
def test_user_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(USER_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_user_default_ordering(admin_client):
    UserFactory.create_batch(3)
    expected = User.objects.order_by("-created_at", "pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, USER_URL) == keys


@pytest.mark.parametrize("field", ["username", "date_joined", "email", "created_at"])
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


# Customers
CUSTOMER_URL = reverse_lazy("marketplace:customer-list")
# Two values of each field, low before high; every query below lists exactly one of them.
CUSTOMER_VALUES = {
    "email": ("Alpha", "Bravo"),
    "created_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "phone": ("Alpha", "Bravo"),
    "shipping_address": ("Alpha", "Bravo"),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("email", {"email": "Alpha"}, "low", id="email"),
        pytest.param("email", {"email__iexact": "aLPHA"}, "low", id="email__iexact"),
        pytest.param(
            "email", {"email__icontains": "LPHA"}, "low", id="email__icontains"
        ),
        pytest.param(
            "email", {"email__istartswith": "al"}, "low", id="email__istartswith"
        ),
        pytest.param("email", {"email__in": "Bravo,Zulu"}, "high", id="email__in"),
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
        pytest.param("phone", {"phone": "Alpha"}, "low", id="phone"),
        pytest.param("phone", {"phone__iexact": "aLPHA"}, "low", id="phone__iexact"),
        pytest.param(
            "phone", {"phone__icontains": "LPHA"}, "low", id="phone__icontains"
        ),
        pytest.param(
            "phone", {"phone__istartswith": "al"}, "low", id="phone__istartswith"
        ),
        pytest.param("phone", {"phone__in": "Bravo,Zulu"}, "high", id="phone__in"),
        pytest.param(
            "shipping_address",
            {"shipping_address": "Alpha"},
            "low",
            id="shipping_address",
        ),
        pytest.param(
            "shipping_address",
            {"shipping_address__iexact": "aLPHA"},
            "low",
            id="shipping_address__iexact",
        ),
        pytest.param(
            "shipping_address",
            {"shipping_address__icontains": "LPHA"},
            "low",
            id="shipping_address__icontains",
        ),
        pytest.param(
            "shipping_address",
            {"shipping_address__istartswith": "al"},
            "low",
            id="shipping_address__istartswith",
        ),
        pytest.param(
            "shipping_address",
            {"shipping_address__in": "Bravo,Zulu"},
            "high",
            id="shipping_address__in",
        ),
    ],
)
def test_customer_filters(admin_client, field, query, expected):
    low, high = CUSTOMER_VALUES[field]
    rows = {
        "low": with_value(CustomerFactory, field, low),
        "high": with_value(CustomerFactory, field, high),
    }
    assert shown(admin_client, CUSTOMER_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("created_at__lt", "2021-02-30T25:00"),
        ("created_at__range", "2020-01-15T09:30:00+00:00"),
        ("ordering", "no_such_field"),
    ],
)
def test_customer_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(CUSTOMER_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_customer_default_ordering(admin_client):
    CustomerFactory.create_batch(3)
    expected = Customer.objects.order_by("-created_at", "pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, CUSTOMER_URL) == keys


@pytest.mark.parametrize("field", ["email", "created_at", "phone", "shipping_address"])
def test_customer_ordering_both_ways(admin_client, field):
    low, high = CUSTOMER_VALUES[field]
    rows = {
        "low": with_value(CustomerFactory, field, low),
        "high": with_value(CustomerFactory, field, high),
    }
    assert shown_in_order(admin_client, CUSTOMER_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, CUSTOMER_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_customer_search(admin_client):
    rows = {
        "hit": with_value(CustomerFactory, "phone", "Running quokka"),
        "miss": CustomerFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, CUSTOMER_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_customer_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(CustomerFactory, "phone", "Running quokka"),
        "miss": CustomerFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, CUSTOMER_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_customer_search_lists_best_matches_first(admin_client):
    rows = {"a": CustomerFactory.create(), "b": CustomerFactory.create()}
    first, second = shown_in_order(admin_client, CUSTOMER_URL, {}, rows)
    set_value(rows[first], "phone", "quokka")
    set_value(rows[second], "phone", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, CUSTOMER_URL, query, rows) == [second, first]


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_customer_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(CustomerFactory, "phone", "Running quokka"),
        "miss": CustomerFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, CUSTOMER_URL, query, rows) == {"hit"}


# Sellers
SELLER_URL = reverse_lazy("marketplace:seller-list")
# Two values of each field, low before high; every query below lists exactly one of them.
SELLER_VALUES = {
    "email": ("Alpha", "Bravo"),
    "created_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "shop_name": ("Alpha", "Bravo"),
    "rating": (Decimal("99999989"), Decimal("99999999")),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("email", {"email": "Alpha"}, "low", id="email"),
        pytest.param("email", {"email__iexact": "aLPHA"}, "low", id="email__iexact"),
        pytest.param(
            "email", {"email__icontains": "LPHA"}, "low", id="email__icontains"
        ),
        pytest.param(
            "email", {"email__istartswith": "al"}, "low", id="email__istartswith"
        ),
        pytest.param("email", {"email__in": "Bravo,Zulu"}, "high", id="email__in"),
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
        pytest.param("shop_name", {"shop_name": "Alpha"}, "low", id="shop_name"),
        pytest.param(
            "shop_name", {"shop_name__iexact": "aLPHA"}, "low", id="shop_name__iexact"
        ),
        pytest.param(
            "shop_name",
            {"shop_name__icontains": "LPHA"},
            "low",
            id="shop_name__icontains",
        ),
        pytest.param(
            "shop_name",
            {"shop_name__istartswith": "al"},
            "low",
            id="shop_name__istartswith",
        ),
        pytest.param(
            "shop_name", {"shop_name__in": "Bravo,Zulu"}, "high", id="shop_name__in"
        ),
        pytest.param("rating", {"rating": "99999989"}, "low", id="rating"),
        pytest.param("rating", {"rating__lt": "99999999"}, "low", id="rating__lt"),
        pytest.param("rating", {"rating__lte": "99999989"}, "low", id="rating__lte"),
        pytest.param("rating", {"rating__gt": "99999989"}, "high", id="rating__gt"),
        pytest.param("rating", {"rating__gte": "99999999"}, "high", id="rating__gte"),
        pytest.param(
            "rating", {"rating__range": "99999999,99999999"}, "high", id="rating__range"
        ),
    ],
)
def test_seller_filters(admin_client, field, query, expected):
    low, high = SELLER_VALUES[field]
    rows = {
        "low": with_value(SellerFactory, field, low),
        "high": with_value(SellerFactory, field, high),
    }
    assert shown(admin_client, SELLER_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("created_at__lt", "2021-02-30T25:00"),
        ("created_at__range", "2020-01-15T09:30:00+00:00"),
        ("rating__gte", "abc"),
        ("rating__range", "99999989"),
        ("ordering", "no_such_field"),
    ],
)
def test_seller_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(SELLER_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_seller_default_ordering(admin_client):
    SellerFactory.create_batch(3)
    expected = Seller.objects.order_by("-created_at", "pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, SELLER_URL) == keys


@pytest.mark.parametrize("field", ["email", "created_at", "shop_name", "rating"])
def test_seller_ordering_both_ways(admin_client, field):
    low, high = SELLER_VALUES[field]
    rows = {
        "low": with_value(SellerFactory, field, low),
        "high": with_value(SellerFactory, field, high),
    }
    assert shown_in_order(admin_client, SELLER_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, SELLER_URL, descending, rows) == ["high", "low"]


def test_seller_search(admin_client):
    rows = {
        "hit": with_value(SellerFactory, "shop_name", "Running quokka"),
        "miss": SellerFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, SELLER_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_seller_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(SellerFactory, "shop_name", "Running quokka"),
        "miss": SellerFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, SELLER_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_seller_search_lists_best_matches_first(admin_client):
    rows = {"a": SellerFactory.create(), "b": SellerFactory.create()}
    first, second = shown_in_order(admin_client, SELLER_URL, {}, rows)
    set_value(rows[first], "shop_name", "quokka")
    set_value(rows[second], "shop_name", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, SELLER_URL, query, rows) == [second, first]


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_seller_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(SellerFactory, "shop_name", "Running quokka"),
        "miss": SellerFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, SELLER_URL, query, rows) == {"hit"}


# Groups
GROUP_URL = reverse_lazy("marketplace:group-list")
# Two values of each field, low before high; every query below lists exactly one of them.
GROUP_VALUES = {
    "name": ("Alpha", "Bravo"),
    "slug": ("Alpha", "Bravo"),
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
    ],
)
def test_group_filters(admin_client, field, query, expected):
    low, high = GROUP_VALUES[field]
    rows = {
        "low": with_value(GroupFactory, field, low),
        "high": with_value(GroupFactory, field, high),
    }
    assert shown(admin_client, GROUP_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("ordering", "no_such_field"),
    ],
)
def test_group_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(GROUP_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_group_default_ordering(admin_client):
    GroupFactory.create_batch(3)
    expected = Group.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, GROUP_URL) == keys


@pytest.mark.parametrize("field", ["name", "slug"])
def test_group_ordering_both_ways(admin_client, field):
    low, high = GROUP_VALUES[field]
    rows = {
        "low": with_value(GroupFactory, field, low),
        "high": with_value(GroupFactory, field, high),
    }
    assert shown_in_order(admin_client, GROUP_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, GROUP_URL, descending, rows) == ["high", "low"]


def test_group_search(admin_client):
    rows = {
        "hit": with_value(GroupFactory, "name", "Running quokka"),
        "miss": GroupFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, GROUP_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_group_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(GroupFactory, "name", "Running quokka"),
        "miss": GroupFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, GROUP_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_group_search_lists_best_matches_first(admin_client):
    rows = {"a": GroupFactory.create(), "b": GroupFactory.create()}
    first, second = shown_in_order(admin_client, GROUP_URL, {}, rows)
    set_value(rows[first], "name", "quokka")
    set_value(rows[second], "name", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, GROUP_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_group_search_index():
    with connection.cursor() as cursor:
        table = Group._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["group_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_group_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(GroupFactory, "name", "Running quokka"),
        "miss": GroupFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, GROUP_URL, query, rows) == {"hit"}


# Products
PRODUCT_URL = reverse_lazy("marketplace:product-list")
# Two values of each field, low before high; every query below lists exactly one of them.
PRODUCT_VALUES = {
    "name": ("Alpha", "Bravo"),
    "description": ("Alpha", "Bravo"),
    "price": (Decimal("99999989"), Decimal("99999999")),
    "stock": (1, 11),
    "status": ("Archived", "Draft"),
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
        pytest.param("price", {"price": "99999989"}, "low", id="price"),
        pytest.param("price", {"price__lt": "99999999"}, "low", id="price__lt"),
        pytest.param("price", {"price__lte": "99999989"}, "low", id="price__lte"),
        pytest.param("price", {"price__gt": "99999989"}, "high", id="price__gt"),
        pytest.param("price", {"price__gte": "99999999"}, "high", id="price__gte"),
        pytest.param(
            "price", {"price__range": "99999999,99999999"}, "high", id="price__range"
        ),
        pytest.param("stock", {"stock": "1"}, "low", id="stock"),
        pytest.param("stock", {"stock__lt": "11"}, "low", id="stock__lt"),
        pytest.param("stock", {"stock__lte": "1"}, "low", id="stock__lte"),
        pytest.param("stock", {"stock__gt": "1"}, "high", id="stock__gt"),
        pytest.param("stock", {"stock__gte": "11"}, "high", id="stock__gte"),
        pytest.param("stock", {"stock__range": "11,11"}, "high", id="stock__range"),
        pytest.param("status", {"status": "Archived"}, "low", id="status"),
        pytest.param(
            "status", {"status__in": "Draft,Published"}, "high", id="status__in"
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


@pytest.mark.parametrize("field", ["seller", "group"])
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
        ("price__range", "99999989"),
        ("stock__gte", "abc"),
        ("stock__range", "1"),
        ("status", "not-a-choice"),
        ("status__in", "not-a-choice"),
        ("seller", "abc"),
        ("group", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_product_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(PRODUCT_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_product_default_ordering(admin_client):
    ProductFactory.create_batch(3)
    expected = Product.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, PRODUCT_URL) == keys


@pytest.mark.parametrize("field", ["name", "description", "price", "stock", "status"])
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


# Orders
ORDER_URL = reverse_lazy("marketplace:order-list")
# Two values of each field, low before high; every query below lists exactly one of them.
ORDER_VALUES = {
    "reference": ("Alpha", "Bravo"),
    "placed_on": (date(2020, 1, 15), date(2023, 6, 20)),
    "status": ("PAID", "PENDING"),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("reference", {"reference": "Alpha"}, "low", id="reference"),
        pytest.param(
            "reference", {"reference__iexact": "aLPHA"}, "low", id="reference__iexact"
        ),
        pytest.param(
            "reference",
            {"reference__icontains": "LPHA"},
            "low",
            id="reference__icontains",
        ),
        pytest.param(
            "reference",
            {"reference__istartswith": "al"},
            "low",
            id="reference__istartswith",
        ),
        pytest.param(
            "reference", {"reference__in": "Bravo,Zulu"}, "high", id="reference__in"
        ),
        pytest.param("placed_on", {"placed_on": "2020-01-15"}, "low", id="placed_on"),
        pytest.param(
            "placed_on", {"placed_on__lt": "2023-06-20"}, "low", id="placed_on__lt"
        ),
        pytest.param(
            "placed_on", {"placed_on__lte": "2020-01-15"}, "low", id="placed_on__lte"
        ),
        pytest.param(
            "placed_on", {"placed_on__gt": "2020-01-15"}, "high", id="placed_on__gt"
        ),
        pytest.param(
            "placed_on", {"placed_on__gte": "2023-06-20"}, "high", id="placed_on__gte"
        ),
        pytest.param(
            "placed_on",
            {"placed_on__range": "2023-06-20,2023-06-20"},
            "high",
            id="placed_on__range",
        ),
        pytest.param(
            "placed_on", {"placed_on__year": "2020"}, "low", id="placed_on__year"
        ),
        pytest.param(
            "placed_on", {"placed_on__month": "6"}, "high", id="placed_on__month"
        ),
        pytest.param("status", {"status": "PAID"}, "low", id="status"),
        pytest.param(
            "status", {"status__in": "PENDING,SHIPPED"}, "high", id="status__in"
        ),
    ],
)
def test_order_filters(admin_client, field, query, expected):
    low, high = ORDER_VALUES[field]
    rows = {
        "low": with_value(OrderFactory, field, low),
        "high": with_value(OrderFactory, field, high),
    }
    assert shown(admin_client, ORDER_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["customer"])
def test_order_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(OrderFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, ORDER_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, ORDER_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, ORDER_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, ORDER_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("placed_on__gt", "2021-02-30"),
        ("placed_on__range", "2020-01-15"),
        ("status", "not-a-choice"),
        ("status__in", "not-a-choice"),
        ("customer", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_order_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(ORDER_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_order_default_ordering(admin_client):
    OrderFactory.create_batch(3)
    expected = Order.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, ORDER_URL) == keys


@pytest.mark.parametrize("field", ["reference", "placed_on", "status"])
def test_order_ordering_both_ways(admin_client, field):
    low, high = ORDER_VALUES[field]
    rows = {
        "low": with_value(OrderFactory, field, low),
        "high": with_value(OrderFactory, field, high),
    }
    assert shown_in_order(admin_client, ORDER_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, ORDER_URL, descending, rows) == ["high", "low"]


def test_order_search(admin_client):
    rows = {
        "hit": with_value(OrderFactory, "reference", "Running quokka"),
        "miss": OrderFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, ORDER_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_order_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(OrderFactory, "reference", "Running quokka"),
        "miss": OrderFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, ORDER_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_order_search_lists_best_matches_first(admin_client):
    rows = {"a": OrderFactory.create(), "b": OrderFactory.create()}
    first, second = shown_in_order(admin_client, ORDER_URL, {}, rows)
    set_value(rows[first], "reference", "quokka")
    set_value(rows[second], "reference", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, ORDER_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_order_search_index():
    with connection.cursor() as cursor:
        table = Order._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["order_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_order_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(OrderFactory, "reference", "Running quokka"),
        "miss": OrderFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, ORDER_URL, query, rows) == {"hit"}


# Order lines
ORDER_LINE_URL = reverse_lazy("marketplace:order_line-list")
# Two values of each field, low before high; every query below lists exactly one of them.
ORDER_LINE_VALUES = {
    "quantity": (1, 11),
    "unit_price": (Decimal("99999989"), Decimal("99999999")),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("quantity", {"quantity": "1"}, "low", id="quantity"),
        pytest.param("quantity", {"quantity__lt": "11"}, "low", id="quantity__lt"),
        pytest.param("quantity", {"quantity__lte": "1"}, "low", id="quantity__lte"),
        pytest.param("quantity", {"quantity__gt": "1"}, "high", id="quantity__gt"),
        pytest.param("quantity", {"quantity__gte": "11"}, "high", id="quantity__gte"),
        pytest.param(
            "quantity", {"quantity__range": "11,11"}, "high", id="quantity__range"
        ),
        pytest.param("unit_price", {"unit_price": "99999989"}, "low", id="unit_price"),
        pytest.param(
            "unit_price", {"unit_price__lt": "99999999"}, "low", id="unit_price__lt"
        ),
        pytest.param(
            "unit_price", {"unit_price__lte": "99999989"}, "low", id="unit_price__lte"
        ),
        pytest.param(
            "unit_price", {"unit_price__gt": "99999989"}, "high", id="unit_price__gt"
        ),
        pytest.param(
            "unit_price", {"unit_price__gte": "99999999"}, "high", id="unit_price__gte"
        ),
        pytest.param(
            "unit_price",
            {"unit_price__range": "99999999,99999999"},
            "high",
            id="unit_price__range",
        ),
    ],
)
def test_order_line_filters(admin_client, field, query, expected):
    low, high = ORDER_LINE_VALUES[field]
    rows = {
        "low": with_value(OrderLineFactory, field, low),
        "high": with_value(OrderLineFactory, field, high),
    }
    assert shown(admin_client, ORDER_LINE_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["order", "product"])
def test_order_line_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(OrderLineFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, ORDER_LINE_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, ORDER_LINE_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, ORDER_LINE_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, ORDER_LINE_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("quantity__gte", "abc"),
        ("quantity__range", "1"),
        ("unit_price__gte", "abc"),
        ("unit_price__range", "99999989"),
        ("order", "abc"),
        ("product", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_order_line_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(ORDER_LINE_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_order_line_default_ordering(admin_client):
    OrderLineFactory.create_batch(3)
    expected = OrderLine.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, ORDER_LINE_URL) == keys


@pytest.mark.parametrize("field", ["quantity", "unit_price"])
def test_order_line_ordering_both_ways(admin_client, field):
    low, high = ORDER_LINE_VALUES[field]
    rows = {
        "low": with_value(OrderLineFactory, field, low),
        "high": with_value(OrderLineFactory, field, high),
    }
    assert shown_in_order(admin_client, ORDER_LINE_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, ORDER_LINE_URL, descending, rows) == [
        "high",
        "low",
    ]


# Reviews
REVIEW_URL = reverse_lazy("marketplace:review-list")
# Two values of each field, low before high; every query below lists exactly one of them.
REVIEW_VALUES = {
    "rating": (1, 11),
    "comment": ("Alpha", "Bravo"),
    "created_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("rating", {"rating": "1"}, "low", id="rating"),
        pytest.param("rating", {"rating__lt": "11"}, "low", id="rating__lt"),
        pytest.param("rating", {"rating__lte": "1"}, "low", id="rating__lte"),
        pytest.param("rating", {"rating__gt": "1"}, "high", id="rating__gt"),
        pytest.param("rating", {"rating__gte": "11"}, "high", id="rating__gte"),
        pytest.param("rating", {"rating__range": "11,11"}, "high", id="rating__range"),
        pytest.param("comment", {"comment": "Alpha"}, "low", id="comment"),
        pytest.param(
            "comment", {"comment__iexact": "aLPHA"}, "low", id="comment__iexact"
        ),
        pytest.param(
            "comment", {"comment__icontains": "LPHA"}, "low", id="comment__icontains"
        ),
        pytest.param(
            "comment", {"comment__istartswith": "al"}, "low", id="comment__istartswith"
        ),
        pytest.param(
            "comment", {"comment__in": "Bravo,Zulu"}, "high", id="comment__in"
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
    ],
)
def test_review_filters(admin_client, field, query, expected):
    low, high = REVIEW_VALUES[field]
    rows = {
        "low": with_value(ReviewFactory, field, low),
        "high": with_value(ReviewFactory, field, high),
    }
    assert shown(admin_client, REVIEW_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["customer", "product"])
def test_review_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(ReviewFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, REVIEW_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, REVIEW_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, REVIEW_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, REVIEW_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("rating__gte", "abc"),
        ("rating__range", "1"),
        ("created_at__lt", "2021-02-30T25:00"),
        ("created_at__range", "2020-01-15T09:30:00+00:00"),
        ("customer", "abc"),
        ("product", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_review_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(REVIEW_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_review_default_ordering(admin_client):
    ReviewFactory.create_batch(3)
    expected = Review.objects.order_by("-created_at", "pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, REVIEW_URL) == keys


@pytest.mark.parametrize("field", ["rating", "comment", "created_at"])
def test_review_ordering_both_ways(admin_client, field):
    low, high = REVIEW_VALUES[field]
    rows = {
        "low": with_value(ReviewFactory, field, low),
        "high": with_value(ReviewFactory, field, high),
    }
    assert shown_in_order(admin_client, REVIEW_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, REVIEW_URL, descending, rows) == ["high", "low"]


def test_review_search(admin_client):
    rows = {
        "hit": with_value(ReviewFactory, "comment", "Running quokka"),
        "miss": ReviewFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, REVIEW_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_review_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(ReviewFactory, "comment", "Running quokka"),
        "miss": ReviewFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, REVIEW_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_review_search_lists_best_matches_first(admin_client):
    rows = {"a": ReviewFactory.create(), "b": ReviewFactory.create()}
    first, second = shown_in_order(admin_client, REVIEW_URL, {}, rows)
    set_value(rows[first], "comment", "quokka")
    set_value(rows[second], "comment", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, REVIEW_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_review_search_index():
    with connection.cursor() as cursor:
        table = Review._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["review_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_review_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(ReviewFactory, "comment", "Running quokka"),
        "miss": ReviewFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, REVIEW_URL, query, rows) == {"hit"}
