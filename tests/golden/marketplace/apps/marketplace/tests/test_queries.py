"""Query counts of the Marketplace API: every list, detail and nested list runs as
many queries for 30 rows as for 3, and no more than its query plan needs. An admin reads, so
that every row shows whoever owns it."""

import pytest
from django.urls import reverse

from apps.core.relations_testing import assert_constant_queries, create_linked
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


def test_user_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("marketplace:user-list"), {"page_size": 100}),
        lambda count: create_linked(User, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_customer_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("marketplace:customer-list"), {"page_size": 100}
        ),
        lambda count: create_linked(Customer, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_customer_orders(admin_client):
    parent = create_linked(Customer, 1)[0]
    url = reverse("marketplace:customer-orders", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Order, count, customer=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_customer_reviews(admin_client):
    parent = create_linked(Customer, 1)[0]
    url = reverse("marketplace:customer-reviews", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Review, count, customer=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_seller_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("marketplace:seller-list"), {"page_size": 100}
        ),
        lambda count: create_linked(Seller, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_seller_products(admin_client):
    parent = create_linked(Seller, 1)[0]
    url = reverse("marketplace:seller-products", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Product, count, seller=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_group_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("marketplace:group-list"), {"page_size": 100}),
        lambda count: create_linked(Group, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_group_products(admin_client):
    parent = create_linked(Group, 1)[0]
    url = reverse("marketplace:group-products", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Product, count, group=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_product_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("marketplace:product-list"), {"page_size": 100}
        ),
        lambda count: create_linked(Product, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_product_order_lines(admin_client):
    parent = create_linked(Product, 1)[0]
    url = reverse("marketplace:product-order-lines", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(OrderLine, count, product=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_product_reviews(admin_client):
    parent = create_linked(Product, 1)[0]
    url = reverse("marketplace:product-reviews", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Review, count, product=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_order_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("marketplace:order-list"), {"page_size": 100}),
        lambda count: create_linked(Order, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_order_order_lines(admin_client):
    parent = create_linked(Order, 1)[0]
    url = reverse("marketplace:order-order-lines", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(OrderLine, count, order=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_order_line_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("marketplace:order_line-list"), {"page_size": 100}
        ),
        lambda count: create_linked(OrderLine, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_review_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("marketplace:review-list"), {"page_size": 100}
        ),
        lambda count: create_linked(Review, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_user_detail(admin_client):
    instance = create_linked(User, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(
            reverse("marketplace:user-detail", args=[instance.pk])
        ),
        lambda count: create_linked(User, count),
        at_most=1,
    )


def test_customer_detail(admin_client):
    instance = create_linked(Customer, 1)[0]

    def grow(count: int) -> None:
        create_linked(Order, count, customer=instance)
        create_linked(Review, count, customer=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("marketplace:customer-detail", args=[instance.pk])
        ),
        grow,
        at_most=1,
    )
    assert response.data["orders"]["count"] >= 30
    assert response.data["reviews"]["count"] >= 30


def test_seller_detail(admin_client):
    instance = create_linked(Seller, 1)[0]

    def grow(count: int) -> None:
        create_linked(Product, count, seller=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("marketplace:seller-detail", args=[instance.pk])
        ),
        grow,
        at_most=1,
    )
    assert response.data["products"]["count"] >= 30


def test_group_detail(admin_client):
    instance = create_linked(Group, 1)[0]

    def grow(count: int) -> None:
        create_linked(Product, count, group=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("marketplace:group-detail", args=[instance.pk])
        ),
        grow,
        at_most=1,
    )
    assert response.data["products"]["count"] >= 30


def test_product_detail(admin_client):
    instance = create_linked(Product, 1)[0]

    def grow(count: int) -> None:
        create_linked(OrderLine, count, product=instance)
        create_linked(Review, count, product=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("marketplace:product-detail", args=[instance.pk])
        ),
        grow,
        at_most=1,
    )
    assert response.data["order_lines"]["count"] >= 30
    assert response.data["reviews"]["count"] >= 30


def test_order_detail(admin_client):
    instance = create_linked(Order, 1)[0]

    def grow(count: int) -> None:
        create_linked(OrderLine, count, order=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("marketplace:order-detail", args=[instance.pk])
        ),
        grow,
        at_most=1,
    )
    assert response.data["order_lines"]["count"] >= 30


def test_order_line_detail(admin_client):
    instance = create_linked(OrderLine, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(
            reverse("marketplace:order_line-detail", args=[instance.pk])
        ),
        lambda count: create_linked(OrderLine, count),
        at_most=1,
    )


def test_review_detail(admin_client):
    instance = create_linked(Review, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(
            reverse("marketplace:review-detail", args=[instance.pk])
        ),
        lambda count: create_linked(Review, count),
        at_most=1,
    )
