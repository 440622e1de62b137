"""Filters, search and ordering of the Conference lists, each proved on rows made
to match and rows made not to."""

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from uuid import UUID

import pytest
from django.db import connection
from django.urls import reverse_lazy
from rest_framework import status

from apps.conference.factories import (
    MaterialFactory,
    RoomFactory,
    SpeakerFactory,
    SponsorFactory,
    TagFactory,
    TalkFactory,
    UserFactory,
)
from apps.conference.models import Material, Room, Speaker, Sponsor, Tag, Talk, User
from apps.core.testing import (
    field_errors,
    linked_pairs,
    listed,
    set_value,
    shown,
    shown_in_order,
    with_value,
)

pytestmark = pytest.mark.django_db

POSTGRESQL = connection.vendor == "postgresql"

# Users
USER_URL = reverse_lazy("conference:user-list")
# Two values of each field, low before high; every query below lists exactly one of them.
USER_VALUES = {
    "username": ("Alpha", "Bravo"),
    "date_joined": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("username", {"username": "Alpha"}, "low", id="username"),
        pytest.param(
            "username", {"username__iexact": "aLPHA"}, "low", id="username__iexact"
        ),
        pytest.param(
            "username", {"username__icontains": "LPHA"}, "low", id="username__icontains"
        ),
        pytest.param(
            "username",
            {"username__istartswith": "al"},
            "low",
            id="username__istartswith",
        ),
        pytest.param(
            "username", {"username__in": "Bravo,Zulu"}, "high", id="username__in"
        ),
        pytest.param(
            "date_joined",
            {"date_joined": "2020-01-15T09:30:00+00:00"},
            "low",
            id="date_joined",
        ),
        pytest.param(
            "date_joined",
            {"date_joined__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="date_joined__lt",
        ),
        pytest.param(
            "date_joined",
            {"date_joined__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="date_joined__lte",
        ),
        pytest.param(
            "date_joined",
            {"date_joined__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="date_joined__gt",
        ),
        pytest.param(
            "date_joined",
            {"date_joined__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="date_joined__gte",
        ),
        pytest.param(
            "date_joined",
            {
                "date_joined__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="date_joined__range",
        ),
        pytest.param(
            "date_joined", {"date_joined__year": "2020"}, "low", id="date_joined__year"
        ),
        pytest.param(
            "date_joined", {"date_joined__month": "6"}, "high", id="date_joined__month"
        ),
    ],
)
def test_user_filters(admin_client, field, query, expected):
    low, high = USER_VALUES[field]
    rows = {
        "low": with_value(UserFactory, field, low),
        "high": with_value(UserFactory, field, high),
    }
    assert shown(admin_client, USER_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("date_joined__lt", "2021-02-30T25:00"),
        ("date_joined__range", "2020-01-15T09:30:00+00:00"),
        ("ordering", "no_such_field"),
    ],
)
def test_user_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(USER_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_user_default_ordering(admin_client):
    UserFactory.create_batch(3)
    expected = User.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, USER_URL) == keys


@pytest.mark.parametrize("field", ["username", "date_joined"])
def test_user_ordering_both_ways(admin_client, field):
    low, high = USER_VALUES[field]
    rows = {
        "low": with_value(UserFactory, field, low),
        "high": with_value(UserFactory, field, high),
    }
    assert shown_in_order(admin_client, USER_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, USER_URL, descending, rows) == ["high", "low"]


# Rooms
ROOM_URL = reverse_lazy("conference:room-list")
# Two values of each field, low before high; every query below lists exactly one of them.
ROOM_VALUES = {
    "name": ("Alpha", "Bravo"),
    "seats": (1, 11),
    "floor": (1, 11),
    "accessible": (False, True),
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
        pytest.param("seats", {"seats": "1"}, "low", id="seats"),
        pytest.param("seats", {"seats__lt": "11"}, "low", id="seats__lt"),
        pytest.param("seats", {"seats__lte": "1"}, "low", id="seats__lte"),
        pytest.param("seats", {"seats__gt": "1"}, "high", id="seats__gt"),
        pytest.param("seats", {"seats__gte": "11"}, "high", id="seats__gte"),
        pytest.param("seats", {"seats__range": "11,11"}, "high", id="seats__range"),
        pytest.param("floor", {"floor": "1"}, "low", id="floor"),
        pytest.param("floor", {"floor__lt": "11"}, "low", id="floor__lt"),
        pytest.param("floor", {"floor__lte": "1"}, "low", id="floor__lte"),
        pytest.param("floor", {"floor__gt": "1"}, "high", id="floor__gt"),
        pytest.param("floor", {"floor__gte": "11"}, "high", id="floor__gte"),
        pytest.param("floor", {"floor__range": "11,11"}, "high", id="floor__range"),
        pytest.param("accessible", {"accessible": "false"}, "low", id="accessible"),
        pytest.param("accessible", {"accessible": "true"}, "high", id="accessible"),
    ],
)
def test_room_filters(admin_client, field, query, expected):
    low, high = ROOM_VALUES[field]
    rows = {
        "low": with_value(RoomFactory, field, low),
        "high": with_value(RoomFactory, field, high),
    }
    assert shown(admin_client, ROOM_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["floor", "accessible"])
def test_room_filters_on_empty_values(admin_client, field):
    rows = {
        "set": with_value(RoomFactory, field, ROOM_VALUES[field][0]),
        "empty": with_value(RoomFactory, field, None),
    }
    query = f"{field}__isnull"
    assert shown(admin_client, ROOM_URL, {query: "true"}, rows) == {"empty"}
    assert shown(admin_client, ROOM_URL, {query: "false"}, rows) == {"set"}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("seats__gte", "abc"),
        ("seats__range", "1"),
        ("floor__gte", "abc"),
        ("floor__isnull", "maybe"),
        ("floor__range", "1"),
        ("accessible", "maybe"),
        ("accessible__isnull", "maybe"),
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


@pytest.mark.parametrize("field", ["name", "seats", "floor", "accessible"])
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
        "hit": with_value(RoomFactory, "name", "Running quokka"),
        "miss": RoomFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, ROOM_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_room_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(RoomFactory, "name", "Running quokka"),
        "miss": RoomFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, ROOM_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_room_search_lists_best_matches_first(admin_client):
    rows = {"a": RoomFactory.create(), "b": RoomFactory.create()}
    first, second = shown_in_order(admin_client, ROOM_URL, {}, rows)
    set_value(rows[first], "name", "quokka")
    set_value(rows[second], "name", "quokka quokka")
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
        "hit": with_value(RoomFactory, "name", "Running quokka"),
        "miss": RoomFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, ROOM_URL, query, rows) == {"hit"}


# Speakers
SPEAKER_URL = reverse_lazy("conference:speaker-list")
# Two values of each field, low before high; every query below lists exactly one of them.
SPEAKER_VALUES = {
    "full_name": ("Alpha", "Bravo"),
    "email": ("Alpha", "Bravo"),
    "biography": ("Alpha", "Bravo"),
    "rating": (0.0, 5.0),
    "fee": (Decimal("0"), Decimal("10")),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("full_name", {"full_name": "Alpha"}, "low", id="full_name"),
        pytest.param(
            "full_name", {"full_name__iexact": "aLPHA"}, "low", id="full_name__iexact"
        ),
        pytest.param(
            "full_name",
            {"full_name__icontains": "LPHA"},
            "low",
            id="full_name__icontains",
        ),
        pytest.param(
            "full_name",
            {"full_name__istartswith": "al"},
            "low",
            id="full_name__istartswith",
        ),
        pytest.param(
            "full_name", {"full_name__in": "Bravo,Zulu"}, "high", id="full_name__in"
        ),
        pytest.param("email", {"email": "Alpha"}, "low", id="email"),
        pytest.param("email", {"email__iexact": "aLPHA"}, "low", id="email__iexact"),
        pytest.param(
            "email", {"email__icontains": "LPHA"}, "low", id="email__icontains"
        ),
        pytest.param(
            "email", {"email__istartswith": "al"}, "low", id="email__istartswith"
        ),
        pytest.param("email", {"email__in": "Bravo,Zulu"}, "high", id="email__in"),
        pytest.param("biography", {"biography": "Alpha"}, "low", id="biography"),
        pytest.param(
            "biography", {"biography__iexact": "aLPHA"}, "low", id="biography__iexact"
        ),
        pytest.param(
            "biography",
            {"biography__icontains": "LPHA"},
            "low",
            id="biography__icontains",
        ),
        pytest.param(
            "biography",
            {"biography__istartswith": "al"},
            "low",
            id="biography__istartswith",
        ),
        pytest.param(
            "biography", {"biography__in": "Bravo,Zulu"}, "high", id="biography__in"
        ),
        pytest.param("rating", {"rating": "0.0"}, "low", id="rating"),
        pytest.param("rating", {"rating__lt": "5.0"}, "low", id="rating__lt"),
        pytest.param("rating", {"rating__lte": "0.0"}, "low", id="rating__lte"),
        pytest.param("rating", {"rating__gt": "0.0"}, "high", id="rating__gt"),
        pytest.param("rating", {"rating__gte": "5.0"}, "high", id="rating__gte"),
        pytest.param(
            "rating", {"rating__range": "5.0,5.0"}, "high", id="rating__range"
        ),
        pytest.param("fee", {"fee": "0"}, "low", id="fee"),
        pytest.param("fee", {"fee__lt": "10"}, "low", id="fee__lt"),
        pytest.param("fee", {"fee__lte": "0"}, "low", id="fee__lte"),
        pytest.param("fee", {"fee__gt": "0"}, "high", id="fee__gt"),
        pytest.param("fee", {"fee__gte": "10"}, "high", id="fee__gte"),
        pytest.param("fee", {"fee__range": "10,10"}, "high", id="fee__range"),
    ],
)
def test_speaker_filters(admin_client, field, query, expected):
    low, high = SPEAKER_VALUES[field]
    rows = {
        "low": with_value(SpeakerFactory, field, low),
        "high": with_value(SpeakerFactory, field, high),
    }
    assert shown(admin_client, SPEAKER_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["rating", "fee"])
def test_speaker_filters_on_empty_values(admin_client, field):
    rows = {
        "set": with_value(SpeakerFactory, field, SPEAKER_VALUES[field][0]),
        "empty": with_value(SpeakerFactory, field, None),
    }
    query = f"{field}__isnull"
    assert shown(admin_client, SPEAKER_URL, {query: "true"}, rows) == {"empty"}
    assert shown(admin_client, SPEAKER_URL, {query: "false"}, rows) == {"set"}


@pytest.mark.parametrize("field", ["account"])
def test_speaker_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(SpeakerFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, SPEAKER_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, SPEAKER_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, SPEAKER_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, SPEAKER_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("field", ["account"])
def test_speaker_filters_on_empty_related_keys(admin_client, field):
    rows = {
        "set": linked_pairs(SpeakerFactory, field)[0]["low"],
        "empty": with_value(SpeakerFactory, field, None),
    }
    query = f"{field}__isnull"
    assert shown(admin_client, SPEAKER_URL, {query: "true"}, rows) == {"empty"}
    assert shown(admin_client, SPEAKER_URL, {query: "false"}, rows) == {"set"}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("rating__gte", "abc"),
        ("rating__isnull", "maybe"),
        ("rating__range", "0.0"),
        ("fee__gte", "abc"),
        ("fee__isnull", "maybe"),
        ("fee__range", "0"),
        ("account", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_speaker_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(SPEAKER_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_speaker_default_ordering(admin_client):
    SpeakerFactory.create_batch(3)
    expected = Speaker.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, SPEAKER_URL) == keys


@pytest.mark.parametrize("field", ["full_name", "email", "biography"])
def test_speaker_ordering_both_ways(admin_client, field):
    low, high = SPEAKER_VALUES[field]
    rows = {
        "low": with_value(SpeakerFactory, field, low),
        "high": with_value(SpeakerFactory, field, high),
    }
    assert shown_in_order(admin_client, SPEAKER_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, SPEAKER_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_speaker_search(admin_client):
    rows = {
        "hit": with_value(SpeakerFactory, "full_name", "Running quokka"),
        "miss": SpeakerFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, SPEAKER_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_speaker_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(SpeakerFactory, "full_name", "Running quokka"),
        "miss": SpeakerFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, SPEAKER_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_speaker_search_index():
    with connection.cursor() as cursor:
        table = Speaker._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["speaker_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_speaker_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(SpeakerFactory, "full_name", "Running quokka"),
        "miss": SpeakerFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, SPEAKER_URL, query, rows) == {"hit"}


# Talks
TALK_URL = reverse_lazy("conference:talk-list")
# Two values of each field, low before high; every query below lists exactly one of them.
TALK_VALUES = {
    "title": ("Alpha", "Bravo"),
    "level": ("BEGINNER", "EXPERT"),
    "format": ("PANEL", "TALK"),
    "language": ("ENGLISH", "FRENCH"),
    "day": (date(2020, 1, 15), date(2023, 6, 20)),
    "starts_at": (time(9, 30), time(17, 45)),
    "length": (timedelta(hours=1), timedelta(days=2)),
    "submitted_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "published_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "score": (1.0, 11.0),
    "reference": (
        UUID("00000000-0000-4000-8000-000000000001"),
        UUID("00000000-0000-4000-8000-000000000002"),
    ),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("title", {"title": "Alpha"}, "low", id="title"),
        pytest.param("title", {"title__iexact": "aLPHA"}, "low", id="title__iexact"),
        pytest.param(
            "title", {"title__icontains": "LPHA"}, "low", id="title__icontains"
        ),
        pytest.param(
            "title", {"title__istartswith": "al"}, "low", id="title__istartswith"
        ),
        pytest.param("title", {"title__in": "Bravo,Zulu"}, "high", id="title__in"),
        pytest.param("level", {"level": "BEGINNER"}, "low", id="level"),
        pytest.param(
            "level", {"level__in": "EXPERT,INTERMEDIATE"}, "high", id="level__in"
        ),
        pytest.param("format", {"format": "PANEL"}, "low", id="format"),
        pytest.param(
            "format", {"format__in": "TALK,WORKSHOP"}, "high", id="format__in"
        ),
        pytest.param("language", {"language": "ENGLISH"}, "low", id="language"),
        pytest.param(
            "language", {"language__in": "FRENCH,GERMAN"}, "high", id="language__in"
        ),
        pytest.param("day", {"day": "2020-01-15"}, "low", id="day"),
        pytest.param("day", {"day__lt": "2023-06-20"}, "low", id="day__lt"),
        pytest.param("day", {"day__lte": "2020-01-15"}, "low", id="day__lte"),
        pytest.param("day", {"day__gt": "2020-01-15"}, "high", id="day__gt"),
        pytest.param("day", {"day__gte": "2023-06-20"}, "high", id="day__gte"),
        pytest.param(
            "day", {"day__range": "2023-06-20,2023-06-20"}, "high", id="day__range"
        ),
        pytest.param("day", {"day__year": "2020"}, "low", id="day__year"),
        pytest.param("day", {"day__month": "6"}, "high", id="day__month"),
        pytest.param("starts_at", {"starts_at": "09:30:00"}, "low", id="starts_at"),
        pytest.param(
            "starts_at", {"starts_at__lt": "17:45:00"}, "low", id="starts_at__lt"
        ),
        pytest.param(
            "starts_at", {"starts_at__lte": "09:30:00"}, "low", id="starts_at__lte"
        ),
        pytest.param(
            "starts_at", {"starts_at__gt": "09:30:00"}, "high", id="starts_at__gt"
        ),
        pytest.param(
            "starts_at", {"starts_at__gte": "17:45:00"}, "high", id="starts_at__gte"
        ),
        pytest.param(
            "starts_at",
            {"starts_at__range": "17:45:00,17:45:00"},
            "high",
            id="starts_at__range",
        ),
        pytest.param("length", {"length": "01:00:00"}, "low", id="length"),
        pytest.param("length", {"length__lt": "2 00:00:00"}, "low", id="length__lt"),
        pytest.param("length", {"length__lte": "01:00:00"}, "low", id="length__lte"),
        pytest.param("length", {"length__gt": "01:00:00"}, "high", id="length__gt"),
        pytest.param("length", {"length__gte": "2 00:00:00"}, "high", id="length__gte"),
        pytest.param(
            "length",
            {"length__range": "2 00:00:00,2 00:00:00"},
            "high",
            id="length__range",
        ),
        pytest.param(
            "submitted_at",
            {"submitted_at": "2020-01-15T09:30:00+00:00"},
            "low",
            id="submitted_at",
        ),
        pytest.param(
            "submitted_at",
            {"submitted_at__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="submitted_at__lt",
        ),
        pytest.param(
            "submitted_at",
            {"submitted_at__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="submitted_at__lte",
        ),
        pytest.param(
            "submitted_at",
            {"submitted_at__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="submitted_at__gt",
        ),
        pytest.param(
            "submitted_at",
            {"submitted_at__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="submitted_at__gte",
        ),
        pytest.param(
            "submitted_at",
            {
                "submitted_at__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="submitted_at__range",
        ),
        pytest.param(
            "submitted_at",
            {"submitted_at__year": "2020"},
            "low",
            id="submitted_at__year",
        ),
        pytest.param(
            "submitted_at",
            {"submitted_at__month": "6"},
            "high",
            id="submitted_at__month",
        ),
        pytest.param(
            "published_at",
            {"published_at": "2020-01-15T09:30:00+00:00"},
            "low",
            id="published_at",
        ),
        pytest.param(
            "published_at",
            {"published_at__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="published_at__lt",
        ),
        pytest.param(
            "published_at",
            {"published_at__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="published_at__lte",
        ),
        pytest.param(
            "published_at",
            {"published_at__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="published_at__gt",
        ),
        pytest.param(
            "published_at",
            {"published_at__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="published_at__gte",
        ),
        pytest.param(
            "published_at",
            {
                "published_at__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="published_at__range",
        ),
        pytest.param(
            "published_at",
            {"published_at__year": "2020"},
            "low",
            id="published_at__year",
        ),
        pytest.param(
            "published_at",
            {"published_at__month": "6"},
            "high",
            id="published_at__month",
        ),
        pytest.param("score", {"score": "1.0"}, "low", id="score"),
        pytest.param("score", {"score__lt": "11.0"}, "low", id="score__lt"),
        pytest.param("score", {"score__lte": "1.0"}, "low", id="score__lte"),
        pytest.param("score", {"score__gt": "1.0"}, "high", id="score__gt"),
        pytest.param("score", {"score__gte": "11.0"}, "high", id="score__gte"),
        pytest.param("score", {"score__range": "11.0,11.0"}, "high", id="score__range"),
        pytest.param(
            "reference",
            {"reference": "00000000-0000-4000-8000-000000000001"},
            "low",
            id="reference",
        ),
        pytest.param(
            "reference",
            {"reference__in": "00000000-0000-4000-8000-000000000002"},
            "high",
            id="reference__in",
        ),
    ],
)
def test_talk_filters(admin_client, field, query, expected):
    low, high = TALK_VALUES[field]
    rows = {
        "low": with_value(TalkFactory, field, low),
        "high": with_value(TalkFactory, field, high),
    }
    assert shown(admin_client, TALK_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    "field", ["length", "submitted_at", "published_at", "score", "reference"]
)
def test_talk_filters_on_empty_values(admin_client, field):
    rows = {
        "set": with_value(TalkFactory, field, TALK_VALUES[field][0]),
        "empty": with_value(TalkFactory, field, None),
    }
    query = f"{field}__isnull"
    assert shown(admin_client, TALK_URL, {query: "true"}, rows) == {"empty"}
    assert shown(admin_client, TALK_URL, {query: "false"}, rows) == {"set"}


@pytest.mark.parametrize("field", ["speaker", "room", "reviewer", "tags"])
def test_talk_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(TalkFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, TALK_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, TALK_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, TALK_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, TALK_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("field", ["room", "reviewer"])
def test_talk_filters_on_empty_related_keys(admin_client, field):
    rows = {
        "set": linked_pairs(TalkFactory, field)[0]["low"],
        "empty": with_value(TalkFactory, field, None),
    }
    query = f"{field}__isnull"
    assert shown(admin_client, TALK_URL, {query: "true"}, rows) == {"empty"}
    assert shown(admin_client, TALK_URL, {query: "false"}, rows) == {"set"}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("level", "not-a-choice"),
        ("level__in", "not-a-choice"),
        ("format", "not-a-choice"),
        ("format__in", "not-a-choice"),
        ("language", "not-a-choice"),
        ("language__in", "not-a-choice"),
        ("day__gt", "2021-02-30"),
        ("day__range", "2020-01-15"),
        ("starts_at__gte", "25:61"),
        ("starts_at__range", "09:30:00"),
        ("length__gt", "abc"),
        ("length__isnull", "maybe"),
        ("length__range", "01:00:00"),
        ("submitted_at__lt", "2021-02-30T25:00"),
        ("submitted_at__isnull", "maybe"),
        ("submitted_at__range", "2020-01-15T09:30:00+00:00"),
        ("published_at__lt", "2021-02-30T25:00"),
        ("published_at__isnull", "maybe"),
        ("published_at__range", "2020-01-15T09:30:00+00:00"),
        ("score__gte", "abc"),
        ("score__isnull", "maybe"),
        ("score__range", "1.0"),
        ("reference", "not-a-uuid"),
        ("reference__isnull", "maybe"),
        ("speaker", "abc"),
        ("room", "abc"),
        ("reviewer", "abc"),
        ("tags__in", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_talk_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(TALK_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_talk_default_ordering(admin_client):
    TalkFactory.create_batch(3)
    expected = Talk.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, TALK_URL) == keys


@pytest.mark.parametrize(
    "field",
    [
        "title",
        "level",
        "format",
        "language",
        "day",
        "starts_at",
        "length",
        "submitted_at",
        "published_at",
        "score",
        "reference",
    ],
)
def test_talk_ordering_both_ways(admin_client, field):
    low, high = TALK_VALUES[field]
    rows = {
        "low": with_value(TalkFactory, field, low),
        "high": with_value(TalkFactory, field, high),
    }
    assert shown_in_order(admin_client, TALK_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, TALK_URL, descending, rows) == ["high", "low"]


def test_talk_search(admin_client):
    rows = {
        "hit": with_value(TalkFactory, "title", "Running quokka"),
        "miss": TalkFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, TALK_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_talk_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(TalkFactory, "title", "Running quokka"),
        "miss": TalkFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, TALK_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_talk_search_lists_best_matches_first(admin_client):
    rows = {"a": TalkFactory.create(), "b": TalkFactory.create()}
    first, second = shown_in_order(admin_client, TALK_URL, {}, rows)
    set_value(rows[first], "title", "quokka")
    set_value(rows[second], "title", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, TALK_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_talk_search_index():
    with connection.cursor() as cursor:
        table = Talk._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["talk_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_talk_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(TalkFactory, "title", "Running quokka"),
        "miss": TalkFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, TALK_URL, query, rows) == {"hit"}


# Tags
TAG_URL = reverse_lazy("conference:tag-list")
# Two values of each field, low before high; every query below lists exactly one of them.
TAG_VALUES = {
    "label": ("Alpha", "Bravo"),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("label", {"label": "Alpha"}, "low", id="label"),
        pytest.param("label", {"label__iexact": "aLPHA"}, "low", id="label__iexact"),
        pytest.param(
            "label", {"label__icontains": "LPHA"}, "low", id="label__icontains"
        ),
        pytest.param(
            "label", {"label__istartswith": "al"}, "low", id="label__istartswith"
        ),
        pytest.param("label", {"label__in": "Bravo,Zulu"}, "high", id="label__in"),
    ],
)
def test_tag_filters(admin_client, field, query, expected):
    low, high = TAG_VALUES[field]
    rows = {
        "low": with_value(TagFactory, field, low),
        "high": with_value(TagFactory, field, high),
    }
    assert shown(admin_client, TAG_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("ordering", "no_such_field"),
    ],
)
def test_tag_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(TAG_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_tag_default_ordering(admin_client):
    TagFactory.create_batch(3)
    expected = Tag.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, TAG_URL) == keys


@pytest.mark.parametrize("field", ["label"])
def test_tag_ordering_both_ways(admin_client, field):
    low, high = TAG_VALUES[field]
    rows = {
        "low": with_value(TagFactory, field, low),
        "high": with_value(TagFactory, field, high),
    }
    assert shown_in_order(admin_client, TAG_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, TAG_URL, descending, rows) == ["high", "low"]


def test_tag_search(admin_client):
    rows = {
        "hit": with_value(TagFactory, "label", "Running quokka"),
        "miss": TagFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, TAG_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_tag_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(TagFactory, "label", "Running quokka"),
        "miss": TagFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, TAG_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_tag_search_lists_best_matches_first(admin_client):
    rows = {"a": TagFactory.create(), "b": TagFactory.create()}
    first, second = shown_in_order(admin_client, TAG_URL, {}, rows)
    set_value(rows[first], "label", "quokka")
    set_value(rows[second], "label", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, TAG_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_tag_search_index():
    with connection.cursor() as cursor:
        table = Tag._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["tag_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_tag_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(TagFactory, "label", "Running quokka"),
        "miss": TagFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, TAG_URL, query, rows) == {"hit"}


# Materials
MATERIAL_URL = reverse_lazy("conference:material-list")
# Two values of each field, low before high; every query below lists exactly one of them.
MATERIAL_VALUES = {
    "name": ("Alpha", "Bravo"),
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
    ],
)
def test_material_filters(admin_client, field, query, expected):
    low, high = MATERIAL_VALUES[field]
    rows = {
        "low": with_value(MaterialFactory, field, low),
        "high": with_value(MaterialFactory, field, high),
    }
    assert shown(admin_client, MATERIAL_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["talk"])
def test_material_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(MaterialFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, MATERIAL_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, MATERIAL_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, MATERIAL_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, MATERIAL_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("talk", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_material_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(MATERIAL_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_material_default_ordering(admin_client):
    MaterialFactory.create_batch(3)
    expected = Material.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, MATERIAL_URL) == keys


@pytest.mark.parametrize("field", ["name"])
def test_material_ordering_both_ways(admin_client, field):
    low, high = MATERIAL_VALUES[field]
    rows = {
        "low": with_value(MaterialFactory, field, low),
        "high": with_value(MaterialFactory, field, high),
    }
    assert shown_in_order(admin_client, MATERIAL_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, MATERIAL_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_material_search(admin_client):
    rows = {
        "hit": with_value(MaterialFactory, "name", "Running quokka"),
        "miss": MaterialFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, MATERIAL_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_material_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(MaterialFactory, "name", "Running quokka"),
        "miss": MaterialFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, MATERIAL_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_material_search_lists_best_matches_first(admin_client):
    rows = {"a": MaterialFactory.create(), "b": MaterialFactory.create()}
    first, second = shown_in_order(admin_client, MATERIAL_URL, {}, rows)
    set_value(rows[first], "name", "quokka")
    set_value(rows[second], "name", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, MATERIAL_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_material_search_index():
    with connection.cursor() as cursor:
        table = Material._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["material_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_material_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(MaterialFactory, "name", "Running quokka"),
        "miss": MaterialFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, MATERIAL_URL, query, rows) == {"hit"}


# Sponsors
SPONSOR_URL = reverse_lazy("conference:sponsor-list")
# Two values of each field, low before high; every query below lists exactly one of them.
SPONSOR_VALUES = {
    "name": ("Alpha", "Bravo"),
    "tier": ("BRONZE", "GOLD"),
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
        pytest.param("tier", {"tier": "BRONZE"}, "low", id="tier"),
        pytest.param("tier", {"tier__in": "GOLD,SILVER"}, "high", id="tier__in"),
    ],
)
def test_sponsor_filters(admin_client, field, query, expected):
    low, high = SPONSOR_VALUES[field]
    rows = {
        "low": with_value(SponsorFactory, field, low),
        "high": with_value(SponsorFactory, field, high),
    }
    assert shown(admin_client, SPONSOR_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("tier", "not-a-choice"),
        ("tier__in", "not-a-choice"),
        ("ordering", "no_such_field"),
    ],
)
def test_sponsor_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(SPONSOR_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_sponsor_default_ordering(admin_client):
    SponsorFactory.create_batch(3)
    expected = Sponsor.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, SPONSOR_URL) == keys


@pytest.mark.parametrize("field", ["name", "tier"])
def test_sponsor_ordering_both_ways(admin_client, field):
    low, high = SPONSOR_VALUES[field]
    rows = {
        "low": with_value(SponsorFactory, field, low),
        "high": with_value(SponsorFactory, field, high),
    }
    assert shown_in_order(admin_client, SPONSOR_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, SPONSOR_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_sponsor_search(admin_client):
    rows = {
        "hit": with_value(SponsorFactory, "name", "Running quokka"),
        "miss": SponsorFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, SPONSOR_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_sponsor_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(SponsorFactory, "name", "Running quokka"),
        "miss": SponsorFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, SPONSOR_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_sponsor_search_lists_best_matches_first(admin_client):
    rows = {"a": SponsorFactory.create(), "b": SponsorFactory.create()}
    first, second = shown_in_order(admin_client, SPONSOR_URL, {}, rows)
    set_value(rows[first], "name", "quokka")
    set_value(rows[second], "name", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, SPONSOR_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_sponsor_search_index():
    with connection.cursor() as cursor:
        table = Sponsor._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["sponsor_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_sponsor_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(SponsorFactory, "name", "Running quokka"),
        "miss": SponsorFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, SPONSOR_URL, query, rows) == {"hit"}
