"""Filters, search and ordering of the Orders lists, each proved on rows made
to match and rows made not to."""

from datetime import UTC, datetime
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
from apps.orders.factories import OrderFactory, OrderLineFactory
from apps.orders.models import Order, OrderLine

pytestmark = pytest.mark.django_db

POSTGRESQL = connection.vendor == "postgresql"

# Orders
ORDER_URL = reverse_lazy("orders:order-list")
# Two values of each field, low before high; every query below lists exactly one of them.
ORDER_VALUES = {
    "number": ("Alpha", "Bravo"),
    "status": ("CANCELLED", "DELIVERED"),
    "total": (Decimal("0"), Decimal("10")),
    "placed_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "notes": ("Alpha", "Bravo"),
    "created_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("number", {"number": "Alpha"}, "low", id="number"),
        pytest.param("number", {"number__iexact": "aLPHA"}, "low", id="number__iexact"),
        pytest.param(
            "number", {"number__icontains": "LPHA"}, "low", id="number__icontains"
        ),
        pytest.param(
            "number", {"number__istartswith": "al"}, "low", id="number__istartswith"
        ),
        pytest.param("number", {"number__in": "Bravo,Zulu"}, "high", id="number__in"),
        pytest.param("status", {"status": "CANCELLED"}, "low", id="status"),
        pytest.param(
            "status", {"status__in": "DELIVERED,SHIPPED"}, "high", id="status__in"
        ),
        pytest.param("total", {"total": "0"}, "low", id="total"),
        pytest.param("total", {"total__lt": "10"}, "low", id="total__lt"),
        pytest.param("total", {"total__lte": "0"}, "low", id="total__lte"),
        pytest.param("total", {"total__gt": "0"}, "high", id="total__gt"),
        pytest.param("total", {"total__gte": "10"}, "high", id="total__gte"),
        pytest.param("total", {"total__range": "10,10"}, "high", id="total__range"),
        pytest.param(
            "placed_at",
            {"placed_at": "2020-01-15T09:30:00+00:00"},
            "low",
            id="placed_at",
        ),
        pytest.param(
            "placed_at",
            {"placed_at__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="placed_at__lt",
        ),
        pytest.param(
            "placed_at",
            {"placed_at__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="placed_at__lte",
        ),
        pytest.param(
            "placed_at",
            {"placed_at__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="placed_at__gt",
        ),
        pytest.param(
            "placed_at",
            {"placed_at__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="placed_at__gte",
        ),
        pytest.param(
            "placed_at",
            {"placed_at__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"},
            "high",
            id="placed_at__range",
        ),
        pytest.param(
            "placed_at", {"placed_at__year": "2020"}, "low", id="placed_at__year"
        ),
        pytest.param(
            "placed_at", {"placed_at__month": "6"}, "high", id="placed_at__month"
        ),
        pytest.param("notes", {"notes": "Alpha"}, "low", id="notes"),
        pytest.param("notes", {"notes__iexact": "aLPHA"}, "low", id="notes__iexact"),
        pytest.param(
            "notes", {"notes__icontains": "LPHA"}, "low", id="notes__icontains"
        ),
        pytest.param(
            "notes", {"notes__istartswith": "al"}, "low", id="notes__istartswith"
        ),
        pytest.param("notes", {"notes__in": "Bravo,Zulu"}, "high", id="notes__in"),
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
        ("status", "not-a-choice"),
        ("status__in", "not-a-choice"),
        ("total__gte", "abc"),
        ("total__range", "0"),
        ("placed_at__lt", "2021-02-30T25:00"),
        ("placed_at__range", "2020-01-15T09:30:00+00:00"),
        ("created_at__lt", "2021-02-30T25:00"),
        ("created_at__range", "2020-01-15T09:30:00+00:00"),
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
    expected = Order.objects.order_by("-placed_at", "pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, ORDER_URL) == keys


@pytest.mark.parametrize(
    "field", ["number", "status", "total", "placed_at", "notes", "created_at"]
)
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
        "hit": with_value(OrderFactory, "number", "Running quokka"),
        "miss": OrderFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, ORDER_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_order_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(OrderFactory, "number", "Running quokka"),
        "miss": OrderFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, ORDER_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_order_search_lists_best_matches_first(admin_client):
    rows = {"a": OrderFactory.create(), "b": OrderFactory.create()}
    first, second = shown_in_order(admin_client, ORDER_URL, {}, rows)
    set_value(rows[first], "number", "quokka")
    set_value(rows[second], "number", "quokka quokka")
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
        "hit": with_value(OrderFactory, "number", "Running quokka"),
        "miss": OrderFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, ORDER_URL, query, rows) == {"hit"}


# Order lines
ORDER_LINE_URL = reverse_lazy("orders:order_line-list")
# Two values of each field, low before high; every query below lists exactly one of them.
ORDER_LINE_VALUES = {
    "quantity": (1, 11),
    "unit_price": (Decimal("0"), Decimal("10")),
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
        pytest.param("unit_price", {"unit_price": "0"}, "low", id="unit_price"),
        pytest.param(
            "unit_price", {"unit_price__lt": "10"}, "low", id="unit_price__lt"
        ),
        pytest.param(
            "unit_price", {"unit_price__lte": "0"}, "low", id="unit_price__lte"
        ),
        pytest.param(
            "unit_price", {"unit_price__gt": "0"}, "high", id="unit_price__gt"
        ),
        pytest.param(
            "unit_price", {"unit_price__gte": "10"}, "high", id="unit_price__gte"
        ),
        pytest.param(
            "unit_price", {"unit_price__range": "10,10"}, "high", id="unit_price__range"
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
        ("unit_price__range", "0"),
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
