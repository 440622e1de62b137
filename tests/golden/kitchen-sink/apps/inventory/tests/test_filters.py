"""Filters, search and ordering of the Inventory lists, each proved on rows made
to match and rows made not to."""

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from uuid import UUID

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
from apps.inventory.factories import AssetFactory, VehicleFactory
from apps.inventory.models import Asset, Vehicle

pytestmark = pytest.mark.django_db

POSTGRESQL = connection.vendor == "postgresql"

# Assets
ASSET_URL = reverse_lazy("inventory:asset-list")
# Two values of each field, low before high; every query below lists exactly one of them.
ASSET_VALUES = {
    "name": ("Alpha", "Bravo"),
    "notes": ("Alpha", "Bravo"),
    "created_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "updated_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "serial": ("Alpha", "Bravo"),
    "price": (Decimal("0"), Decimal("10")),
    "weight": (0.0, 10.0),
    "quantity": (1, 11),
    "rank": (-5, 5),
    "views": (1, 11),
    "active": (False, True),
    "purchased_on": (date(2020, 1, 15), date(2023, 6, 20)),
    "opens_at": (time(9, 30), time(17, 45)),
    "warranty": (timedelta(hours=1), timedelta(days=2)),
    "address": ("10.0.0.1", "10.0.0.2"),
    "website": ("Alpha", "Bravo"),
    "contact": ("Alpha", "Bravo"),
    "token": (
        UUID("00000000-0000-4000-8000-000000000001"),
        UUID("00000000-0000-4000-8000-000000000002"),
    ),
    "condition": ("BROKEN", "GOOD"),
    "size": ("L", "M"),
    "order": (1, 11),
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
        pytest.param("serial", {"serial": "Alpha"}, "low", id="serial"),
        pytest.param("serial", {"serial__iexact": "aLPHA"}, "low", id="serial__iexact"),
        pytest.param(
            "serial", {"serial__icontains": "LPHA"}, "low", id="serial__icontains"
        ),
        pytest.param(
            "serial", {"serial__istartswith": "al"}, "low", id="serial__istartswith"
        ),
        pytest.param("serial", {"serial__in": "Bravo,Zulu"}, "high", id="serial__in"),
        pytest.param("price", {"price": "0"}, "low", id="price"),
        pytest.param("price", {"price__lt": "10"}, "low", id="price__lt"),
        pytest.param("price", {"price__lte": "0"}, "low", id="price__lte"),
        pytest.param("price", {"price__gt": "0"}, "high", id="price__gt"),
        pytest.param("price", {"price__gte": "10"}, "high", id="price__gte"),
        pytest.param("price", {"price__range": "10,10"}, "high", id="price__range"),
        pytest.param("weight", {"weight": "0.0"}, "low", id="weight"),
        pytest.param("weight", {"weight__lt": "10.0"}, "low", id="weight__lt"),
        pytest.param("weight", {"weight__lte": "0.0"}, "low", id="weight__lte"),
        pytest.param("weight", {"weight__gt": "0.0"}, "high", id="weight__gt"),
        pytest.param("weight", {"weight__gte": "10.0"}, "high", id="weight__gte"),
        pytest.param(
            "weight", {"weight__range": "10.0,10.0"}, "high", id="weight__range"
        ),
        pytest.param("quantity", {"quantity": "1"}, "low", id="quantity"),
        pytest.param("quantity", {"quantity__lt": "11"}, "low", id="quantity__lt"),
        pytest.param("quantity", {"quantity__lte": "1"}, "low", id="quantity__lte"),
        pytest.param("quantity", {"quantity__gt": "1"}, "high", id="quantity__gt"),
        pytest.param("quantity", {"quantity__gte": "11"}, "high", id="quantity__gte"),
        pytest.param(
            "quantity", {"quantity__range": "11,11"}, "high", id="quantity__range"
        ),
        pytest.param("rank", {"rank": "-5"}, "low", id="rank"),
        pytest.param("rank", {"rank__lt": "5"}, "low", id="rank__lt"),
        pytest.param("rank", {"rank__lte": "-5"}, "low", id="rank__lte"),
        pytest.param("rank", {"rank__gt": "-5"}, "high", id="rank__gt"),
        pytest.param("rank", {"rank__gte": "5"}, "high", id="rank__gte"),
        pytest.param("rank", {"rank__range": "5,5"}, "high", id="rank__range"),
        pytest.param("views", {"views": "1"}, "low", id="views"),
        pytest.param("views", {"views__lt": "11"}, "low", id="views__lt"),
        pytest.param("views", {"views__lte": "1"}, "low", id="views__lte"),
        pytest.param("views", {"views__gt": "1"}, "high", id="views__gt"),
        pytest.param("views", {"views__gte": "11"}, "high", id="views__gte"),
        pytest.param("views", {"views__range": "11,11"}, "high", id="views__range"),
        pytest.param("active", {"active": "false"}, "low", id="active"),
        pytest.param("active", {"active": "true"}, "high", id="active"),
        pytest.param(
            "purchased_on", {"purchased_on": "2020-01-15"}, "low", id="purchased_on"
        ),
        pytest.param(
            "purchased_on",
            {"purchased_on__lt": "2023-06-20"},
            "low",
            id="purchased_on__lt",
        ),
        pytest.param(
            "purchased_on",
            {"purchased_on__lte": "2020-01-15"},
            "low",
            id="purchased_on__lte",
        ),
        pytest.param(
            "purchased_on",
            {"purchased_on__gt": "2020-01-15"},
            "high",
            id="purchased_on__gt",
        ),
        pytest.param(
            "purchased_on",
            {"purchased_on__gte": "2023-06-20"},
            "high",
            id="purchased_on__gte",
        ),
        pytest.param(
            "purchased_on",
            {"purchased_on__range": "2023-06-20,2023-06-20"},
            "high",
            id="purchased_on__range",
        ),
        pytest.param(
            "purchased_on",
            {"purchased_on__year": "2020"},
            "low",
            id="purchased_on__year",
        ),
        pytest.param(
            "purchased_on",
            {"purchased_on__month": "6"},
            "high",
            id="purchased_on__month",
        ),
        pytest.param("opens_at", {"opens_at": "09:30:00"}, "low", id="opens_at"),
        pytest.param(
            "opens_at", {"opens_at__lt": "17:45:00"}, "low", id="opens_at__lt"
        ),
        pytest.param(
            "opens_at", {"opens_at__lte": "09:30:00"}, "low", id="opens_at__lte"
        ),
        pytest.param(
            "opens_at", {"opens_at__gt": "09:30:00"}, "high", id="opens_at__gt"
        ),
        pytest.param(
            "opens_at", {"opens_at__gte": "17:45:00"}, "high", id="opens_at__gte"
        ),
        pytest.param(
            "opens_at",
            {"opens_at__range": "17:45:00,17:45:00"},
            "high",
            id="opens_at__range",
        ),
        pytest.param("warranty", {"warranty": "01:00:00"}, "low", id="warranty"),
        pytest.param(
            "warranty", {"warranty__lt": "2 00:00:00"}, "low", id="warranty__lt"
        ),
        pytest.param(
            "warranty", {"warranty__lte": "01:00:00"}, "low", id="warranty__lte"
        ),
        pytest.param(
            "warranty", {"warranty__gt": "01:00:00"}, "high", id="warranty__gt"
        ),
        pytest.param(
            "warranty", {"warranty__gte": "2 00:00:00"}, "high", id="warranty__gte"
        ),
        pytest.param(
            "warranty",
            {"warranty__range": "2 00:00:00,2 00:00:00"},
            "high",
            id="warranty__range",
        ),
        pytest.param("address", {"address": "10.0.0.1"}, "low", id="address"),
        pytest.param("address", {"address__in": "10.0.0.2"}, "high", id="address__in"),
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
        pytest.param("contact", {"contact": "Alpha"}, "low", id="contact"),
        pytest.param(
            "contact", {"contact__iexact": "aLPHA"}, "low", id="contact__iexact"
        ),
        pytest.param(
            "contact", {"contact__icontains": "LPHA"}, "low", id="contact__icontains"
        ),
        pytest.param(
            "contact", {"contact__istartswith": "al"}, "low", id="contact__istartswith"
        ),
        pytest.param(
            "contact", {"contact__in": "Bravo,Zulu"}, "high", id="contact__in"
        ),
        pytest.param(
            "token",
            {"token": "00000000-0000-4000-8000-000000000001"},
            "low",
            id="token",
        ),
        pytest.param(
            "token",
            {"token__in": "00000000-0000-4000-8000-000000000002"},
            "high",
            id="token__in",
        ),
        pytest.param("condition", {"condition": "BROKEN"}, "low", id="condition"),
        pytest.param(
            "condition", {"condition__in": "GOOD,WORN"}, "high", id="condition__in"
        ),
        pytest.param("size", {"size": "L"}, "low", id="size"),
        pytest.param("size", {"size__in": "M,S"}, "high", id="size__in"),
        pytest.param("order", {"order": "1"}, "low", id="order"),
        pytest.param("order", {"order__lt": "11"}, "low", id="order__lt"),
        pytest.param("order", {"order__lte": "1"}, "low", id="order__lte"),
        pytest.param("order", {"order__gt": "1"}, "high", id="order__gt"),
        pytest.param("order", {"order__gte": "11"}, "high", id="order__gte"),
        pytest.param("order", {"order__range": "11,11"}, "high", id="order__range"),
    ],
)
def test_asset_filters(admin_client, field, query, expected):
    low, high = ASSET_VALUES[field]
    rows = {
        "low": with_value(AssetFactory, field, low),
        "high": with_value(AssetFactory, field, high),
    }
    assert shown(admin_client, ASSET_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    "field", ["weight", "purchased_on", "opens_at", "warranty", "address", "token"]
)
def test_asset_filters_on_empty_values(admin_client, field):
    rows = {
        "set": with_value(AssetFactory, field, ASSET_VALUES[field][0]),
        "empty": with_value(AssetFactory, field, None),
    }
    query = f"{field}__isnull"
    assert shown(admin_client, ASSET_URL, {query: "true"}, rows) == {"empty"}
    assert shown(admin_client, ASSET_URL, {query: "false"}, rows) == {"set"}


@pytest.mark.parametrize("field", ["member", "room"])
def test_asset_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(AssetFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, ASSET_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, ASSET_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, ASSET_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, ASSET_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("field", ["room"])
def test_asset_filters_on_empty_related_keys(admin_client, field):
    rows = {
        "set": linked_pairs(AssetFactory, field)[0]["low"],
        "empty": with_value(AssetFactory, field, None),
    }
    query = f"{field}__isnull"
    assert shown(admin_client, ASSET_URL, {query: "true"}, rows) == {"empty"}
    assert shown(admin_client, ASSET_URL, {query: "false"}, rows) == {"set"}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("created_at__lt", "2021-02-30T25:00"),
        ("created_at__range", "2020-01-15T09:30:00+00:00"),
        ("updated_at__lt", "2021-02-30T25:00"),
        ("updated_at__range", "2020-01-15T09:30:00+00:00"),
        ("price__gte", "abc"),
        ("price__range", "0"),
        ("weight__gte", "abc"),
        ("weight__isnull", "maybe"),
        ("weight__range", "0.0"),
        ("quantity__gte", "abc"),
        ("quantity__range", "1"),
        ("rank__gte", "abc"),
        ("rank__range", "-5"),
        ("views__gte", "abc"),
        ("views__range", "1"),
        ("active", "maybe"),
        ("purchased_on__gt", "2021-02-30"),
        ("purchased_on__isnull", "maybe"),
        ("purchased_on__range", "2020-01-15"),
        ("opens_at__gte", "25:61"),
        ("opens_at__isnull", "maybe"),
        ("opens_at__range", "09:30:00"),
        ("warranty__gt", "abc"),
        ("warranty__isnull", "maybe"),
        ("warranty__range", "01:00:00"),
        ("address__isnull", "maybe"),
        ("token", "not-a-uuid"),
        ("token__isnull", "maybe"),
        ("condition", "not-a-choice"),
        ("condition__in", "not-a-choice"),
        ("size", "not-a-choice"),
        ("size__in", "not-a-choice"),
        ("order__gte", "abc"),
        ("order__range", "1"),
        ("member", "abc"),
        ("room", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_asset_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(ASSET_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_asset_default_ordering(admin_client):
    AssetFactory.create_batch(3)
    expected = Asset.objects.order_by("-created_at", "pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, ASSET_URL) == keys


@pytest.mark.parametrize(
    "field",
    [
        "name",
        "notes",
        "created_at",
        "updated_at",
        "serial",
        "price",
        "weight",
        "quantity",
        "rank",
        "views",
        "active",
        "purchased_on",
        "opens_at",
        "warranty",
        "address",
        "website",
        "contact",
        "token",
        "condition",
        "size",
        "order",
    ],
)
def test_asset_ordering_both_ways(admin_client, field):
    low, high = ASSET_VALUES[field]
    rows = {
        "low": with_value(AssetFactory, field, low),
        "high": with_value(AssetFactory, field, high),
    }
    assert shown_in_order(admin_client, ASSET_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, ASSET_URL, descending, rows) == ["high", "low"]


def test_asset_search(admin_client):
    rows = {
        "hit": with_value(AssetFactory, "name", "Running quokka"),
        "miss": AssetFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, ASSET_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_asset_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(AssetFactory, "name", "Running quokka"),
        "miss": AssetFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, ASSET_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_asset_search_lists_best_matches_first(admin_client):
    rows = {"a": AssetFactory.create(), "b": AssetFactory.create()}
    first, second = shown_in_order(admin_client, ASSET_URL, {}, rows)
    set_value(rows[first], "name", "quokka")
    set_value(rows[second], "name", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, ASSET_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_asset_search_index():
    with connection.cursor() as cursor:
        table = Asset._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["asset_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_asset_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(AssetFactory, "name", "Running quokka"),
        "miss": AssetFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, ASSET_URL, query, rows) == {"hit"}


# Vehicles
VEHICLE_URL = reverse_lazy("inventory:vehicle-list")
# Two values of each field, low before high; every query below lists exactly one of them.
VEHICLE_VALUES = {
    "name": ("Alpha", "Bravo"),
    "notes": ("Alpha", "Bravo"),
    "created_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "updated_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "plate": ("Alpha", "Bravo"),
    "seats": (1, 11),
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
        pytest.param("plate", {"plate": "Alpha"}, "low", id="plate"),
        pytest.param("plate", {"plate__iexact": "aLPHA"}, "low", id="plate__iexact"),
        pytest.param(
            "plate", {"plate__icontains": "LPHA"}, "low", id="plate__icontains"
        ),
        pytest.param(
            "plate", {"plate__istartswith": "al"}, "low", id="plate__istartswith"
        ),
        pytest.param("plate", {"plate__in": "Bravo,Zulu"}, "high", id="plate__in"),
        pytest.param("seats", {"seats": "1"}, "low", id="seats"),
        pytest.param("seats", {"seats__lt": "11"}, "low", id="seats__lt"),
        pytest.param("seats", {"seats__lte": "1"}, "low", id="seats__lte"),
        pytest.param("seats", {"seats__gt": "1"}, "high", id="seats__gt"),
        pytest.param("seats", {"seats__gte": "11"}, "high", id="seats__gte"),
        pytest.param("seats", {"seats__range": "11,11"}, "high", id="seats__range"),
    ],
)
def test_vehicle_filters(admin_client, field, query, expected):
    low, high = VEHICLE_VALUES[field]
    rows = {
        "low": with_value(VehicleFactory, field, low),
        "high": with_value(VehicleFactory, field, high),
    }
    assert shown(admin_client, VEHICLE_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["driver"])
def test_vehicle_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(VehicleFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, VEHICLE_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, VEHICLE_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, VEHICLE_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, VEHICLE_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("field", ["driver"])
def test_vehicle_filters_on_empty_related_keys(admin_client, field):
    rows = {
        "set": linked_pairs(VehicleFactory, field)[0]["low"],
        "empty": with_value(VehicleFactory, field, None),
    }
    query = f"{field}__isnull"
    assert shown(admin_client, VEHICLE_URL, {query: "true"}, rows) == {"empty"}
    assert shown(admin_client, VEHICLE_URL, {query: "false"}, rows) == {"set"}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("created_at__lt", "2021-02-30T25:00"),
        ("created_at__range", "2020-01-15T09:30:00+00:00"),
        ("updated_at__lt", "2021-02-30T25:00"),
        ("updated_at__range", "2020-01-15T09:30:00+00:00"),
        ("seats__gte", "abc"),
        ("seats__range", "1"),
        ("driver", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_vehicle_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(VEHICLE_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_vehicle_default_ordering(admin_client):
    VehicleFactory.create_batch(3)
    expected = Vehicle.objects.order_by("-created_at", "pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, VEHICLE_URL) == keys


@pytest.mark.parametrize(
    "field", ["name", "notes", "created_at", "updated_at", "plate", "seats"]
)
def test_vehicle_ordering_both_ways(admin_client, field):
    low, high = VEHICLE_VALUES[field]
    rows = {
        "low": with_value(VehicleFactory, field, low),
        "high": with_value(VehicleFactory, field, high),
    }
    assert shown_in_order(admin_client, VEHICLE_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, VEHICLE_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_vehicle_search(admin_client):
    rows = {
        "hit": with_value(VehicleFactory, "name", "Running quokka"),
        "miss": VehicleFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, VEHICLE_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_vehicle_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(VehicleFactory, "name", "Running quokka"),
        "miss": VehicleFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, VEHICLE_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_vehicle_search_lists_best_matches_first(admin_client):
    rows = {"a": VehicleFactory.create(), "b": VehicleFactory.create()}
    first, second = shown_in_order(admin_client, VEHICLE_URL, {}, rows)
    set_value(rows[first], "name", "quokka")
    set_value(rows[second], "name", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, VEHICLE_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_vehicle_search_index():
    with connection.cursor() as cursor:
        table = Vehicle._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["vehicle_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_vehicle_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(VehicleFactory, "name", "Running quokka"),
        "miss": VehicleFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, VEHICLE_URL, query, rows) == {"hit"}
