"""Cached answers of the Orders API: a repeated read costs no query, a write
invalidates exactly the answers that show it, and no one is served another's answers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, reverse_lazy
from rest_framework.test import APIClient

from apps.catalog.factories import ProductFactory, UserFactory
from apps.core.testing import clear_cache
from apps.customers.factories import CustomerFactory
from apps.orders.factories import OrderFactory, OrderLineFactory

pytestmark = pytest.mark.django_db


def results(response) -> list[dict]:
    assert response.status_code == 200, response.data
    return response.json()["results"]


def ids(response, key: str = "id") -> set[str]:
    return {str(row[key]) for row in results(response)}


def recomputed(client, url):
    """A GET that must not come from the cache: it runs queries, and its answer is the one
    computed afresh."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert queries.captured_queries, "served from the cache"
    clear_cache()
    assert client.get(url).json() == response.json()
    return response


ORDER_LIST = reverse_lazy("orders:order-list")


def order_url(instance) -> str:
    return reverse("orders:order-detail", args=[instance.pk])


def test_repeated_order_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = OrderFactory.create()
    listed = results(admin_client.get(ORDER_LIST))
    detail = admin_client.get(order_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ORDER_LIST)) == listed
        assert admin_client.get(order_url(instance)).json() == detail


def test_creating_a_order_invalidates_the_list(admin_client):
    OrderFactory.create()
    admin_client.get(ORDER_LIST)
    created = OrderFactory.create()
    assert str(created.pk) in ids(admin_client.get(ORDER_LIST))


def test_updating_a_order_invalidates_list_and_detail(admin_client):
    instance = OrderFactory.create()
    admin_client.get(ORDER_LIST)
    admin_client.get(order_url(instance))
    instance.number = OrderFactory.build().number
    instance.save()
    detail = recomputed(admin_client, order_url(instance))
    assert detail.json()["number"] == instance.number
    recomputed(admin_client, ORDER_LIST)


def test_deleting_a_order_invalidates_list_and_detail(admin_client):
    instance = OrderFactory.create()
    pk, url = str(instance.pk), order_url(instance)
    admin_client.get(ORDER_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(ORDER_LIST))


def test_changing_the_customer_of_a_order_invalidates_the_list(admin_client):
    related = CustomerFactory.create()
    OrderFactory.create(customer=related)
    admin_client.get(ORDER_LIST)
    related.phone = CustomerFactory.build().phone
    related.save()
    recomputed(admin_client, ORDER_LIST)


def test_writes_to_users_leave_order_answers_cached(
    admin_client, django_assert_num_queries
):
    OrderFactory.create()
    unrelated = UserFactory.create()
    listed = results(admin_client.get(ORDER_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ORDER_LIST)) == listed


def test_one_users_cached_orders_are_never_served_to_another():
    owner, other = UserFactory.create(), UserFactory.create()
    OrderFactory.create(customer__user=owner)
    first, second = APIClient(), APIClient()
    first.force_authenticate(user=owner)
    second.force_authenticate(user=other)
    results(first.get(ORDER_LIST))
    recomputed(second, ORDER_LIST)


ORDER_LINE_LIST = reverse_lazy("orders:order_line-list")


def order_line_url(instance) -> str:
    return reverse("orders:order_line-detail", args=[instance.pk])


def test_repeated_order_line_reads_cost_no_query(
    admin_client, django_assert_num_queries
):
    instance = OrderLineFactory.create()
    listed = results(admin_client.get(ORDER_LINE_LIST))
    detail = admin_client.get(order_line_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ORDER_LINE_LIST)) == listed
        assert admin_client.get(order_line_url(instance)).json() == detail


def test_creating_a_order_line_invalidates_the_list(admin_client):
    OrderLineFactory.create()
    admin_client.get(ORDER_LINE_LIST)
    created = OrderLineFactory.create()
    assert str(created.pk) in ids(admin_client.get(ORDER_LINE_LIST))


def test_updating_a_order_line_invalidates_list_and_detail(admin_client):
    instance = OrderLineFactory.create()
    admin_client.get(ORDER_LINE_LIST)
    admin_client.get(order_line_url(instance))
    instance.save()
    recomputed(admin_client, order_line_url(instance))
    recomputed(admin_client, ORDER_LINE_LIST)


def test_deleting_a_order_line_invalidates_list_and_detail(admin_client):
    instance = OrderLineFactory.create()
    pk, url = str(instance.pk), order_line_url(instance)
    admin_client.get(ORDER_LINE_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(ORDER_LINE_LIST))


def test_changing_the_order_of_a_order_line_invalidates_the_list(admin_client):
    related = OrderFactory.create()
    OrderLineFactory.create(order=related)
    admin_client.get(ORDER_LINE_LIST)
    related.number = OrderFactory.build().number
    related.save()
    recomputed(admin_client, ORDER_LINE_LIST)


def test_changing_the_product_of_a_order_line_invalidates_the_list(admin_client):
    related = ProductFactory.create()
    OrderLineFactory.create(product=related)
    admin_client.get(ORDER_LINE_LIST)
    related.name = ProductFactory.build().name
    related.save()
    recomputed(admin_client, ORDER_LINE_LIST)


def test_writes_to_users_leave_order_line_answers_cached(
    admin_client, django_assert_num_queries
):
    OrderLineFactory.create()
    unrelated = UserFactory.create()
    listed = results(admin_client.get(ORDER_LINE_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ORDER_LINE_LIST)) == listed


def test_one_users_cached_order_lines_are_never_served_to_another():
    owner, other = UserFactory.create(), UserFactory.create()
    OrderLineFactory.create(order__customer__user=owner)
    first, second = APIClient(), APIClient()
    first.force_authenticate(user=owner)
    second.force_authenticate(user=other)
    results(first.get(ORDER_LINE_LIST))
    recomputed(second, ORDER_LINE_LIST)
