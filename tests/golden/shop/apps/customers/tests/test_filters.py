"""Filters, search and ordering of the Customers lists, each proved on rows made
to match and rows made not to."""

from datetime import date

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
from apps.customers.factories import AddressFactory, CustomerFactory
from apps.customers.models import Address, Customer

pytestmark = pytest.mark.django_db

POSTGRESQL = connection.vendor == "postgresql"

# Customers
CUSTOMER_URL = reverse_lazy("customers:customer-list")
# Two values of each field, low before high; every query below lists exactly one of them.
CUSTOMER_VALUES = {
    "phone": ("Alpha", "Bravo"),
    "loyalty_points": (1, 11),
    "birth_date": (date(2020, 1, 15), date(2023, 6, 20)),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
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
            "loyalty_points", {"loyalty_points": "1"}, "low", id="loyalty_points"
        ),
        pytest.param(
            "loyalty_points",
            {"loyalty_points__lt": "11"},
            "low",
            id="loyalty_points__lt",
        ),
        pytest.param(
            "loyalty_points",
            {"loyalty_points__lte": "1"},
            "low",
            id="loyalty_points__lte",
        ),
        pytest.param(
            "loyalty_points",
            {"loyalty_points__gt": "1"},
            "high",
            id="loyalty_points__gt",
        ),
        pytest.param(
            "loyalty_points",
            {"loyalty_points__gte": "11"},
            "high",
            id="loyalty_points__gte",
        ),
        pytest.param(
            "loyalty_points",
            {"loyalty_points__range": "11,11"},
            "high",
            id="loyalty_points__range",
        ),
        pytest.param(
            "birth_date", {"birth_date": "2020-01-15"}, "low", id="birth_date"
        ),
        pytest.param(
            "birth_date", {"birth_date__lt": "2023-06-20"}, "low", id="birth_date__lt"
        ),
        pytest.param(
            "birth_date", {"birth_date__lte": "2020-01-15"}, "low", id="birth_date__lte"
        ),
        pytest.param(
            "birth_date", {"birth_date__gt": "2020-01-15"}, "high", id="birth_date__gt"
        ),
        pytest.param(
            "birth_date",
            {"birth_date__gte": "2023-06-20"},
            "high",
            id="birth_date__gte",
        ),
        pytest.param(
            "birth_date",
            {"birth_date__range": "2023-06-20,2023-06-20"},
            "high",
            id="birth_date__range",
        ),
        pytest.param(
            "birth_date", {"birth_date__year": "2020"}, "low", id="birth_date__year"
        ),
        pytest.param(
            "birth_date", {"birth_date__month": "6"}, "high", id="birth_date__month"
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


@pytest.mark.parametrize("field", ["birth_date"])
def test_customer_filters_on_empty_values(admin_client, field):
    rows = {
        "set": with_value(CustomerFactory, field, CUSTOMER_VALUES[field][0]),
        "empty": with_value(CustomerFactory, field, None),
    }
    query = f"{field}__isnull"
    assert shown(admin_client, CUSTOMER_URL, {query: "true"}, rows) == {"empty"}
    assert shown(admin_client, CUSTOMER_URL, {query: "false"}, rows) == {"set"}


@pytest.mark.parametrize("field", ["user"])
def test_customer_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(CustomerFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, CUSTOMER_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, CUSTOMER_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, CUSTOMER_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, CUSTOMER_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("loyalty_points__gte", "abc"),
        ("loyalty_points__range", "1"),
        ("birth_date__gt", "2021-02-30"),
        ("birth_date__isnull", "maybe"),
        ("birth_date__range", "2020-01-15"),
        ("user", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_customer_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(CUSTOMER_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_customer_default_ordering(admin_client):
    CustomerFactory.create_batch(3)
    expected = Customer.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, CUSTOMER_URL) == keys


@pytest.mark.parametrize("field", ["phone", "loyalty_points", "birth_date"])
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


# Addresses
ADDRESS_URL = reverse_lazy("customers:address-list")
# Two values of each field, low before high; every query below lists exactly one of them.
ADDRESS_VALUES = {
    "kind": ("BILLING", "SHIPPING"),
    "line1": ("Alpha", "Bravo"),
    "city": ("Alpha", "Bravo"),
    "postal_code": ("Alpha", "Bravo"),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("kind", {"kind": "BILLING"}, "low", id="kind"),
        pytest.param("kind", {"kind__in": "SHIPPING"}, "high", id="kind__in"),
        pytest.param("line1", {"line1": "Alpha"}, "low", id="line1"),
        pytest.param("line1", {"line1__iexact": "aLPHA"}, "low", id="line1__iexact"),
        pytest.param(
            "line1", {"line1__icontains": "LPHA"}, "low", id="line1__icontains"
        ),
        pytest.param(
            "line1", {"line1__istartswith": "al"}, "low", id="line1__istartswith"
        ),
        pytest.param("line1", {"line1__in": "Bravo,Zulu"}, "high", id="line1__in"),
        pytest.param("city", {"city": "Alpha"}, "low", id="city"),
        pytest.param("city", {"city__iexact": "aLPHA"}, "low", id="city__iexact"),
        pytest.param("city", {"city__icontains": "LPHA"}, "low", id="city__icontains"),
        pytest.param(
            "city", {"city__istartswith": "al"}, "low", id="city__istartswith"
        ),
        pytest.param("city", {"city__in": "Bravo,Zulu"}, "high", id="city__in"),
        pytest.param("postal_code", {"postal_code": "Alpha"}, "low", id="postal_code"),
        pytest.param(
            "postal_code",
            {"postal_code__iexact": "aLPHA"},
            "low",
            id="postal_code__iexact",
        ),
        pytest.param(
            "postal_code",
            {"postal_code__icontains": "LPHA"},
            "low",
            id="postal_code__icontains",
        ),
        pytest.param(
            "postal_code",
            {"postal_code__istartswith": "al"},
            "low",
            id="postal_code__istartswith",
        ),
        pytest.param(
            "postal_code",
            {"postal_code__in": "Bravo,Zulu"},
            "high",
            id="postal_code__in",
        ),
    ],
)
def test_address_filters(admin_client, field, query, expected):
    low, high = ADDRESS_VALUES[field]
    rows = {
        "low": with_value(AddressFactory, field, low),
        "high": with_value(AddressFactory, field, high),
    }
    assert shown(admin_client, ADDRESS_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["customer", "country"])
def test_address_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(AddressFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, ADDRESS_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, ADDRESS_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, ADDRESS_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, ADDRESS_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("kind", "not-a-choice"),
        ("kind__in", "not-a-choice"),
        ("customer", "abc"),
        ("country", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_address_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(ADDRESS_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_address_default_ordering(admin_client):
    AddressFactory.create_batch(3)
    expected = Address.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, ADDRESS_URL) == keys


@pytest.mark.parametrize("field", ["kind", "line1", "city", "postal_code"])
def test_address_ordering_both_ways(admin_client, field):
    low, high = ADDRESS_VALUES[field]
    rows = {
        "low": with_value(AddressFactory, field, low),
        "high": with_value(AddressFactory, field, high),
    }
    assert shown_in_order(admin_client, ADDRESS_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, ADDRESS_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_address_search(admin_client):
    rows = {
        "hit": with_value(AddressFactory, "line1", "Running quokka"),
        "miss": AddressFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, ADDRESS_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_address_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(AddressFactory, "line1", "Running quokka"),
        "miss": AddressFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, ADDRESS_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_address_search_lists_best_matches_first(admin_client):
    rows = {"a": AddressFactory.create(), "b": AddressFactory.create()}
    first, second = shown_in_order(admin_client, ADDRESS_URL, {}, rows)
    set_value(rows[first], "line1", "quokka")
    set_value(rows[second], "line1", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, ADDRESS_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_address_search_index():
    with connection.cursor() as cursor:
        table = Address._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["address_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_address_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(AddressFactory, "line1", "Running quokka"),
        "miss": AddressFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, ADDRESS_URL, query, rows) == {"hit"}
