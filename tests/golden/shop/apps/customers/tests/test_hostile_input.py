"""Hostile input to the Customers endpoints: every query parameter of every list
answers each hostile value without a server error, the values that cannot be compared are
refused with a 400, a key no row can have is not found, and a write refuses each value of a
field's type no database stores."""

from urllib.parse import quote

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.core import hostile
from apps.core.testing import api_payload
from apps.customers.factories import AddressFactory, CustomerFactory

pytestmark = pytest.mark.django_db

CUSTOMER_URL = reverse_lazy("customers:customer-list")

ADDRESS_URL = reverse_lazy("customers:address-list")

LIST_PARAMETERS = [
    pytest.param(CUSTOMER_URL, "phone", id="customer-phone"),
    pytest.param(CUSTOMER_URL, "phone__iexact", id="customer-phone__iexact"),
    pytest.param(CUSTOMER_URL, "phone__icontains", id="customer-phone__icontains"),
    pytest.param(CUSTOMER_URL, "phone__istartswith", id="customer-phone__istartswith"),
    pytest.param(CUSTOMER_URL, "phone__in", id="customer-phone__in"),
    pytest.param(CUSTOMER_URL, "loyalty_points", id="customer-loyalty_points"),
    pytest.param(CUSTOMER_URL, "loyalty_points__lt", id="customer-loyalty_points__lt"),
    pytest.param(
        CUSTOMER_URL, "loyalty_points__lte", id="customer-loyalty_points__lte"
    ),
    pytest.param(CUSTOMER_URL, "loyalty_points__gt", id="customer-loyalty_points__gt"),
    pytest.param(
        CUSTOMER_URL, "loyalty_points__gte", id="customer-loyalty_points__gte"
    ),
    pytest.param(
        CUSTOMER_URL, "loyalty_points__range", id="customer-loyalty_points__range"
    ),
    pytest.param(CUSTOMER_URL, "birth_date", id="customer-birth_date"),
    pytest.param(CUSTOMER_URL, "birth_date__lt", id="customer-birth_date__lt"),
    pytest.param(CUSTOMER_URL, "birth_date__lte", id="customer-birth_date__lte"),
    pytest.param(CUSTOMER_URL, "birth_date__gt", id="customer-birth_date__gt"),
    pytest.param(CUSTOMER_URL, "birth_date__gte", id="customer-birth_date__gte"),
    pytest.param(CUSTOMER_URL, "birth_date__range", id="customer-birth_date__range"),
    pytest.param(CUSTOMER_URL, "birth_date__year", id="customer-birth_date__year"),
    pytest.param(CUSTOMER_URL, "birth_date__month", id="customer-birth_date__month"),
    pytest.param(CUSTOMER_URL, "birth_date__isnull", id="customer-birth_date__isnull"),
    pytest.param(CUSTOMER_URL, "user", id="customer-user"),
    pytest.param(CUSTOMER_URL, "user__in", id="customer-user__in"),
    pytest.param(CUSTOMER_URL, "search", id="customer-search"),
    pytest.param(CUSTOMER_URL, "ordering", id="customer-ordering"),
    pytest.param(CUSTOMER_URL, "limit", id="customer-limit"),
    pytest.param(CUSTOMER_URL, "offset", id="customer-offset"),
    pytest.param(ADDRESS_URL, "kind", id="address-kind"),
    pytest.param(ADDRESS_URL, "kind__in", id="address-kind__in"),
    pytest.param(ADDRESS_URL, "line1", id="address-line1"),
    pytest.param(ADDRESS_URL, "line1__iexact", id="address-line1__iexact"),
    pytest.param(ADDRESS_URL, "line1__icontains", id="address-line1__icontains"),
    pytest.param(ADDRESS_URL, "line1__istartswith", id="address-line1__istartswith"),
    pytest.param(ADDRESS_URL, "line1__in", id="address-line1__in"),
    pytest.param(ADDRESS_URL, "city", id="address-city"),
    pytest.param(ADDRESS_URL, "city__iexact", id="address-city__iexact"),
    pytest.param(ADDRESS_URL, "city__icontains", id="address-city__icontains"),
    pytest.param(ADDRESS_URL, "city__istartswith", id="address-city__istartswith"),
    pytest.param(ADDRESS_URL, "city__in", id="address-city__in"),
    pytest.param(ADDRESS_URL, "postal_code", id="address-postal_code"),
    pytest.param(ADDRESS_URL, "postal_code__iexact", id="address-postal_code__iexact"),
    pytest.param(
        ADDRESS_URL, "postal_code__icontains", id="address-postal_code__icontains"
    ),
    pytest.param(
        ADDRESS_URL, "postal_code__istartswith", id="address-postal_code__istartswith"
    ),
    pytest.param(ADDRESS_URL, "postal_code__in", id="address-postal_code__in"),
    pytest.param(ADDRESS_URL, "customer", id="address-customer"),
    pytest.param(ADDRESS_URL, "customer__in", id="address-customer__in"),
    pytest.param(ADDRESS_URL, "country", id="address-country"),
    pytest.param(ADDRESS_URL, "country__in", id="address-country__in"),
    pytest.param(ADDRESS_URL, "search", id="address-search"),
    pytest.param(ADDRESS_URL, "ordering", id="address-ordering"),
    pytest.param(ADDRESS_URL, "limit", id="address-limit"),
    pytest.param(ADDRESS_URL, "offset", id="address-offset"),
]

REFUSED_QUERIES = [
    pytest.param(CUSTOMER_URL, "phone", hostile.NUL, id="customer-phone-nul"),
    pytest.param(
        CUSTOMER_URL, "phone__iexact", hostile.NUL, id="customer-phone__iexact-nul"
    ),
    pytest.param(
        CUSTOMER_URL,
        "phone__icontains",
        hostile.NUL,
        id="customer-phone__icontains-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "phone__istartswith",
        hostile.NUL,
        id="customer-phone__istartswith-nul",
    ),
    pytest.param(
        CUSTOMER_URL, "loyalty_points", hostile.NUL, id="customer-loyalty_points-nul"
    ),
    pytest.param(
        CUSTOMER_URL,
        "loyalty_points__lt",
        hostile.NUL,
        id="customer-loyalty_points__lt-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "loyalty_points__lte",
        hostile.NUL,
        id="customer-loyalty_points__lte-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "loyalty_points__gt",
        hostile.NUL,
        id="customer-loyalty_points__gt-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "loyalty_points__gte",
        hostile.NUL,
        id="customer-loyalty_points__gte-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "loyalty_points__range",
        hostile.NUL,
        id="customer-loyalty_points__range-nul",
    ),
    pytest.param(CUSTOMER_URL, "birth_date", hostile.NUL, id="customer-birth_date-nul"),
    pytest.param(
        CUSTOMER_URL, "birth_date__lt", hostile.NUL, id="customer-birth_date__lt-nul"
    ),
    pytest.param(
        CUSTOMER_URL, "birth_date__lte", hostile.NUL, id="customer-birth_date__lte-nul"
    ),
    pytest.param(
        CUSTOMER_URL, "birth_date__gt", hostile.NUL, id="customer-birth_date__gt-nul"
    ),
    pytest.param(
        CUSTOMER_URL, "birth_date__gte", hostile.NUL, id="customer-birth_date__gte-nul"
    ),
    pytest.param(
        CUSTOMER_URL,
        "birth_date__range",
        hostile.NUL,
        id="customer-birth_date__range-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "birth_date__year",
        hostile.NUL,
        id="customer-birth_date__year-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "birth_date__month",
        hostile.NUL,
        id="customer-birth_date__month-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "birth_date__isnull",
        hostile.NUL,
        id="customer-birth_date__isnull-nul",
    ),
    pytest.param(CUSTOMER_URL, "user", hostile.NUL, id="customer-user-nul"),
    pytest.param(CUSTOMER_URL, "search", hostile.NUL, id="customer-search-nul"),
    pytest.param(
        CUSTOMER_URL, "search", hostile.MANY_WORDS, id="customer-search-many_words"
    ),
    pytest.param(
        CUSTOMER_URL, "search", hostile.LONG_WORD, id="customer-search-long_word"
    ),
    pytest.param(CUSTOMER_URL, "ordering", hostile.NUL, id="customer-ordering-nul"),
    pytest.param(
        CUSTOMER_URL, "offset", hostile.HUGE_NUMBER, id="customer-offset-huge_number"
    ),
    pytest.param(ADDRESS_URL, "kind", hostile.NUL, id="address-kind-nul"),
    pytest.param(ADDRESS_URL, "line1", hostile.NUL, id="address-line1-nul"),
    pytest.param(
        ADDRESS_URL, "line1__iexact", hostile.NUL, id="address-line1__iexact-nul"
    ),
    pytest.param(
        ADDRESS_URL, "line1__icontains", hostile.NUL, id="address-line1__icontains-nul"
    ),
    pytest.param(
        ADDRESS_URL,
        "line1__istartswith",
        hostile.NUL,
        id="address-line1__istartswith-nul",
    ),
    pytest.param(ADDRESS_URL, "city", hostile.NUL, id="address-city-nul"),
    pytest.param(
        ADDRESS_URL, "city__iexact", hostile.NUL, id="address-city__iexact-nul"
    ),
    pytest.param(
        ADDRESS_URL, "city__icontains", hostile.NUL, id="address-city__icontains-nul"
    ),
    pytest.param(
        ADDRESS_URL,
        "city__istartswith",
        hostile.NUL,
        id="address-city__istartswith-nul",
    ),
    pytest.param(ADDRESS_URL, "postal_code", hostile.NUL, id="address-postal_code-nul"),
    pytest.param(
        ADDRESS_URL,
        "postal_code__iexact",
        hostile.NUL,
        id="address-postal_code__iexact-nul",
    ),
    pytest.param(
        ADDRESS_URL,
        "postal_code__icontains",
        hostile.NUL,
        id="address-postal_code__icontains-nul",
    ),
    pytest.param(
        ADDRESS_URL,
        "postal_code__istartswith",
        hostile.NUL,
        id="address-postal_code__istartswith-nul",
    ),
    pytest.param(ADDRESS_URL, "customer", hostile.NUL, id="address-customer-nul"),
    pytest.param(ADDRESS_URL, "country", hostile.NUL, id="address-country-nul"),
    pytest.param(ADDRESS_URL, "search", hostile.NUL, id="address-search-nul"),
    pytest.param(
        ADDRESS_URL, "search", hostile.MANY_WORDS, id="address-search-many_words"
    ),
    pytest.param(
        ADDRESS_URL, "search", hostile.LONG_WORD, id="address-search-long_word"
    ),
    pytest.param(ADDRESS_URL, "ordering", hostile.NUL, id="address-ordering-nul"),
    pytest.param(
        ADDRESS_URL, "offset", hostile.HUGE_NUMBER, id="address-offset-huge_number"
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
    pytest.param(CUSTOMER_URL, "", id="customer-detail"),
    pytest.param(CUSTOMER_URL, "addresses/", id="customer-addresses"),
    pytest.param(CUSTOMER_URL, "orders/", id="customer-orders"),
    pytest.param(ADDRESS_URL, "", id="address-detail"),
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


CUSTOMER_FIELDS = {
    "phone": "phone",
    "loyalty_points": "loyalty_points",
    "birth_date": "birth_date",
}

ADDRESS_FIELDS = {
    "kind": "kind",
    "line1": "line1",
    "city": "city",
    "postal_code": "postal_code",
    "customer": "customer",
    "country": "country",
}

REFUSED_VALUES = [
    pytest.param(
        CustomerFactory,
        CUSTOMER_FIELDS,
        CUSTOMER_URL,
        "phone",
        hostile.NUL,
        id="customer-phone-nul",
    ),
    pytest.param(
        CustomerFactory,
        CUSTOMER_FIELDS,
        CUSTOMER_URL,
        "phone",
        hostile.SURROGATE,
        id="customer-phone-surrogate",
    ),
    pytest.param(
        CustomerFactory,
        CUSTOMER_FIELDS,
        CUSTOMER_URL,
        "loyalty_points",
        hostile.NUL,
        id="customer-loyalty_points-nul",
    ),
    pytest.param(
        CustomerFactory,
        CUSTOMER_FIELDS,
        CUSTOMER_URL,
        "loyalty_points",
        hostile.SURROGATE,
        id="customer-loyalty_points-surrogate",
    ),
    pytest.param(
        CustomerFactory,
        CUSTOMER_FIELDS,
        CUSTOMER_URL,
        "loyalty_points",
        hostile.HUGE_NUMBER,
        id="customer-loyalty_points-huge_number",
    ),
    pytest.param(
        CustomerFactory,
        CUSTOMER_FIELDS,
        CUSTOMER_URL,
        "birth_date",
        hostile.NUL,
        id="customer-birth_date-nul",
    ),
    pytest.param(
        CustomerFactory,
        CUSTOMER_FIELDS,
        CUSTOMER_URL,
        "birth_date",
        hostile.SURROGATE,
        id="customer-birth_date-surrogate",
    ),
    pytest.param(
        CustomerFactory,
        CUSTOMER_FIELDS,
        CUSTOMER_URL,
        "birth_date",
        hostile.BEYOND_YEAR_9999,
        id="customer-birth_date-beyond_year_9999",
    ),
    pytest.param(
        AddressFactory,
        ADDRESS_FIELDS,
        ADDRESS_URL,
        "kind",
        hostile.NUL,
        id="address-kind-nul",
    ),
    pytest.param(
        AddressFactory,
        ADDRESS_FIELDS,
        ADDRESS_URL,
        "kind",
        hostile.SURROGATE,
        id="address-kind-surrogate",
    ),
    pytest.param(
        AddressFactory,
        ADDRESS_FIELDS,
        ADDRESS_URL,
        "line1",
        hostile.NUL,
        id="address-line1-nul",
    ),
    pytest.param(
        AddressFactory,
        ADDRESS_FIELDS,
        ADDRESS_URL,
        "line1",
        hostile.SURROGATE,
        id="address-line1-surrogate",
    ),
    pytest.param(
        AddressFactory,
        ADDRESS_FIELDS,
        ADDRESS_URL,
        "city",
        hostile.NUL,
        id="address-city-nul",
    ),
    pytest.param(
        AddressFactory,
        ADDRESS_FIELDS,
        ADDRESS_URL,
        "city",
        hostile.SURROGATE,
        id="address-city-surrogate",
    ),
    pytest.param(
        AddressFactory,
        ADDRESS_FIELDS,
        ADDRESS_URL,
        "postal_code",
        hostile.NUL,
        id="address-postal_code-nul",
    ),
    pytest.param(
        AddressFactory,
        ADDRESS_FIELDS,
        ADDRESS_URL,
        "postal_code",
        hostile.SURROGATE,
        id="address-postal_code-surrogate",
    ),
    pytest.param(
        AddressFactory,
        ADDRESS_FIELDS,
        ADDRESS_URL,
        "customer",
        hostile.NUL,
        id="address-customer-nul",
    ),
    pytest.param(
        AddressFactory,
        ADDRESS_FIELDS,
        ADDRESS_URL,
        "customer",
        hostile.SURROGATE,
        id="address-customer-surrogate",
    ),
    pytest.param(
        AddressFactory,
        ADDRESS_FIELDS,
        ADDRESS_URL,
        "country",
        hostile.NUL,
        id="address-country-nul",
    ),
    pytest.param(
        AddressFactory,
        ADDRESS_FIELDS,
        ADDRESS_URL,
        "country",
        hostile.SURROGATE,
        id="address-country-surrogate",
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
