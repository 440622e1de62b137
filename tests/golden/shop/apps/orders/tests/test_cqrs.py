"""Commands, queries and events of the Orders app: each command through the API
and dispatched directly, each query asked directly within the queries its plan allows, and each
event delivered once, after the commit, with the acting user and the request id."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.core.cqrs import NotFound, ask, dispatch
from apps.core.cqrs.testing import assert_changes_stored, recorded, validated
from apps.core.testing import api_payload, send
from apps.orders.commands import (
    CreateOrder,
    CreateOrderLine,
    DeleteOrder,
    DeleteOrderLine,
    UpdateOrder,
    UpdateOrderLine,
)
from apps.orders.events import (
    OrderCreated,
    OrderDeleted,
    OrderLineCreated,
    OrderLineDeleted,
    OrderLineUpdated,
    OrderUpdated,
)
from apps.orders.factories import OrderFactory, OrderLineFactory
from apps.orders.models import Order, OrderLine
from apps.orders.queries import GetOrder, GetOrderLine, ListOrder, ListOrderLine
from apps.orders.serializers import OrderLineSerializer, OrderSerializer

pytestmark = pytest.mark.django_db


# -- orders

ORDER_FIELDS = {
    "number": "number",
    "status": "status",
    "total": "total",
    "placed_at": "placed_at",
    "notes": "notes",
    "customer": "customer",
}


def order_payload() -> dict:
    return api_payload(OrderFactory, ORDER_FIELDS)


def test_create_order_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    url = reverse("orders:order-list")
    with (
        recorded(OrderCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "post", url, order_payload())
        assert events == []  # not before the commit
    assert response.status_code == status.HTTP_201_CREATED, response.data
    [event] = events
    assert str(event.id) == str(response.data["id"])
    assert event.user_id == admin_user.pk
    assert event.request_id == response["X-Request-ID"]


def test_create_order_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    data = validated(OrderSerializer, order_payload())
    with (
        recorded(OrderCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        row = dispatch(CreateOrder(data=data, user=admin_user, request_id="cqrs-test"))
    assert Order.objects.filter(pk=row.pk).exists()
    [event] = events
    assert (str(event.id), event.user_id, event.request_id) == (
        str(row.pk),
        admin_user.pk,
        "cqrs-test",
    )


def test_update_order_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = OrderFactory.create()
    url = reverse("orders:order-detail", args=[row.pk])
    with (
        recorded(OrderUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "put", url, order_payload())
    assert response.status_code == status.HTTP_200_OK, response.data
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]
    assert_changes_stored(event, row)


def test_update_order_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = OrderFactory.create()
    data = validated(OrderSerializer, order_payload(), instance=row)
    with (
        recorded(OrderUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        updated = dispatch(UpdateOrder(id=row.pk, data=data, user=admin_user))
    assert updated.pk == row.pk
    [event] = events
    assert str(event.id) == str(row.pk)
    assert_changes_stored(event, row)


def test_delete_order_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = OrderFactory.create()
    url = reverse("orders:order-detail", args=[row.pk])
    with (
        recorded(OrderDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = admin_client.delete(url)
    assert response.status_code == status.HTTP_204_NO_CONTENT
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]


def test_delete_order_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = OrderFactory.create()
    with (
        recorded(OrderDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        dispatch(DeleteOrder(id=row.pk, user=admin_user))
    assert not Order.objects.filter(pk=row.pk).exists()
    [event] = events
    assert str(event.id) == str(row.pk)


def test_get_order(django_assert_max_num_queries):
    row = OrderFactory.create()
    with django_assert_max_num_queries(1):
        found = ask(GetOrder(id=row.pk))
    assert found.pk == row.pk


def test_get_order_refuses_a_missing_key():
    row = OrderFactory.create()
    missing = row.pk
    row.delete()
    with pytest.raises(NotFound):
        ask(GetOrder(id=missing))
    with pytest.raises(NotFound):
        ask(GetOrder(id="not-a-key"))


def test_get_order_reads_among_the_rows_given():
    row = OrderFactory.create()
    with pytest.raises(NotFound):
        ask(GetOrder(id=row.pk, rows=Order.objects.exclude(pk=row.pk)))


def test_list_order(django_assert_max_num_queries):
    OrderFactory.create_batch(3)
    with django_assert_max_num_queries(1):
        found = list(ask(ListOrder()))
    assert {r.pk for r in found} == set(Order.objects.values_list("pk", flat=True))


# -- order lines

ORDER_LINE_FIELDS = {
    "quantity": "quantity",
    "unit_price": "unit_price",
    "order": "order",
    "product": "product",
}


def order_line_payload() -> dict:
    return api_payload(OrderLineFactory, ORDER_LINE_FIELDS)


def test_create_order_line_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    url = reverse("orders:order_line-list")
    with (
        recorded(OrderLineCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "post", url, order_line_payload())
        assert events == []  # not before the commit
    assert response.status_code == status.HTTP_201_CREATED, response.data
    [event] = events
    assert str(event.id) == str(response.data["id"])
    assert event.user_id == admin_user.pk
    assert event.request_id == response["X-Request-ID"]


def test_create_order_line_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    data = validated(OrderLineSerializer, order_line_payload())
    with (
        recorded(OrderLineCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        row = dispatch(
            CreateOrderLine(data=data, user=admin_user, request_id="cqrs-test")
        )
    assert OrderLine.objects.filter(pk=row.pk).exists()
    [event] = events
    assert (str(event.id), event.user_id, event.request_id) == (
        str(row.pk),
        admin_user.pk,
        "cqrs-test",
    )


def test_update_order_line_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = OrderLineFactory.create()
    url = reverse("orders:order_line-detail", args=[row.pk])
    with (
        recorded(OrderLineUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "put", url, order_line_payload())
    assert response.status_code == status.HTTP_200_OK, response.data
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]
    assert_changes_stored(event, row)


def test_update_order_line_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = OrderLineFactory.create()
    data = validated(OrderLineSerializer, order_line_payload(), instance=row)
    with (
        recorded(OrderLineUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        updated = dispatch(UpdateOrderLine(id=row.pk, data=data, user=admin_user))
    assert updated.pk == row.pk
    [event] = events
    assert str(event.id) == str(row.pk)
    assert_changes_stored(event, row)


def test_delete_order_line_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = OrderLineFactory.create()
    url = reverse("orders:order_line-detail", args=[row.pk])
    with (
        recorded(OrderLineDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = admin_client.delete(url)
    assert response.status_code == status.HTTP_204_NO_CONTENT
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]


def test_delete_order_line_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = OrderLineFactory.create()
    with (
        recorded(OrderLineDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        dispatch(DeleteOrderLine(id=row.pk, user=admin_user))
    assert not OrderLine.objects.filter(pk=row.pk).exists()
    [event] = events
    assert str(event.id) == str(row.pk)


def test_get_order_line(django_assert_max_num_queries):
    row = OrderLineFactory.create()
    with django_assert_max_num_queries(2):
        found = ask(GetOrderLine(id=row.pk))
    assert found.pk == row.pk


def test_get_order_line_refuses_a_missing_key():
    row = OrderLineFactory.create()
    missing = row.pk
    row.delete()
    with pytest.raises(NotFound):
        ask(GetOrderLine(id=missing))
    with pytest.raises(NotFound):
        ask(GetOrderLine(id="not-a-key"))


def test_get_order_line_reads_among_the_rows_given():
    row = OrderLineFactory.create()
    with pytest.raises(NotFound):
        ask(GetOrderLine(id=row.pk, rows=OrderLine.objects.exclude(pk=row.pk)))


def test_list_order_line(django_assert_max_num_queries):
    OrderLineFactory.create_batch(3)
    with django_assert_max_num_queries(1):
        found = list(ask(ListOrderLine()))
    assert {r.pk for r in found} == set(OrderLine.objects.values_list("pk", flat=True))
