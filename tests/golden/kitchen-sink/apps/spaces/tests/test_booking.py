"""API tests for bookings: CRUD, validation and permissions."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.core.testing import api_payload, field_errors, send
from apps.spaces.factories import BookingFactory
from apps.spaces.models import Booking

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("spaces:booking-list")
# Writable API fields: model attribute → API name.
FIELDS = {
    "starts_at": "starts_at",
    "ends_at": "ends_at",
    "purpose": "purpose",
    "room": "room",
}
READABLE = {"id", "starts_at", "ends_at", "purpose", "room", "booked_by"}


def detail_url(instance: Booking) -> str:
    return reverse("spaces:booking-detail", args=[instance.pk])


def payload(**overrides) -> dict:
    return api_payload(BookingFactory, FIELDS, **overrides)


@pytest.fixture
def writer(auth_client):
    """Any signed-in user writes bookings (their own)."""
    return auth_client


@pytest.fixture
def instance(user) -> Booking:
    """A booking of the signed-in user, which `writer` may change."""
    return BookingFactory.create(booked_by=user)


def test_factory_builds_a_valid_booking():
    BookingFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(BookingFactory.create())


def test_list(admin_client):
    BookingFactory.create_batch(3)
    response = admin_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"next", "previous", "results"}
    assert len(response.data["results"]) == Booking.objects.count()


def test_retrieve(admin_client):
    instance = BookingFactory.create()
    response = admin_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_anonymous_cannot_read(api_client):
    instance = BookingFactory.create()
    assert api_client.get(LIST_URL).status_code == status.HTTP_401_UNAUTHORIZED
    assert (
        api_client.get(detail_url(instance)).status_code == status.HTTP_401_UNAUTHORIZED
    )


def test_create(writer):
    response = send(writer, "post", LIST_URL, payload())
    assert response.status_code == status.HTTP_201_CREATED, response.data
    assert Booking.objects.filter(pk=response.data["id"]).exists()
    assert response.data.keys() >= READABLE


def test_update(writer, instance):
    data = payload()
    response = send(writer, "put", detail_url(instance), data)
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.purpose == data["purpose"]


def test_partial_update(writer, instance):
    value = payload()["purpose"]
    response = send(writer, "patch", detail_url(instance), {"purpose": value})
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.purpose == value


def test_delete(writer, instance):
    response = writer.delete(detail_url(instance))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Booking.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_cannot_write(api_client, method):
    url = LIST_URL if method == "post" else detail_url(BookingFactory.create())
    response = getattr(api_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


@pytest.mark.parametrize("api_name", ["starts_at", "ends_at", "room"])
def test_create_without_a_required_field(writer, api_name):
    data = payload()
    del data[api_name]
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


def test_create_repeating_room_starts_at(writer):
    existing = BookingFactory.create()
    response = send(
        writer,
        "post",
        LIST_URL,
        payload(room=existing.room, starts_at=existing.starts_at),
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST


@pytest.mark.parametrize(
    ("api_name", "value"),
    [
        pytest.param("purpose", "x" * 201, id="purpose-too-long"),
    ],
)
def test_create_with_an_invalid_value(writer, api_name, value):
    data = payload()
    data[api_name] = value
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)
