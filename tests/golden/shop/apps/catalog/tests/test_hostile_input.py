"""Hostile input to the Catalog endpoints: every query parameter of every list
answers each hostile value without a server error, the values that cannot be compared are
refused with a 400, a key no row can have is not found, and a write refuses each value of a
field's type no database stores."""

from urllib.parse import quote

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.catalog.factories import CategoryFactory, CountryFactory, ProductFactory
from apps.core import hostile
from apps.core.testing import api_payload

pytestmark = pytest.mark.django_db

USER_URL = reverse_lazy("catalog:user-list")

CATEGORY_URL = reverse_lazy("catalog:category-list")

COUNTRY_URL = reverse_lazy("catalog:country-list")

PRODUCT_URL = reverse_lazy("catalog:product-list")

LIST_PARAMETERS = [
    pytest.param(USER_URL, "username", id="user-username"),
    pytest.param(USER_URL, "username__iexact", id="user-username__iexact"),
    pytest.param(USER_URL, "username__icontains", id="user-username__icontains"),
    pytest.param(USER_URL, "username__istartswith", id="user-username__istartswith"),
    pytest.param(USER_URL, "username__in", id="user-username__in"),
    pytest.param(USER_URL, "date_joined", id="user-date_joined"),
    pytest.param(USER_URL, "date_joined__lt", id="user-date_joined__lt"),
    pytest.param(USER_URL, "date_joined__lte", id="user-date_joined__lte"),
    pytest.param(USER_URL, "date_joined__gt", id="user-date_joined__gt"),
    pytest.param(USER_URL, "date_joined__gte", id="user-date_joined__gte"),
    pytest.param(USER_URL, "date_joined__range", id="user-date_joined__range"),
    pytest.param(USER_URL, "date_joined__year", id="user-date_joined__year"),
    pytest.param(USER_URL, "date_joined__month", id="user-date_joined__month"),
    pytest.param(USER_URL, "ordering", id="user-ordering"),
    pytest.param(USER_URL, "limit", id="user-limit"),
    pytest.param(USER_URL, "offset", id="user-offset"),
    pytest.param(CATEGORY_URL, "name", id="category-name"),
    pytest.param(CATEGORY_URL, "name__iexact", id="category-name__iexact"),
    pytest.param(CATEGORY_URL, "name__icontains", id="category-name__icontains"),
    pytest.param(CATEGORY_URL, "name__istartswith", id="category-name__istartswith"),
    pytest.param(CATEGORY_URL, "name__in", id="category-name__in"),
    pytest.param(CATEGORY_URL, "parent", id="category-parent"),
    pytest.param(CATEGORY_URL, "parent__in", id="category-parent__in"),
    pytest.param(CATEGORY_URL, "parent__isnull", id="category-parent__isnull"),
    pytest.param(CATEGORY_URL, "search", id="category-search"),
    pytest.param(CATEGORY_URL, "ordering", id="category-ordering"),
    pytest.param(CATEGORY_URL, "limit", id="category-limit"),
    pytest.param(CATEGORY_URL, "offset", id="category-offset"),
    pytest.param(COUNTRY_URL, "code", id="country-code"),
    pytest.param(COUNTRY_URL, "code__iexact", id="country-code__iexact"),
    pytest.param(COUNTRY_URL, "code__icontains", id="country-code__icontains"),
    pytest.param(COUNTRY_URL, "code__istartswith", id="country-code__istartswith"),
    pytest.param(COUNTRY_URL, "code__in", id="country-code__in"),
    pytest.param(COUNTRY_URL, "name", id="country-name"),
    pytest.param(COUNTRY_URL, "name__iexact", id="country-name__iexact"),
    pytest.param(COUNTRY_URL, "name__icontains", id="country-name__icontains"),
    pytest.param(COUNTRY_URL, "name__istartswith", id="country-name__istartswith"),
    pytest.param(COUNTRY_URL, "name__in", id="country-name__in"),
    pytest.param(COUNTRY_URL, "search", id="country-search"),
    pytest.param(COUNTRY_URL, "ordering", id="country-ordering"),
    pytest.param(COUNTRY_URL, "cursor", id="country-cursor"),
    pytest.param(COUNTRY_URL, "page_size", id="country-page_size"),
    pytest.param(PRODUCT_URL, "sku", id="product-sku"),
    pytest.param(PRODUCT_URL, "sku__iexact", id="product-sku__iexact"),
    pytest.param(PRODUCT_URL, "sku__icontains", id="product-sku__icontains"),
    pytest.param(PRODUCT_URL, "sku__istartswith", id="product-sku__istartswith"),
    pytest.param(PRODUCT_URL, "sku__in", id="product-sku__in"),
    pytest.param(PRODUCT_URL, "name", id="product-name"),
    pytest.param(PRODUCT_URL, "name__iexact", id="product-name__iexact"),
    pytest.param(PRODUCT_URL, "name__icontains", id="product-name__icontains"),
    pytest.param(PRODUCT_URL, "name__istartswith", id="product-name__istartswith"),
    pytest.param(PRODUCT_URL, "name__in", id="product-name__in"),
    pytest.param(PRODUCT_URL, "description", id="product-description"),
    pytest.param(PRODUCT_URL, "description__iexact", id="product-description__iexact"),
    pytest.param(
        PRODUCT_URL, "description__icontains", id="product-description__icontains"
    ),
    pytest.param(
        PRODUCT_URL, "description__istartswith", id="product-description__istartswith"
    ),
    pytest.param(PRODUCT_URL, "description__in", id="product-description__in"),
    pytest.param(PRODUCT_URL, "price", id="product-price"),
    pytest.param(PRODUCT_URL, "price__lt", id="product-price__lt"),
    pytest.param(PRODUCT_URL, "price__lte", id="product-price__lte"),
    pytest.param(PRODUCT_URL, "price__gt", id="product-price__gt"),
    pytest.param(PRODUCT_URL, "price__gte", id="product-price__gte"),
    pytest.param(PRODUCT_URL, "price__range", id="product-price__range"),
    pytest.param(PRODUCT_URL, "stock", id="product-stock"),
    pytest.param(PRODUCT_URL, "stock__lt", id="product-stock__lt"),
    pytest.param(PRODUCT_URL, "stock__lte", id="product-stock__lte"),
    pytest.param(PRODUCT_URL, "stock__gt", id="product-stock__gt"),
    pytest.param(PRODUCT_URL, "stock__gte", id="product-stock__gte"),
    pytest.param(PRODUCT_URL, "stock__range", id="product-stock__range"),
    pytest.param(PRODUCT_URL, "active", id="product-active"),
    pytest.param(PRODUCT_URL, "weight_kg", id="product-weight_kg"),
    pytest.param(PRODUCT_URL, "weight_kg__lt", id="product-weight_kg__lt"),
    pytest.param(PRODUCT_URL, "weight_kg__lte", id="product-weight_kg__lte"),
    pytest.param(PRODUCT_URL, "weight_kg__gt", id="product-weight_kg__gt"),
    pytest.param(PRODUCT_URL, "weight_kg__gte", id="product-weight_kg__gte"),
    pytest.param(PRODUCT_URL, "weight_kg__range", id="product-weight_kg__range"),
    pytest.param(PRODUCT_URL, "weight_kg__isnull", id="product-weight_kg__isnull"),
    pytest.param(PRODUCT_URL, "category", id="product-category"),
    pytest.param(PRODUCT_URL, "category__in", id="product-category__in"),
    pytest.param(PRODUCT_URL, "ships_to", id="product-ships_to"),
    pytest.param(PRODUCT_URL, "ships_to__in", id="product-ships_to__in"),
    pytest.param(PRODUCT_URL, "search", id="product-search"),
    pytest.param(PRODUCT_URL, "ordering", id="product-ordering"),
    pytest.param(PRODUCT_URL, "limit", id="product-limit"),
    pytest.param(PRODUCT_URL, "offset", id="product-offset"),
]

REFUSED_QUERIES = [
    pytest.param(USER_URL, "username", hostile.NUL, id="user-username-nul"),
    pytest.param(
        USER_URL, "username__iexact", hostile.NUL, id="user-username__iexact-nul"
    ),
    pytest.param(
        USER_URL, "username__icontains", hostile.NUL, id="user-username__icontains-nul"
    ),
    pytest.param(
        USER_URL,
        "username__istartswith",
        hostile.NUL,
        id="user-username__istartswith-nul",
    ),
    pytest.param(USER_URL, "date_joined", hostile.NUL, id="user-date_joined-nul"),
    pytest.param(
        USER_URL, "date_joined__lt", hostile.NUL, id="user-date_joined__lt-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__lte", hostile.NUL, id="user-date_joined__lte-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__gt", hostile.NUL, id="user-date_joined__gt-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__gte", hostile.NUL, id="user-date_joined__gte-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__range", hostile.NUL, id="user-date_joined__range-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__year", hostile.NUL, id="user-date_joined__year-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__month", hostile.NUL, id="user-date_joined__month-nul"
    ),
    pytest.param(
        USER_URL,
        "date_joined__lt",
        hostile.LATEST_DATETIME,
        id="user-date_joined__lt-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__lt",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__lt-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__lte",
        hostile.LATEST_DATETIME,
        id="user-date_joined__lte-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__lte",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__lte-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gt",
        hostile.LATEST_DATETIME,
        id="user-date_joined__gt-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gt",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__gt-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gte",
        hostile.LATEST_DATETIME,
        id="user-date_joined__gte-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gte",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__gte-earliest_datetime",
    ),
    pytest.param(USER_URL, "ordering", hostile.NUL, id="user-ordering-nul"),
    pytest.param(USER_URL, "offset", hostile.HUGE_NUMBER, id="user-offset-huge_number"),
    pytest.param(CATEGORY_URL, "name", hostile.NUL, id="category-name-nul"),
    pytest.param(
        CATEGORY_URL, "name__iexact", hostile.NUL, id="category-name__iexact-nul"
    ),
    pytest.param(
        CATEGORY_URL, "name__icontains", hostile.NUL, id="category-name__icontains-nul"
    ),
    pytest.param(
        CATEGORY_URL,
        "name__istartswith",
        hostile.NUL,
        id="category-name__istartswith-nul",
    ),
    pytest.param(CATEGORY_URL, "parent", hostile.NUL, id="category-parent-nul"),
    pytest.param(
        CATEGORY_URL, "parent__isnull", hostile.NUL, id="category-parent__isnull-nul"
    ),
    pytest.param(CATEGORY_URL, "search", hostile.NUL, id="category-search-nul"),
    pytest.param(
        CATEGORY_URL, "search", hostile.MANY_WORDS, id="category-search-many_words"
    ),
    pytest.param(
        CATEGORY_URL, "search", hostile.LONG_WORD, id="category-search-long_word"
    ),
    pytest.param(CATEGORY_URL, "ordering", hostile.NUL, id="category-ordering-nul"),
    pytest.param(
        CATEGORY_URL, "offset", hostile.HUGE_NUMBER, id="category-offset-huge_number"
    ),
    pytest.param(COUNTRY_URL, "code", hostile.NUL, id="country-code-nul"),
    pytest.param(
        COUNTRY_URL, "code__iexact", hostile.NUL, id="country-code__iexact-nul"
    ),
    pytest.param(
        COUNTRY_URL, "code__icontains", hostile.NUL, id="country-code__icontains-nul"
    ),
    pytest.param(
        COUNTRY_URL,
        "code__istartswith",
        hostile.NUL,
        id="country-code__istartswith-nul",
    ),
    pytest.param(COUNTRY_URL, "name", hostile.NUL, id="country-name-nul"),
    pytest.param(
        COUNTRY_URL, "name__iexact", hostile.NUL, id="country-name__iexact-nul"
    ),
    pytest.param(
        COUNTRY_URL, "name__icontains", hostile.NUL, id="country-name__icontains-nul"
    ),
    pytest.param(
        COUNTRY_URL,
        "name__istartswith",
        hostile.NUL,
        id="country-name__istartswith-nul",
    ),
    pytest.param(COUNTRY_URL, "search", hostile.NUL, id="country-search-nul"),
    pytest.param(
        COUNTRY_URL, "search", hostile.MANY_WORDS, id="country-search-many_words"
    ),
    pytest.param(
        COUNTRY_URL, "search", hostile.LONG_WORD, id="country-search-long_word"
    ),
    pytest.param(COUNTRY_URL, "ordering", hostile.NUL, id="country-ordering-nul"),
    pytest.param(
        COUNTRY_URL,
        "cursor",
        hostile.FORGED_CURSORS[0],
        id="country-cursor-forged_cursors0",
    ),
    pytest.param(
        COUNTRY_URL,
        "cursor",
        hostile.FORGED_CURSORS[1],
        id="country-cursor-forged_cursors1",
    ),
    pytest.param(
        COUNTRY_URL,
        "cursor",
        hostile.FORGED_CURSORS[4],
        id="country-cursor-forged_cursors4",
    ),
    pytest.param(PRODUCT_URL, "sku", hostile.NUL, id="product-sku-nul"),
    pytest.param(PRODUCT_URL, "sku__iexact", hostile.NUL, id="product-sku__iexact-nul"),
    pytest.param(
        PRODUCT_URL, "sku__icontains", hostile.NUL, id="product-sku__icontains-nul"
    ),
    pytest.param(
        PRODUCT_URL, "sku__istartswith", hostile.NUL, id="product-sku__istartswith-nul"
    ),
    pytest.param(PRODUCT_URL, "name", hostile.NUL, id="product-name-nul"),
    pytest.param(
        PRODUCT_URL, "name__iexact", hostile.NUL, id="product-name__iexact-nul"
    ),
    pytest.param(
        PRODUCT_URL, "name__icontains", hostile.NUL, id="product-name__icontains-nul"
    ),
    pytest.param(
        PRODUCT_URL,
        "name__istartswith",
        hostile.NUL,
        id="product-name__istartswith-nul",
    ),
    pytest.param(PRODUCT_URL, "description", hostile.NUL, id="product-description-nul"),
    pytest.param(
        PRODUCT_URL,
        "description__iexact",
        hostile.NUL,
        id="product-description__iexact-nul",
    ),
    pytest.param(
        PRODUCT_URL,
        "description__icontains",
        hostile.NUL,
        id="product-description__icontains-nul",
    ),
    pytest.param(
        PRODUCT_URL,
        "description__istartswith",
        hostile.NUL,
        id="product-description__istartswith-nul",
    ),
    pytest.param(PRODUCT_URL, "price", hostile.NUL, id="product-price-nul"),
    pytest.param(PRODUCT_URL, "price__lt", hostile.NUL, id="product-price__lt-nul"),
    pytest.param(PRODUCT_URL, "price__lte", hostile.NUL, id="product-price__lte-nul"),
    pytest.param(PRODUCT_URL, "price__gt", hostile.NUL, id="product-price__gt-nul"),
    pytest.param(PRODUCT_URL, "price__gte", hostile.NUL, id="product-price__gte-nul"),
    pytest.param(
        PRODUCT_URL, "price__range", hostile.NUL, id="product-price__range-nul"
    ),
    pytest.param(PRODUCT_URL, "stock", hostile.NUL, id="product-stock-nul"),
    pytest.param(PRODUCT_URL, "stock__lt", hostile.NUL, id="product-stock__lt-nul"),
    pytest.param(PRODUCT_URL, "stock__lte", hostile.NUL, id="product-stock__lte-nul"),
    pytest.param(PRODUCT_URL, "stock__gt", hostile.NUL, id="product-stock__gt-nul"),
    pytest.param(PRODUCT_URL, "stock__gte", hostile.NUL, id="product-stock__gte-nul"),
    pytest.param(
        PRODUCT_URL, "stock__range", hostile.NUL, id="product-stock__range-nul"
    ),
    pytest.param(PRODUCT_URL, "active", hostile.NUL, id="product-active-nul"),
    pytest.param(PRODUCT_URL, "weight_kg", hostile.NUL, id="product-weight_kg-nul"),
    pytest.param(
        PRODUCT_URL, "weight_kg__lt", hostile.NUL, id="product-weight_kg__lt-nul"
    ),
    pytest.param(
        PRODUCT_URL, "weight_kg__lte", hostile.NUL, id="product-weight_kg__lte-nul"
    ),
    pytest.param(
        PRODUCT_URL, "weight_kg__gt", hostile.NUL, id="product-weight_kg__gt-nul"
    ),
    pytest.param(
        PRODUCT_URL, "weight_kg__gte", hostile.NUL, id="product-weight_kg__gte-nul"
    ),
    pytest.param(
        PRODUCT_URL, "weight_kg__range", hostile.NUL, id="product-weight_kg__range-nul"
    ),
    pytest.param(
        PRODUCT_URL,
        "weight_kg__isnull",
        hostile.NUL,
        id="product-weight_kg__isnull-nul",
    ),
    pytest.param(PRODUCT_URL, "category", hostile.NUL, id="product-category-nul"),
    pytest.param(PRODUCT_URL, "ships_to", hostile.NUL, id="product-ships_to-nul"),
    pytest.param(PRODUCT_URL, "search", hostile.NUL, id="product-search-nul"),
    pytest.param(
        PRODUCT_URL, "search", hostile.MANY_WORDS, id="product-search-many_words"
    ),
    pytest.param(
        PRODUCT_URL, "search", hostile.LONG_WORD, id="product-search-long_word"
    ),
    pytest.param(PRODUCT_URL, "ordering", hostile.NUL, id="product-ordering-nul"),
    pytest.param(
        PRODUCT_URL, "offset", hostile.HUGE_NUMBER, id="product-offset-huge_number"
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
    pytest.param(USER_URL, "", id="user-detail"),
    pytest.param(CATEGORY_URL, "", id="category-detail"),
    pytest.param(CATEGORY_URL, "children/", id="category-children"),
    pytest.param(CATEGORY_URL, "products/", id="category-products"),
    pytest.param(COUNTRY_URL, "", id="country-detail"),
    pytest.param(COUNTRY_URL, "products/", id="country-products"),
    pytest.param(COUNTRY_URL, "addresses/", id="country-addresses"),
    pytest.param(PRODUCT_URL, "", id="product-detail"),
    pytest.param(PRODUCT_URL, "order-lines/", id="product-order-lines"),
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


CATEGORY_FIELDS = {
    "name": "name",
    "parent": "parent",
}

COUNTRY_FIELDS = {
    "code": "code",
    "name": "name",
}

PRODUCT_FIELDS = {
    "sku": "sku",
    "name": "name",
    "description": "description",
    "price": "price",
    "stock": "stock",
    "active": "active",
    "weight_kg": "weight_kg",
    "category": "category",
    "ships_to": "ships_to",
}

REFUSED_VALUES = [
    pytest.param(
        CategoryFactory,
        CATEGORY_FIELDS,
        CATEGORY_URL,
        "name",
        hostile.NUL,
        id="category-name-nul",
    ),
    pytest.param(
        CategoryFactory,
        CATEGORY_FIELDS,
        CATEGORY_URL,
        "name",
        hostile.SURROGATE,
        id="category-name-surrogate",
    ),
    pytest.param(
        CategoryFactory,
        CATEGORY_FIELDS,
        CATEGORY_URL,
        "parent",
        hostile.NUL,
        id="category-parent-nul",
    ),
    pytest.param(
        CategoryFactory,
        CATEGORY_FIELDS,
        CATEGORY_URL,
        "parent",
        hostile.SURROGATE,
        id="category-parent-surrogate",
    ),
    pytest.param(
        CountryFactory,
        COUNTRY_FIELDS,
        COUNTRY_URL,
        "code",
        hostile.NUL,
        id="country-code-nul",
    ),
    pytest.param(
        CountryFactory,
        COUNTRY_FIELDS,
        COUNTRY_URL,
        "code",
        hostile.SURROGATE,
        id="country-code-surrogate",
    ),
    pytest.param(
        CountryFactory,
        COUNTRY_FIELDS,
        COUNTRY_URL,
        "name",
        hostile.NUL,
        id="country-name-nul",
    ),
    pytest.param(
        CountryFactory,
        COUNTRY_FIELDS,
        COUNTRY_URL,
        "name",
        hostile.SURROGATE,
        id="country-name-surrogate",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "sku",
        hostile.NUL,
        id="product-sku-nul",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "sku",
        hostile.SURROGATE,
        id="product-sku-surrogate",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "name",
        hostile.NUL,
        id="product-name-nul",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "name",
        hostile.SURROGATE,
        id="product-name-surrogate",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "description",
        hostile.NUL,
        id="product-description-nul",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "description",
        hostile.SURROGATE,
        id="product-description-surrogate",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "price",
        hostile.NUL,
        id="product-price-nul",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "price",
        hostile.SURROGATE,
        id="product-price-surrogate",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "price",
        hostile.HUGE_NUMBER,
        id="product-price-huge_number",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "stock",
        hostile.NUL,
        id="product-stock-nul",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "stock",
        hostile.SURROGATE,
        id="product-stock-surrogate",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "stock",
        hostile.HUGE_NUMBER,
        id="product-stock-huge_number",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "active",
        hostile.NUL,
        id="product-active-nul",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "active",
        hostile.SURROGATE,
        id="product-active-surrogate",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "weight_kg",
        hostile.NUL,
        id="product-weight_kg-nul",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "weight_kg",
        hostile.SURROGATE,
        id="product-weight_kg-surrogate",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "category",
        hostile.NUL,
        id="product-category-nul",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "category",
        hostile.SURROGATE,
        id="product-category-surrogate",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "ships_to",
        hostile.NUL,
        id="product-ships_to-nul",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "ships_to",
        hostile.SURROGATE,
        id="product-ships_to-surrogate",
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
