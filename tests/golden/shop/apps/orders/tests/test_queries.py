"""Query counts of the Orders API: every list, detail and nested list runs as
many queries for 30 rows as for 3, and no more than its query plan needs. An admin reads, so
that every row shows whoever owns it."""

import pytest
from django.urls import reverse

from apps.core.relations_testing import assert_constant_queries, create_linked
from apps.orders.models import Order, OrderLine

pytestmark = pytest.mark.django_db


def test_order_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("orders:order-list"), {"limit": 100}),
        lambda count: create_linked(Order, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_order_lines(admin_client):
    parent = create_linked(Order, 1)[0]
    url = reverse("orders:order-lines", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(OrderLine, count, order=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_order_line_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("orders:order_line-list"), {"limit": 100}),
        lambda count: create_linked(OrderLine, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_order_detail(admin_client):
    instance = create_linked(Order, 1)[0]

    def grow(count: int) -> None:
        create_linked(OrderLine, count, order=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("orders:order-detail", args=[instance.pk])),
        grow,
        at_most=1,
    )
    assert response.data["lines"]["count"] >= 30


def test_order_line_detail(admin_client):
    instance = create_linked(OrderLine, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(
            reverse("orders:order_line-detail", args=[instance.pk])
        ),
        lambda count: create_linked(OrderLine, count),
        at_most=2,
    )
