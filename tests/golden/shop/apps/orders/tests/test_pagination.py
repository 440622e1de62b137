"""Pagination of the Orders lists: walking the `next` links visits every row
once, clients cannot ask for pages larger than the cap, and a page past the end is refused."""

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.core.pagination import LimitOffsetPagination
from apps.core.testing import api_key, listed
from apps.orders.factories import OrderFactory, OrderLineFactory
from apps.orders.models import Order, OrderLine

pytestmark = pytest.mark.django_db

ROWS = 5  # three pages of two
PARAMETERS = ("model", "factory", "url")


def stored_keys(model) -> list[str]:
    return [str(pk) for pk in model.objects.values_list("pk", flat=True)]


LIMIT_OFFSET = [
    pytest.param(Order, OrderFactory, reverse_lazy("orders:order-list"), id="order"),
    pytest.param(
        OrderLine,
        OrderLineFactory,
        reverse_lazy("orders:order_line-list"),
        id="order_line",
    ),
]


@pytest.mark.parametrize(PARAMETERS, LIMIT_OFFSET)
def test_limit_offset_pages_list_every_row_once(admin_client, model, factory, url):
    factory.create_batch(ROWS)
    keys = listed(admin_client, url, {"limit": 2}, key=api_key(model))
    assert sorted(keys) == sorted(stored_keys(model))
    assert admin_client.get(url, {"limit": 2}).data["count"] == model.objects.count()


@pytest.mark.parametrize(PARAMETERS, LIMIT_OFFSET)
def test_limit_offset_limit_is_capped(admin_client, monkeypatch, model, factory, url):
    monkeypatch.setattr(LimitOffsetPagination, "max_limit", 2)
    factory.create_batch(3)
    response = admin_client.get(url, {"limit": 50})
    assert len(response.data["results"]) == 2


@pytest.mark.parametrize(PARAMETERS, LIMIT_OFFSET)
def test_limit_offset_past_the_end_is_empty(admin_client, model, factory, url):
    factory.create()
    response = admin_client.get(url, {"offset": 999})
    assert response.status_code == status.HTTP_200_OK
    assert response.data["results"] == []
    assert response.data["count"] == model.objects.count()
