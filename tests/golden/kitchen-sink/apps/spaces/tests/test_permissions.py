"""Who may read and write the spaces endpoints: owners, parents' owners, staff and roles."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.core.testing import api_payload, field_errors, send
from apps.spaces.factories import AttendeeFactory, BookingFactory, LogFactory
from apps.spaces.models import Attendee, Booking
from apps.studio.factories import MemberFactory

pytestmark = pytest.mark.django_db


def booking_url(pk=None) -> str:
    if pk is None:
        return reverse("spaces:booking-list")
    return reverse("spaces:booking-detail", args=[pk])


def booking_payload(**overrides) -> dict:
    return api_payload(
        BookingFactory,
        {
            "starts_at": "starts_at",
            "ends_at": "ends_at",
            "purpose": "purpose",
            "room": "room",
        },
        **overrides,
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


def attendee_url(pk=None) -> str:
    if pk is None:
        return reverse("spaces:attendee-list")
    return reverse("spaces:attendee-detail", args=[pk])


def attendee_payload(**overrides) -> dict:
    return api_payload(
        AttendeeFactory,
        {"name": "name", "confirmed": "confirmed", "booking": "booking"},
        **overrides,
    )


def attendee_parent(user=None) -> Booking:
    """A new booking, owned by `user` or by a user of its own."""
    if user is None:
        return BookingFactory.create()
    return BookingFactory.create(booked_by=user)


def test_attendee_rows_under_another_users_booking_are_hidden(auth_client, user):
    mine = AttendeeFactory.create(booking=attendee_parent(user))
    theirs = AttendeeFactory.create(booking=attendee_parent())

    listed = auth_client.get(attendee_url())

    assert {str(row["id"]) for row in listed.data["results"]} == {str(mine.pk)}
    assert (
        auth_client.get(attendee_url(theirs.pk)).status_code
        == status.HTTP_404_NOT_FOUND
    )
    filtered = auth_client.get(attendee_url(), {"booking": theirs.booking.pk})
    assert filtered.status_code == status.HTTP_400_BAD_REQUEST
    assert "booking" in field_errors(filtered)
    own = auth_client.get(attendee_url(), {"booking": mine.booking.pk})
    assert [str(row["id"]) for row in own.data["results"]] == [str(mine.pk)]
    nested = reverse("spaces:booking-attendees", args=[theirs.booking.pk])
    assert auth_client.get(nested).status_code == status.HTTP_404_NOT_FOUND
    under_mine = auth_client.get(
        reverse("spaces:booking-attendees", args=[mine.booking.pk])
    )
    assert [str(row["id"]) for row in under_mine.data["results"]] == [str(mine.pk)]


def test_attendee_cannot_be_written_under_another_users_booking(auth_client, user):
    theirs = attendee_parent()
    body = attendee_payload(booking=theirs)

    created = send(auth_client, "post", attendee_url(), body)
    missing = send(auth_client, "post", attendee_url(), body | {"booking": 0})
    mine = AttendeeFactory.create(booking=attendee_parent(user))
    moved = auth_client.patch(
        attendee_url(mine.pk), {"booking": theirs.pk}, format="json"
    )

    for refused in (created, moved):
        assert refused.status_code == status.HTTP_400_BAD_REQUEST
        # Word for word what a key to no row gets: the parent's existence does not show.
        said = field_errors(missing)["booking"]
        expected = [m.replace(str(0), str(theirs.pk)) for m in said]
        assert field_errors(refused)["booking"] == expected
    assert list(Attendee.objects.filter(booking=theirs)) == []


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_attendee_under_another_users_booking_cannot_change(auth_client, method):
    theirs = AttendeeFactory.create()

    response = send(auth_client, method, attendee_url(theirs.pk), attendee_payload())

    assert response.status_code == status.HTTP_404_NOT_FOUND
    assert Attendee.objects.filter(pk=theirs.pk).exists()


def test_attendee_owner_writes_under_their_booking(auth_client, user):
    parent = attendee_parent(user)

    created = send(
        auth_client, "post", attendee_url(), attendee_payload(booking=parent)
    )

    assert created.status_code == status.HTTP_201_CREATED, created.data
    url = attendee_url(created.data["id"])
    assert auth_client.patch(url, {}, format="json").status_code == status.HTTP_200_OK
    another = BookingFactory.create(booked_by=parent.booked_by)
    moved = auth_client.patch(url, {"booking": another.pk}, format="json")
    assert moved.status_code == status.HTTP_200_OK, moved.data
    assert auth_client.delete(url).status_code == status.HTTP_204_NO_CONTENT


def test_attendee_staff_read_and_write_under_every_booking(admin_client):
    rows = [AttendeeFactory.create(), AttendeeFactory.create()]

    listed = admin_client.get(attendee_url())
    created = send(admin_client, "post", attendee_url(), attendee_payload())

    assert {str(row["id"]) for row in listed.data["results"]} == {
        str(r.pk) for r in rows
    }
    assert created.status_code == status.HTTP_201_CREATED, created.data


def log_url(pk=None) -> str:
    if pk is None:
        return reverse("spaces:log-list")
    return reverse("spaces:log-detail", args=[pk])


def log_payload(**overrides) -> dict:
    return api_payload(
        LogFactory,
        {"message": "message", "room": "room"},
        **overrides,
    )


def test_log_only_admins_write(auth_client, admin_client):
    refused = send(auth_client, "post", log_url(), log_payload())
    created = send(admin_client, "post", log_url(), log_payload())

    assert refused.status_code == status.HTTP_403_FORBIDDEN
    assert created.status_code == status.HTTP_201_CREATED, created.data
    deleted = admin_client.delete(log_url(created.data["id"]))
    assert deleted.status_code == status.HTTP_204_NO_CONTENT
