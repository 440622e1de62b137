"""Hostile input to the Spaces endpoints: every query parameter of every list
answers each hostile value without a server error, the values that cannot be compared are
refused with a 400, a key no row can have is not found, and a write refuses each value of a
field's type no database stores."""

from urllib.parse import quote

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.core import hostile
from apps.core.testing import api_payload
from apps.spaces.factories import (
    AttendeeFactory,
    BookingFactory,
    MoveFactory,
    RoomFactory,
)

pytestmark = pytest.mark.django_db

ROOM_URL = reverse_lazy("spaces:room-list")

BOOKING_URL = reverse_lazy("spaces:booking-list")

ATTENDEE_URL = reverse_lazy("spaces:attendee-list")

MOVE_URL = reverse_lazy("spaces:move-list")

LOG_URL = reverse_lazy("spaces:log-list")

LIST_PARAMETERS = [
    pytest.param(ROOM_URL, "code", id="room-code"),
    pytest.param(ROOM_URL, "code__iexact", id="room-code__iexact"),
    pytest.param(ROOM_URL, "code__icontains", id="room-code__icontains"),
    pytest.param(ROOM_URL, "code__istartswith", id="room-code__istartswith"),
    pytest.param(ROOM_URL, "code__in", id="room-code__in"),
    pytest.param(ROOM_URL, "capacity", id="room-capacity"),
    pytest.param(ROOM_URL, "capacity__lt", id="room-capacity__lt"),
    pytest.param(ROOM_URL, "capacity__lte", id="room-capacity__lte"),
    pytest.param(ROOM_URL, "capacity__gt", id="room-capacity__gt"),
    pytest.param(ROOM_URL, "capacity__gte", id="room-capacity__gte"),
    pytest.param(ROOM_URL, "capacity__range", id="room-capacity__range"),
    pytest.param(ROOM_URL, "stewards", id="room-stewards"),
    pytest.param(ROOM_URL, "stewards__in", id="room-stewards__in"),
    pytest.param(ROOM_URL, "folder", id="room-folder"),
    pytest.param(ROOM_URL, "folder__in", id="room-folder__in"),
    pytest.param(ROOM_URL, "folder__isnull", id="room-folder__isnull"),
    pytest.param(ROOM_URL, "search", id="room-search"),
    pytest.param(ROOM_URL, "ordering", id="room-ordering"),
    pytest.param(ROOM_URL, "limit", id="room-limit"),
    pytest.param(ROOM_URL, "offset", id="room-offset"),
    pytest.param(BOOKING_URL, "starts_at", id="booking-starts_at"),
    pytest.param(BOOKING_URL, "starts_at__lt", id="booking-starts_at__lt"),
    pytest.param(BOOKING_URL, "starts_at__lte", id="booking-starts_at__lte"),
    pytest.param(BOOKING_URL, "starts_at__gt", id="booking-starts_at__gt"),
    pytest.param(BOOKING_URL, "starts_at__gte", id="booking-starts_at__gte"),
    pytest.param(BOOKING_URL, "starts_at__range", id="booking-starts_at__range"),
    pytest.param(BOOKING_URL, "starts_at__year", id="booking-starts_at__year"),
    pytest.param(BOOKING_URL, "starts_at__month", id="booking-starts_at__month"),
    pytest.param(BOOKING_URL, "ends_at", id="booking-ends_at"),
    pytest.param(BOOKING_URL, "ends_at__lt", id="booking-ends_at__lt"),
    pytest.param(BOOKING_URL, "ends_at__lte", id="booking-ends_at__lte"),
    pytest.param(BOOKING_URL, "ends_at__gt", id="booking-ends_at__gt"),
    pytest.param(BOOKING_URL, "ends_at__gte", id="booking-ends_at__gte"),
    pytest.param(BOOKING_URL, "ends_at__range", id="booking-ends_at__range"),
    pytest.param(BOOKING_URL, "ends_at__year", id="booking-ends_at__year"),
    pytest.param(BOOKING_URL, "ends_at__month", id="booking-ends_at__month"),
    pytest.param(BOOKING_URL, "purpose", id="booking-purpose"),
    pytest.param(BOOKING_URL, "purpose__iexact", id="booking-purpose__iexact"),
    pytest.param(BOOKING_URL, "purpose__icontains", id="booking-purpose__icontains"),
    pytest.param(
        BOOKING_URL, "purpose__istartswith", id="booking-purpose__istartswith"
    ),
    pytest.param(BOOKING_URL, "purpose__in", id="booking-purpose__in"),
    pytest.param(BOOKING_URL, "room", id="booking-room"),
    pytest.param(BOOKING_URL, "room__in", id="booking-room__in"),
    pytest.param(BOOKING_URL, "booked_by", id="booking-booked_by"),
    pytest.param(BOOKING_URL, "booked_by__in", id="booking-booked_by__in"),
    pytest.param(BOOKING_URL, "search", id="booking-search"),
    pytest.param(BOOKING_URL, "ordering", id="booking-ordering"),
    pytest.param(BOOKING_URL, "cursor", id="booking-cursor"),
    pytest.param(BOOKING_URL, "page_size", id="booking-page_size"),
    pytest.param(ATTENDEE_URL, "name", id="attendee-name"),
    pytest.param(ATTENDEE_URL, "name__iexact", id="attendee-name__iexact"),
    pytest.param(ATTENDEE_URL, "name__icontains", id="attendee-name__icontains"),
    pytest.param(ATTENDEE_URL, "name__istartswith", id="attendee-name__istartswith"),
    pytest.param(ATTENDEE_URL, "name__in", id="attendee-name__in"),
    pytest.param(ATTENDEE_URL, "confirmed", id="attendee-confirmed"),
    pytest.param(ATTENDEE_URL, "booking", id="attendee-booking"),
    pytest.param(ATTENDEE_URL, "booking__in", id="attendee-booking__in"),
    pytest.param(ATTENDEE_URL, "search", id="attendee-search"),
    pytest.param(ATTENDEE_URL, "ordering", id="attendee-ordering"),
    pytest.param(ATTENDEE_URL, "limit", id="attendee-limit"),
    pytest.param(ATTENDEE_URL, "offset", id="attendee-offset"),
    pytest.param(MOVE_URL, "moved_at", id="move-moved_at"),
    pytest.param(MOVE_URL, "moved_at__lt", id="move-moved_at__lt"),
    pytest.param(MOVE_URL, "moved_at__lte", id="move-moved_at__lte"),
    pytest.param(MOVE_URL, "moved_at__gt", id="move-moved_at__gt"),
    pytest.param(MOVE_URL, "moved_at__gte", id="move-moved_at__gte"),
    pytest.param(MOVE_URL, "moved_at__range", id="move-moved_at__range"),
    pytest.param(MOVE_URL, "moved_at__year", id="move-moved_at__year"),
    pytest.param(MOVE_URL, "moved_at__month", id="move-moved_at__month"),
    pytest.param(MOVE_URL, "reason", id="move-reason"),
    pytest.param(MOVE_URL, "reason__iexact", id="move-reason__iexact"),
    pytest.param(MOVE_URL, "reason__icontains", id="move-reason__icontains"),
    pytest.param(MOVE_URL, "reason__istartswith", id="move-reason__istartswith"),
    pytest.param(MOVE_URL, "reason__in", id="move-reason__in"),
    pytest.param(MOVE_URL, "asset", id="move-asset"),
    pytest.param(MOVE_URL, "asset__in", id="move-asset__in"),
    pytest.param(MOVE_URL, "source", id="move-source"),
    pytest.param(MOVE_URL, "source__in", id="move-source__in"),
    pytest.param(MOVE_URL, "target", id="move-target"),
    pytest.param(MOVE_URL, "target__in", id="move-target__in"),
    pytest.param(MOVE_URL, "search", id="move-search"),
    pytest.param(MOVE_URL, "ordering", id="move-ordering"),
    pytest.param(MOVE_URL, "limit", id="move-limit"),
    pytest.param(MOVE_URL, "offset", id="move-offset"),
    pytest.param(LOG_URL, "message", id="log-message"),
    pytest.param(LOG_URL, "message__iexact", id="log-message__iexact"),
    pytest.param(LOG_URL, "message__icontains", id="log-message__icontains"),
    pytest.param(LOG_URL, "message__istartswith", id="log-message__istartswith"),
    pytest.param(LOG_URL, "message__in", id="log-message__in"),
    pytest.param(LOG_URL, "created_at", id="log-created_at"),
    pytest.param(LOG_URL, "created_at__lt", id="log-created_at__lt"),
    pytest.param(LOG_URL, "created_at__lte", id="log-created_at__lte"),
    pytest.param(LOG_URL, "created_at__gt", id="log-created_at__gt"),
    pytest.param(LOG_URL, "created_at__gte", id="log-created_at__gte"),
    pytest.param(LOG_URL, "created_at__range", id="log-created_at__range"),
    pytest.param(LOG_URL, "created_at__year", id="log-created_at__year"),
    pytest.param(LOG_URL, "created_at__month", id="log-created_at__month"),
    pytest.param(LOG_URL, "room", id="log-room"),
    pytest.param(LOG_URL, "room__in", id="log-room__in"),
    pytest.param(LOG_URL, "search", id="log-search"),
    pytest.param(LOG_URL, "ordering", id="log-ordering"),
    pytest.param(LOG_URL, "limit", id="log-limit"),
    pytest.param(LOG_URL, "offset", id="log-offset"),
]

REFUSED_QUERIES = [
    pytest.param(ROOM_URL, "code", hostile.NUL, id="room-code-nul"),
    pytest.param(ROOM_URL, "code__iexact", hostile.NUL, id="room-code__iexact-nul"),
    pytest.param(
        ROOM_URL, "code__icontains", hostile.NUL, id="room-code__icontains-nul"
    ),
    pytest.param(
        ROOM_URL, "code__istartswith", hostile.NUL, id="room-code__istartswith-nul"
    ),
    pytest.param(ROOM_URL, "capacity", hostile.NUL, id="room-capacity-nul"),
    pytest.param(ROOM_URL, "capacity__lt", hostile.NUL, id="room-capacity__lt-nul"),
    pytest.param(ROOM_URL, "capacity__lte", hostile.NUL, id="room-capacity__lte-nul"),
    pytest.param(ROOM_URL, "capacity__gt", hostile.NUL, id="room-capacity__gt-nul"),
    pytest.param(ROOM_URL, "capacity__gte", hostile.NUL, id="room-capacity__gte-nul"),
    pytest.param(
        ROOM_URL, "capacity__range", hostile.NUL, id="room-capacity__range-nul"
    ),
    pytest.param(ROOM_URL, "stewards", hostile.NUL, id="room-stewards-nul"),
    pytest.param(ROOM_URL, "folder", hostile.NUL, id="room-folder-nul"),
    pytest.param(ROOM_URL, "folder__isnull", hostile.NUL, id="room-folder__isnull-nul"),
    pytest.param(ROOM_URL, "search", hostile.NUL, id="room-search-nul"),
    pytest.param(ROOM_URL, "search", hostile.MANY_WORDS, id="room-search-many_words"),
    pytest.param(ROOM_URL, "search", hostile.LONG_WORD, id="room-search-long_word"),
    pytest.param(ROOM_URL, "ordering", hostile.NUL, id="room-ordering-nul"),
    pytest.param(ROOM_URL, "offset", hostile.HUGE_NUMBER, id="room-offset-huge_number"),
    pytest.param(BOOKING_URL, "starts_at", hostile.NUL, id="booking-starts_at-nul"),
    pytest.param(
        BOOKING_URL, "starts_at__lt", hostile.NUL, id="booking-starts_at__lt-nul"
    ),
    pytest.param(
        BOOKING_URL, "starts_at__lte", hostile.NUL, id="booking-starts_at__lte-nul"
    ),
    pytest.param(
        BOOKING_URL, "starts_at__gt", hostile.NUL, id="booking-starts_at__gt-nul"
    ),
    pytest.param(
        BOOKING_URL, "starts_at__gte", hostile.NUL, id="booking-starts_at__gte-nul"
    ),
    pytest.param(
        BOOKING_URL, "starts_at__range", hostile.NUL, id="booking-starts_at__range-nul"
    ),
    pytest.param(
        BOOKING_URL, "starts_at__year", hostile.NUL, id="booking-starts_at__year-nul"
    ),
    pytest.param(
        BOOKING_URL, "starts_at__month", hostile.NUL, id="booking-starts_at__month-nul"
    ),
    pytest.param(
        BOOKING_URL,
        "starts_at__lt",
        hostile.LATEST_DATETIME,
        id="booking-starts_at__lt-latest_datetime",
    ),
    pytest.param(
        BOOKING_URL,
        "starts_at__lt",
        hostile.EARLIEST_DATETIME,
        id="booking-starts_at__lt-earliest_datetime",
    ),
    pytest.param(
        BOOKING_URL,
        "starts_at__lte",
        hostile.LATEST_DATETIME,
        id="booking-starts_at__lte-latest_datetime",
    ),
    pytest.param(
        BOOKING_URL,
        "starts_at__lte",
        hostile.EARLIEST_DATETIME,
        id="booking-starts_at__lte-earliest_datetime",
    ),
    pytest.param(
        BOOKING_URL,
        "starts_at__gt",
        hostile.LATEST_DATETIME,
        id="booking-starts_at__gt-latest_datetime",
    ),
    pytest.param(
        BOOKING_URL,
        "starts_at__gt",
        hostile.EARLIEST_DATETIME,
        id="booking-starts_at__gt-earliest_datetime",
    ),
    pytest.param(
        BOOKING_URL,
        "starts_at__gte",
        hostile.LATEST_DATETIME,
        id="booking-starts_at__gte-latest_datetime",
    ),
    pytest.param(
        BOOKING_URL,
        "starts_at__gte",
        hostile.EARLIEST_DATETIME,
        id="booking-starts_at__gte-earliest_datetime",
    ),
    pytest.param(BOOKING_URL, "ends_at", hostile.NUL, id="booking-ends_at-nul"),
    pytest.param(BOOKING_URL, "ends_at__lt", hostile.NUL, id="booking-ends_at__lt-nul"),
    pytest.param(
        BOOKING_URL, "ends_at__lte", hostile.NUL, id="booking-ends_at__lte-nul"
    ),
    pytest.param(BOOKING_URL, "ends_at__gt", hostile.NUL, id="booking-ends_at__gt-nul"),
    pytest.param(
        BOOKING_URL, "ends_at__gte", hostile.NUL, id="booking-ends_at__gte-nul"
    ),
    pytest.param(
        BOOKING_URL, "ends_at__range", hostile.NUL, id="booking-ends_at__range-nul"
    ),
    pytest.param(
        BOOKING_URL, "ends_at__year", hostile.NUL, id="booking-ends_at__year-nul"
    ),
    pytest.param(
        BOOKING_URL, "ends_at__month", hostile.NUL, id="booking-ends_at__month-nul"
    ),
    pytest.param(
        BOOKING_URL,
        "ends_at__lt",
        hostile.LATEST_DATETIME,
        id="booking-ends_at__lt-latest_datetime",
    ),
    pytest.param(
        BOOKING_URL,
        "ends_at__lt",
        hostile.EARLIEST_DATETIME,
        id="booking-ends_at__lt-earliest_datetime",
    ),
    pytest.param(
        BOOKING_URL,
        "ends_at__lte",
        hostile.LATEST_DATETIME,
        id="booking-ends_at__lte-latest_datetime",
    ),
    pytest.param(
        BOOKING_URL,
        "ends_at__lte",
        hostile.EARLIEST_DATETIME,
        id="booking-ends_at__lte-earliest_datetime",
    ),
    pytest.param(
        BOOKING_URL,
        "ends_at__gt",
        hostile.LATEST_DATETIME,
        id="booking-ends_at__gt-latest_datetime",
    ),
    pytest.param(
        BOOKING_URL,
        "ends_at__gt",
        hostile.EARLIEST_DATETIME,
        id="booking-ends_at__gt-earliest_datetime",
    ),
    pytest.param(
        BOOKING_URL,
        "ends_at__gte",
        hostile.LATEST_DATETIME,
        id="booking-ends_at__gte-latest_datetime",
    ),
    pytest.param(
        BOOKING_URL,
        "ends_at__gte",
        hostile.EARLIEST_DATETIME,
        id="booking-ends_at__gte-earliest_datetime",
    ),
    pytest.param(BOOKING_URL, "purpose", hostile.NUL, id="booking-purpose-nul"),
    pytest.param(
        BOOKING_URL, "purpose__iexact", hostile.NUL, id="booking-purpose__iexact-nul"
    ),
    pytest.param(
        BOOKING_URL,
        "purpose__icontains",
        hostile.NUL,
        id="booking-purpose__icontains-nul",
    ),
    pytest.param(
        BOOKING_URL,
        "purpose__istartswith",
        hostile.NUL,
        id="booking-purpose__istartswith-nul",
    ),
    pytest.param(BOOKING_URL, "room", hostile.NUL, id="booking-room-nul"),
    pytest.param(BOOKING_URL, "booked_by", hostile.NUL, id="booking-booked_by-nul"),
    pytest.param(BOOKING_URL, "search", hostile.NUL, id="booking-search-nul"),
    pytest.param(
        BOOKING_URL, "search", hostile.MANY_WORDS, id="booking-search-many_words"
    ),
    pytest.param(
        BOOKING_URL, "search", hostile.LONG_WORD, id="booking-search-long_word"
    ),
    pytest.param(BOOKING_URL, "ordering", hostile.NUL, id="booking-ordering-nul"),
    pytest.param(
        BOOKING_URL,
        "cursor",
        hostile.FORGED_CURSORS[0],
        id="booking-cursor-forged_cursors0",
    ),
    pytest.param(
        BOOKING_URL,
        "cursor",
        hostile.FORGED_CURSORS[1],
        id="booking-cursor-forged_cursors1",
    ),
    pytest.param(
        BOOKING_URL,
        "cursor",
        hostile.FORGED_CURSORS[2],
        id="booking-cursor-forged_cursors2",
    ),
    pytest.param(
        BOOKING_URL,
        "cursor",
        hostile.FORGED_CURSORS[3],
        id="booking-cursor-forged_cursors3",
    ),
    pytest.param(
        BOOKING_URL,
        "cursor",
        hostile.FORGED_CURSORS[4],
        id="booking-cursor-forged_cursors4",
    ),
    pytest.param(ATTENDEE_URL, "name", hostile.NUL, id="attendee-name-nul"),
    pytest.param(
        ATTENDEE_URL, "name__iexact", hostile.NUL, id="attendee-name__iexact-nul"
    ),
    pytest.param(
        ATTENDEE_URL, "name__icontains", hostile.NUL, id="attendee-name__icontains-nul"
    ),
    pytest.param(
        ATTENDEE_URL,
        "name__istartswith",
        hostile.NUL,
        id="attendee-name__istartswith-nul",
    ),
    pytest.param(ATTENDEE_URL, "confirmed", hostile.NUL, id="attendee-confirmed-nul"),
    pytest.param(ATTENDEE_URL, "booking", hostile.NUL, id="attendee-booking-nul"),
    pytest.param(ATTENDEE_URL, "search", hostile.NUL, id="attendee-search-nul"),
    pytest.param(
        ATTENDEE_URL, "search", hostile.MANY_WORDS, id="attendee-search-many_words"
    ),
    pytest.param(
        ATTENDEE_URL, "search", hostile.LONG_WORD, id="attendee-search-long_word"
    ),
    pytest.param(ATTENDEE_URL, "ordering", hostile.NUL, id="attendee-ordering-nul"),
    pytest.param(
        ATTENDEE_URL, "offset", hostile.HUGE_NUMBER, id="attendee-offset-huge_number"
    ),
    pytest.param(MOVE_URL, "moved_at", hostile.NUL, id="move-moved_at-nul"),
    pytest.param(MOVE_URL, "moved_at__lt", hostile.NUL, id="move-moved_at__lt-nul"),
    pytest.param(MOVE_URL, "moved_at__lte", hostile.NUL, id="move-moved_at__lte-nul"),
    pytest.param(MOVE_URL, "moved_at__gt", hostile.NUL, id="move-moved_at__gt-nul"),
    pytest.param(MOVE_URL, "moved_at__gte", hostile.NUL, id="move-moved_at__gte-nul"),
    pytest.param(
        MOVE_URL, "moved_at__range", hostile.NUL, id="move-moved_at__range-nul"
    ),
    pytest.param(MOVE_URL, "moved_at__year", hostile.NUL, id="move-moved_at__year-nul"),
    pytest.param(
        MOVE_URL, "moved_at__month", hostile.NUL, id="move-moved_at__month-nul"
    ),
    pytest.param(
        MOVE_URL,
        "moved_at__lt",
        hostile.LATEST_DATETIME,
        id="move-moved_at__lt-latest_datetime",
    ),
    pytest.param(
        MOVE_URL,
        "moved_at__lt",
        hostile.EARLIEST_DATETIME,
        id="move-moved_at__lt-earliest_datetime",
    ),
    pytest.param(
        MOVE_URL,
        "moved_at__lte",
        hostile.LATEST_DATETIME,
        id="move-moved_at__lte-latest_datetime",
    ),
    pytest.param(
        MOVE_URL,
        "moved_at__lte",
        hostile.EARLIEST_DATETIME,
        id="move-moved_at__lte-earliest_datetime",
    ),
    pytest.param(
        MOVE_URL,
        "moved_at__gt",
        hostile.LATEST_DATETIME,
        id="move-moved_at__gt-latest_datetime",
    ),
    pytest.param(
        MOVE_URL,
        "moved_at__gt",
        hostile.EARLIEST_DATETIME,
        id="move-moved_at__gt-earliest_datetime",
    ),
    pytest.param(
        MOVE_URL,
        "moved_at__gte",
        hostile.LATEST_DATETIME,
        id="move-moved_at__gte-latest_datetime",
    ),
    pytest.param(
        MOVE_URL,
        "moved_at__gte",
        hostile.EARLIEST_DATETIME,
        id="move-moved_at__gte-earliest_datetime",
    ),
    pytest.param(MOVE_URL, "reason", hostile.NUL, id="move-reason-nul"),
    pytest.param(MOVE_URL, "reason__iexact", hostile.NUL, id="move-reason__iexact-nul"),
    pytest.param(
        MOVE_URL, "reason__icontains", hostile.NUL, id="move-reason__icontains-nul"
    ),
    pytest.param(
        MOVE_URL, "reason__istartswith", hostile.NUL, id="move-reason__istartswith-nul"
    ),
    pytest.param(MOVE_URL, "asset", hostile.NUL, id="move-asset-nul"),
    pytest.param(MOVE_URL, "source", hostile.NUL, id="move-source-nul"),
    pytest.param(MOVE_URL, "target", hostile.NUL, id="move-target-nul"),
    pytest.param(MOVE_URL, "search", hostile.NUL, id="move-search-nul"),
    pytest.param(MOVE_URL, "search", hostile.MANY_WORDS, id="move-search-many_words"),
    pytest.param(MOVE_URL, "search", hostile.LONG_WORD, id="move-search-long_word"),
    pytest.param(MOVE_URL, "ordering", hostile.NUL, id="move-ordering-nul"),
    pytest.param(MOVE_URL, "offset", hostile.HUGE_NUMBER, id="move-offset-huge_number"),
    pytest.param(LOG_URL, "message", hostile.NUL, id="log-message-nul"),
    pytest.param(LOG_URL, "message__iexact", hostile.NUL, id="log-message__iexact-nul"),
    pytest.param(
        LOG_URL, "message__icontains", hostile.NUL, id="log-message__icontains-nul"
    ),
    pytest.param(
        LOG_URL, "message__istartswith", hostile.NUL, id="log-message__istartswith-nul"
    ),
    pytest.param(LOG_URL, "created_at", hostile.NUL, id="log-created_at-nul"),
    pytest.param(LOG_URL, "created_at__lt", hostile.NUL, id="log-created_at__lt-nul"),
    pytest.param(LOG_URL, "created_at__lte", hostile.NUL, id="log-created_at__lte-nul"),
    pytest.param(LOG_URL, "created_at__gt", hostile.NUL, id="log-created_at__gt-nul"),
    pytest.param(LOG_URL, "created_at__gte", hostile.NUL, id="log-created_at__gte-nul"),
    pytest.param(
        LOG_URL, "created_at__range", hostile.NUL, id="log-created_at__range-nul"
    ),
    pytest.param(
        LOG_URL, "created_at__year", hostile.NUL, id="log-created_at__year-nul"
    ),
    pytest.param(
        LOG_URL, "created_at__month", hostile.NUL, id="log-created_at__month-nul"
    ),
    pytest.param(
        LOG_URL,
        "created_at__lt",
        hostile.LATEST_DATETIME,
        id="log-created_at__lt-latest_datetime",
    ),
    pytest.param(
        LOG_URL,
        "created_at__lt",
        hostile.EARLIEST_DATETIME,
        id="log-created_at__lt-earliest_datetime",
    ),
    pytest.param(
        LOG_URL,
        "created_at__lte",
        hostile.LATEST_DATETIME,
        id="log-created_at__lte-latest_datetime",
    ),
    pytest.param(
        LOG_URL,
        "created_at__lte",
        hostile.EARLIEST_DATETIME,
        id="log-created_at__lte-earliest_datetime",
    ),
    pytest.param(
        LOG_URL,
        "created_at__gt",
        hostile.LATEST_DATETIME,
        id="log-created_at__gt-latest_datetime",
    ),
    pytest.param(
        LOG_URL,
        "created_at__gt",
        hostile.EARLIEST_DATETIME,
        id="log-created_at__gt-earliest_datetime",
    ),
    pytest.param(
        LOG_URL,
        "created_at__gte",
        hostile.LATEST_DATETIME,
        id="log-created_at__gte-latest_datetime",
    ),
    pytest.param(
        LOG_URL,
        "created_at__gte",
        hostile.EARLIEST_DATETIME,
        id="log-created_at__gte-earliest_datetime",
    ),
    pytest.param(LOG_URL, "room", hostile.NUL, id="log-room-nul"),
    pytest.param(LOG_URL, "search", hostile.NUL, id="log-search-nul"),
    pytest.param(LOG_URL, "search", hostile.MANY_WORDS, id="log-search-many_words"),
    pytest.param(LOG_URL, "search", hostile.LONG_WORD, id="log-search-long_word"),
    pytest.param(LOG_URL, "ordering", hostile.NUL, id="log-ordering-nul"),
    pytest.param(LOG_URL, "offset", hostile.HUGE_NUMBER, id="log-offset-huge_number"),
]


@pytest.mark.parametrize(("url", "parameter"), LIST_PARAMETERS)
def test_list_parameter_survives_hostile_values(admin_client, url, parameter):
    answers = {
        value[:40]: admin_client.get(url, {parameter: value})
        for value in hostile.QUERY_VALUES
    }
    failed = {
        value: response.status_code
        for value, response in answers.items()
        if response.status_code >= 500
        or (response.status_code >= 400 and not hostile.is_enveloped(response))
    }
    assert not failed


@pytest.mark.parametrize(("url", "parameter", "value"), REFUSED_QUERIES)
def test_list_refuses(admin_client, url, parameter, value):
    response = admin_client.get(url, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST, response.content
    assert parameter in response.json()["error"]["details"]


# The paths that carry a key: a list path, then the key, then what follows it.
KEYED_PATHS = [
    pytest.param(ROOM_URL, "", id="room-detail"),
    pytest.param(ROOM_URL, "stewardships/", id="room-stewardships"),
    pytest.param(ROOM_URL, "assets/", id="room-assets"),
    pytest.param(ROOM_URL, "bookings/", id="room-bookings"),
    pytest.param(ROOM_URL, "moves-as-source/", id="room-moves-as-source"),
    pytest.param(ROOM_URL, "moves-as-target/", id="room-moves-as-target"),
    pytest.param(ROOM_URL, "logs/", id="room-logs"),
    pytest.param(BOOKING_URL, "", id="booking-detail"),
    pytest.param(BOOKING_URL, "attendees/", id="booking-attendees"),
    pytest.param(ATTENDEE_URL, "", id="attendee-detail"),
    pytest.param(MOVE_URL, "", id="move-detail"),
    pytest.param(LOG_URL, "", id="log-detail"),
]


@pytest.mark.parametrize(("url", "suffix"), KEYED_PATHS)
def test_a_hostile_key_is_not_found(admin_client, url, suffix):
    answers = {
        key[:40]: admin_client.get(f"{url}{quote(key, safe='')}/{suffix}")
        for key in hostile.KEYS
    }
    failed = {
        key: response.status_code
        for key, response in answers.items()
        if response.status_code != status.HTTP_404_NOT_FOUND
    }
    assert not failed


ROOM_FIELDS = {
    "code": "code",
    "capacity": "capacity",
    "folder": "folder",
}

BOOKING_FIELDS = {
    "starts_at": "starts_at",
    "ends_at": "ends_at",
    "purpose": "purpose",
    "room": "room",
}

ATTENDEE_FIELDS = {
    "name": "name",
    "confirmed": "confirmed",
    "booking": "booking",
}

MOVE_FIELDS = {
    "moved_at": "moved_at",
    "reason": "reason",
    "asset": "asset",
    "source": "source",
    "target": "target",
}

REFUSED_VALUES = [
    pytest.param(
        RoomFactory, ROOM_FIELDS, ROOM_URL, "code", hostile.NUL, id="room-code-nul"
    ),
    pytest.param(
        RoomFactory,
        ROOM_FIELDS,
        ROOM_URL,
        "code",
        hostile.SURROGATE,
        id="room-code-surrogate",
    ),
    pytest.param(
        RoomFactory,
        ROOM_FIELDS,
        ROOM_URL,
        "capacity",
        hostile.NUL,
        id="room-capacity-nul",
    ),
    pytest.param(
        RoomFactory,
        ROOM_FIELDS,
        ROOM_URL,
        "capacity",
        hostile.SURROGATE,
        id="room-capacity-surrogate",
    ),
    pytest.param(
        RoomFactory,
        ROOM_FIELDS,
        ROOM_URL,
        "capacity",
        hostile.HUGE_NUMBER,
        id="room-capacity-huge_number",
    ),
    pytest.param(
        RoomFactory, ROOM_FIELDS, ROOM_URL, "folder", hostile.NUL, id="room-folder-nul"
    ),
    pytest.param(
        RoomFactory,
        ROOM_FIELDS,
        ROOM_URL,
        "folder",
        hostile.SURROGATE,
        id="room-folder-surrogate",
    ),
    pytest.param(
        BookingFactory,
        BOOKING_FIELDS,
        BOOKING_URL,
        "starts_at",
        hostile.NUL,
        id="booking-starts_at-nul",
    ),
    pytest.param(
        BookingFactory,
        BOOKING_FIELDS,
        BOOKING_URL,
        "starts_at",
        hostile.SURROGATE,
        id="booking-starts_at-surrogate",
    ),
    pytest.param(
        BookingFactory,
        BOOKING_FIELDS,
        BOOKING_URL,
        "starts_at",
        hostile.LATEST_DATETIME,
        id="booking-starts_at-latest_datetime",
    ),
    pytest.param(
        BookingFactory,
        BOOKING_FIELDS,
        BOOKING_URL,
        "starts_at",
        hostile.EARLIEST_DATETIME,
        id="booking-starts_at-earliest_datetime",
    ),
    pytest.param(
        BookingFactory,
        BOOKING_FIELDS,
        BOOKING_URL,
        "ends_at",
        hostile.NUL,
        id="booking-ends_at-nul",
    ),
    pytest.param(
        BookingFactory,
        BOOKING_FIELDS,
        BOOKING_URL,
        "ends_at",
        hostile.SURROGATE,
        id="booking-ends_at-surrogate",
    ),
    pytest.param(
        BookingFactory,
        BOOKING_FIELDS,
        BOOKING_URL,
        "ends_at",
        hostile.LATEST_DATETIME,
        id="booking-ends_at-latest_datetime",
    ),
    pytest.param(
        BookingFactory,
        BOOKING_FIELDS,
        BOOKING_URL,
        "ends_at",
        hostile.EARLIEST_DATETIME,
        id="booking-ends_at-earliest_datetime",
    ),
    pytest.param(
        BookingFactory,
        BOOKING_FIELDS,
        BOOKING_URL,
        "purpose",
        hostile.NUL,
        id="booking-purpose-nul",
    ),
    pytest.param(
        BookingFactory,
        BOOKING_FIELDS,
        BOOKING_URL,
        "purpose",
        hostile.SURROGATE,
        id="booking-purpose-surrogate",
    ),
    pytest.param(
        BookingFactory,
        BOOKING_FIELDS,
        BOOKING_URL,
        "room",
        hostile.NUL,
        id="booking-room-nul",
    ),
    pytest.param(
        BookingFactory,
        BOOKING_FIELDS,
        BOOKING_URL,
        "room",
        hostile.SURROGATE,
        id="booking-room-surrogate",
    ),
    pytest.param(
        AttendeeFactory,
        ATTENDEE_FIELDS,
        ATTENDEE_URL,
        "name",
        hostile.NUL,
        id="attendee-name-nul",
    ),
    pytest.param(
        AttendeeFactory,
        ATTENDEE_FIELDS,
        ATTENDEE_URL,
        "name",
        hostile.SURROGATE,
        id="attendee-name-surrogate",
    ),
    pytest.param(
        AttendeeFactory,
        ATTENDEE_FIELDS,
        ATTENDEE_URL,
        "confirmed",
        hostile.NUL,
        id="attendee-confirmed-nul",
    ),
    pytest.param(
        AttendeeFactory,
        ATTENDEE_FIELDS,
        ATTENDEE_URL,
        "confirmed",
        hostile.SURROGATE,
        id="attendee-confirmed-surrogate",
    ),
    pytest.param(
        AttendeeFactory,
        ATTENDEE_FIELDS,
        ATTENDEE_URL,
        "booking",
        hostile.NUL,
        id="attendee-booking-nul",
    ),
    pytest.param(
        AttendeeFactory,
        ATTENDEE_FIELDS,
        ATTENDEE_URL,
        "booking",
        hostile.SURROGATE,
        id="attendee-booking-surrogate",
    ),
    pytest.param(
        MoveFactory,
        MOVE_FIELDS,
        MOVE_URL,
        "moved_at",
        hostile.NUL,
        id="move-moved_at-nul",
    ),
    pytest.param(
        MoveFactory,
        MOVE_FIELDS,
        MOVE_URL,
        "moved_at",
        hostile.SURROGATE,
        id="move-moved_at-surrogate",
    ),
    pytest.param(
        MoveFactory,
        MOVE_FIELDS,
        MOVE_URL,
        "moved_at",
        hostile.LATEST_DATETIME,
        id="move-moved_at-latest_datetime",
    ),
    pytest.param(
        MoveFactory,
        MOVE_FIELDS,
        MOVE_URL,
        "moved_at",
        hostile.EARLIEST_DATETIME,
        id="move-moved_at-earliest_datetime",
    ),
    pytest.param(
        MoveFactory, MOVE_FIELDS, MOVE_URL, "reason", hostile.NUL, id="move-reason-nul"
    ),
    pytest.param(
        MoveFactory,
        MOVE_FIELDS,
        MOVE_URL,
        "reason",
        hostile.SURROGATE,
        id="move-reason-surrogate",
    ),
    pytest.param(
        MoveFactory, MOVE_FIELDS, MOVE_URL, "asset", hostile.NUL, id="move-asset-nul"
    ),
    pytest.param(
        MoveFactory,
        MOVE_FIELDS,
        MOVE_URL,
        "asset",
        hostile.SURROGATE,
        id="move-asset-surrogate",
    ),
    pytest.param(
        MoveFactory, MOVE_FIELDS, MOVE_URL, "source", hostile.NUL, id="move-source-nul"
    ),
    pytest.param(
        MoveFactory,
        MOVE_FIELDS,
        MOVE_URL,
        "source",
        hostile.SURROGATE,
        id="move-source-surrogate",
    ),
    pytest.param(
        MoveFactory, MOVE_FIELDS, MOVE_URL, "target", hostile.NUL, id="move-target-nul"
    ),
    pytest.param(
        MoveFactory,
        MOVE_FIELDS,
        MOVE_URL,
        "target",
        hostile.SURROGATE,
        id="move-target-surrogate",
    ),
]


@pytest.mark.parametrize(
    ("factory", "fields", "url", "api_name", "value"), REFUSED_VALUES
)
def test_write_refuses(admin_client, factory, fields, url, api_name, value):
    body = {
        name: sent
        for name, sent in api_payload(factory, fields).items()
        if isinstance(sent, str | int | float | bool | list | dict)
    }
    body[api_name] = value
    response = admin_client.generic(
        "POST", url, hostile.as_json(body), content_type="application/json"
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST, response.content
    assert api_name in response.json()["error"]["details"]
    assert admin_client.get(url).status_code == status.HTTP_200_OK
