"""Hostile input to the Conference endpoints: every query parameter of every list
answers each hostile value without a server error, the values that cannot be compared are
refused with a 400, a key no row can have is not found, and a write refuses each value of a
field's type no database stores."""

from urllib.parse import quote

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.conference.factories import (
    MaterialFactory,
    RoomFactory,
    SpeakerFactory,
    TagFactory,
    TalkFactory,
)
from apps.core import hostile
from apps.core.testing import api_payload

pytestmark = pytest.mark.django_db

USER_URL = reverse_lazy("conference:user-list")

ROOM_URL = reverse_lazy("conference:room-list")

SPEAKER_URL = reverse_lazy("conference:speaker-list")

TALK_URL = reverse_lazy("conference:talk-list")

TAG_URL = reverse_lazy("conference:tag-list")

MATERIAL_URL = reverse_lazy("conference:material-list")

SPONSOR_URL = reverse_lazy("conference:sponsor-list")

LIST_PARAMETERS = [
    pytest.param(USER_URL, "username", id="user-username"),
    pytest.param(USER_URL, "username__iexact", id="user-username__iexact"),
    pytest.param(USER_URL, "username__icontains", id="user-username__icontains"),
    pytest.param(USER_URL, "username__istartswith", id="user-username__istartswith"),
    pytest.param(USER_URL, "username__in", id="user-username__in"),
    pytest.param(USER_URL, "date_joined", id="user-date_joined"),
    pytest.param(USER_URL, "date_joined__lt", id="user-date_joined__lt"),
    pytest.param(USER_URL, "date_joined__lte", id="user-date_joined__lte"),
    pytest.param(USER_URL, "date_joined__gt", id="user-date_joined__gt"),
    pytest.param(USER_URL, "date_joined__gte", id="user-date_joined__gte"),
    pytest.param(USER_URL, "date_joined__range", id="user-date_joined__range"),
    pytest.param(USER_URL, "date_joined__year", id="user-date_joined__year"),
    pytest.param(USER_URL, "date_joined__month", id="user-date_joined__month"),
    pytest.param(USER_URL, "ordering", id="user-ordering"),
    pytest.param(USER_URL, "page", id="user-page"),
    pytest.param(USER_URL, "page_size", id="user-page_size"),
    pytest.param(ROOM_URL, "name", id="room-name"),
    pytest.param(ROOM_URL, "name__iexact", id="room-name__iexact"),
    pytest.param(ROOM_URL, "name__icontains", id="room-name__icontains"),
    pytest.param(ROOM_URL, "name__istartswith", id="room-name__istartswith"),
    pytest.param(ROOM_URL, "name__in", id="room-name__in"),
    pytest.param(ROOM_URL, "seats", id="room-seats"),
    pytest.param(ROOM_URL, "seats__lt", id="room-seats__lt"),
    pytest.param(ROOM_URL, "seats__lte", id="room-seats__lte"),
    pytest.param(ROOM_URL, "seats__gt", id="room-seats__gt"),
    pytest.param(ROOM_URL, "seats__gte", id="room-seats__gte"),
    pytest.param(ROOM_URL, "seats__range", id="room-seats__range"),
    pytest.param(ROOM_URL, "floor", id="room-floor"),
    pytest.param(ROOM_URL, "floor__lt", id="room-floor__lt"),
    pytest.param(ROOM_URL, "floor__lte", id="room-floor__lte"),
    pytest.param(ROOM_URL, "floor__gt", id="room-floor__gt"),
    pytest.param(ROOM_URL, "floor__gte", id="room-floor__gte"),
    pytest.param(ROOM_URL, "floor__range", id="room-floor__range"),
    pytest.param(ROOM_URL, "floor__isnull", id="room-floor__isnull"),
    pytest.param(ROOM_URL, "accessible", id="room-accessible"),
    pytest.param(ROOM_URL, "accessible__isnull", id="room-accessible__isnull"),
    pytest.param(ROOM_URL, "search", id="room-search"),
    pytest.param(ROOM_URL, "ordering", id="room-ordering"),
    pytest.param(ROOM_URL, "page", id="room-page"),
    pytest.param(ROOM_URL, "page_size", id="room-page_size"),
    pytest.param(SPEAKER_URL, "full_name", id="speaker-full_name"),
    pytest.param(SPEAKER_URL, "full_name__iexact", id="speaker-full_name__iexact"),
    pytest.param(
        SPEAKER_URL, "full_name__icontains", id="speaker-full_name__icontains"
    ),
    pytest.param(
        SPEAKER_URL, "full_name__istartswith", id="speaker-full_name__istartswith"
    ),
    pytest.param(SPEAKER_URL, "full_name__in", id="speaker-full_name__in"),
    pytest.param(SPEAKER_URL, "email", id="speaker-email"),
    pytest.param(SPEAKER_URL, "email__iexact", id="speaker-email__iexact"),
    pytest.param(SPEAKER_URL, "email__icontains", id="speaker-email__icontains"),
    pytest.param(SPEAKER_URL, "email__istartswith", id="speaker-email__istartswith"),
    pytest.param(SPEAKER_URL, "email__in", id="speaker-email__in"),
    pytest.param(SPEAKER_URL, "biography", id="speaker-biography"),
    pytest.param(SPEAKER_URL, "biography__iexact", id="speaker-biography__iexact"),
    pytest.param(
        SPEAKER_URL, "biography__icontains", id="speaker-biography__icontains"
    ),
    pytest.param(
        SPEAKER_URL, "biography__istartswith", id="speaker-biography__istartswith"
    ),
    pytest.param(SPEAKER_URL, "biography__in", id="speaker-biography__in"),
    pytest.param(SPEAKER_URL, "rating", id="speaker-rating"),
    pytest.param(SPEAKER_URL, "rating__lt", id="speaker-rating__lt"),
    pytest.param(SPEAKER_URL, "rating__lte", id="speaker-rating__lte"),
    pytest.param(SPEAKER_URL, "rating__gt", id="speaker-rating__gt"),
    pytest.param(SPEAKER_URL, "rating__gte", id="speaker-rating__gte"),
    pytest.param(SPEAKER_URL, "rating__range", id="speaker-rating__range"),
    pytest.param(SPEAKER_URL, "rating__isnull", id="speaker-rating__isnull"),
    pytest.param(SPEAKER_URL, "fee", id="speaker-fee"),
    pytest.param(SPEAKER_URL, "fee__lt", id="speaker-fee__lt"),
    pytest.param(SPEAKER_URL, "fee__lte", id="speaker-fee__lte"),
    pytest.param(SPEAKER_URL, "fee__gt", id="speaker-fee__gt"),
    pytest.param(SPEAKER_URL, "fee__gte", id="speaker-fee__gte"),
    pytest.param(SPEAKER_URL, "fee__range", id="speaker-fee__range"),
    pytest.param(SPEAKER_URL, "fee__isnull", id="speaker-fee__isnull"),
    pytest.param(SPEAKER_URL, "account", id="speaker-account"),
    pytest.param(SPEAKER_URL, "account__in", id="speaker-account__in"),
    pytest.param(SPEAKER_URL, "account__isnull", id="speaker-account__isnull"),
    pytest.param(SPEAKER_URL, "search", id="speaker-search"),
    pytest.param(SPEAKER_URL, "ordering", id="speaker-ordering"),
    pytest.param(SPEAKER_URL, "cursor", id="speaker-cursor"),
    pytest.param(SPEAKER_URL, "page_size", id="speaker-page_size"),
    pytest.param(TALK_URL, "title", id="talk-title"),
    pytest.param(TALK_URL, "title__iexact", id="talk-title__iexact"),
    pytest.param(TALK_URL, "title__icontains", id="talk-title__icontains"),
    pytest.param(TALK_URL, "title__istartswith", id="talk-title__istartswith"),
    pytest.param(TALK_URL, "title__in", id="talk-title__in"),
    pytest.param(TALK_URL, "level", id="talk-level"),
    pytest.param(TALK_URL, "level__in", id="talk-level__in"),
    pytest.param(TALK_URL, "format", id="talk-format"),
    pytest.param(TALK_URL, "format__in", id="talk-format__in"),
    pytest.param(TALK_URL, "language", id="talk-language"),
    pytest.param(TALK_URL, "language__in", id="talk-language__in"),
    pytest.param(TALK_URL, "day", id="talk-day"),
    pytest.param(TALK_URL, "day__lt", id="talk-day__lt"),
    pytest.param(TALK_URL, "day__lte", id="talk-day__lte"),
    pytest.param(TALK_URL, "day__gt", id="talk-day__gt"),
    pytest.param(TALK_URL, "day__gte", id="talk-day__gte"),
    pytest.param(TALK_URL, "day__range", id="talk-day__range"),
    pytest.param(TALK_URL, "day__year", id="talk-day__year"),
    pytest.param(TALK_URL, "day__month", id="talk-day__month"),
    pytest.param(TALK_URL, "starts_at", id="talk-starts_at"),
    pytest.param(TALK_URL, "starts_at__lt", id="talk-starts_at__lt"),
    pytest.param(TALK_URL, "starts_at__lte", id="talk-starts_at__lte"),
    pytest.param(TALK_URL, "starts_at__gt", id="talk-starts_at__gt"),
    pytest.param(TALK_URL, "starts_at__gte", id="talk-starts_at__gte"),
    pytest.param(TALK_URL, "starts_at__range", id="talk-starts_at__range"),
    pytest.param(TALK_URL, "length", id="talk-length"),
    pytest.param(TALK_URL, "length__lt", id="talk-length__lt"),
    pytest.param(TALK_URL, "length__lte", id="talk-length__lte"),
    pytest.param(TALK_URL, "length__gt", id="talk-length__gt"),
    pytest.param(TALK_URL, "length__gte", id="talk-length__gte"),
    pytest.param(TALK_URL, "length__range", id="talk-length__range"),
    pytest.param(TALK_URL, "length__isnull", id="talk-length__isnull"),
    pytest.param(TALK_URL, "submitted_at", id="talk-submitted_at"),
    pytest.param(TALK_URL, "submitted_at__lt", id="talk-submitted_at__lt"),
    pytest.param(TALK_URL, "submitted_at__lte", id="talk-submitted_at__lte"),
    pytest.param(TALK_URL, "submitted_at__gt", id="talk-submitted_at__gt"),
    pytest.param(TALK_URL, "submitted_at__gte", id="talk-submitted_at__gte"),
    pytest.param(TALK_URL, "submitted_at__range", id="talk-submitted_at__range"),
    pytest.param(TALK_URL, "submitted_at__year", id="talk-submitted_at__year"),
    pytest.param(TALK_URL, "submitted_at__month", id="talk-submitted_at__month"),
    pytest.param(TALK_URL, "submitted_at__isnull", id="talk-submitted_at__isnull"),
    pytest.param(TALK_URL, "published_at", id="talk-published_at"),
    pytest.param(TALK_URL, "published_at__lt", id="talk-published_at__lt"),
    pytest.param(TALK_URL, "published_at__lte", id="talk-published_at__lte"),
    pytest.param(TALK_URL, "published_at__gt", id="talk-published_at__gt"),
    pytest.param(TALK_URL, "published_at__gte", id="talk-published_at__gte"),
    pytest.param(TALK_URL, "published_at__range", id="talk-published_at__range"),
    pytest.param(TALK_URL, "published_at__year", id="talk-published_at__year"),
    pytest.param(TALK_URL, "published_at__month", id="talk-published_at__month"),
    pytest.param(TALK_URL, "published_at__isnull", id="talk-published_at__isnull"),
    pytest.param(TALK_URL, "score", id="talk-score"),
    pytest.param(TALK_URL, "score__lt", id="talk-score__lt"),
    pytest.param(TALK_URL, "score__lte", id="talk-score__lte"),
    pytest.param(TALK_URL, "score__gt", id="talk-score__gt"),
    pytest.param(TALK_URL, "score__gte", id="talk-score__gte"),
    pytest.param(TALK_URL, "score__range", id="talk-score__range"),
    pytest.param(TALK_URL, "score__isnull", id="talk-score__isnull"),
    pytest.param(TALK_URL, "reference", id="talk-reference"),
    pytest.param(TALK_URL, "reference__in", id="talk-reference__in"),
    pytest.param(TALK_URL, "reference__isnull", id="talk-reference__isnull"),
    pytest.param(TALK_URL, "speaker", id="talk-speaker"),
    pytest.param(TALK_URL, "speaker__in", id="talk-speaker__in"),
    pytest.param(TALK_URL, "room", id="talk-room"),
    pytest.param(TALK_URL, "room__in", id="talk-room__in"),
    pytest.param(TALK_URL, "room__isnull", id="talk-room__isnull"),
    pytest.param(TALK_URL, "reviewer", id="talk-reviewer"),
    pytest.param(TALK_URL, "reviewer__in", id="talk-reviewer__in"),
    pytest.param(TALK_URL, "reviewer__isnull", id="talk-reviewer__isnull"),
    pytest.param(TALK_URL, "tags", id="talk-tags"),
    pytest.param(TALK_URL, "tags__in", id="talk-tags__in"),
    pytest.param(TALK_URL, "search", id="talk-search"),
    pytest.param(TALK_URL, "ordering", id="talk-ordering"),
    pytest.param(TALK_URL, "page", id="talk-page"),
    pytest.param(TALK_URL, "page_size", id="talk-page_size"),
    pytest.param(TAG_URL, "label", id="tag-label"),
    pytest.param(TAG_URL, "label__iexact", id="tag-label__iexact"),
    pytest.param(TAG_URL, "label__icontains", id="tag-label__icontains"),
    pytest.param(TAG_URL, "label__istartswith", id="tag-label__istartswith"),
    pytest.param(TAG_URL, "label__in", id="tag-label__in"),
    pytest.param(TAG_URL, "search", id="tag-search"),
    pytest.param(TAG_URL, "ordering", id="tag-ordering"),
    pytest.param(TAG_URL, "page", id="tag-page"),
    pytest.param(TAG_URL, "page_size", id="tag-page_size"),
    pytest.param(MATERIAL_URL, "name", id="material-name"),
    pytest.param(MATERIAL_URL, "name__iexact", id="material-name__iexact"),
    pytest.param(MATERIAL_URL, "name__icontains", id="material-name__icontains"),
    pytest.param(MATERIAL_URL, "name__istartswith", id="material-name__istartswith"),
    pytest.param(MATERIAL_URL, "name__in", id="material-name__in"),
    pytest.param(MATERIAL_URL, "talk", id="material-talk"),
    pytest.param(MATERIAL_URL, "talk__in", id="material-talk__in"),
    pytest.param(MATERIAL_URL, "search", id="material-search"),
    pytest.param(MATERIAL_URL, "ordering", id="material-ordering"),
    pytest.param(MATERIAL_URL, "page", id="material-page"),
    pytest.param(MATERIAL_URL, "page_size", id="material-page_size"),
    pytest.param(SPONSOR_URL, "name", id="sponsor-name"),
    pytest.param(SPONSOR_URL, "name__iexact", id="sponsor-name__iexact"),
    pytest.param(SPONSOR_URL, "name__icontains", id="sponsor-name__icontains"),
    pytest.param(SPONSOR_URL, "name__istartswith", id="sponsor-name__istartswith"),
    pytest.param(SPONSOR_URL, "name__in", id="sponsor-name__in"),
    pytest.param(SPONSOR_URL, "tier", id="sponsor-tier"),
    pytest.param(SPONSOR_URL, "tier__in", id="sponsor-tier__in"),
    pytest.param(SPONSOR_URL, "search", id="sponsor-search"),
    pytest.param(SPONSOR_URL, "ordering", id="sponsor-ordering"),
    pytest.param(SPONSOR_URL, "page", id="sponsor-page"),
    pytest.param(SPONSOR_URL, "page_size", id="sponsor-page_size"),
]

REFUSED_QUERIES = [
    pytest.param(USER_URL, "username", hostile.NUL, id="user-username-nul"),
    pytest.param(
        USER_URL, "username__iexact", hostile.NUL, id="user-username__iexact-nul"
    ),
    pytest.param(
        USER_URL, "username__icontains", hostile.NUL, id="user-username__icontains-nul"
    ),
    pytest.param(
        USER_URL,
        "username__istartswith",
        hostile.NUL,
        id="user-username__istartswith-nul",
    ),
    pytest.param(USER_URL, "date_joined", hostile.NUL, id="user-date_joined-nul"),
    pytest.param(
        USER_URL, "date_joined__lt", hostile.NUL, id="user-date_joined__lt-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__lte", hostile.NUL, id="user-date_joined__lte-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__gt", hostile.NUL, id="user-date_joined__gt-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__gte", hostile.NUL, id="user-date_joined__gte-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__range", hostile.NUL, id="user-date_joined__range-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__year", hostile.NUL, id="user-date_joined__year-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__month", hostile.NUL, id="user-date_joined__month-nul"
    ),
    pytest.param(
        USER_URL,
        "date_joined__lt",
        hostile.LATEST_DATETIME,
        id="user-date_joined__lt-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__lt",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__lt-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__lte",
        hostile.LATEST_DATETIME,
        id="user-date_joined__lte-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__lte",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__lte-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gt",
        hostile.LATEST_DATETIME,
        id="user-date_joined__gt-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gt",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__gt-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gte",
        hostile.LATEST_DATETIME,
        id="user-date_joined__gte-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gte",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__gte-earliest_datetime",
    ),
    pytest.param(USER_URL, "ordering", hostile.NUL, id="user-ordering-nul"),
    pytest.param(ROOM_URL, "name", hostile.NUL, id="room-name-nul"),
    pytest.param(ROOM_URL, "name__iexact", hostile.NUL, id="room-name__iexact-nul"),
    pytest.param(
        ROOM_URL, "name__icontains", hostile.NUL, id="room-name__icontains-nul"
    ),
    pytest.param(
        ROOM_URL, "name__istartswith", hostile.NUL, id="room-name__istartswith-nul"
    ),
    pytest.param(ROOM_URL, "seats", hostile.NUL, id="room-seats-nul"),
    pytest.param(ROOM_URL, "seats__lt", hostile.NUL, id="room-seats__lt-nul"),
    pytest.param(ROOM_URL, "seats__lte", hostile.NUL, id="room-seats__lte-nul"),
    pytest.param(ROOM_URL, "seats__gt", hostile.NUL, id="room-seats__gt-nul"),
    pytest.param(ROOM_URL, "seats__gte", hostile.NUL, id="room-seats__gte-nul"),
    pytest.param(ROOM_URL, "seats__range", hostile.NUL, id="room-seats__range-nul"),
    pytest.param(ROOM_URL, "floor", hostile.NUL, id="room-floor-nul"),
    pytest.param(ROOM_URL, "floor__lt", hostile.NUL, id="room-floor__lt-nul"),
    pytest.param(ROOM_URL, "floor__lte", hostile.NUL, id="room-floor__lte-nul"),
    pytest.param(ROOM_URL, "floor__gt", hostile.NUL, id="room-floor__gt-nul"),
    pytest.param(ROOM_URL, "floor__gte", hostile.NUL, id="room-floor__gte-nul"),
    pytest.param(ROOM_URL, "floor__range", hostile.NUL, id="room-floor__range-nul"),
    pytest.param(ROOM_URL, "floor__isnull", hostile.NUL, id="room-floor__isnull-nul"),
    pytest.param(ROOM_URL, "accessible", hostile.NUL, id="room-accessible-nul"),
    pytest.param(
        ROOM_URL, "accessible__isnull", hostile.NUL, id="room-accessible__isnull-nul"
    ),
    pytest.param(ROOM_URL, "search", hostile.NUL, id="room-search-nul"),
    pytest.param(ROOM_URL, "search", hostile.MANY_WORDS, id="room-search-many_words"),
    pytest.param(ROOM_URL, "search", hostile.LONG_WORD, id="room-search-long_word"),
    pytest.param(ROOM_URL, "ordering", hostile.NUL, id="room-ordering-nul"),
    pytest.param(SPEAKER_URL, "full_name", hostile.NUL, id="speaker-full_name-nul"),
    pytest.param(
        SPEAKER_URL,
        "full_name__iexact",
        hostile.NUL,
        id="speaker-full_name__iexact-nul",
    ),
    pytest.param(
        SPEAKER_URL,
        "full_name__icontains",
        hostile.NUL,
        id="speaker-full_name__icontains-nul",
    ),
    pytest.param(
        SPEAKER_URL,
        "full_name__istartswith",
        hostile.NUL,
        id="speaker-full_name__istartswith-nul",
    ),
    pytest.param(SPEAKER_URL, "email", hostile.NUL, id="speaker-email-nul"),
    pytest.param(
        SPEAKER_URL, "email__iexact", hostile.NUL, id="speaker-email__iexact-nul"
    ),
    pytest.param(
        SPEAKER_URL, "email__icontains", hostile.NUL, id="speaker-email__icontains-nul"
    ),
    pytest.param(
        SPEAKER_URL,
        "email__istartswith",
        hostile.NUL,
        id="speaker-email__istartswith-nul",
    ),
    pytest.param(SPEAKER_URL, "biography", hostile.NUL, id="speaker-biography-nul"),
    pytest.param(
        SPEAKER_URL,
        "biography__iexact",
        hostile.NUL,
        id="speaker-biography__iexact-nul",
    ),
    pytest.param(
        SPEAKER_URL,
        "biography__icontains",
        hostile.NUL,
        id="speaker-biography__icontains-nul",
    ),
    pytest.param(
        SPEAKER_URL,
        "biography__istartswith",
        hostile.NUL,
        id="speaker-biography__istartswith-nul",
    ),
    pytest.param(SPEAKER_URL, "rating", hostile.NUL, id="speaker-rating-nul"),
    pytest.param(SPEAKER_URL, "rating__lt", hostile.NUL, id="speaker-rating__lt-nul"),
    pytest.param(SPEAKER_URL, "rating__lte", hostile.NUL, id="speaker-rating__lte-nul"),
    pytest.param(SPEAKER_URL, "rating__gt", hostile.NUL, id="speaker-rating__gt-nul"),
    pytest.param(SPEAKER_URL, "rating__gte", hostile.NUL, id="speaker-rating__gte-nul"),
    pytest.param(
        SPEAKER_URL, "rating__range", hostile.NUL, id="speaker-rating__range-nul"
    ),
    pytest.param(
        SPEAKER_URL, "rating__isnull", hostile.NUL, id="speaker-rating__isnull-nul"
    ),
    pytest.param(SPEAKER_URL, "fee", hostile.NUL, id="speaker-fee-nul"),
    pytest.param(SPEAKER_URL, "fee__lt", hostile.NUL, id="speaker-fee__lt-nul"),
    pytest.param(SPEAKER_URL, "fee__lte", hostile.NUL, id="speaker-fee__lte-nul"),
    pytest.param(SPEAKER_URL, "fee__gt", hostile.NUL, id="speaker-fee__gt-nul"),
    pytest.param(SPEAKER_URL, "fee__gte", hostile.NUL, id="speaker-fee__gte-nul"),
    pytest.param(SPEAKER_URL, "fee__range", hostile.NUL, id="speaker-fee__range-nul"),
    pytest.param(SPEAKER_URL, "fee__isnull", hostile.NUL, id="speaker-fee__isnull-nul"),
    pytest.param(SPEAKER_URL, "account", hostile.NUL, id="speaker-account-nul"),
    pytest.param(
        SPEAKER_URL, "account__isnull", hostile.NUL, id="speaker-account__isnull-nul"
    ),
    pytest.param(SPEAKER_URL, "search", hostile.NUL, id="speaker-search-nul"),
    pytest.param(
        SPEAKER_URL, "search", hostile.MANY_WORDS, id="speaker-search-many_words"
    ),
    pytest.param(
        SPEAKER_URL, "search", hostile.LONG_WORD, id="speaker-search-long_word"
    ),
    pytest.param(SPEAKER_URL, "ordering", hostile.NUL, id="speaker-ordering-nul"),
    pytest.param(
        SPEAKER_URL,
        "cursor",
        hostile.FORGED_CURSORS[0],
        id="speaker-cursor-forged_cursors0",
    ),
    pytest.param(
        SPEAKER_URL,
        "cursor",
        hostile.FORGED_CURSORS[1],
        id="speaker-cursor-forged_cursors1",
    ),
    pytest.param(
        SPEAKER_URL,
        "cursor",
        hostile.FORGED_CURSORS[2],
        id="speaker-cursor-forged_cursors2",
    ),
    pytest.param(
        SPEAKER_URL,
        "cursor",
        hostile.FORGED_CURSORS[3],
        id="speaker-cursor-forged_cursors3",
    ),
    pytest.param(
        SPEAKER_URL,
        "cursor",
        hostile.FORGED_CURSORS[4],
        id="speaker-cursor-forged_cursors4",
    ),
    pytest.param(TALK_URL, "title", hostile.NUL, id="talk-title-nul"),
    pytest.param(TALK_URL, "title__iexact", hostile.NUL, id="talk-title__iexact-nul"),
    pytest.param(
        TALK_URL, "title__icontains", hostile.NUL, id="talk-title__icontains-nul"
    ),
    pytest.param(
        TALK_URL, "title__istartswith", hostile.NUL, id="talk-title__istartswith-nul"
    ),
    pytest.param(TALK_URL, "level", hostile.NUL, id="talk-level-nul"),
    pytest.param(TALK_URL, "format", hostile.NUL, id="talk-format-nul"),
    pytest.param(TALK_URL, "language", hostile.NUL, id="talk-language-nul"),
    pytest.param(TALK_URL, "day", hostile.NUL, id="talk-day-nul"),
    pytest.param(TALK_URL, "day__lt", hostile.NUL, id="talk-day__lt-nul"),
    pytest.param(TALK_URL, "day__lte", hostile.NUL, id="talk-day__lte-nul"),
    pytest.param(TALK_URL, "day__gt", hostile.NUL, id="talk-day__gt-nul"),
    pytest.param(TALK_URL, "day__gte", hostile.NUL, id="talk-day__gte-nul"),
    pytest.param(TALK_URL, "day__range", hostile.NUL, id="talk-day__range-nul"),
    pytest.param(TALK_URL, "day__year", hostile.NUL, id="talk-day__year-nul"),
    pytest.param(TALK_URL, "day__month", hostile.NUL, id="talk-day__month-nul"),
    pytest.param(TALK_URL, "starts_at", hostile.NUL, id="talk-starts_at-nul"),
    pytest.param(TALK_URL, "starts_at__lt", hostile.NUL, id="talk-starts_at__lt-nul"),
    pytest.param(TALK_URL, "starts_at__lte", hostile.NUL, id="talk-starts_at__lte-nul"),
    pytest.param(TALK_URL, "starts_at__gt", hostile.NUL, id="talk-starts_at__gt-nul"),
    pytest.param(TALK_URL, "starts_at__gte", hostile.NUL, id="talk-starts_at__gte-nul"),
    pytest.param(
        TALK_URL, "starts_at__range", hostile.NUL, id="talk-starts_at__range-nul"
    ),
    pytest.param(TALK_URL, "length", hostile.NUL, id="talk-length-nul"),
    pytest.param(TALK_URL, "length__lt", hostile.NUL, id="talk-length__lt-nul"),
    pytest.param(TALK_URL, "length__lte", hostile.NUL, id="talk-length__lte-nul"),
    pytest.param(TALK_URL, "length__gt", hostile.NUL, id="talk-length__gt-nul"),
    pytest.param(TALK_URL, "length__gte", hostile.NUL, id="talk-length__gte-nul"),
    pytest.param(TALK_URL, "length__range", hostile.NUL, id="talk-length__range-nul"),
    pytest.param(TALK_URL, "length__isnull", hostile.NUL, id="talk-length__isnull-nul"),
    pytest.param(
        TALK_URL,
        "length__lt",
        hostile.HUGE_DURATION,
        id="talk-length__lt-huge_duration",
    ),
    pytest.param(
        TALK_URL,
        "length__lte",
        hostile.HUGE_DURATION,
        id="talk-length__lte-huge_duration",
    ),
    pytest.param(
        TALK_URL,
        "length__gt",
        hostile.HUGE_DURATION,
        id="talk-length__gt-huge_duration",
    ),
    pytest.param(
        TALK_URL,
        "length__gte",
        hostile.HUGE_DURATION,
        id="talk-length__gte-huge_duration",
    ),
    pytest.param(TALK_URL, "submitted_at", hostile.NUL, id="talk-submitted_at-nul"),
    pytest.param(
        TALK_URL, "submitted_at__lt", hostile.NUL, id="talk-submitted_at__lt-nul"
    ),
    pytest.param(
        TALK_URL, "submitted_at__lte", hostile.NUL, id="talk-submitted_at__lte-nul"
    ),
    pytest.param(
        TALK_URL, "submitted_at__gt", hostile.NUL, id="talk-submitted_at__gt-nul"
    ),
    pytest.param(
        TALK_URL, "submitted_at__gte", hostile.NUL, id="talk-submitted_at__gte-nul"
    ),
    pytest.param(
        TALK_URL, "submitted_at__range", hostile.NUL, id="talk-submitted_at__range-nul"
    ),
    pytest.param(
        TALK_URL, "submitted_at__year", hostile.NUL, id="talk-submitted_at__year-nul"
    ),
    pytest.param(
        TALK_URL, "submitted_at__month", hostile.NUL, id="talk-submitted_at__month-nul"
    ),
    pytest.param(
        TALK_URL,
        "submitted_at__isnull",
        hostile.NUL,
        id="talk-submitted_at__isnull-nul",
    ),
    pytest.param(
        TALK_URL,
        "submitted_at__lt",
        hostile.LATEST_DATETIME,
        id="talk-submitted_at__lt-latest_datetime",
    ),
    pytest.param(
        TALK_URL,
        "submitted_at__lt",
        hostile.EARLIEST_DATETIME,
        id="talk-submitted_at__lt-earliest_datetime",
    ),
    pytest.param(
        TALK_URL,
        "submitted_at__lte",
        hostile.LATEST_DATETIME,
        id="talk-submitted_at__lte-latest_datetime",
    ),
    pytest.param(
        TALK_URL,
        "submitted_at__lte",
        hostile.EARLIEST_DATETIME,
        id="talk-submitted_at__lte-earliest_datetime",
    ),
    pytest.param(
        TALK_URL,
        "submitted_at__gt",
        hostile.LATEST_DATETIME,
        id="talk-submitted_at__gt-latest_datetime",
    ),
    pytest.param(
        TALK_URL,
        "submitted_at__gt",
        hostile.EARLIEST_DATETIME,
        id="talk-submitted_at__gt-earliest_datetime",
    ),
    pytest.param(
        TALK_URL,
        "submitted_at__gte",
        hostile.LATEST_DATETIME,
        id="talk-submitted_at__gte-latest_datetime",
    ),
    pytest.param(
        TALK_URL,
        "submitted_at__gte",
        hostile.EARLIEST_DATETIME,
        id="talk-submitted_at__gte-earliest_datetime",
    ),
    pytest.param(TALK_URL, "published_at", hostile.NUL, id="talk-published_at-nul"),
    pytest.param(
        TALK_URL, "published_at__lt", hostile.NUL, id="talk-published_at__lt-nul"
    ),
    pytest.param(
        TALK_URL, "published_at__lte", hostile.NUL, id="talk-published_at__lte-nul"
    ),
    pytest.param(
        TALK_URL, "published_at__gt", hostile.NUL, id="talk-published_at__gt-nul"
    ),
    pytest.param(
        TALK_URL, "published_at__gte", hostile.NUL, id="talk-published_at__gte-nul"
    ),
    pytest.param(
        TALK_URL, "published_at__range", hostile.NUL, id="talk-published_at__range-nul"
    ),
    pytest.param(
        TALK_URL, "published_at__year", hostile.NUL, id="talk-published_at__year-nul"
    ),
    pytest.param(
        TALK_URL, "published_at__month", hostile.NUL, id="talk-published_at__month-nul"
    ),
    pytest.param(
        TALK_URL,
        "published_at__isnull",
        hostile.NUL,
        id="talk-published_at__isnull-nul",
    ),
    pytest.param(
        TALK_URL,
        "published_at__lt",
        hostile.LATEST_DATETIME,
        id="talk-published_at__lt-latest_datetime",
    ),
    pytest.param(
        TALK_URL,
        "published_at__lt",
        hostile.EARLIEST_DATETIME,
        id="talk-published_at__lt-earliest_datetime",
    ),
    pytest.param(
        TALK_URL,
        "published_at__lte",
        hostile.LATEST_DATETIME,
        id="talk-published_at__lte-latest_datetime",
    ),
    pytest.param(
        TALK_URL,
        "published_at__lte",
        hostile.EARLIEST_DATETIME,
        id="talk-published_at__lte-earliest_datetime",
    ),
    pytest.param(
        TALK_URL,
        "published_at__gt",
        hostile.LATEST_DATETIME,
        id="talk-published_at__gt-latest_datetime",
    ),
    pytest.param(
        TALK_URL,
        "published_at__gt",
        hostile.EARLIEST_DATETIME,
        id="talk-published_at__gt-earliest_datetime",
    ),
    pytest.param(
        TALK_URL,
        "published_at__gte",
        hostile.LATEST_DATETIME,
        id="talk-published_at__gte-latest_datetime",
    ),
    pytest.param(
        TALK_URL,
        "published_at__gte",
        hostile.EARLIEST_DATETIME,
        id="talk-published_at__gte-earliest_datetime",
    ),
    pytest.param(TALK_URL, "score", hostile.NUL, id="talk-score-nul"),
    pytest.param(TALK_URL, "score__lt", hostile.NUL, id="talk-score__lt-nul"),
    pytest.param(TALK_URL, "score__lte", hostile.NUL, id="talk-score__lte-nul"),
    pytest.param(TALK_URL, "score__gt", hostile.NUL, id="talk-score__gt-nul"),
    pytest.param(TALK_URL, "score__gte", hostile.NUL, id="talk-score__gte-nul"),
    pytest.param(TALK_URL, "score__range", hostile.NUL, id="talk-score__range-nul"),
    pytest.param(TALK_URL, "score__isnull", hostile.NUL, id="talk-score__isnull-nul"),
    pytest.param(TALK_URL, "reference", hostile.NUL, id="talk-reference-nul"),
    pytest.param(
        TALK_URL, "reference__isnull", hostile.NUL, id="talk-reference__isnull-nul"
    ),
    pytest.param(TALK_URL, "speaker", hostile.NUL, id="talk-speaker-nul"),
    pytest.param(TALK_URL, "room", hostile.NUL, id="talk-room-nul"),
    pytest.param(TALK_URL, "room__isnull", hostile.NUL, id="talk-room__isnull-nul"),
    pytest.param(TALK_URL, "reviewer", hostile.NUL, id="talk-reviewer-nul"),
    pytest.param(
        TALK_URL, "reviewer__isnull", hostile.NUL, id="talk-reviewer__isnull-nul"
    ),
    pytest.param(TALK_URL, "tags", hostile.NUL, id="talk-tags-nul"),
    pytest.param(TALK_URL, "search", hostile.NUL, id="talk-search-nul"),
    pytest.param(TALK_URL, "search", hostile.MANY_WORDS, id="talk-search-many_words"),
    pytest.param(TALK_URL, "search", hostile.LONG_WORD, id="talk-search-long_word"),
    pytest.param(TALK_URL, "ordering", hostile.NUL, id="talk-ordering-nul"),
    pytest.param(TAG_URL, "label", hostile.NUL, id="tag-label-nul"),
    pytest.param(TAG_URL, "label__iexact", hostile.NUL, id="tag-label__iexact-nul"),
    pytest.param(
        TAG_URL, "label__icontains", hostile.NUL, id="tag-label__icontains-nul"
    ),
    pytest.param(
        TAG_URL, "label__istartswith", hostile.NUL, id="tag-label__istartswith-nul"
    ),
    pytest.param(TAG_URL, "search", hostile.NUL, id="tag-search-nul"),
    pytest.param(TAG_URL, "search", hostile.MANY_WORDS, id="tag-search-many_words"),
    pytest.param(TAG_URL, "search", hostile.LONG_WORD, id="tag-search-long_word"),
    pytest.param(TAG_URL, "ordering", hostile.NUL, id="tag-ordering-nul"),
    pytest.param(MATERIAL_URL, "name", hostile.NUL, id="material-name-nul"),
    pytest.param(
        MATERIAL_URL, "name__iexact", hostile.NUL, id="material-name__iexact-nul"
    ),
    pytest.param(
        MATERIAL_URL, "name__icontains", hostile.NUL, id="material-name__icontains-nul"
    ),
    pytest.param(
        MATERIAL_URL,
        "name__istartswith",
        hostile.NUL,
        id="material-name__istartswith-nul",
    ),
    pytest.param(MATERIAL_URL, "talk", hostile.NUL, id="material-talk-nul"),
    pytest.param(MATERIAL_URL, "search", hostile.NUL, id="material-search-nul"),
    pytest.param(
        MATERIAL_URL, "search", hostile.MANY_WORDS, id="material-search-many_words"
    ),
    pytest.param(
        MATERIAL_URL, "search", hostile.LONG_WORD, id="material-search-long_word"
    ),
    pytest.param(MATERIAL_URL, "ordering", hostile.NUL, id="material-ordering-nul"),
    pytest.param(SPONSOR_URL, "name", hostile.NUL, id="sponsor-name-nul"),
    pytest.param(
        SPONSOR_URL, "name__iexact", hostile.NUL, id="sponsor-name__iexact-nul"
    ),
    pytest.param(
        SPONSOR_URL, "name__icontains", hostile.NUL, id="sponsor-name__icontains-nul"
    ),
    pytest.param(
        SPONSOR_URL,
        "name__istartswith",
        hostile.NUL,
        id="sponsor-name__istartswith-nul",
    ),
    pytest.param(SPONSOR_URL, "tier", hostile.NUL, id="sponsor-tier-nul"),
    pytest.param(SPONSOR_URL, "search", hostile.NUL, id="sponsor-search-nul"),
    pytest.param(
        SPONSOR_URL, "search", hostile.MANY_WORDS, id="sponsor-search-many_words"
    ),
    pytest.param(
        SPONSOR_URL, "search", hostile.LONG_WORD, id="sponsor-search-long_word"
    ),
    pytest.param(SPONSOR_URL, "ordering", hostile.NUL, id="sponsor-ordering-nul"),
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
    pytest.param(USER_URL, "", id="user-detail"),
    pytest.param(USER_URL, "talks/", id="user-talks"),
    pytest.param(ROOM_URL, "", id="room-detail"),
    pytest.param(ROOM_URL, "talks/", id="room-talks"),
    pytest.param(SPEAKER_URL, "", id="speaker-detail"),
    pytest.param(SPEAKER_URL, "talks/", id="speaker-talks"),
    pytest.param(TALK_URL, "", id="talk-detail"),
    pytest.param(TALK_URL, "materials/", id="talk-materials"),
    pytest.param(TAG_URL, "", id="tag-detail"),
    pytest.param(TAG_URL, "talks/", id="tag-talks"),
    pytest.param(MATERIAL_URL, "", id="material-detail"),
    pytest.param(SPONSOR_URL, "", id="sponsor-detail"),
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
    "name": "name",
    "seats": "seats",
    "floor": "floor",
    "accessible": "accessible",
}

SPEAKER_FIELDS = {
    "full_name": "full_name",
    "email": "email",
    "biography": "biography",
    "photo": "photo",
    "rating": "rating",
    "fee": "fee",
    "account": "account",
}

TALK_FIELDS = {
    "title": "title",
    "level": "level",
    "format": "format",
    "language": "language",
    "day": "day",
    "starts_at": "starts_at",
    "length": "length",
    "submitted_at": "submitted_at",
    "published_at": "published_at",
    "slides": "slides",
    "score": "score",
    "reference": "reference",
    "speaker": "speaker",
    "room": "room",
    "reviewer": "reviewer",
    "tags": "tags",
}

TAG_FIELDS = {
    "label": "label",
}

MATERIAL_FIELDS = {
    "name": "name",
    "file": "file",
    "talk": "talk",
}

REFUSED_VALUES = [
    pytest.param(
        RoomFactory, ROOM_FIELDS, ROOM_URL, "name", hostile.NUL, id="room-name-nul"
    ),
    pytest.param(
        RoomFactory,
        ROOM_FIELDS,
        ROOM_URL,
        "name",
        hostile.SURROGATE,
        id="room-name-surrogate",
    ),
    pytest.param(
        RoomFactory, ROOM_FIELDS, ROOM_URL, "seats", hostile.NUL, id="room-seats-nul"
    ),
    pytest.param(
        RoomFactory,
        ROOM_FIELDS,
        ROOM_URL,
        "seats",
        hostile.SURROGATE,
        id="room-seats-surrogate",
    ),
    pytest.param(
        RoomFactory,
        ROOM_FIELDS,
        ROOM_URL,
        "seats",
        hostile.HUGE_NUMBER,
        id="room-seats-huge_number",
    ),
    pytest.param(
        RoomFactory, ROOM_FIELDS, ROOM_URL, "floor", hostile.NUL, id="room-floor-nul"
    ),
    pytest.param(
        RoomFactory,
        ROOM_FIELDS,
        ROOM_URL,
        "floor",
        hostile.SURROGATE,
        id="room-floor-surrogate",
    ),
    pytest.param(
        RoomFactory,
        ROOM_FIELDS,
        ROOM_URL,
        "floor",
        hostile.HUGE_NUMBER,
        id="room-floor-huge_number",
    ),
    pytest.param(
        RoomFactory,
        ROOM_FIELDS,
        ROOM_URL,
        "accessible",
        hostile.NUL,
        id="room-accessible-nul",
    ),
    pytest.param(
        RoomFactory,
        ROOM_FIELDS,
        ROOM_URL,
        "accessible",
        hostile.SURROGATE,
        id="room-accessible-surrogate",
    ),
    pytest.param(
        SpeakerFactory,
        SPEAKER_FIELDS,
        SPEAKER_URL,
        "full_name",
        hostile.NUL,
        id="speaker-full_name-nul",
    ),
    pytest.param(
        SpeakerFactory,
        SPEAKER_FIELDS,
        SPEAKER_URL,
        "full_name",
        hostile.SURROGATE,
        id="speaker-full_name-surrogate",
    ),
    pytest.param(
        SpeakerFactory,
        SPEAKER_FIELDS,
        SPEAKER_URL,
        "email",
        hostile.NUL,
        id="speaker-email-nul",
    ),
    pytest.param(
        SpeakerFactory,
        SPEAKER_FIELDS,
        SPEAKER_URL,
        "email",
        hostile.SURROGATE,
        id="speaker-email-surrogate",
    ),
    pytest.param(
        SpeakerFactory,
        SPEAKER_FIELDS,
        SPEAKER_URL,
        "biography",
        hostile.NUL,
        id="speaker-biography-nul",
    ),
    pytest.param(
        SpeakerFactory,
        SPEAKER_FIELDS,
        SPEAKER_URL,
        "biography",
        hostile.SURROGATE,
        id="speaker-biography-surrogate",
    ),
    pytest.param(
        SpeakerFactory,
        SPEAKER_FIELDS,
        SPEAKER_URL,
        "photo",
        hostile.NUL,
        id="speaker-photo-nul",
    ),
    pytest.param(
        SpeakerFactory,
        SPEAKER_FIELDS,
        SPEAKER_URL,
        "photo",
        hostile.SURROGATE,
        id="speaker-photo-surrogate",
    ),
    pytest.param(
        SpeakerFactory,
        SPEAKER_FIELDS,
        SPEAKER_URL,
        "rating",
        hostile.NUL,
        id="speaker-rating-nul",
    ),
    pytest.param(
        SpeakerFactory,
        SPEAKER_FIELDS,
        SPEAKER_URL,
        "rating",
        hostile.SURROGATE,
        id="speaker-rating-surrogate",
    ),
    pytest.param(
        SpeakerFactory,
        SPEAKER_FIELDS,
        SPEAKER_URL,
        "fee",
        hostile.NUL,
        id="speaker-fee-nul",
    ),
    pytest.param(
        SpeakerFactory,
        SPEAKER_FIELDS,
        SPEAKER_URL,
        "fee",
        hostile.SURROGATE,
        id="speaker-fee-surrogate",
    ),
    pytest.param(
        SpeakerFactory,
        SPEAKER_FIELDS,
        SPEAKER_URL,
        "fee",
        hostile.HUGE_NUMBER,
        id="speaker-fee-huge_number",
    ),
    pytest.param(
        SpeakerFactory,
        SPEAKER_FIELDS,
        SPEAKER_URL,
        "account",
        hostile.NUL,
        id="speaker-account-nul",
    ),
    pytest.param(
        SpeakerFactory,
        SPEAKER_FIELDS,
        SPEAKER_URL,
        "account",
        hostile.SURROGATE,
        id="speaker-account-surrogate",
    ),
    pytest.param(
        TalkFactory, TALK_FIELDS, TALK_URL, "title", hostile.NUL, id="talk-title-nul"
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "title",
        hostile.SURROGATE,
        id="talk-title-surrogate",
    ),
    pytest.param(
        TalkFactory, TALK_FIELDS, TALK_URL, "level", hostile.NUL, id="talk-level-nul"
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "level",
        hostile.SURROGATE,
        id="talk-level-surrogate",
    ),
    pytest.param(
        TalkFactory, TALK_FIELDS, TALK_URL, "format", hostile.NUL, id="talk-format-nul"
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "format",
        hostile.SURROGATE,
        id="talk-format-surrogate",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "language",
        hostile.NUL,
        id="talk-language-nul",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "language",
        hostile.SURROGATE,
        id="talk-language-surrogate",
    ),
    pytest.param(
        TalkFactory, TALK_FIELDS, TALK_URL, "day", hostile.NUL, id="talk-day-nul"
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "day",
        hostile.SURROGATE,
        id="talk-day-surrogate",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "day",
        hostile.BEYOND_YEAR_9999,
        id="talk-day-beyond_year_9999",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "starts_at",
        hostile.NUL,
        id="talk-starts_at-nul",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "starts_at",
        hostile.SURROGATE,
        id="talk-starts_at-surrogate",
    ),
    pytest.param(
        TalkFactory, TALK_FIELDS, TALK_URL, "length", hostile.NUL, id="talk-length-nul"
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "length",
        hostile.SURROGATE,
        id="talk-length-surrogate",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "length",
        hostile.HUGE_DURATION,
        id="talk-length-huge_duration",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "length",
        hostile.NEGATIVE_DURATION,
        id="talk-length-negative_duration",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "submitted_at",
        hostile.NUL,
        id="talk-submitted_at-nul",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "submitted_at",
        hostile.SURROGATE,
        id="talk-submitted_at-surrogate",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "submitted_at",
        hostile.LATEST_DATETIME,
        id="talk-submitted_at-latest_datetime",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "submitted_at",
        hostile.EARLIEST_DATETIME,
        id="talk-submitted_at-earliest_datetime",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "published_at",
        hostile.NUL,
        id="talk-published_at-nul",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "published_at",
        hostile.SURROGATE,
        id="talk-published_at-surrogate",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "published_at",
        hostile.LATEST_DATETIME,
        id="talk-published_at-latest_datetime",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "published_at",
        hostile.EARLIEST_DATETIME,
        id="talk-published_at-earliest_datetime",
    ),
    pytest.param(
        TalkFactory, TALK_FIELDS, TALK_URL, "slides", hostile.NUL, id="talk-slides-nul"
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "slides",
        hostile.SURROGATE,
        id="talk-slides-surrogate",
    ),
    pytest.param(
        TalkFactory, TALK_FIELDS, TALK_URL, "score", hostile.NUL, id="talk-score-nul"
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "score",
        hostile.SURROGATE,
        id="talk-score-surrogate",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "reference",
        hostile.NUL,
        id="talk-reference-nul",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "reference",
        hostile.SURROGATE,
        id="talk-reference-surrogate",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "speaker",
        hostile.NUL,
        id="talk-speaker-nul",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "speaker",
        hostile.SURROGATE,
        id="talk-speaker-surrogate",
    ),
    pytest.param(
        TalkFactory, TALK_FIELDS, TALK_URL, "room", hostile.NUL, id="talk-room-nul"
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "room",
        hostile.SURROGATE,
        id="talk-room-surrogate",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "reviewer",
        hostile.NUL,
        id="talk-reviewer-nul",
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "reviewer",
        hostile.SURROGATE,
        id="talk-reviewer-surrogate",
    ),
    pytest.param(
        TalkFactory, TALK_FIELDS, TALK_URL, "tags", hostile.NUL, id="talk-tags-nul"
    ),
    pytest.param(
        TalkFactory,
        TALK_FIELDS,
        TALK_URL,
        "tags",
        hostile.SURROGATE,
        id="talk-tags-surrogate",
    ),
    pytest.param(
        TagFactory, TAG_FIELDS, TAG_URL, "label", hostile.NUL, id="tag-label-nul"
    ),
    pytest.param(
        TagFactory,
        TAG_FIELDS,
        TAG_URL,
        "label",
        hostile.SURROGATE,
        id="tag-label-surrogate",
    ),
    pytest.param(
        MaterialFactory,
        MATERIAL_FIELDS,
        MATERIAL_URL,
        "name",
        hostile.NUL,
        id="material-name-nul",
    ),
    pytest.param(
        MaterialFactory,
        MATERIAL_FIELDS,
        MATERIAL_URL,
        "name",
        hostile.SURROGATE,
        id="material-name-surrogate",
    ),
    pytest.param(
        MaterialFactory,
        MATERIAL_FIELDS,
        MATERIAL_URL,
        "file",
        hostile.NUL,
        id="material-file-nul",
    ),
    pytest.param(
        MaterialFactory,
        MATERIAL_FIELDS,
        MATERIAL_URL,
        "file",
        hostile.SURROGATE,
        id="material-file-surrogate",
    ),
    pytest.param(
        MaterialFactory,
        MATERIAL_FIELDS,
        MATERIAL_URL,
        "talk",
        hostile.NUL,
        id="material-talk-nul",
    ),
    pytest.param(
        MaterialFactory,
        MATERIAL_FIELDS,
        MATERIAL_URL,
        "talk",
        hostile.SURROGATE,
        id="material-talk-surrogate",
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
