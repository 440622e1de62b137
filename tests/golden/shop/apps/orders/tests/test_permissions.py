"""Who may read and write the orders endpoints: owners, parents' owners, staff and roles."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.core.testing import api_payload, field_errors, send
from apps.customers.factories import CustomerFactory
from apps.customers.models import Customer
from apps.orders.factories import OrderFactory, OrderLineFactory
from apps.orders.models import Order, OrderLine

pytestmark = pytest.mark.django_db


def order_url(pk=None) -> str:
    if pk is None:
        return reverse("orders:order-list")
    return reverse("orders:order-detail", args=[pk])


def order_payload(**overrides) -> dict:
    return api_payload(
        OrderFactory,
        {
            "number": "number",
            "status": "status",
            "total": "total",
            "placed_at": "placed_at",
            "notes": "notes",
            "customer": "customer",
        },
        **overrides,
    )


def order_parent(user=None) -> Customer:
    """A new customer, owned by `user` or by a user of its own."""
    if user is None:
        return CustomerFactory.create()
    return CustomerFactory.create(user=user)


def test_order_rows_under_another_users_customer_are_hidden(auth_client, user):
    mine = OrderFactory.create(customer=order_parent(user))
    theirs = OrderFactory.create(customer=order_parent())

    listed = auth_client.get(order_url())

    assert {str(row["id"]) for row in listed.data["results"]} == {str(mine.pk)}
    assert (
        auth_client.get(order_url(theirs.pk)).status_code == status.HTTP_404_NOT_FOUND
    )
    filtered = auth_client.get(order_url(), {"customer": theirs.customer.pk})
    assert filtered.status_code == status.HTTP_400_BAD_REQUEST
    assert "customer" in field_errors(filtered)
    own = auth_client.get(order_url(), {"customer": mine.customer.pk})
    assert [str(row["id"]) for row in own.data["results"]] == [str(mine.pk)]
    nested = reverse("customers:customer-orders", args=[theirs.customer.pk])
    assert auth_client.get(nested).status_code == status.HTTP_404_NOT_FOUND
    under_mine = auth_client.get(
        reverse("customers:customer-orders", args=[mine.customer.pk])
    )
    assert [str(row["id"]) for row in under_mine.data["results"]] == [str(mine.pk)]


def test_order_cannot_be_written_under_another_users_customer(auth_client, user):
    theirs = order_parent()
    body = order_payload(customer=theirs)

    created = send(auth_client, "post", order_url(), body)
    missing = send(auth_client, "post", order_url(), body | {"customer": 0})
    mine = OrderFactory.create(customer=order_parent(user))
    moved = auth_client.patch(
        order_url(mine.pk), {"customer": theirs.pk}, format="json"
    )

    for refused in (created, moved):
        assert refused.status_code == status.HTTP_400_BAD_REQUEST
        # Word for word what a key to no row gets: the parent's existence does not show.
        said = field_errors(missing)["customer"]
        expected = [m.replace(str(0), str(theirs.pk)) for m in said]
        assert field_errors(refused)["customer"] == expected
    assert list(Order.objects.filter(customer=theirs)) == []


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_order_under_another_users_customer_cannot_change(auth_client, method):
    theirs = OrderFactory.create()

    response = send(auth_client, method, order_url(theirs.pk), order_payload())

    assert response.status_code == status.HTTP_404_NOT_FOUND
    assert Order.objects.filter(pk=theirs.pk).exists()


def test_order_owner_writes_under_their_customer(auth_client, user):
    parent = order_parent(user)

    created = send(auth_client, "post", order_url(), order_payload(customer=parent))

    assert created.status_code == status.HTTP_201_CREATED, created.data
    url = order_url(created.data["id"])
    assert auth_client.patch(url, {}, format="json").status_code == status.HTTP_200_OK
    assert auth_client.delete(url).status_code == status.HTTP_204_NO_CONTENT


def test_order_staff_read_and_write_under_every_customer(admin_client):
    rows = [OrderFactory.create(), OrderFactory.create()]

    listed = admin_client.get(order_url())
    created = send(admin_client, "post", order_url(), order_payload())

    assert {str(row["id"]) for row in listed.data["results"]} == {
        str(r.pk) for r in rows
    }
    assert created.status_code == status.HTTP_201_CREATED, created.data


def order_line_url(pk=None) -> str:
    if pk is None:
        return reverse("orders:order_line-list")
    return reverse("orders:order_line-detail", args=[pk])


def order_line_payload(**overrides) -> dict:
    return api_payload(
        OrderLineFactory,
        {
            "quantity": "quantity",
            "unit_price": "unit_price",
            "order": "order",
            "product": "product",
        },
        **overrides,
    )


def order_line_parent(user=None) -> Order:
    """A new order, owned by `user` or by a user of its own."""
    if user is None:
        return OrderFactory.create()
    return OrderFactory.create(customer__user=user)


def test_order_line_rows_under_another_users_order_are_hidden(auth_client, user):
    mine = OrderLineFactory.create(order=order_line_parent(user))
    theirs = OrderLineFactory.create(order=order_line_parent())

    listed = auth_client.get(order_line_url())

    assert {str(row["id"]) for row in listed.data["results"]} == {str(mine.pk)}
    assert (
        auth_client.get(order_line_url(theirs.pk)).status_code
        == status.HTTP_404_NOT_FOUND
    )
    filtered = auth_client.get(order_line_url(), {"order": theirs.order.pk})
    assert filtered.status_code == status.HTTP_400_BAD_REQUEST
    assert "order" in field_errors(filtered)
    own = auth_client.get(order_line_url(), {"order": mine.order.pk})
    assert [str(row["id"]) for row in own.data["results"]] == [str(mine.pk)]
    nested = reverse("orders:order-lines", args=[theirs.order.pk])
    assert auth_client.get(nested).status_code == status.HTTP_404_NOT_FOUND
    under_mine = auth_client.get(reverse("orders:order-lines", args=[mine.order.pk]))
    assert [str(row["id"]) for row in under_mine.data["results"]] == [str(mine.pk)]


def test_order_line_cannot_be_written_under_another_users_order(auth_client, user):
    theirs = order_line_parent()
    body = order_line_payload(order=theirs)

    created = send(auth_client, "post", order_line_url(), body)
    missing = send(auth_client, "post", order_line_url(), body | {"order": 0})
    mine = OrderLineFactory.create(order=order_line_parent(user))
    moved = auth_client.patch(
        order_line_url(mine.pk), {"order": theirs.pk}, format="json"
    )

    for refused in (created, moved):
        assert refused.status_code == status.HTTP_400_BAD_REQUEST
        # Word for word what a key to no row gets: the parent's existence does not show.
        said = field_errors(missing)["order"]
        expected = [m.replace(str(0), str(theirs.pk)) for m in said]
        assert field_errors(refused)["order"] == expected
    assert list(OrderLine.objects.filter(order=theirs)) == []


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_order_line_under_another_users_order_cannot_change(auth_client, method):
    theirs = OrderLineFactory.create()

    response = send(
        auth_client, method, order_line_url(theirs.pk), order_line_payload()
    )

    assert response.status_code == status.HTTP_404_NOT_FOUND
    assert OrderLine.objects.filter(pk=theirs.pk).exists()


def test_order_line_owner_writes_under_their_order(auth_client, user):
    parent = order_line_parent(user)

    created = send(
        auth_client, "post", order_line_url(), order_line_payload(order=parent)
    )

    assert created.status_code == status.HTTP_201_CREATED, created.data
    url = order_line_url(created.data["id"])
    assert auth_client.patch(url, {}, format="json").status_code == status.HTTP_200_OK
    another = OrderFactory.create(customer=parent.customer)
    moved = auth_client.patch(url, {"order": another.pk}, format="json")
    assert moved.status_code == status.HTTP_200_OK, moved.data
    assert auth_client.delete(url).status_code == status.HTTP_204_NO_CONTENT


def test_order_line_staff_read_and_write_under_every_order(admin_client):
    rows = [OrderLineFactory.create(), OrderLineFactory.create()]

    listed = admin_client.get(order_line_url())
    created = send(admin_client, "post", order_line_url(), order_line_payload())

    assert {str(row["id"]) for row in listed.data["results"]} == {
        str(r.pk) for r in rows
    }
    assert created.status_code == status.HTTP_201_CREATED, created.data
