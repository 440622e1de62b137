"""Hostile input to the Orders endpoints: every query parameter of every list
answers each hostile value without a server error, the values that cannot be compared are
refused with a 400, a key no row can have is not found, and a write refuses each value of a
field's type no database stores."""

from urllib.parse import quote

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.core import hostile
from apps.core.testing import api_payload
from apps.orders.factories import OrderFactory, OrderLineFactory

pytestmark = pytest.mark.django_db

ORDER_URL = reverse_lazy("orders:order-list")

ORDERLINE_URL = reverse_lazy("orders:order_line-list")

LIST_PARAMETERS = [
    pytest.param(ORDER_URL, "number", id="order-number"),
    pytest.param(ORDER_URL, "number__iexact", id="order-number__iexact"),
    pytest.param(ORDER_URL, "number__icontains", id="order-number__icontains"),
    pytest.param(ORDER_URL, "number__istartswith", id="order-number__istartswith"),
    pytest.param(ORDER_URL, "number__in", id="order-number__in"),
    pytest.param(ORDER_URL, "status", id="order-status"),
    pytest.param(ORDER_URL, "status__in", id="order-status__in"),
    pytest.param(ORDER_URL, "total", id="order-total"),
    pytest.param(ORDER_URL, "total__lt", id="order-total__lt"),
    pytest.param(ORDER_URL, "total__lte", id="order-total__lte"),
    pytest.param(ORDER_URL, "total__gt", id="order-total__gt"),
    pytest.param(ORDER_URL, "total__gte", id="order-total__gte"),
    pytest.param(ORDER_URL, "total__range", id="order-total__range"),
    pytest.param(ORDER_URL, "placed_at", id="order-placed_at"),
    pytest.param(ORDER_URL, "placed_at__lt", id="order-placed_at__lt"),
    pytest.param(ORDER_URL, "placed_at__lte", id="order-placed_at__lte"),
    pytest.param(ORDER_URL, "placed_at__gt", id="order-placed_at__gt"),
    pytest.param(ORDER_URL, "placed_at__gte", id="order-placed_at__gte"),
    pytest.param(ORDER_URL, "placed_at__range", id="order-placed_at__range"),
    pytest.param(ORDER_URL, "placed_at__year", id="order-placed_at__year"),
    pytest.param(ORDER_URL, "placed_at__month", id="order-placed_at__month"),
    pytest.param(ORDER_URL, "notes", id="order-notes"),
    pytest.param(ORDER_URL, "notes__iexact", id="order-notes__iexact"),
    pytest.param(ORDER_URL, "notes__icontains", id="order-notes__icontains"),
    pytest.param(ORDER_URL, "notes__istartswith", id="order-notes__istartswith"),
    pytest.param(ORDER_URL, "notes__in", id="order-notes__in"),
    pytest.param(ORDER_URL, "created_at", id="order-created_at"),
    pytest.param(ORDER_URL, "created_at__lt", id="order-created_at__lt"),
    pytest.param(ORDER_URL, "created_at__lte", id="order-created_at__lte"),
    pytest.param(ORDER_URL, "created_at__gt", id="order-created_at__gt"),
    pytest.param(ORDER_URL, "created_at__gte", id="order-created_at__gte"),
    pytest.param(ORDER_URL, "created_at__range", id="order-created_at__range"),
    pytest.param(ORDER_URL, "created_at__year", id="order-created_at__year"),
    pytest.param(ORDER_URL, "created_at__month", id="order-created_at__month"),
    pytest.param(ORDER_URL, "customer", id="order-customer"),
    pytest.param(ORDER_URL, "customer__in", id="order-customer__in"),
    pytest.param(ORDER_URL, "search", id="order-search"),
    pytest.param(ORDER_URL, "ordering", id="order-ordering"),
    pytest.param(ORDER_URL, "limit", id="order-limit"),
    pytest.param(ORDER_URL, "offset", id="order-offset"),
    pytest.param(ORDERLINE_URL, "quantity", id="order_line-quantity"),
    pytest.param(ORDERLINE_URL, "quantity__lt", id="order_line-quantity__lt"),
    pytest.param(ORDERLINE_URL, "quantity__lte", id="order_line-quantity__lte"),
    pytest.param(ORDERLINE_URL, "quantity__gt", id="order_line-quantity__gt"),
    pytest.param(ORDERLINE_URL, "quantity__gte", id="order_line-quantity__gte"),
    pytest.param(ORDERLINE_URL, "quantity__range", id="order_line-quantity__range"),
    pytest.param(ORDERLINE_URL, "unit_price", id="order_line-unit_price"),
    pytest.param(ORDERLINE_URL, "unit_price__lt", id="order_line-unit_price__lt"),
    pytest.param(ORDERLINE_URL, "unit_price__lte", id="order_line-unit_price__lte"),
    pytest.param(ORDERLINE_URL, "unit_price__gt", id="order_line-unit_price__gt"),
    pytest.param(ORDERLINE_URL, "unit_price__gte", id="order_line-unit_price__gte"),
    pytest.param(ORDERLINE_URL, "unit_price__range", id="order_line-unit_price__range"),
    pytest.param(ORDERLINE_URL, "order", id="order_line-order"),
    pytest.param(ORDERLINE_URL, "order__in", id="order_line-order__in"),
    pytest.param(ORDERLINE_URL, "product", id="order_line-product"),
    pytest.param(ORDERLINE_URL, "product__in", id="order_line-product__in"),
    pytest.param(ORDERLINE_URL, "ordering", id="order_line-ordering"),
    pytest.param(ORDERLINE_URL, "limit", id="order_line-limit"),
    pytest.param(ORDERLINE_URL, "offset", id="order_line-offset"),
]

REFUSED_QUERIES = [
    pytest.param(ORDER_URL, "number", hostile.NUL, id="order-number-nul"),
    pytest.param(
        ORDER_URL, "number__iexact", hostile.NUL, id="order-number__iexact-nul"
    ),
    pytest.param(
        ORDER_URL, "number__icontains", hostile.NUL, id="order-number__icontains-nul"
    ),
    pytest.param(
        ORDER_URL,
        "number__istartswith",
        hostile.NUL,
        id="order-number__istartswith-nul",
    ),
    pytest.param(ORDER_URL, "status", hostile.NUL, id="order-status-nul"),
    pytest.param(ORDER_URL, "total", hostile.NUL, id="order-total-nul"),
    pytest.param(ORDER_URL, "total__lt", hostile.NUL, id="order-total__lt-nul"),
    pytest.param(ORDER_URL, "total__lte", hostile.NUL, id="order-total__lte-nul"),
    pytest.param(ORDER_URL, "total__gt", hostile.NUL, id="order-total__gt-nul"),
    pytest.param(ORDER_URL, "total__gte", hostile.NUL, id="order-total__gte-nul"),
    pytest.param(ORDER_URL, "total__range", hostile.NUL, id="order-total__range-nul"),
    pytest.param(ORDER_URL, "placed_at", hostile.NUL, id="order-placed_at-nul"),
    pytest.param(ORDER_URL, "placed_at__lt", hostile.NUL, id="order-placed_at__lt-nul"),
    pytest.param(
        ORDER_URL, "placed_at__lte", hostile.NUL, id="order-placed_at__lte-nul"
    ),
    pytest.param(ORDER_URL, "placed_at__gt", hostile.NUL, id="order-placed_at__gt-nul"),
    pytest.param(
        ORDER_URL, "placed_at__gte", hostile.NUL, id="order-placed_at__gte-nul"
    ),
    pytest.param(
        ORDER_URL, "placed_at__range", hostile.NUL, id="order-placed_at__range-nul"
    ),
    pytest.param(
        ORDER_URL, "placed_at__year", hostile.NUL, id="order-placed_at__year-nul"
    ),
    pytest.param(
        ORDER_URL, "placed_at__month", hostile.NUL, id="order-placed_at__month-nul"
    ),
    pytest.param(
        ORDER_URL,
        "placed_at__lt",
        hostile.LATEST_DATETIME,
        id="order-placed_at__lt-latest_datetime",
    ),
    pytest.param(
        ORDER_URL,
        "placed_at__lt",
        hostile.EARLIEST_DATETIME,
        id="order-placed_at__lt-earliest_datetime",
    ),
    pytest.param(
        ORDER_URL,
        "placed_at__lte",
        hostile.LATEST_DATETIME,
        id="order-placed_at__lte-latest_datetime",
    ),
    pytest.param(
        ORDER_URL,
        "placed_at__lte",
        hostile.EARLIEST_DATETIME,
        id="order-placed_at__lte-earliest_datetime",
    ),
    pytest.param(
        ORDER_URL,
        "placed_at__gt",
        hostile.LATEST_DATETIME,
        id="order-placed_at__gt-latest_datetime",
    ),
    pytest.param(
        ORDER_URL,
        "placed_at__gt",
        hostile.EARLIEST_DATETIME,
        id="order-placed_at__gt-earliest_datetime",
    ),
    pytest.param(
        ORDER_URL,
        "placed_at__gte",
        hostile.LATEST_DATETIME,
        id="order-placed_at__gte-latest_datetime",
    ),
    pytest.param(
        ORDER_URL,
        "placed_at__gte",
        hostile.EARLIEST_DATETIME,
        id="order-placed_at__gte-earliest_datetime",
    ),
    pytest.param(ORDER_URL, "notes", hostile.NUL, id="order-notes-nul"),
    pytest.param(ORDER_URL, "notes__iexact", hostile.NUL, id="order-notes__iexact-nul"),
    pytest.param(
        ORDER_URL, "notes__icontains", hostile.NUL, id="order-notes__icontains-nul"
    ),
    pytest.param(
        ORDER_URL, "notes__istartswith", hostile.NUL, id="order-notes__istartswith-nul"
    ),
    pytest.param(ORDER_URL, "created_at", hostile.NUL, id="order-created_at-nul"),
    pytest.param(
        ORDER_URL, "created_at__lt", hostile.NUL, id="order-created_at__lt-nul"
    ),
    pytest.param(
        ORDER_URL, "created_at__lte", hostile.NUL, id="order-created_at__lte-nul"
    ),
    pytest.param(
        ORDER_URL, "created_at__gt", hostile.NUL, id="order-created_at__gt-nul"
    ),
    pytest.param(
        ORDER_URL, "created_at__gte", hostile.NUL, id="order-created_at__gte-nul"
    ),
    pytest.param(
        ORDER_URL, "created_at__range", hostile.NUL, id="order-created_at__range-nul"
    ),
    pytest.param(
        ORDER_URL, "created_at__year", hostile.NUL, id="order-created_at__year-nul"
    ),
    pytest.param(
        ORDER_URL, "created_at__month", hostile.NUL, id="order-created_at__month-nul"
    ),
    pytest.param(
        ORDER_URL,
        "created_at__lt",
        hostile.LATEST_DATETIME,
        id="order-created_at__lt-latest_datetime",
    ),
    pytest.param(
        ORDER_URL,
        "created_at__lt",
        hostile.EARLIEST_DATETIME,
        id="order-created_at__lt-earliest_datetime",
    ),
    pytest.param(
        ORDER_URL,
        "created_at__lte",
        hostile.LATEST_DATETIME,
        id="order-created_at__lte-latest_datetime",
    ),
    pytest.param(
        ORDER_URL,
        "created_at__lte",
        hostile.EARLIEST_DATETIME,
        id="order-created_at__lte-earliest_datetime",
    ),
    pytest.param(
        ORDER_URL,
        "created_at__gt",
        hostile.LATEST_DATETIME,
        id="order-created_at__gt-latest_datetime",
    ),
    pytest.param(
        ORDER_URL,
        "created_at__gt",
        hostile.EARLIEST_DATETIME,
        id="order-created_at__gt-earliest_datetime",
    ),
    pytest.param(
        ORDER_URL,
        "created_at__gte",
        hostile.LATEST_DATETIME,
        id="order-created_at__gte-latest_datetime",
    ),
    pytest.param(
        ORDER_URL,
        "created_at__gte",
        hostile.EARLIEST_DATETIME,
        id="order-created_at__gte-earliest_datetime",
    ),
    pytest.param(ORDER_URL, "customer", hostile.NUL, id="order-customer-nul"),
    pytest.param(ORDER_URL, "search", hostile.NUL, id="order-search-nul"),
    pytest.param(ORDER_URL, "search", hostile.MANY_WORDS, id="order-search-many_words"),
    pytest.param(ORDER_URL, "search", hostile.LONG_WORD, id="order-search-long_word"),
    pytest.param(ORDER_URL, "ordering", hostile.NUL, id="order-ordering-nul"),
    pytest.param(
        ORDER_URL, "offset", hostile.HUGE_NUMBER, id="order-offset-huge_number"
    ),
    pytest.param(ORDERLINE_URL, "quantity", hostile.NUL, id="order_line-quantity-nul"),
    pytest.param(
        ORDERLINE_URL, "quantity__lt", hostile.NUL, id="order_line-quantity__lt-nul"
    ),
    pytest.param(
        ORDERLINE_URL, "quantity__lte", hostile.NUL, id="order_line-quantity__lte-nul"
    ),
    pytest.param(
        ORDERLINE_URL, "quantity__gt", hostile.NUL, id="order_line-quantity__gt-nul"
    ),
    pytest.param(
        ORDERLINE_URL, "quantity__gte", hostile.NUL, id="order_line-quantity__gte-nul"
    ),
    pytest.param(
        ORDERLINE_URL,
        "quantity__range",
        hostile.NUL,
        id="order_line-quantity__range-nul",
    ),
    pytest.param(
        ORDERLINE_URL, "unit_price", hostile.NUL, id="order_line-unit_price-nul"
    ),
    pytest.param(
        ORDERLINE_URL, "unit_price__lt", hostile.NUL, id="order_line-unit_price__lt-nul"
    ),
    pytest.param(
        ORDERLINE_URL,
        "unit_price__lte",
        hostile.NUL,
        id="order_line-unit_price__lte-nul",
    ),
    pytest.param(
        ORDERLINE_URL, "unit_price__gt", hostile.NUL, id="order_line-unit_price__gt-nul"
    ),
    pytest.param(
        ORDERLINE_URL,
        "unit_price__gte",
        hostile.NUL,
        id="order_line-unit_price__gte-nul",
    ),
    pytest.param(
        ORDERLINE_URL,
        "unit_price__range",
        hostile.NUL,
        id="order_line-unit_price__range-nul",
    ),
    pytest.param(ORDERLINE_URL, "order", hostile.NUL, id="order_line-order-nul"),
    pytest.param(ORDERLINE_URL, "product", hostile.NUL, id="order_line-product-nul"),
    pytest.param(ORDERLINE_URL, "ordering", hostile.NUL, id="order_line-ordering-nul"),
    pytest.param(
        ORDERLINE_URL, "offset", hostile.HUGE_NUMBER, id="order_line-offset-huge_number"
    ),
]


@pytest.mark.parametrize(("url", "parameter"), LIST_PARAMETERS)
def test_list_parameter_survives_hostile_values(admin_client, url, parameter):
    answers = {
        value[:40]: admin_client.get(url, {parameter: value})
        for value in hostile.QUERY_VALUES
    }
    failed = {
        value: response.status_code
        for value, response in answers.items()
        if response.status_code >= 500
        or (response.status_code >= 400 and not hostile.is_enveloped(response))
    }
    assert not failed


@pytest.mark.parametrize(("url", "parameter", "value"), REFUSED_QUERIES)
def test_list_refuses(admin_client, url, parameter, value):
    response = admin_client.get(url, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST, response.content
    assert parameter in response.json()["error"]["details"]


# The paths that carry a key: a list path, then the key, then what follows it.
KEYED_PATHS = [
    pytest.param(ORDER_URL, "", id="order-detail"),
    pytest.param(ORDER_URL, "lines/", id="order-lines"),
    pytest.param(ORDERLINE_URL, "", id="order_line-detail"),
]


@pytest.mark.parametrize(("url", "suffix"), KEYED_PATHS)
def test_a_hostile_key_is_not_found(admin_client, url, suffix):
    answers = {
        key[:40]: admin_client.get(f"{url}{quote(key, safe='')}/{suffix}")
        for key in hostile.KEYS
    }
    failed = {
        key: response.status_code
        for key, response in answers.items()
        if response.status_code != status.HTTP_404_NOT_FOUND
    }
    assert not failed


ORDER_FIELDS = {
    "number": "number",
    "status": "status",
    "total": "total",
    "placed_at": "placed_at",
    "notes": "notes",
    "customer": "customer",
}

ORDERLINE_FIELDS = {
    "quantity": "quantity",
    "unit_price": "unit_price",
    "order": "order",
    "product": "product",
}

REFUSED_VALUES = [
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "number",
        hostile.NUL,
        id="order-number-nul",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "number",
        hostile.SURROGATE,
        id="order-number-surrogate",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "status",
        hostile.NUL,
        id="order-status-nul",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "status",
        hostile.SURROGATE,
        id="order-status-surrogate",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "total",
        hostile.NUL,
        id="order-total-nul",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "total",
        hostile.SURROGATE,
        id="order-total-surrogate",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "total",
        hostile.HUGE_NUMBER,
        id="order-total-huge_number",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "placed_at",
        hostile.NUL,
        id="order-placed_at-nul",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "placed_at",
        hostile.SURROGATE,
        id="order-placed_at-surrogate",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "placed_at",
        hostile.LATEST_DATETIME,
        id="order-placed_at-latest_datetime",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "placed_at",
        hostile.EARLIEST_DATETIME,
        id="order-placed_at-earliest_datetime",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "notes",
        hostile.NUL,
        id="order-notes-nul",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "notes",
        hostile.SURROGATE,
        id="order-notes-surrogate",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "customer",
        hostile.NUL,
        id="order-customer-nul",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "customer",
        hostile.SURROGATE,
        id="order-customer-surrogate",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "quantity",
        hostile.NUL,
        id="order_line-quantity-nul",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "quantity",
        hostile.SURROGATE,
        id="order_line-quantity-surrogate",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "quantity",
        hostile.HUGE_NUMBER,
        id="order_line-quantity-huge_number",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "unit_price",
        hostile.NUL,
        id="order_line-unit_price-nul",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "unit_price",
        hostile.SURROGATE,
        id="order_line-unit_price-surrogate",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "unit_price",
        hostile.HUGE_NUMBER,
        id="order_line-unit_price-huge_number",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "order",
        hostile.NUL,
        id="order_line-order-nul",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "order",
        hostile.SURROGATE,
        id="order_line-order-surrogate",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "product",
        hostile.NUL,
        id="order_line-product-nul",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "product",
        hostile.SURROGATE,
        id="order_line-product-surrogate",
    ),
]


@pytest.mark.parametrize(
    ("factory", "fields", "url", "api_name", "value"), REFUSED_VALUES
)
def test_write_refuses(admin_client, factory, fields, url, api_name, value):
    body = {
        name: sent
        for name, sent in api_payload(factory, fields).items()
        if isinstance(sent, str | int | float | bool | list | dict)
    }
    body[api_name] = value
    response = admin_client.generic(
        "POST", url, hostile.as_json(body), content_type="application/json"
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST, response.content
    assert api_name in response.json()["error"]["details"]
    assert admin_client.get(url).status_code == status.HTTP_200_OK
