"""Query counts of the Spaces API: every list, detail and nested list runs as
many queries for 30 rows as for 3, and no more than its query plan needs. An admin reads, so
that every row shows whoever owns it."""

import pytest
from django.urls import reverse

from apps.core.relations_testing import (
    assert_constant_queries,
    create_linked,
    link_rows,
)
from apps.inventory.models import Asset
from apps.spaces.models import Attendee, Booking, Log, Move, Room
from apps.studio.models import Stewardship

pytestmark = pytest.mark.django_db


def test_room_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("spaces:room-list"), {"limit": 100}),
        lambda count: create_linked(Room, count),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_room_stewardships(admin_client):
    parent = create_linked(Room, 1)[0]
    url = reverse("spaces:room-stewardships", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Stewardship, count, room=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_room_assets(admin_client):
    parent = create_linked(Room, 1)[0]
    url = reverse("spaces:room-assets", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Asset, count, room=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_room_bookings(admin_client):
    parent = create_linked(Room, 1)[0]
    url = reverse("spaces:room-bookings", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Booking, count, room=parent),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_room_moves_as_source(admin_client):
    parent = create_linked(Room, 1)[0]
    url = reverse("spaces:room-moves-as-source", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Move, count, source=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_room_moves_as_target(admin_client):
    parent = create_linked(Room, 1)[0]
    url = reverse("spaces:room-moves-as-target", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Move, count, target=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_room_logs(admin_client):
    parent = create_linked(Room, 1)[0]
    url = reverse("spaces:room-logs", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Log, count, room=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_booking_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("spaces:booking-list"), {"page_size": 100}),
        lambda count: create_linked(Booking, count),
        at_most=1,
    )
    assert len(response.data["results"]) >= 30


def test_booking_attendees(admin_client):
    parent = create_linked(Booking, 1)[0]
    url = reverse("spaces:booking-attendees", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Attendee, count, booking=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_attendee_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("spaces:attendee-list"), {"limit": 100}),
        lambda count: create_linked(Attendee, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_move_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("spaces:move-list"), {"limit": 100}),
        lambda count: create_linked(Move, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_log_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("spaces:log-list"), {"limit": 100}),
        lambda count: create_linked(Log, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_room_detail(admin_client):
    instance = create_linked(Room, 1)[0]

    def grow(count: int) -> None:
        link_rows(instance, "stewards", count)
        create_linked(Stewardship, count, room=instance)
        create_linked(Asset, count, room=instance)
        create_linked(Booking, count, room=instance)
        create_linked(Move, count, source=instance)
        create_linked(Move, count, target=instance)
        create_linked(Log, count, room=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("spaces:room-detail", args=[instance.pk])),
        grow,
        at_most=2,
    )
    assert len(response.data["stewards"]) >= 30
    assert response.data["stewardships"]["count"] >= 30
    assert response.data["assets"]["count"] >= 30
    assert response.data["bookings"]["count"] >= 30
    assert response.data["moves_as_source"]["count"] >= 30
    assert response.data["moves_as_target"]["count"] >= 30
    assert response.data["logs"]["count"] >= 30


def test_booking_detail(admin_client):
    instance = create_linked(Booking, 1)[0]

    def grow(count: int) -> None:
        create_linked(Attendee, count, booking=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("spaces:booking-detail", args=[instance.pk])),
        grow,
        at_most=2,
    )
    assert response.data["attendees"]["count"] >= 30


def test_attendee_detail(admin_client):
    instance = create_linked(Attendee, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(reverse("spaces:attendee-detail", args=[instance.pk])),
        lambda count: create_linked(Attendee, count),
        at_most=1,
    )


def test_move_detail(admin_client):
    instance = create_linked(Move, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(reverse("spaces:move-detail", args=[instance.pk])),
        lambda count: create_linked(Move, count),
        at_most=3,
    )


def test_log_detail(admin_client):
    instance = create_linked(Log, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(reverse("spaces:log-detail", args=[instance.pk])),
        lambda count: create_linked(Log, count),
        at_most=2,
    )
