"""Who may read and write the spaces endpoints: owners, admins and roles."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.core.testing import api_payload, send
from apps.spaces.factories import BookingFactory, LogFactory
from apps.spaces.models import Booking
from apps.studio.factories import MemberFactory

pytestmark = pytest.mark.django_db


def booking_url(pk=None) -> str:
    if pk is None:
        return reverse("spaces:booking-list")
    return reverse("spaces:booking-detail", args=[pk])


def booking_payload() -> dict:
    return api_payload(
        BookingFactory,
        {
            "starts_at": "starts_at",
            "ends_at": "ends_at",
            "purpose": "purpose",
            "room": "room",
        },
    )


def test_booking_owner_is_the_creator(auth_client, user):
    body = booking_payload()
    body["booked_by"] = MemberFactory.create().pk

    response = send(auth_client, "post", booking_url(), body)

    assert response.status_code == status.HTTP_201_CREATED, response.data
    created = Booking.objects.get(pk=response.data["id"])
    assert created.booked_by == user


def test_booking_anonymous_cannot_read(api_client):
    response = api_client.get(booking_url())

    assert response.status_code == status.HTTP_401_UNAUTHORIZED


def test_booking_list_shows_only_the_users_own(auth_client, user):
    own, other = BookingFactory.create(booked_by=user), BookingFactory.create()

    response = auth_client.get(booking_url())

    ids = {str(row["id"]) for row in response.data["results"]}
    assert ids == {str(own.pk)}
    assert (
        auth_client.get(booking_url(other.pk)).status_code == status.HTTP_404_NOT_FOUND
    )


def test_booking_admin_sees_every_row(admin_client, user):
    rows = [BookingFactory.create(booked_by=user), BookingFactory.create()]

    response = admin_client.get(booking_url())

    ids = {str(row["id"]) for row in response.data["results"]}
    assert ids == {str(row.pk) for row in rows}


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_booking_another_users_row_cannot_change(auth_client, method):
    other = BookingFactory.create()

    response = send(auth_client, method, booking_url(other.pk), booking_payload())

    assert response.status_code == status.HTTP_404_NOT_FOUND
    assert Booking.objects.filter(pk=other.pk).exists()


def test_booking_admin_changes_any_row(admin_client):
    other = BookingFactory.create()

    response = admin_client.delete(booking_url(other.pk))

    assert response.status_code == status.HTTP_204_NO_CONTENT


def log_url(pk=None) -> str:
    if pk is None:
        return reverse("spaces:log-list")
    return reverse("spaces:log-detail", args=[pk])


def log_payload() -> dict:
    return api_payload(
        LogFactory,
        {"message": "message", "room": "room"},
    )


def test_log_only_admins_write(auth_client, admin_client):
    refused = send(auth_client, "post", log_url(), log_payload())
    created = send(admin_client, "post", log_url(), log_payload())

    assert refused.status_code == status.HTTP_403_FORBIDDEN
    assert created.status_code == status.HTTP_201_CREATED, created.data
    deleted = admin_client.delete(log_url(created.data["id"]))
    assert deleted.status_code == status.HTTP_204_NO_CONTENT
