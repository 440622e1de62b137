"""Pagination of the Spaces lists: walking the `next` links visits every row
once, clients cannot ask for pages larger than the cap, and a page past the end is refused."""

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.core.pagination import CursorPagination, LimitOffsetPagination
from apps.core.testing import api_key, listed
from apps.spaces.factories import (
    AttendeeFactory,
    BookingFactory,
    LogFactory,
    MoveFactory,
    RoomFactory,
)
from apps.spaces.models import Attendee, Booking, Log, Move, Room

pytestmark = pytest.mark.django_db

ROWS = 5  # three pages of two
PARAMETERS = ("model", "factory", "url")


def stored_keys(model) -> list[str]:
    return [str(pk) for pk in model.objects.values_list("pk", flat=True)]


CURSOR = [
    pytest.param(
        Booking, BookingFactory, reverse_lazy("spaces:booking-list"), id="booking"
    ),
]


@pytest.mark.parametrize(PARAMETERS, CURSOR)
def test_cursor_pages_list_every_row_once(admin_client, model, factory, url):
    factory.create_batch(ROWS)
    keys = listed(admin_client, url, {"page_size": 2}, key=api_key(model))
    assert sorted(keys) == sorted(stored_keys(model))


@pytest.mark.parametrize(PARAMETERS, CURSOR)
def test_cursor_page_size_is_capped(admin_client, monkeypatch, model, factory, url):
    monkeypatch.setattr(CursorPagination, "max_page_size", 2)
    factory.create_batch(3)
    response = admin_client.get(url, {"page_size": 50})
    assert len(response.data["results"]) == 2


@pytest.mark.parametrize(PARAMETERS, CURSOR)
def test_cursor_that_is_not_one_of_ours(admin_client, model, factory, url):
    response = admin_client.get(url, {"cursor": "not-a-cursor"})
    assert response.status_code == status.HTTP_400_BAD_REQUEST


LIMIT_OFFSET = [
    pytest.param(Room, RoomFactory, reverse_lazy("spaces:room-list"), id="room"),
    pytest.param(
        Attendee, AttendeeFactory, reverse_lazy("spaces:attendee-list"), id="attendee"
    ),
    pytest.param(Move, MoveFactory, reverse_lazy("spaces:move-list"), id="move"),
    pytest.param(Log, LogFactory, reverse_lazy("spaces:log-list"), id="log"),
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
