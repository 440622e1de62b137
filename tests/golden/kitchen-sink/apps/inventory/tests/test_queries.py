"""Query counts of the Inventory API: every list, detail and nested list runs as
many queries for 30 rows as for 3, and no more than its query plan needs. An admin reads, so
that every row shows whoever owns it."""

import pytest
from django.urls import reverse

from apps.core.relations_testing import assert_constant_queries, create_linked
from apps.inventory.models import Asset, Vehicle
from apps.spaces.models import Move

pytestmark = pytest.mark.django_db


def test_asset_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("inventory:asset-list"), {"limit": 100}),
        lambda count: create_linked(Asset, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_asset_moves(admin_client):
    parent = create_linked(Asset, 1)[0]
    url = reverse("inventory:asset-moves", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Move, count, asset=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_vehicle_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("inventory:vehicle-list"), {"limit": 100}),
        lambda count: create_linked(Vehicle, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_asset_detail(admin_client):
    instance = create_linked(Asset, 1)[0]

    def grow(count: int) -> None:
        create_linked(Move, count, asset=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("inventory:asset-detail", args=[instance.pk])),
        grow,
        at_most=2,
    )
    assert response.data["moves"]["count"] >= 30


def test_vehicle_detail(admin_client):
    instance = create_linked(Vehicle, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(
            reverse("inventory:vehicle-detail", args=[instance.pk])
        ),
        lambda count: create_linked(Vehicle, count),
        at_most=1,
    )
