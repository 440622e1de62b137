"""Query counts of the Customers API: every list, detail and nested list runs as
many queries for 30 rows as for 3, and no more than its query plan needs. An admin reads, so
that every row shows whoever owns it."""

import pytest
from django.urls import reverse

from apps.core.relations_testing import assert_constant_queries, create_linked
from apps.customers.models import Address, Customer
from apps.orders.models import Order

pytestmark = pytest.mark.django_db


def test_customer_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("customers:customer-list"), {"limit": 100}),
        lambda count: create_linked(Customer, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_customer_addresses(admin_client, django_assert_max_num_queries):
    parent = create_linked(Customer, 1)[0]
    url = reverse("customers:customer-addresses", args=[parent.pk])
    # A unique_together allows a parent only a few of these rows: one shows the budget.
    create_linked(Address, 1, customer=parent)
    with django_assert_max_num_queries(3):
        response = admin_client.get(url, {"limit": 100})
    assert len(response.data["results"]) == 1


def test_customer_orders(admin_client):
    parent = create_linked(Customer, 1)[0]
    url = reverse("customers:customer-orders", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Order, count, customer=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_address_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("customers:address-list"), {"limit": 100}),
        lambda count: create_linked(Address, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_customer_detail(admin_client):
    instance = create_linked(Customer, 1)[0]

    def grow(count: int) -> None:
        create_linked(Order, count, customer=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("customers:customer-detail", args=[instance.pk])
        ),
        grow,
        at_most=1,
    )
    assert response.data["orders"]["count"] >= 30


def test_address_detail(admin_client):
    instance = create_linked(Address, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(
            reverse("customers:address-detail", args=[instance.pk])
        ),
        lambda count: create_linked(Address, count),
        at_most=1,
    )
