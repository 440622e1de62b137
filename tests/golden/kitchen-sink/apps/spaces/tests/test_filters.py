"""Filters, search and ordering of the Spaces lists, each proved on rows made
to match and rows made not to."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.urls import reverse_lazy
from rest_framework import status

from apps.core.testing import (
    field_errors,
    linked_pairs,
    listed,
    set_value,
    shown,
    shown_in_order,
    with_value,
)
from apps.spaces.factories import (
    AttendeeFactory,
    BookingFactory,
    LogFactory,
    MoveFactory,
    RoomFactory,
)
from apps.spaces.models import Attendee, Booking, Log, Move, Room

pytestmark = pytest.mark.django_db

POSTGRESQL = connection.vendor == "postgresql"

# Rooms
ROOM_URL = reverse_lazy("spaces:room-list")
# Two values of each field, low before high; every query below lists exactly one of them.
ROOM_VALUES = {
    "code": ("Alpha", "Bravo"),
    "capacity": (1, 11),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("code", {"code": "Alpha"}, "low", id="code"),
        pytest.param("code", {"code__iexact": "aLPHA"}, "low", id="code__iexact"),
        pytest.param("code", {"code__icontains": "LPHA"}, "low", id="code__icontains"),
        pytest.param(
            "code", {"code__istartswith": "al"}, "low", id="code__istartswith"
        ),
        pytest.param("code", {"code__in": "Bravo,Zulu"}, "high", id="code__in"),
        pytest.param("capacity", {"capacity": "1"}, "low", id="capacity"),
        pytest.param("capacity", {"capacity__lt": "11"}, "low", id="capacity__lt"),
        pytest.param("capacity", {"capacity__lte": "1"}, "low", id="capacity__lte"),
        pytest.param("capacity", {"capacity__gt": "1"}, "high", id="capacity__gt"),
        pytest.param("capacity", {"capacity__gte": "11"}, "high", id="capacity__gte"),
        pytest.param(
            "capacity", {"capacity__range": "11,11"}, "high", id="capacity__range"
        ),
    ],
)
def test_room_filters(admin_client, field, query, expected):
    low, high = ROOM_VALUES[field]
    rows = {
        "low": with_value(RoomFactory, field, low),
        "high": with_value(RoomFactory, field, high),
    }
    assert shown(admin_client, ROOM_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["stewards", "folder"])
def test_room_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(RoomFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, ROOM_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, ROOM_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, ROOM_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, ROOM_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("field", ["folder"])
def test_room_filters_on_empty_related_keys(admin_client, field):
    rows = {
        "set": linked_pairs(RoomFactory, field)[0]["low"],
        "empty": with_value(RoomFactory, field, None),
    }
    query = f"{field}__isnull"
    assert shown(admin_client, ROOM_URL, {query: "true"}, rows) == {"empty"}
    assert shown(admin_client, ROOM_URL, {query: "false"}, rows) == {"set"}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("capacity__gte", "abc"),
        ("capacity__range", "1"),
        ("stewards__in", "abc"),
        ("folder", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_room_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(ROOM_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_room_default_ordering(admin_client):
    RoomFactory.create_batch(3)
    expected = Room.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, ROOM_URL) == keys


@pytest.mark.parametrize("field", ["code", "capacity"])
def test_room_ordering_both_ways(admin_client, field):
    low, high = ROOM_VALUES[field]
    rows = {
        "low": with_value(RoomFactory, field, low),
        "high": with_value(RoomFactory, field, high),
    }
    assert shown_in_order(admin_client, ROOM_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, ROOM_URL, descending, rows) == ["high", "low"]


def test_room_search(admin_client):
    rows = {
        "hit": with_value(RoomFactory, "code", "Running quokka"),
        "miss": RoomFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, ROOM_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_room_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(RoomFactory, "code", "Running quokka"),
        "miss": RoomFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, ROOM_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_room_search_lists_best_matches_first(admin_client):
    rows = {"a": RoomFactory.create(), "b": RoomFactory.create()}
    first, second = shown_in_order(admin_client, ROOM_URL, {}, rows)
    set_value(rows[first], "code", "quokka")
    set_value(rows[second], "code", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, ROOM_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_room_search_index():
    with connection.cursor() as cursor:
        table = Room._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["room_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_room_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(RoomFactory, "code", "Running quokka"),
        "miss": RoomFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, ROOM_URL, query, rows) == {"hit"}


# Bookings
BOOKING_URL = reverse_lazy("spaces:booking-list")
# Two values of each field, low before high; every query below lists exactly one of them.
BOOKING_VALUES = {
    "starts_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "ends_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "purpose": ("Alpha", "Bravo"),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param(
            "starts_at",
            {"starts_at": "2020-01-15T09:30:00+00:00"},
            "low",
            id="starts_at",
        ),
        pytest.param(
            "starts_at",
            {"starts_at__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="starts_at__lt",
        ),
        pytest.param(
            "starts_at",
            {"starts_at__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="starts_at__lte",
        ),
        pytest.param(
            "starts_at",
            {"starts_at__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="starts_at__gt",
        ),
        pytest.param(
            "starts_at",
            {"starts_at__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="starts_at__gte",
        ),
        pytest.param(
            "starts_at",
            {"starts_at__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"},
            "high",
            id="starts_at__range",
        ),
        pytest.param(
            "starts_at", {"starts_at__year": "2020"}, "low", id="starts_at__year"
        ),
        pytest.param(
            "starts_at", {"starts_at__month": "6"}, "high", id="starts_at__month"
        ),
        pytest.param(
            "ends_at", {"ends_at": "2020-01-15T09:30:00+00:00"}, "low", id="ends_at"
        ),
        pytest.param(
            "ends_at",
            {"ends_at__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="ends_at__lt",
        ),
        pytest.param(
            "ends_at",
            {"ends_at__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="ends_at__lte",
        ),
        pytest.param(
            "ends_at",
            {"ends_at__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="ends_at__gt",
        ),
        pytest.param(
            "ends_at",
            {"ends_at__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="ends_at__gte",
        ),
        pytest.param(
            "ends_at",
            {"ends_at__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"},
            "high",
            id="ends_at__range",
        ),
        pytest.param("ends_at", {"ends_at__year": "2020"}, "low", id="ends_at__year"),
        pytest.param("ends_at", {"ends_at__month": "6"}, "high", id="ends_at__month"),
        pytest.param("purpose", {"purpose": "Alpha"}, "low", id="purpose"),
        pytest.param(
            "purpose", {"purpose__iexact": "aLPHA"}, "low", id="purpose__iexact"
        ),
        pytest.param(
            "purpose", {"purpose__icontains": "LPHA"}, "low", id="purpose__icontains"
        ),
        pytest.param(
            "purpose", {"purpose__istartswith": "al"}, "low", id="purpose__istartswith"
        ),
        pytest.param(
            "purpose", {"purpose__in": "Bravo,Zulu"}, "high", id="purpose__in"
        ),
    ],
)
def test_booking_filters(admin_client, field, query, expected):
    low, high = BOOKING_VALUES[field]
    rows = {
        "low": with_value(BookingFactory, field, low),
        "high": with_value(BookingFactory, field, high),
    }
    assert shown(admin_client, BOOKING_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["room", "booked_by"])
def test_booking_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(BookingFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, BOOKING_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, BOOKING_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, BOOKING_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, BOOKING_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("starts_at__lt", "2021-02-30T25:00"),
        ("starts_at__range", "2020-01-15T09:30:00+00:00"),
        ("ends_at__lt", "2021-02-30T25:00"),
        ("ends_at__range", "2020-01-15T09:30:00+00:00"),
        ("room", "abc"),
        ("booked_by", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_booking_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(BOOKING_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_booking_default_ordering(admin_client):
    BookingFactory.create_batch(3)
    expected = Booking.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, BOOKING_URL) == keys


@pytest.mark.parametrize("field", ["starts_at", "ends_at", "purpose"])
def test_booking_ordering_both_ways(admin_client, field):
    low, high = BOOKING_VALUES[field]
    rows = {
        "low": with_value(BookingFactory, field, low),
        "high": with_value(BookingFactory, field, high),
    }
    assert shown_in_order(admin_client, BOOKING_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, BOOKING_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_booking_search(admin_client):
    rows = {
        "hit": with_value(BookingFactory, "purpose", "Running quokka"),
        "miss": BookingFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, BOOKING_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_booking_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(BookingFactory, "purpose", "Running quokka"),
        "miss": BookingFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, BOOKING_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_booking_search_index():
    with connection.cursor() as cursor:
        table = Booking._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["booking_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_booking_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(BookingFactory, "purpose", "Running quokka"),
        "miss": BookingFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, BOOKING_URL, query, rows) == {"hit"}


# Attendees
ATTENDEE_URL = reverse_lazy("spaces:attendee-list")
# Two values of each field, low before high; every query below lists exactly one of them.
ATTENDEE_VALUES = {
    "name": ("Alpha", "Bravo"),
    "confirmed": (False, True),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("name", {"name": "Alpha"}, "low", id="name"),
        pytest.param("name", {"name__iexact": "aLPHA"}, "low", id="name__iexact"),
        pytest.param("name", {"name__icontains": "LPHA"}, "low", id="name__icontains"),
        pytest.param(
            "name", {"name__istartswith": "al"}, "low", id="name__istartswith"
        ),
        pytest.param("name", {"name__in": "Bravo,Zulu"}, "high", id="name__in"),
        pytest.param("confirmed", {"confirmed": "false"}, "low", id="confirmed"),
        pytest.param("confirmed", {"confirmed": "true"}, "high", id="confirmed"),
    ],
)
def test_attendee_filters(admin_client, field, query, expected):
    low, high = ATTENDEE_VALUES[field]
    rows = {
        "low": with_value(AttendeeFactory, field, low),
        "high": with_value(AttendeeFactory, field, high),
    }
    assert shown(admin_client, ATTENDEE_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["booking"])
def test_attendee_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(AttendeeFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, ATTENDEE_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, ATTENDEE_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, ATTENDEE_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, ATTENDEE_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("confirmed", "maybe"),
        ("booking", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_attendee_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(ATTENDEE_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_attendee_default_ordering(admin_client):
    AttendeeFactory.create_batch(3)
    expected = Attendee.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, ATTENDEE_URL) == keys


@pytest.mark.parametrize("field", ["name", "confirmed"])
def test_attendee_ordering_both_ways(admin_client, field):
    low, high = ATTENDEE_VALUES[field]
    rows = {
        "low": with_value(AttendeeFactory, field, low),
        "high": with_value(AttendeeFactory, field, high),
    }
    assert shown_in_order(admin_client, ATTENDEE_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, ATTENDEE_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_attendee_search(admin_client):
    rows = {
        "hit": with_value(AttendeeFactory, "name", "Running quokka"),
        "miss": AttendeeFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, ATTENDEE_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_attendee_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(AttendeeFactory, "name", "Running quokka"),
        "miss": AttendeeFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, ATTENDEE_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_attendee_search_lists_best_matches_first(admin_client):
    rows = {"a": AttendeeFactory.create(), "b": AttendeeFactory.create()}
    first, second = shown_in_order(admin_client, ATTENDEE_URL, {}, rows)
    set_value(rows[first], "name", "quokka")
    set_value(rows[second], "name", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, ATTENDEE_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_attendee_search_index():
    with connection.cursor() as cursor:
        table = Attendee._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["attendee_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_attendee_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(AttendeeFactory, "name", "Running quokka"),
        "miss": AttendeeFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, ATTENDEE_URL, query, rows) == {"hit"}


# Moves
MOVE_URL = reverse_lazy("spaces:move-list")
# Two values of each field, low before high; every query below lists exactly one of them.
MOVE_VALUES = {
    "moved_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "reason": ("Alpha", "Bravo"),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param(
            "moved_at", {"moved_at": "2020-01-15T09:30:00+00:00"}, "low", id="moved_at"
        ),
        pytest.param(
            "moved_at",
            {"moved_at__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="moved_at__lt",
        ),
        pytest.param(
            "moved_at",
            {"moved_at__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="moved_at__lte",
        ),
        pytest.param(
            "moved_at",
            {"moved_at__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="moved_at__gt",
        ),
        pytest.param(
            "moved_at",
            {"moved_at__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="moved_at__gte",
        ),
        pytest.param(
            "moved_at",
            {"moved_at__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"},
            "high",
            id="moved_at__range",
        ),
        pytest.param(
            "moved_at", {"moved_at__year": "2020"}, "low", id="moved_at__year"
        ),
        pytest.param(
            "moved_at", {"moved_at__month": "6"}, "high", id="moved_at__month"
        ),
        pytest.param("reason", {"reason": "Alpha"}, "low", id="reason"),
        pytest.param("reason", {"reason__iexact": "aLPHA"}, "low", id="reason__iexact"),
        pytest.param(
            "reason", {"reason__icontains": "LPHA"}, "low", id="reason__icontains"
        ),
        pytest.param(
            "reason", {"reason__istartswith": "al"}, "low", id="reason__istartswith"
        ),
        pytest.param("reason", {"reason__in": "Bravo,Zulu"}, "high", id="reason__in"),
    ],
)
def test_move_filters(admin_client, field, query, expected):
    low, high = MOVE_VALUES[field]
    rows = {
        "low": with_value(MoveFactory, field, low),
        "high": with_value(MoveFactory, field, high),
    }
    assert shown(admin_client, MOVE_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["asset", "source", "target"])
def test_move_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(MoveFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, MOVE_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, MOVE_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, MOVE_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, MOVE_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("moved_at__lt", "2021-02-30T25:00"),
        ("moved_at__range", "2020-01-15T09:30:00+00:00"),
        ("asset", "abc"),
        ("source", "abc"),
        ("target", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_move_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(MOVE_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_move_default_ordering(admin_client):
    MoveFactory.create_batch(3)
    expected = Move.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, MOVE_URL) == keys


@pytest.mark.parametrize("field", ["moved_at", "reason"])
def test_move_ordering_both_ways(admin_client, field):
    low, high = MOVE_VALUES[field]
    rows = {
        "low": with_value(MoveFactory, field, low),
        "high": with_value(MoveFactory, field, high),
    }
    assert shown_in_order(admin_client, MOVE_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, MOVE_URL, descending, rows) == ["high", "low"]


def test_move_search(admin_client):
    rows = {
        "hit": with_value(MoveFactory, "reason", "Running quokka"),
        "miss": MoveFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, MOVE_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_move_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(MoveFactory, "reason", "Running quokka"),
        "miss": MoveFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, MOVE_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_move_search_lists_best_matches_first(admin_client):
    rows = {"a": MoveFactory.create(), "b": MoveFactory.create()}
    first, second = shown_in_order(admin_client, MOVE_URL, {}, rows)
    set_value(rows[first], "reason", "quokka")
    set_value(rows[second], "reason", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, MOVE_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_move_search_index():
    with connection.cursor() as cursor:
        table = Move._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["move_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_move_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(MoveFactory, "reason", "Running quokka"),
        "miss": MoveFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, MOVE_URL, query, rows) == {"hit"}


# Logs
LOG_URL = reverse_lazy("spaces:log-list")
# Two values of each field, low before high; every query below lists exactly one of them.
LOG_VALUES = {
    "message": ("Alpha", "Bravo"),
    "created_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("message", {"message": "Alpha"}, "low", id="message"),
        pytest.param(
            "message", {"message__iexact": "aLPHA"}, "low", id="message__iexact"
        ),
        pytest.param(
            "message", {"message__icontains": "LPHA"}, "low", id="message__icontains"
        ),
        pytest.param(
            "message", {"message__istartswith": "al"}, "low", id="message__istartswith"
        ),
        pytest.param(
            "message", {"message__in": "Bravo,Zulu"}, "high", id="message__in"
        ),
        pytest.param(
            "created_at",
            {"created_at": "2020-01-15T09:30:00+00:00"},
            "low",
            id="created_at",
        ),
        pytest.param(
            "created_at",
            {"created_at__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="created_at__lt",
        ),
        pytest.param(
            "created_at",
            {"created_at__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="created_at__lte",
        ),
        pytest.param(
            "created_at",
            {"created_at__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="created_at__gt",
        ),
        pytest.param(
            "created_at",
            {"created_at__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="created_at__gte",
        ),
        pytest.param(
            "created_at",
            {
                "created_at__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="created_at__range",
        ),
        pytest.param(
            "created_at", {"created_at__year": "2020"}, "low", id="created_at__year"
        ),
        pytest.param(
            "created_at", {"created_at__month": "6"}, "high", id="created_at__month"
        ),
    ],
)
def test_log_filters(admin_client, field, query, expected):
    low, high = LOG_VALUES[field]
    rows = {
        "low": with_value(LogFactory, field, low),
        "high": with_value(LogFactory, field, high),
    }
    assert shown(admin_client, LOG_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["room"])
def test_log_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(LogFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, LOG_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, LOG_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, LOG_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, LOG_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("created_at__lt", "2021-02-30T25:00"),
        ("created_at__range", "2020-01-15T09:30:00+00:00"),
        ("room", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_log_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(LOG_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_log_default_ordering(admin_client):
    LogFactory.create_batch(3)
    expected = Log.objects.order_by("-created_at", "pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, LOG_URL) == keys


@pytest.mark.parametrize("field", ["message", "created_at"])
def test_log_ordering_both_ways(admin_client, field):
    low, high = LOG_VALUES[field]
    rows = {
        "low": with_value(LogFactory, field, low),
        "high": with_value(LogFactory, field, high),
    }
    assert shown_in_order(admin_client, LOG_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, LOG_URL, descending, rows) == ["high", "low"]


def test_log_search(admin_client):
    rows = {
        "hit": with_value(LogFactory, "message", "Running quokka"),
        "miss": LogFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, LOG_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_log_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(LogFactory, "message", "Running quokka"),
        "miss": LogFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, LOG_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_log_search_lists_best_matches_first(admin_client):
    rows = {"a": LogFactory.create(), "b": LogFactory.create()}
    first, second = shown_in_order(admin_client, LOG_URL, {}, rows)
    set_value(rows[first], "message", "quokka")
    set_value(rows[second], "message", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, LOG_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_log_search_index():
    with connection.cursor() as cursor:
        table = Log._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["log_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_log_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(LogFactory, "message", "Running quokka"),
        "miss": LogFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, LOG_URL, query, rows) == {"hit"}
