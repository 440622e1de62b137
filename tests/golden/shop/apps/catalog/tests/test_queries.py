"""Query counts of the Catalog API: every list, detail and nested list runs as
many queries for 30 rows as for 3, and no more than its query plan needs. An admin reads, so
that every row shows whoever owns it."""

import pytest
from django.urls import reverse

from apps.catalog.models import Category, Country, Product, User
from apps.core.relations_testing import (
    assert_constant_queries,
    create_linked,
    link_rows,
)
from apps.customers.models import Address
from apps.orders.models import OrderLine

pytestmark = pytest.mark.django_db


def test_user_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("catalog:user-list"), {"limit": 100}),
        lambda count: create_linked(User, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_category_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("catalog:category-list"), {"limit": 100}),
        lambda count: create_linked(Category, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_category_children(admin_client):
    parent = create_linked(Category, 1)[0]
    url = reverse("catalog:category-children", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Category, count, parent=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_category_products(admin_client):
    parent = create_linked(Category, 1)[0]
    url = reverse("catalog:category-products", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Product, count, category=parent),
        at_most=4,
    )
    assert len(response.data["results"]) >= 30


def test_country_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("catalog:country-list"), {"page_size": 100}),
        lambda count: create_linked(Country, count),
        at_most=1,
    )
    assert len(response.data["results"]) >= 30


def test_country_products(admin_client):
    parent = create_linked(Country, 1)[0]
    url = reverse("catalog:country-products", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Product, count, ships_to=[parent]),
        at_most=4,
    )
    assert len(response.data["results"]) >= 30


def test_country_addresses(admin_client):
    parent = create_linked(Country, 1)[0]
    url = reverse("catalog:country-addresses", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Address, count, country=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_product_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("catalog:product-list"), {"limit": 100}),
        lambda count: create_linked(Product, count),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_product_order_lines(admin_client, django_assert_max_num_queries):
    parent = create_linked(Product, 1)[0]
    url = reverse("catalog:product-order-lines", args=[parent.pk])
    # A unique_together allows a parent only a few of these rows: one shows the budget.
    create_linked(OrderLine, 1, product=parent)
    with django_assert_max_num_queries(3):
        response = admin_client.get(url, {"limit": 100})
    assert len(response.data["results"]) == 1


def test_user_detail(admin_client):
    instance = create_linked(User, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(reverse("catalog:user-detail", args=[instance.pk])),
        lambda count: create_linked(User, count),
        at_most=1,
    )


def test_category_detail(admin_client):
    instance = create_linked(Category, 1)[0]

    def grow(count: int) -> None:
        create_linked(Category, count, parent=instance)
        create_linked(Product, count, category=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("catalog:category-detail", args=[instance.pk])
        ),
        grow,
        at_most=1,
    )
    assert response.data["children"]["count"] >= 30
    assert response.data["products"]["count"] >= 30


def test_country_detail(admin_client):
    instance = create_linked(Country, 1)[0]

    def grow(count: int) -> None:
        create_linked(Product, count, ships_to=[instance])
        create_linked(Address, count, country=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("catalog:country-detail", args=[instance.pk])),
        grow,
        at_most=1,
    )
    assert response.data["products"]["count"] >= 30
    assert response.data["addresses"]["count"] >= 30


def test_product_detail(admin_client):
    instance = create_linked(Product, 1)[0]

    def grow(count: int) -> None:
        link_rows(instance, "ships_to", count)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("catalog:product-detail", args=[instance.pk])),
        grow,
        at_most=2,
    )
    assert len(response.data["ships_to"]) >= 30
