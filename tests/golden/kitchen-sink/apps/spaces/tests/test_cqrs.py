"""Commands, queries and events of the Spaces app: each command through the API
and dispatched directly, each query asked directly within the queries its plan allows, and each
event delivered once, after the commit, with the acting user and the request id."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.core.cqrs import Forbidden, NotFound, ask, dispatch
from apps.core.cqrs.testing import assert_changes_stored, recorded, validated
from apps.core.testing import api_payload, send
from apps.spaces.commands import (
    CreateAttendee,
    CreateBooking,
    DeleteAttendee,
    DeleteBooking,
    UpdateAttendee,
    UpdateBooking,
)
from apps.spaces.events import (
    AttendeeCreated,
    AttendeeDeleted,
    AttendeeUpdated,
    BookingCreated,
    BookingDeleted,
    BookingUpdated,
)
from apps.spaces.factories import AttendeeFactory, BookingFactory
from apps.spaces.models import Attendee, Booking
from apps.spaces.queries import GetAttendee, GetBooking, ListAttendee, ListBooking
from apps.spaces.serializers import AttendeeSerializer, BookingSerializer

pytestmark = pytest.mark.django_db


# -- bookings

BOOKING_FIELDS = {
    "starts_at": "starts_at",
    "ends_at": "ends_at",
    "purpose": "purpose",
    "room": "room",
}


def booking_payload() -> dict:
    return api_payload(BookingFactory, BOOKING_FIELDS)


def test_create_booking_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    url = reverse("spaces:booking-list")
    with (
        recorded(BookingCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "post", url, booking_payload())
        assert events == []  # not before the commit
    assert response.status_code == status.HTTP_201_CREATED, response.data
    [event] = events
    assert str(event.id) == str(response.data["id"])
    assert event.user_id == admin_user.pk
    assert event.request_id == response["X-Request-ID"]


def test_create_booking_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    data = validated(BookingSerializer, booking_payload())
    with (
        recorded(BookingCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        row = dispatch(
            CreateBooking(data=data, user=admin_user, request_id="cqrs-test")
        )
    assert Booking.objects.filter(pk=row.pk).exists()
    assert row.booked_by == admin_user
    [event] = events
    assert (str(event.id), event.user_id, event.request_id) == (
        str(row.pk),
        admin_user.pk,
        "cqrs-test",
    )


def test_update_booking_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = BookingFactory.create(booked_by=admin_user)
    url = reverse("spaces:booking-detail", args=[row.pk])
    with (
        recorded(BookingUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "put", url, booking_payload())
    assert response.status_code == status.HTTP_200_OK, response.data
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]
    assert_changes_stored(event, row)


def test_update_booking_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = BookingFactory.create(booked_by=admin_user)
    data = validated(BookingSerializer, booking_payload(), instance=row)
    with (
        recorded(BookingUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        updated = dispatch(UpdateBooking(id=row.pk, data=data, user=admin_user))
    assert updated.pk == row.pk
    [event] = events
    assert str(event.id) == str(row.pk)
    assert_changes_stored(event, row)


def test_update_booking_of_another_user_is_forbidden(user):
    row = BookingFactory.create()
    data = validated(BookingSerializer, booking_payload(), instance=row)
    with pytest.raises(Forbidden):
        dispatch(UpdateBooking(id=row.pk, data=data, user=user))
    with pytest.raises(Forbidden):
        dispatch(DeleteBooking(id=row.pk, user=user))
    assert Booking.objects.filter(pk=row.pk).exists()


def test_delete_booking_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = BookingFactory.create(booked_by=admin_user)
    url = reverse("spaces:booking-detail", args=[row.pk])
    with (
        recorded(BookingDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = admin_client.delete(url)
    assert response.status_code == status.HTTP_204_NO_CONTENT
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]


def test_delete_booking_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = BookingFactory.create(booked_by=admin_user)
    with (
        recorded(BookingDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        dispatch(DeleteBooking(id=row.pk, user=admin_user))
    assert not Booking.objects.filter(pk=row.pk).exists()
    [event] = events
    assert str(event.id) == str(row.pk)


def test_get_booking(django_assert_max_num_queries):
    row = BookingFactory.create()
    with django_assert_max_num_queries(2):
        found = ask(GetBooking(id=row.pk))
    assert found.pk == row.pk


def test_get_booking_refuses_a_missing_key():
    row = BookingFactory.create()
    missing = row.pk
    row.delete()
    with pytest.raises(NotFound):
        ask(GetBooking(id=missing))
    with pytest.raises(NotFound):
        ask(GetBooking(id="not-a-key"))


def test_get_booking_reads_among_the_rows_given():
    row = BookingFactory.create()
    with pytest.raises(NotFound):
        ask(GetBooking(id=row.pk, rows=Booking.objects.exclude(pk=row.pk)))


def test_list_booking(django_assert_max_num_queries):
    BookingFactory.create_batch(3)
    with django_assert_max_num_queries(1):
        found = list(ask(ListBooking()))
    assert {r.pk for r in found} == set(Booking.objects.values_list("pk", flat=True))


# -- attendees

ATTENDEE_FIELDS = {
    "name": "name",
    "confirmed": "confirmed",
    "booking": "booking",
}


def attendee_payload() -> dict:
    return api_payload(AttendeeFactory, ATTENDEE_FIELDS)


def test_create_attendee_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    url = reverse("spaces:attendee-list")
    with (
        recorded(AttendeeCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "post", url, attendee_payload())
        assert events == []  # not before the commit
    assert response.status_code == status.HTTP_201_CREATED, response.data
    [event] = events
    assert str(event.id) == str(response.data["id"])
    assert event.user_id == admin_user.pk
    assert event.request_id == response["X-Request-ID"]


def test_create_attendee_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    data = validated(AttendeeSerializer, attendee_payload())
    with (
        recorded(AttendeeCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        row = dispatch(
            CreateAttendee(data=data, user=admin_user, request_id="cqrs-test")
        )
    assert Attendee.objects.filter(pk=row.pk).exists()
    [event] = events
    assert (str(event.id), event.user_id, event.request_id) == (
        str(row.pk),
        admin_user.pk,
        "cqrs-test",
    )


def test_update_attendee_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = AttendeeFactory.create()
    url = reverse("spaces:attendee-detail", args=[row.pk])
    with (
        recorded(AttendeeUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "put", url, attendee_payload())
    assert response.status_code == status.HTTP_200_OK, response.data
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]
    assert_changes_stored(event, row)


def test_update_attendee_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = AttendeeFactory.create()
    data = validated(AttendeeSerializer, attendee_payload(), instance=row)
    with (
        recorded(AttendeeUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        updated = dispatch(UpdateAttendee(id=row.pk, data=data, user=admin_user))
    assert updated.pk == row.pk
    [event] = events
    assert str(event.id) == str(row.pk)
    assert_changes_stored(event, row)


def test_delete_attendee_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = AttendeeFactory.create()
    url = reverse("spaces:attendee-detail", args=[row.pk])
    with (
        recorded(AttendeeDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = admin_client.delete(url)
    assert response.status_code == status.HTTP_204_NO_CONTENT
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]


def test_delete_attendee_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = AttendeeFactory.create()
    with (
        recorded(AttendeeDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        dispatch(DeleteAttendee(id=row.pk, user=admin_user))
    assert not Attendee.objects.filter(pk=row.pk).exists()
    [event] = events
    assert str(event.id) == str(row.pk)


def test_get_attendee(django_assert_max_num_queries):
    row = AttendeeFactory.create()
    with django_assert_max_num_queries(1):
        found = ask(GetAttendee(id=row.pk))
    assert found.pk == row.pk


def test_get_attendee_refuses_a_missing_key():
    row = AttendeeFactory.create()
    missing = row.pk
    row.delete()
    with pytest.raises(NotFound):
        ask(GetAttendee(id=missing))
    with pytest.raises(NotFound):
        ask(GetAttendee(id="not-a-key"))


def test_get_attendee_reads_among_the_rows_given():
    row = AttendeeFactory.create()
    with pytest.raises(NotFound):
        ask(GetAttendee(id=row.pk, rows=Attendee.objects.exclude(pk=row.pk)))


def test_list_attendee(django_assert_max_num_queries):
    AttendeeFactory.create_batch(3)
    with django_assert_max_num_queries(1):
        found = list(ask(ListAttendee()))
    assert {r.pk for r in found} == set(Attendee.objects.values_list("pk", flat=True))
