"""Query counts of the Studio API: every list, detail and nested list runs as
many queries for 30 rows as for 3, and no more than its query plan needs. An admin reads, so
that every row shows whoever owns it."""

import pytest
from django.urls import reverse

from apps.core.relations_testing import (
    assert_constant_queries,
    create_linked,
    link_rows,
)
from apps.inventory.models import Asset, Vehicle
from apps.spaces.models import Booking, Room
from apps.studio.models import Camera, Folder, Member, Statement, Stewardship

pytestmark = pytest.mark.django_db


def test_member_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("studio:member-list"), {"limit": 100}),
        lambda count: create_linked(Member, count),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_member_mentors_of(admin_client):
    parent = create_linked(Member, 1)[0]
    url = reverse("studio:member-mentors-of", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Member, count, mentors=[parent]),
        at_most=4,
    )
    assert len(response.data["results"]) >= 30


def test_member_statements(admin_client):
    parent = create_linked(Member, 1)[0]
    url = reverse("studio:member-statements", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Statement, count, holder=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_member_stewardships(admin_client):
    parent = create_linked(Member, 1)[0]
    url = reverse("studio:member-stewardships", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Stewardship, count, member=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_member_assets(admin_client):
    parent = create_linked(Member, 1)[0]
    url = reverse("studio:member-assets", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Asset, count, member=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_member_vehicles(admin_client):
    parent = create_linked(Member, 1)[0]
    url = reverse("studio:member-vehicles", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Vehicle, count, driver=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_member_rooms(admin_client):
    parent = create_linked(Member, 1)[0]
    url = reverse("studio:member-rooms", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Room, count, stewards=[parent]),
        at_most=4,
    )
    assert len(response.data["results"]) >= 30


def test_member_bookings(admin_client):
    parent = create_linked(Member, 1)[0]
    url = reverse("studio:member-bookings", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Booking, count, booked_by=parent),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_folder_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("studio:folder-list"), {"limit": 100}),
        lambda count: create_linked(Folder, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_folder_children(admin_client):
    parent = create_linked(Folder, 1)[0]
    url = reverse("studio:folder-children", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"limit": 100}),
        lambda count: create_linked(Folder, count, parent=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_statement_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("studio:statement-list"), {"limit": 100}),
        lambda count: create_linked(Statement, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_camera_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("studio:camera-list"), {"limit": 100}),
        lambda count: create_linked(Camera, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_stewardship_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("studio:stewardship-list"), {"limit": 100}),
        lambda count: create_linked(Stewardship, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_member_detail(admin_client):
    instance = create_linked(Member, 1)[0]

    def grow(count: int) -> None:
        link_rows(instance, "mentors", count)
        create_linked(Member, count, mentors=[instance])
        create_linked(Statement, count, holder=instance)
        create_linked(Stewardship, count, member=instance)
        create_linked(Asset, count, member=instance)
        create_linked(Vehicle, count, driver=instance)
        create_linked(Room, count, stewards=[instance])
        create_linked(Booking, count, booked_by=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("studio:member-detail", args=[instance.pk])),
        grow,
        at_most=2,
    )
    assert len(response.data["mentors"]) >= 30
    assert response.data["mentors_of"]["count"] >= 30
    assert response.data["statements"]["count"] >= 30
    assert response.data["stewardships"]["count"] >= 30
    assert response.data["assets"]["count"] >= 30
    assert response.data["vehicles"]["count"] >= 30
    assert response.data["rooms"]["count"] >= 30
    assert response.data["bookings"]["count"] >= 30


def test_folder_detail(admin_client):
    instance = create_linked(Folder, 1)[0]

    def grow(count: int) -> None:
        create_linked(Folder, count, parent=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("studio:folder-detail", args=[instance.pk])),
        grow,
        at_most=1,
    )
    assert response.data["children"]["count"] >= 30


def test_statement_detail(admin_client):
    instance = create_linked(Statement, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(
            reverse("studio:statement-detail", args=[instance.pk])
        ),
        lambda count: create_linked(Statement, count),
        at_most=1,
    )


def test_camera_detail(admin_client):
    instance = create_linked(Camera, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(reverse("studio:camera-detail", args=[instance.pk])),
        lambda count: create_linked(Camera, count),
        at_most=2,
    )


def test_stewardship_detail(admin_client):
    instance = create_linked(Stewardship, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(
            reverse("studio:stewardship-detail", args=[instance.pk])
        ),
        lambda count: create_linked(Stewardship, count),
        at_most=2,
    )
