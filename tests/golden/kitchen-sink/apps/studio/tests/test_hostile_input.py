"""Hostile input to the Studio endpoints: every query parameter of every list
answers each hostile value without a server error, the values that cannot be compared are
refused with a 400, a key no row can have is not found, and a write refuses each value of a
field's type no database stores."""

from urllib.parse import quote

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.core import hostile
from apps.core.testing import api_payload
from apps.studio.factories import CameraFactory, FolderFactory, StewardshipFactory

pytestmark = pytest.mark.django_db

MEMBER_URL = reverse_lazy("studio:member-list")

FOLDER_URL = reverse_lazy("studio:folder-list")

STATEMENT_URL = reverse_lazy("studio:statement-list")

CAMERA_URL = reverse_lazy("studio:camera-list")

STEWARDSHIP_URL = reverse_lazy("studio:stewardship-list")

LIST_PARAMETERS = [
    pytest.param(MEMBER_URL, "username", id="member-username"),
    pytest.param(MEMBER_URL, "username__iexact", id="member-username__iexact"),
    pytest.param(MEMBER_URL, "username__icontains", id="member-username__icontains"),
    pytest.param(
        MEMBER_URL, "username__istartswith", id="member-username__istartswith"
    ),
    pytest.param(MEMBER_URL, "username__in", id="member-username__in"),
    pytest.param(MEMBER_URL, "date_joined", id="member-date_joined"),
    pytest.param(MEMBER_URL, "date_joined__lt", id="member-date_joined__lt"),
    pytest.param(MEMBER_URL, "date_joined__lte", id="member-date_joined__lte"),
    pytest.param(MEMBER_URL, "date_joined__gt", id="member-date_joined__gt"),
    pytest.param(MEMBER_URL, "date_joined__gte", id="member-date_joined__gte"),
    pytest.param(MEMBER_URL, "date_joined__range", id="member-date_joined__range"),
    pytest.param(MEMBER_URL, "date_joined__year", id="member-date_joined__year"),
    pytest.param(MEMBER_URL, "date_joined__month", id="member-date_joined__month"),
    pytest.param(MEMBER_URL, "display_name", id="member-display_name"),
    pytest.param(MEMBER_URL, "display_name__iexact", id="member-display_name__iexact"),
    pytest.param(
        MEMBER_URL, "display_name__icontains", id="member-display_name__icontains"
    ),
    pytest.param(
        MEMBER_URL, "display_name__istartswith", id="member-display_name__istartswith"
    ),
    pytest.param(MEMBER_URL, "display_name__in", id="member-display_name__in"),
    pytest.param(MEMBER_URL, "bio", id="member-bio"),
    pytest.param(MEMBER_URL, "bio__iexact", id="member-bio__iexact"),
    pytest.param(MEMBER_URL, "bio__icontains", id="member-bio__icontains"),
    pytest.param(MEMBER_URL, "bio__istartswith", id="member-bio__istartswith"),
    pytest.param(MEMBER_URL, "bio__in", id="member-bio__in"),
    pytest.param(MEMBER_URL, "mentors", id="member-mentors"),
    pytest.param(MEMBER_URL, "mentors__in", id="member-mentors__in"),
    pytest.param(MEMBER_URL, "search", id="member-search"),
    pytest.param(MEMBER_URL, "ordering", id="member-ordering"),
    pytest.param(MEMBER_URL, "limit", id="member-limit"),
    pytest.param(MEMBER_URL, "offset", id="member-offset"),
    pytest.param(FOLDER_URL, "name", id="folder-name"),
    pytest.param(FOLDER_URL, "name__iexact", id="folder-name__iexact"),
    pytest.param(FOLDER_URL, "name__icontains", id="folder-name__icontains"),
    pytest.param(FOLDER_URL, "name__istartswith", id="folder-name__istartswith"),
    pytest.param(FOLDER_URL, "name__in", id="folder-name__in"),
    pytest.param(FOLDER_URL, "parent", id="folder-parent"),
    pytest.param(FOLDER_URL, "parent__in", id="folder-parent__in"),
    pytest.param(FOLDER_URL, "parent__isnull", id="folder-parent__isnull"),
    pytest.param(FOLDER_URL, "search", id="folder-search"),
    pytest.param(FOLDER_URL, "ordering", id="folder-ordering"),
    pytest.param(FOLDER_URL, "limit", id="folder-limit"),
    pytest.param(FOLDER_URL, "offset", id="folder-offset"),
    pytest.param(STATEMENT_URL, "total", id="statement-total"),
    pytest.param(STATEMENT_URL, "total__lt", id="statement-total__lt"),
    pytest.param(STATEMENT_URL, "total__lte", id="statement-total__lte"),
    pytest.param(STATEMENT_URL, "total__gt", id="statement-total__gt"),
    pytest.param(STATEMENT_URL, "total__gte", id="statement-total__gte"),
    pytest.param(STATEMENT_URL, "total__range", id="statement-total__range"),
    pytest.param(STATEMENT_URL, "issued_on", id="statement-issued_on"),
    pytest.param(STATEMENT_URL, "issued_on__lt", id="statement-issued_on__lt"),
    pytest.param(STATEMENT_URL, "issued_on__lte", id="statement-issued_on__lte"),
    pytest.param(STATEMENT_URL, "issued_on__gt", id="statement-issued_on__gt"),
    pytest.param(STATEMENT_URL, "issued_on__gte", id="statement-issued_on__gte"),
    pytest.param(STATEMENT_URL, "issued_on__range", id="statement-issued_on__range"),
    pytest.param(STATEMENT_URL, "issued_on__year", id="statement-issued_on__year"),
    pytest.param(STATEMENT_URL, "issued_on__month", id="statement-issued_on__month"),
    pytest.param(STATEMENT_URL, "holder", id="statement-holder"),
    pytest.param(STATEMENT_URL, "holder__in", id="statement-holder__in"),
    pytest.param(STATEMENT_URL, "ordering", id="statement-ordering"),
    pytest.param(STATEMENT_URL, "limit", id="statement-limit"),
    pytest.param(STATEMENT_URL, "offset", id="statement-offset"),
    pytest.param(CAMERA_URL, "name", id="camera-name"),
    pytest.param(CAMERA_URL, "name__iexact", id="camera-name__iexact"),
    pytest.param(CAMERA_URL, "name__icontains", id="camera-name__icontains"),
    pytest.param(CAMERA_URL, "name__istartswith", id="camera-name__istartswith"),
    pytest.param(CAMERA_URL, "name__in", id="camera-name__in"),
    pytest.param(CAMERA_URL, "notes", id="camera-notes"),
    pytest.param(CAMERA_URL, "notes__iexact", id="camera-notes__iexact"),
    pytest.param(CAMERA_URL, "notes__icontains", id="camera-notes__icontains"),
    pytest.param(CAMERA_URL, "notes__istartswith", id="camera-notes__istartswith"),
    pytest.param(CAMERA_URL, "notes__in", id="camera-notes__in"),
    pytest.param(CAMERA_URL, "created_at", id="camera-created_at"),
    pytest.param(CAMERA_URL, "created_at__lt", id="camera-created_at__lt"),
    pytest.param(CAMERA_URL, "created_at__lte", id="camera-created_at__lte"),
    pytest.param(CAMERA_URL, "created_at__gt", id="camera-created_at__gt"),
    pytest.param(CAMERA_URL, "created_at__gte", id="camera-created_at__gte"),
    pytest.param(CAMERA_URL, "created_at__range", id="camera-created_at__range"),
    pytest.param(CAMERA_URL, "created_at__year", id="camera-created_at__year"),
    pytest.param(CAMERA_URL, "created_at__month", id="camera-created_at__month"),
    pytest.param(CAMERA_URL, "updated_at", id="camera-updated_at"),
    pytest.param(CAMERA_URL, "updated_at__lt", id="camera-updated_at__lt"),
    pytest.param(CAMERA_URL, "updated_at__lte", id="camera-updated_at__lte"),
    pytest.param(CAMERA_URL, "updated_at__gt", id="camera-updated_at__gt"),
    pytest.param(CAMERA_URL, "updated_at__gte", id="camera-updated_at__gte"),
    pytest.param(CAMERA_URL, "updated_at__range", id="camera-updated_at__range"),
    pytest.param(CAMERA_URL, "updated_at__year", id="camera-updated_at__year"),
    pytest.param(CAMERA_URL, "updated_at__month", id="camera-updated_at__month"),
    pytest.param(CAMERA_URL, "serial", id="camera-serial"),
    pytest.param(CAMERA_URL, "serial__iexact", id="camera-serial__iexact"),
    pytest.param(CAMERA_URL, "serial__icontains", id="camera-serial__icontains"),
    pytest.param(CAMERA_URL, "serial__istartswith", id="camera-serial__istartswith"),
    pytest.param(CAMERA_URL, "serial__in", id="camera-serial__in"),
    pytest.param(CAMERA_URL, "price", id="camera-price"),
    pytest.param(CAMERA_URL, "price__lt", id="camera-price__lt"),
    pytest.param(CAMERA_URL, "price__lte", id="camera-price__lte"),
    pytest.param(CAMERA_URL, "price__gt", id="camera-price__gt"),
    pytest.param(CAMERA_URL, "price__gte", id="camera-price__gte"),
    pytest.param(CAMERA_URL, "price__range", id="camera-price__range"),
    pytest.param(CAMERA_URL, "weight", id="camera-weight"),
    pytest.param(CAMERA_URL, "weight__lt", id="camera-weight__lt"),
    pytest.param(CAMERA_URL, "weight__lte", id="camera-weight__lte"),
    pytest.param(CAMERA_URL, "weight__gt", id="camera-weight__gt"),
    pytest.param(CAMERA_URL, "weight__gte", id="camera-weight__gte"),
    pytest.param(CAMERA_URL, "weight__range", id="camera-weight__range"),
    pytest.param(CAMERA_URL, "weight__isnull", id="camera-weight__isnull"),
    pytest.param(CAMERA_URL, "quantity", id="camera-quantity"),
    pytest.param(CAMERA_URL, "quantity__lt", id="camera-quantity__lt"),
    pytest.param(CAMERA_URL, "quantity__lte", id="camera-quantity__lte"),
    pytest.param(CAMERA_URL, "quantity__gt", id="camera-quantity__gt"),
    pytest.param(CAMERA_URL, "quantity__gte", id="camera-quantity__gte"),
    pytest.param(CAMERA_URL, "quantity__range", id="camera-quantity__range"),
    pytest.param(CAMERA_URL, "rank", id="camera-rank"),
    pytest.param(CAMERA_URL, "rank__lt", id="camera-rank__lt"),
    pytest.param(CAMERA_URL, "rank__lte", id="camera-rank__lte"),
    pytest.param(CAMERA_URL, "rank__gt", id="camera-rank__gt"),
    pytest.param(CAMERA_URL, "rank__gte", id="camera-rank__gte"),
    pytest.param(CAMERA_URL, "rank__range", id="camera-rank__range"),
    pytest.param(CAMERA_URL, "views", id="camera-views"),
    pytest.param(CAMERA_URL, "views__lt", id="camera-views__lt"),
    pytest.param(CAMERA_URL, "views__lte", id="camera-views__lte"),
    pytest.param(CAMERA_URL, "views__gt", id="camera-views__gt"),
    pytest.param(CAMERA_URL, "views__gte", id="camera-views__gte"),
    pytest.param(CAMERA_URL, "views__range", id="camera-views__range"),
    pytest.param(CAMERA_URL, "active", id="camera-active"),
    pytest.param(CAMERA_URL, "purchased_on", id="camera-purchased_on"),
    pytest.param(CAMERA_URL, "purchased_on__lt", id="camera-purchased_on__lt"),
    pytest.param(CAMERA_URL, "purchased_on__lte", id="camera-purchased_on__lte"),
    pytest.param(CAMERA_URL, "purchased_on__gt", id="camera-purchased_on__gt"),
    pytest.param(CAMERA_URL, "purchased_on__gte", id="camera-purchased_on__gte"),
    pytest.param(CAMERA_URL, "purchased_on__range", id="camera-purchased_on__range"),
    pytest.param(CAMERA_URL, "purchased_on__year", id="camera-purchased_on__year"),
    pytest.param(CAMERA_URL, "purchased_on__month", id="camera-purchased_on__month"),
    pytest.param(CAMERA_URL, "purchased_on__isnull", id="camera-purchased_on__isnull"),
    pytest.param(CAMERA_URL, "opens_at", id="camera-opens_at"),
    pytest.param(CAMERA_URL, "opens_at__lt", id="camera-opens_at__lt"),
    pytest.param(CAMERA_URL, "opens_at__lte", id="camera-opens_at__lte"),
    pytest.param(CAMERA_URL, "opens_at__gt", id="camera-opens_at__gt"),
    pytest.param(CAMERA_URL, "opens_at__gte", id="camera-opens_at__gte"),
    pytest.param(CAMERA_URL, "opens_at__range", id="camera-opens_at__range"),
    pytest.param(CAMERA_URL, "opens_at__isnull", id="camera-opens_at__isnull"),
    pytest.param(CAMERA_URL, "warranty", id="camera-warranty"),
    pytest.param(CAMERA_URL, "warranty__lt", id="camera-warranty__lt"),
    pytest.param(CAMERA_URL, "warranty__lte", id="camera-warranty__lte"),
    pytest.param(CAMERA_URL, "warranty__gt", id="camera-warranty__gt"),
    pytest.param(CAMERA_URL, "warranty__gte", id="camera-warranty__gte"),
    pytest.param(CAMERA_URL, "warranty__range", id="camera-warranty__range"),
    pytest.param(CAMERA_URL, "warranty__isnull", id="camera-warranty__isnull"),
    pytest.param(CAMERA_URL, "address", id="camera-address"),
    pytest.param(CAMERA_URL, "address__in", id="camera-address__in"),
    pytest.param(CAMERA_URL, "address__isnull", id="camera-address__isnull"),
    pytest.param(CAMERA_URL, "website", id="camera-website"),
    pytest.param(CAMERA_URL, "website__iexact", id="camera-website__iexact"),
    pytest.param(CAMERA_URL, "website__icontains", id="camera-website__icontains"),
    pytest.param(CAMERA_URL, "website__istartswith", id="camera-website__istartswith"),
    pytest.param(CAMERA_URL, "website__in", id="camera-website__in"),
    pytest.param(CAMERA_URL, "contact", id="camera-contact"),
    pytest.param(CAMERA_URL, "contact__iexact", id="camera-contact__iexact"),
    pytest.param(CAMERA_URL, "contact__icontains", id="camera-contact__icontains"),
    pytest.param(CAMERA_URL, "contact__istartswith", id="camera-contact__istartswith"),
    pytest.param(CAMERA_URL, "contact__in", id="camera-contact__in"),
    pytest.param(CAMERA_URL, "token", id="camera-token"),
    pytest.param(CAMERA_URL, "token__in", id="camera-token__in"),
    pytest.param(CAMERA_URL, "token__isnull", id="camera-token__isnull"),
    pytest.param(CAMERA_URL, "condition", id="camera-condition"),
    pytest.param(CAMERA_URL, "condition__in", id="camera-condition__in"),
    pytest.param(CAMERA_URL, "size", id="camera-size"),
    pytest.param(CAMERA_URL, "size__in", id="camera-size__in"),
    pytest.param(CAMERA_URL, "order", id="camera-order"),
    pytest.param(CAMERA_URL, "order__lt", id="camera-order__lt"),
    pytest.param(CAMERA_URL, "order__lte", id="camera-order__lte"),
    pytest.param(CAMERA_URL, "order__gt", id="camera-order__gt"),
    pytest.param(CAMERA_URL, "order__gte", id="camera-order__gte"),
    pytest.param(CAMERA_URL, "order__range", id="camera-order__range"),
    pytest.param(CAMERA_URL, "megapixels", id="camera-megapixels"),
    pytest.param(CAMERA_URL, "megapixels__lt", id="camera-megapixels__lt"),
    pytest.param(CAMERA_URL, "megapixels__lte", id="camera-megapixels__lte"),
    pytest.param(CAMERA_URL, "megapixels__gt", id="camera-megapixels__gt"),
    pytest.param(CAMERA_URL, "megapixels__gte", id="camera-megapixels__gte"),
    pytest.param(CAMERA_URL, "megapixels__range", id="camera-megapixels__range"),
    pytest.param(CAMERA_URL, "member", id="camera-member"),
    pytest.param(CAMERA_URL, "member__in", id="camera-member__in"),
    pytest.param(CAMERA_URL, "room", id="camera-room"),
    pytest.param(CAMERA_URL, "room__in", id="camera-room__in"),
    pytest.param(CAMERA_URL, "room__isnull", id="camera-room__isnull"),
    pytest.param(CAMERA_URL, "search", id="camera-search"),
    pytest.param(CAMERA_URL, "ordering", id="camera-ordering"),
    pytest.param(CAMERA_URL, "limit", id="camera-limit"),
    pytest.param(CAMERA_URL, "offset", id="camera-offset"),
    pytest.param(STEWARDSHIP_URL, "since", id="stewardship-since"),
    pytest.param(STEWARDSHIP_URL, "since__lt", id="stewardship-since__lt"),
    pytest.param(STEWARDSHIP_URL, "since__lte", id="stewardship-since__lte"),
    pytest.param(STEWARDSHIP_URL, "since__gt", id="stewardship-since__gt"),
    pytest.param(STEWARDSHIP_URL, "since__gte", id="stewardship-since__gte"),
    pytest.param(STEWARDSHIP_URL, "since__range", id="stewardship-since__range"),
    pytest.param(STEWARDSHIP_URL, "since__year", id="stewardship-since__year"),
    pytest.param(STEWARDSHIP_URL, "since__month", id="stewardship-since__month"),
    pytest.param(STEWARDSHIP_URL, "lead", id="stewardship-lead"),
    pytest.param(STEWARDSHIP_URL, "room", id="stewardship-room"),
    pytest.param(STEWARDSHIP_URL, "room__in", id="stewardship-room__in"),
    pytest.param(STEWARDSHIP_URL, "member", id="stewardship-member"),
    pytest.param(STEWARDSHIP_URL, "member__in", id="stewardship-member__in"),
    pytest.param(STEWARDSHIP_URL, "ordering", id="stewardship-ordering"),
    pytest.param(STEWARDSHIP_URL, "limit", id="stewardship-limit"),
    pytest.param(STEWARDSHIP_URL, "offset", id="stewardship-offset"),
]

REFUSED_QUERIES = [
    pytest.param(MEMBER_URL, "username", hostile.NUL, id="member-username-nul"),
    pytest.param(
        MEMBER_URL, "username__iexact", hostile.NUL, id="member-username__iexact-nul"
    ),
    pytest.param(
        MEMBER_URL,
        "username__icontains",
        hostile.NUL,
        id="member-username__icontains-nul",
    ),
    pytest.param(
        MEMBER_URL,
        "username__istartswith",
        hostile.NUL,
        id="member-username__istartswith-nul",
    ),
    pytest.param(MEMBER_URL, "date_joined", hostile.NUL, id="member-date_joined-nul"),
    pytest.param(
        MEMBER_URL, "date_joined__lt", hostile.NUL, id="member-date_joined__lt-nul"
    ),
    pytest.param(
        MEMBER_URL, "date_joined__lte", hostile.NUL, id="member-date_joined__lte-nul"
    ),
    pytest.param(
        MEMBER_URL, "date_joined__gt", hostile.NUL, id="member-date_joined__gt-nul"
    ),
    pytest.param(
        MEMBER_URL, "date_joined__gte", hostile.NUL, id="member-date_joined__gte-nul"
    ),
    pytest.param(
        MEMBER_URL,
        "date_joined__range",
        hostile.NUL,
        id="member-date_joined__range-nul",
    ),
    pytest.param(
        MEMBER_URL, "date_joined__year", hostile.NUL, id="member-date_joined__year-nul"
    ),
    pytest.param(
        MEMBER_URL,
        "date_joined__month",
        hostile.NUL,
        id="member-date_joined__month-nul",
    ),
    pytest.param(
        MEMBER_URL,
        "date_joined__lt",
        hostile.LATEST_DATETIME,
        id="member-date_joined__lt-latest_datetime",
    ),
    pytest.param(
        MEMBER_URL,
        "date_joined__lt",
        hostile.EARLIEST_DATETIME,
        id="member-date_joined__lt-earliest_datetime",
    ),
    pytest.param(
        MEMBER_URL,
        "date_joined__lte",
        hostile.LATEST_DATETIME,
        id="member-date_joined__lte-latest_datetime",
    ),
    pytest.param(
        MEMBER_URL,
        "date_joined__lte",
        hostile.EARLIEST_DATETIME,
        id="member-date_joined__lte-earliest_datetime",
    ),
    pytest.param(
        MEMBER_URL,
        "date_joined__gt",
        hostile.LATEST_DATETIME,
        id="member-date_joined__gt-latest_datetime",
    ),
    pytest.param(
        MEMBER_URL,
        "date_joined__gt",
        hostile.EARLIEST_DATETIME,
        id="member-date_joined__gt-earliest_datetime",
    ),
    pytest.param(
        MEMBER_URL,
        "date_joined__gte",
        hostile.LATEST_DATETIME,
        id="member-date_joined__gte-latest_datetime",
    ),
    pytest.param(
        MEMBER_URL,
        "date_joined__gte",
        hostile.EARLIEST_DATETIME,
        id="member-date_joined__gte-earliest_datetime",
    ),
    pytest.param(MEMBER_URL, "display_name", hostile.NUL, id="member-display_name-nul"),
    pytest.param(
        MEMBER_URL,
        "display_name__iexact",
        hostile.NUL,
        id="member-display_name__iexact-nul",
    ),
    pytest.param(
        MEMBER_URL,
        "display_name__icontains",
        hostile.NUL,
        id="member-display_name__icontains-nul",
    ),
    pytest.param(
        MEMBER_URL,
        "display_name__istartswith",
        hostile.NUL,
        id="member-display_name__istartswith-nul",
    ),
    pytest.param(MEMBER_URL, "bio", hostile.NUL, id="member-bio-nul"),
    pytest.param(MEMBER_URL, "bio__iexact", hostile.NUL, id="member-bio__iexact-nul"),
    pytest.param(
        MEMBER_URL, "bio__icontains", hostile.NUL, id="member-bio__icontains-nul"
    ),
    pytest.param(
        MEMBER_URL, "bio__istartswith", hostile.NUL, id="member-bio__istartswith-nul"
    ),
    pytest.param(MEMBER_URL, "mentors", hostile.NUL, id="member-mentors-nul"),
    pytest.param(MEMBER_URL, "search", hostile.NUL, id="member-search-nul"),
    pytest.param(
        MEMBER_URL, "search", hostile.MANY_WORDS, id="member-search-many_words"
    ),
    pytest.param(MEMBER_URL, "search", hostile.LONG_WORD, id="member-search-long_word"),
    pytest.param(MEMBER_URL, "ordering", hostile.NUL, id="member-ordering-nul"),
    pytest.param(
        MEMBER_URL, "offset", hostile.HUGE_NUMBER, id="member-offset-huge_number"
    ),
    pytest.param(FOLDER_URL, "name", hostile.NUL, id="folder-name-nul"),
    pytest.param(FOLDER_URL, "name__iexact", hostile.NUL, id="folder-name__iexact-nul"),
    pytest.param(
        FOLDER_URL, "name__icontains", hostile.NUL, id="folder-name__icontains-nul"
    ),
    pytest.param(
        FOLDER_URL, "name__istartswith", hostile.NUL, id="folder-name__istartswith-nul"
    ),
    pytest.param(FOLDER_URL, "parent", hostile.NUL, id="folder-parent-nul"),
    pytest.param(
        FOLDER_URL, "parent__isnull", hostile.NUL, id="folder-parent__isnull-nul"
    ),
    pytest.param(FOLDER_URL, "search", hostile.NUL, id="folder-search-nul"),
    pytest.param(
        FOLDER_URL, "search", hostile.MANY_WORDS, id="folder-search-many_words"
    ),
    pytest.param(FOLDER_URL, "search", hostile.LONG_WORD, id="folder-search-long_word"),
    pytest.param(FOLDER_URL, "ordering", hostile.NUL, id="folder-ordering-nul"),
    pytest.param(
        FOLDER_URL, "offset", hostile.HUGE_NUMBER, id="folder-offset-huge_number"
    ),
    pytest.param(STATEMENT_URL, "total", hostile.NUL, id="statement-total-nul"),
    pytest.param(STATEMENT_URL, "total__lt", hostile.NUL, id="statement-total__lt-nul"),
    pytest.param(
        STATEMENT_URL, "total__lte", hostile.NUL, id="statement-total__lte-nul"
    ),
    pytest.param(STATEMENT_URL, "total__gt", hostile.NUL, id="statement-total__gt-nul"),
    pytest.param(
        STATEMENT_URL, "total__gte", hostile.NUL, id="statement-total__gte-nul"
    ),
    pytest.param(
        STATEMENT_URL, "total__range", hostile.NUL, id="statement-total__range-nul"
    ),
    pytest.param(STATEMENT_URL, "issued_on", hostile.NUL, id="statement-issued_on-nul"),
    pytest.param(
        STATEMENT_URL, "issued_on__lt", hostile.NUL, id="statement-issued_on__lt-nul"
    ),
    pytest.param(
        STATEMENT_URL, "issued_on__lte", hostile.NUL, id="statement-issued_on__lte-nul"
    ),
    pytest.param(
        STATEMENT_URL, "issued_on__gt", hostile.NUL, id="statement-issued_on__gt-nul"
    ),
    pytest.param(
        STATEMENT_URL, "issued_on__gte", hostile.NUL, id="statement-issued_on__gte-nul"
    ),
    pytest.param(
        STATEMENT_URL,
        "issued_on__range",
        hostile.NUL,
        id="statement-issued_on__range-nul",
    ),
    pytest.param(
        STATEMENT_URL,
        "issued_on__year",
        hostile.NUL,
        id="statement-issued_on__year-nul",
    ),
    pytest.param(
        STATEMENT_URL,
        "issued_on__month",
        hostile.NUL,
        id="statement-issued_on__month-nul",
    ),
    pytest.param(STATEMENT_URL, "holder", hostile.NUL, id="statement-holder-nul"),
    pytest.param(STATEMENT_URL, "ordering", hostile.NUL, id="statement-ordering-nul"),
    pytest.param(
        STATEMENT_URL, "offset", hostile.HUGE_NUMBER, id="statement-offset-huge_number"
    ),
    pytest.param(CAMERA_URL, "name", hostile.NUL, id="camera-name-nul"),
    pytest.param(CAMERA_URL, "name__iexact", hostile.NUL, id="camera-name__iexact-nul"),
    pytest.param(
        CAMERA_URL, "name__icontains", hostile.NUL, id="camera-name__icontains-nul"
    ),
    pytest.param(
        CAMERA_URL, "name__istartswith", hostile.NUL, id="camera-name__istartswith-nul"
    ),
    pytest.param(CAMERA_URL, "notes", hostile.NUL, id="camera-notes-nul"),
    pytest.param(
        CAMERA_URL, "notes__iexact", hostile.NUL, id="camera-notes__iexact-nul"
    ),
    pytest.param(
        CAMERA_URL, "notes__icontains", hostile.NUL, id="camera-notes__icontains-nul"
    ),
    pytest.param(
        CAMERA_URL,
        "notes__istartswith",
        hostile.NUL,
        id="camera-notes__istartswith-nul",
    ),
    pytest.param(CAMERA_URL, "created_at", hostile.NUL, id="camera-created_at-nul"),
    pytest.param(
        CAMERA_URL, "created_at__lt", hostile.NUL, id="camera-created_at__lt-nul"
    ),
    pytest.param(
        CAMERA_URL, "created_at__lte", hostile.NUL, id="camera-created_at__lte-nul"
    ),
    pytest.param(
        CAMERA_URL, "created_at__gt", hostile.NUL, id="camera-created_at__gt-nul"
    ),
    pytest.param(
        CAMERA_URL, "created_at__gte", hostile.NUL, id="camera-created_at__gte-nul"
    ),
    pytest.param(
        CAMERA_URL, "created_at__range", hostile.NUL, id="camera-created_at__range-nul"
    ),
    pytest.param(
        CAMERA_URL, "created_at__year", hostile.NUL, id="camera-created_at__year-nul"
    ),
    pytest.param(
        CAMERA_URL, "created_at__month", hostile.NUL, id="camera-created_at__month-nul"
    ),
    pytest.param(
        CAMERA_URL,
        "created_at__lt",
        hostile.LATEST_DATETIME,
        id="camera-created_at__lt-latest_datetime",
    ),
    pytest.param(
        CAMERA_URL,
        "created_at__lt",
        hostile.EARLIEST_DATETIME,
        id="camera-created_at__lt-earliest_datetime",
    ),
    pytest.param(
        CAMERA_URL,
        "created_at__lte",
        hostile.LATEST_DATETIME,
        id="camera-created_at__lte-latest_datetime",
    ),
    pytest.param(
        CAMERA_URL,
        "created_at__lte",
        hostile.EARLIEST_DATETIME,
        id="camera-created_at__lte-earliest_datetime",
    ),
    pytest.param(
        CAMERA_URL,
        "created_at__gt",
        hostile.LATEST_DATETIME,
        id="camera-created_at__gt-latest_datetime",
    ),
    pytest.param(
        CAMERA_URL,
        "created_at__gt",
        hostile.EARLIEST_DATETIME,
        id="camera-created_at__gt-earliest_datetime",
    ),
    pytest.param(
        CAMERA_URL,
        "created_at__gte",
        hostile.LATEST_DATETIME,
        id="camera-created_at__gte-latest_datetime",
    ),
    pytest.param(
        CAMERA_URL,
        "created_at__gte",
        hostile.EARLIEST_DATETIME,
        id="camera-created_at__gte-earliest_datetime",
    ),
    pytest.param(CAMERA_URL, "updated_at", hostile.NUL, id="camera-updated_at-nul"),
    pytest.param(
        CAMERA_URL, "updated_at__lt", hostile.NUL, id="camera-updated_at__lt-nul"
    ),
    pytest.param(
        CAMERA_URL, "updated_at__lte", hostile.NUL, id="camera-updated_at__lte-nul"
    ),
    pytest.param(
        CAMERA_URL, "updated_at__gt", hostile.NUL, id="camera-updated_at__gt-nul"
    ),
    pytest.param(
        CAMERA_URL, "updated_at__gte", hostile.NUL, id="camera-updated_at__gte-nul"
    ),
    pytest.param(
        CAMERA_URL, "updated_at__range", hostile.NUL, id="camera-updated_at__range-nul"
    ),
    pytest.param(
        CAMERA_URL, "updated_at__year", hostile.NUL, id="camera-updated_at__year-nul"
    ),
    pytest.param(
        CAMERA_URL, "updated_at__month", hostile.NUL, id="camera-updated_at__month-nul"
    ),
    pytest.param(
        CAMERA_URL,
        "updated_at__lt",
        hostile.LATEST_DATETIME,
        id="camera-updated_at__lt-latest_datetime",
    ),
    pytest.param(
        CAMERA_URL,
        "updated_at__lt",
        hostile.EARLIEST_DATETIME,
        id="camera-updated_at__lt-earliest_datetime",
    ),
    pytest.param(
        CAMERA_URL,
        "updated_at__lte",
        hostile.LATEST_DATETIME,
        id="camera-updated_at__lte-latest_datetime",
    ),
    pytest.param(
        CAMERA_URL,
        "updated_at__lte",
        hostile.EARLIEST_DATETIME,
        id="camera-updated_at__lte-earliest_datetime",
    ),
    pytest.param(
        CAMERA_URL,
        "updated_at__gt",
        hostile.LATEST_DATETIME,
        id="camera-updated_at__gt-latest_datetime",
    ),
    pytest.param(
        CAMERA_URL,
        "updated_at__gt",
        hostile.EARLIEST_DATETIME,
        id="camera-updated_at__gt-earliest_datetime",
    ),
    pytest.param(
        CAMERA_URL,
        "updated_at__gte",
        hostile.LATEST_DATETIME,
        id="camera-updated_at__gte-latest_datetime",
    ),
    pytest.param(
        CAMERA_URL,
        "updated_at__gte",
        hostile.EARLIEST_DATETIME,
        id="camera-updated_at__gte-earliest_datetime",
    ),
    pytest.param(CAMERA_URL, "serial", hostile.NUL, id="camera-serial-nul"),
    pytest.param(
        CAMERA_URL, "serial__iexact", hostile.NUL, id="camera-serial__iexact-nul"
    ),
    pytest.param(
        CAMERA_URL, "serial__icontains", hostile.NUL, id="camera-serial__icontains-nul"
    ),
    pytest.param(
        CAMERA_URL,
        "serial__istartswith",
        hostile.NUL,
        id="camera-serial__istartswith-nul",
    ),
    pytest.param(CAMERA_URL, "price", hostile.NUL, id="camera-price-nul"),
    pytest.param(CAMERA_URL, "price__lt", hostile.NUL, id="camera-price__lt-nul"),
    pytest.param(CAMERA_URL, "price__lte", hostile.NUL, id="camera-price__lte-nul"),
    pytest.param(CAMERA_URL, "price__gt", hostile.NUL, id="camera-price__gt-nul"),
    pytest.param(CAMERA_URL, "price__gte", hostile.NUL, id="camera-price__gte-nul"),
    pytest.param(CAMERA_URL, "price__range", hostile.NUL, id="camera-price__range-nul"),
    pytest.param(CAMERA_URL, "weight", hostile.NUL, id="camera-weight-nul"),
    pytest.param(CAMERA_URL, "weight__lt", hostile.NUL, id="camera-weight__lt-nul"),
    pytest.param(CAMERA_URL, "weight__lte", hostile.NUL, id="camera-weight__lte-nul"),
    pytest.param(CAMERA_URL, "weight__gt", hostile.NUL, id="camera-weight__gt-nul"),
    pytest.param(CAMERA_URL, "weight__gte", hostile.NUL, id="camera-weight__gte-nul"),
    pytest.param(
        CAMERA_URL, "weight__range", hostile.NUL, id="camera-weight__range-nul"
    ),
    pytest.param(
        CAMERA_URL, "weight__isnull", hostile.NUL, id="camera-weight__isnull-nul"
    ),
    pytest.param(CAMERA_URL, "quantity", hostile.NUL, id="camera-quantity-nul"),
    pytest.param(CAMERA_URL, "quantity__lt", hostile.NUL, id="camera-quantity__lt-nul"),
    pytest.param(
        CAMERA_URL, "quantity__lte", hostile.NUL, id="camera-quantity__lte-nul"
    ),
    pytest.param(CAMERA_URL, "quantity__gt", hostile.NUL, id="camera-quantity__gt-nul"),
    pytest.param(
        CAMERA_URL, "quantity__gte", hostile.NUL, id="camera-quantity__gte-nul"
    ),
    pytest.param(
        CAMERA_URL, "quantity__range", hostile.NUL, id="camera-quantity__range-nul"
    ),
    pytest.param(CAMERA_URL, "rank", hostile.NUL, id="camera-rank-nul"),
    pytest.param(CAMERA_URL, "rank__lt", hostile.NUL, id="camera-rank__lt-nul"),
    pytest.param(CAMERA_URL, "rank__lte", hostile.NUL, id="camera-rank__lte-nul"),
    pytest.param(CAMERA_URL, "rank__gt", hostile.NUL, id="camera-rank__gt-nul"),
    pytest.param(CAMERA_URL, "rank__gte", hostile.NUL, id="camera-rank__gte-nul"),
    pytest.param(CAMERA_URL, "rank__range", hostile.NUL, id="camera-rank__range-nul"),
    pytest.param(CAMERA_URL, "views", hostile.NUL, id="camera-views-nul"),
    pytest.param(CAMERA_URL, "views__lt", hostile.NUL, id="camera-views__lt-nul"),
    pytest.param(CAMERA_URL, "views__lte", hostile.NUL, id="camera-views__lte-nul"),
    pytest.param(CAMERA_URL, "views__gt", hostile.NUL, id="camera-views__gt-nul"),
    pytest.param(CAMERA_URL, "views__gte", hostile.NUL, id="camera-views__gte-nul"),
    pytest.param(CAMERA_URL, "views__range", hostile.NUL, id="camera-views__range-nul"),
    pytest.param(CAMERA_URL, "active", hostile.NUL, id="camera-active-nul"),
    pytest.param(CAMERA_URL, "purchased_on", hostile.NUL, id="camera-purchased_on-nul"),
    pytest.param(
        CAMERA_URL, "purchased_on__lt", hostile.NUL, id="camera-purchased_on__lt-nul"
    ),
    pytest.param(
        CAMERA_URL, "purchased_on__lte", hostile.NUL, id="camera-purchased_on__lte-nul"
    ),
    pytest.param(
        CAMERA_URL, "purchased_on__gt", hostile.NUL, id="camera-purchased_on__gt-nul"
    ),
    pytest.param(
        CAMERA_URL, "purchased_on__gte", hostile.NUL, id="camera-purchased_on__gte-nul"
    ),
    pytest.param(
        CAMERA_URL,
        "purchased_on__range",
        hostile.NUL,
        id="camera-purchased_on__range-nul",
    ),
    pytest.param(
        CAMERA_URL,
        "purchased_on__year",
        hostile.NUL,
        id="camera-purchased_on__year-nul",
    ),
    pytest.param(
        CAMERA_URL,
        "purchased_on__month",
        hostile.NUL,
        id="camera-purchased_on__month-nul",
    ),
    pytest.param(
        CAMERA_URL,
        "purchased_on__isnull",
        hostile.NUL,
        id="camera-purchased_on__isnull-nul",
    ),
    pytest.param(CAMERA_URL, "opens_at", hostile.NUL, id="camera-opens_at-nul"),
    pytest.param(CAMERA_URL, "opens_at__lt", hostile.NUL, id="camera-opens_at__lt-nul"),
    pytest.param(
        CAMERA_URL, "opens_at__lte", hostile.NUL, id="camera-opens_at__lte-nul"
    ),
    pytest.param(CAMERA_URL, "opens_at__gt", hostile.NUL, id="camera-opens_at__gt-nul"),
    pytest.param(
        CAMERA_URL, "opens_at__gte", hostile.NUL, id="camera-opens_at__gte-nul"
    ),
    pytest.param(
        CAMERA_URL, "opens_at__range", hostile.NUL, id="camera-opens_at__range-nul"
    ),
    pytest.param(
        CAMERA_URL, "opens_at__isnull", hostile.NUL, id="camera-opens_at__isnull-nul"
    ),
    pytest.param(CAMERA_URL, "warranty", hostile.NUL, id="camera-warranty-nul"),
    pytest.param(CAMERA_URL, "warranty__lt", hostile.NUL, id="camera-warranty__lt-nul"),
    pytest.param(
        CAMERA_URL, "warranty__lte", hostile.NUL, id="camera-warranty__lte-nul"
    ),
    pytest.param(CAMERA_URL, "warranty__gt", hostile.NUL, id="camera-warranty__gt-nul"),
    pytest.param(
        CAMERA_URL, "warranty__gte", hostile.NUL, id="camera-warranty__gte-nul"
    ),
    pytest.param(
        CAMERA_URL, "warranty__range", hostile.NUL, id="camera-warranty__range-nul"
    ),
    pytest.param(
        CAMERA_URL, "warranty__isnull", hostile.NUL, id="camera-warranty__isnull-nul"
    ),
    pytest.param(
        CAMERA_URL,
        "warranty__lt",
        hostile.HUGE_DURATION,
        id="camera-warranty__lt-huge_duration",
    ),
    pytest.param(
        CAMERA_URL,
        "warranty__lte",
        hostile.HUGE_DURATION,
        id="camera-warranty__lte-huge_duration",
    ),
    pytest.param(
        CAMERA_URL,
        "warranty__gt",
        hostile.HUGE_DURATION,
        id="camera-warranty__gt-huge_duration",
    ),
    pytest.param(
        CAMERA_URL,
        "warranty__gte",
        hostile.HUGE_DURATION,
        id="camera-warranty__gte-huge_duration",
    ),
    pytest.param(CAMERA_URL, "address", hostile.NUL, id="camera-address-nul"),
    pytest.param(
        CAMERA_URL, "address__isnull", hostile.NUL, id="camera-address__isnull-nul"
    ),
    pytest.param(CAMERA_URL, "website", hostile.NUL, id="camera-website-nul"),
    pytest.param(
        CAMERA_URL, "website__iexact", hostile.NUL, id="camera-website__iexact-nul"
    ),
    pytest.param(
        CAMERA_URL,
        "website__icontains",
        hostile.NUL,
        id="camera-website__icontains-nul",
    ),
    pytest.param(
        CAMERA_URL,
        "website__istartswith",
        hostile.NUL,
        id="camera-website__istartswith-nul",
    ),
    pytest.param(CAMERA_URL, "contact", hostile.NUL, id="camera-contact-nul"),
    pytest.param(
        CAMERA_URL, "contact__iexact", hostile.NUL, id="camera-contact__iexact-nul"
    ),
    pytest.param(
        CAMERA_URL,
        "contact__icontains",
        hostile.NUL,
        id="camera-contact__icontains-nul",
    ),
    pytest.param(
        CAMERA_URL,
        "contact__istartswith",
        hostile.NUL,
        id="camera-contact__istartswith-nul",
    ),
    pytest.param(CAMERA_URL, "token", hostile.NUL, id="camera-token-nul"),
    pytest.param(
        CAMERA_URL, "token__isnull", hostile.NUL, id="camera-token__isnull-nul"
    ),
    pytest.param(CAMERA_URL, "condition", hostile.NUL, id="camera-condition-nul"),
    pytest.param(CAMERA_URL, "size", hostile.NUL, id="camera-size-nul"),
    pytest.param(CAMERA_URL, "order", hostile.NUL, id="camera-order-nul"),
    pytest.param(CAMERA_URL, "order__lt", hostile.NUL, id="camera-order__lt-nul"),
    pytest.param(CAMERA_URL, "order__lte", hostile.NUL, id="camera-order__lte-nul"),
    pytest.param(CAMERA_URL, "order__gt", hostile.NUL, id="camera-order__gt-nul"),
    pytest.param(CAMERA_URL, "order__gte", hostile.NUL, id="camera-order__gte-nul"),
    pytest.param(CAMERA_URL, "order__range", hostile.NUL, id="camera-order__range-nul"),
    pytest.param(CAMERA_URL, "megapixels", hostile.NUL, id="camera-megapixels-nul"),
    pytest.param(
        CAMERA_URL, "megapixels__lt", hostile.NUL, id="camera-megapixels__lt-nul"
    ),
    pytest.param(
        CAMERA_URL, "megapixels__lte", hostile.NUL, id="camera-megapixels__lte-nul"
    ),
    pytest.param(
        CAMERA_URL, "megapixels__gt", hostile.NUL, id="camera-megapixels__gt-nul"
    ),
    pytest.param(
        CAMERA_URL, "megapixels__gte", hostile.NUL, id="camera-megapixels__gte-nul"
    ),
    pytest.param(
        CAMERA_URL, "megapixels__range", hostile.NUL, id="camera-megapixels__range-nul"
    ),
    pytest.param(CAMERA_URL, "member", hostile.NUL, id="camera-member-nul"),
    pytest.param(CAMERA_URL, "room", hostile.NUL, id="camera-room-nul"),
    pytest.param(CAMERA_URL, "room__isnull", hostile.NUL, id="camera-room__isnull-nul"),
    pytest.param(CAMERA_URL, "search", hostile.NUL, id="camera-search-nul"),
    pytest.param(
        CAMERA_URL, "search", hostile.MANY_WORDS, id="camera-search-many_words"
    ),
    pytest.param(CAMERA_URL, "search", hostile.LONG_WORD, id="camera-search-long_word"),
    pytest.param(CAMERA_URL, "ordering", hostile.NUL, id="camera-ordering-nul"),
    pytest.param(
        CAMERA_URL, "offset", hostile.HUGE_NUMBER, id="camera-offset-huge_number"
    ),
    pytest.param(STEWARDSHIP_URL, "since", hostile.NUL, id="stewardship-since-nul"),
    pytest.param(
        STEWARDSHIP_URL, "since__lt", hostile.NUL, id="stewardship-since__lt-nul"
    ),
    pytest.param(
        STEWARDSHIP_URL, "since__lte", hostile.NUL, id="stewardship-since__lte-nul"
    ),
    pytest.param(
        STEWARDSHIP_URL, "since__gt", hostile.NUL, id="stewardship-since__gt-nul"
    ),
    pytest.param(
        STEWARDSHIP_URL, "since__gte", hostile.NUL, id="stewardship-since__gte-nul"
    ),
    pytest.param(
        STEWARDSHIP_URL, "since__range", hostile.NUL, id="stewardship-since__range-nul"
    ),
    pytest.param(
        STEWARDSHIP_URL, "since__year", hostile.NUL, id="stewardship-since__year-nul"
    ),
    pytest.param(
        STEWARDSHIP_URL, "since__month", hostile.NUL, id="stewardship-since__month-nul"
    ),
    pytest.param(STEWARDSHIP_URL, "lead", hostile.NUL, id="stewardship-lead-nul"),
    pytest.param(STEWARDSHIP_URL, "room", hostile.NUL, id="stewardship-room-nul"),
    pytest.param(STEWARDSHIP_URL, "member", hostile.NUL, id="stewardship-member-nul"),
    pytest.param(
        STEWARDSHIP_URL, "ordering", hostile.NUL, id="stewardship-ordering-nul"
    ),
    pytest.param(
        STEWARDSHIP_URL,
        "offset",
        hostile.HUGE_NUMBER,
        id="stewardship-offset-huge_number",
    ),
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
    pytest.param(MEMBER_URL, "", id="member-detail"),
    pytest.param(MEMBER_URL, "mentors-of/", id="member-mentors-of"),
    pytest.param(MEMBER_URL, "statements/", id="member-statements"),
    pytest.param(MEMBER_URL, "stewardships/", id="member-stewardships"),
    pytest.param(MEMBER_URL, "assets/", id="member-assets"),
    pytest.param(MEMBER_URL, "vehicles/", id="member-vehicles"),
    pytest.param(MEMBER_URL, "rooms/", id="member-rooms"),
    pytest.param(MEMBER_URL, "bookings/", id="member-bookings"),
    pytest.param(FOLDER_URL, "", id="folder-detail"),
    pytest.param(FOLDER_URL, "children/", id="folder-children"),
    pytest.param(STATEMENT_URL, "", id="statement-detail"),
    pytest.param(CAMERA_URL, "", id="camera-detail"),
    pytest.param(STEWARDSHIP_URL, "", id="stewardship-detail"),
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


FOLDER_FIELDS = {
    "name": "name",
    "parent": "parent",
}

CAMERA_FIELDS = {
    "name": "name",
    "notes": "notes",
    "serial": "serial",
    "price": "price",
    "weight": "weight",
    "quantity": "quantity",
    "rank": "rank",
    "views": "views",
    "active": "active",
    "purchased_on": "purchased_on",
    "opens_at": "opens_at",
    "warranty": "warranty",
    "specs": "specs",
    "labels": "labels",
    "manual": "manual",
    "blob": "blob",
    "address": "address",
    "website": "website",
    "contact": "contact",
    "token": "token",
    "condition": "condition",
    "size": "size",
    "from_value": "from",
    "class_value": "class",
    "order": "order",
    "megapixels": "megapixels",
    "member": "member",
    "room": "room",
}

STEWARDSHIP_FIELDS = {
    "since": "since",
    "lead": "lead",
    "room": "room",
    "member": "member",
}

REFUSED_VALUES = [
    pytest.param(
        FolderFactory,
        FOLDER_FIELDS,
        FOLDER_URL,
        "name",
        hostile.NUL,
        id="folder-name-nul",
    ),
    pytest.param(
        FolderFactory,
        FOLDER_FIELDS,
        FOLDER_URL,
        "name",
        hostile.SURROGATE,
        id="folder-name-surrogate",
    ),
    pytest.param(
        FolderFactory,
        FOLDER_FIELDS,
        FOLDER_URL,
        "parent",
        hostile.NUL,
        id="folder-parent-nul",
    ),
    pytest.param(
        FolderFactory,
        FOLDER_FIELDS,
        FOLDER_URL,
        "parent",
        hostile.SURROGATE,
        id="folder-parent-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "name",
        hostile.NUL,
        id="camera-name-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "name",
        hostile.SURROGATE,
        id="camera-name-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "notes",
        hostile.NUL,
        id="camera-notes-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "notes",
        hostile.SURROGATE,
        id="camera-notes-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "serial",
        hostile.NUL,
        id="camera-serial-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "serial",
        hostile.SURROGATE,
        id="camera-serial-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "price",
        hostile.NUL,
        id="camera-price-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "price",
        hostile.SURROGATE,
        id="camera-price-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "price",
        hostile.HUGE_NUMBER,
        id="camera-price-huge_number",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "weight",
        hostile.NUL,
        id="camera-weight-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "weight",
        hostile.SURROGATE,
        id="camera-weight-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "quantity",
        hostile.NUL,
        id="camera-quantity-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "quantity",
        hostile.SURROGATE,
        id="camera-quantity-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "quantity",
        hostile.HUGE_NUMBER,
        id="camera-quantity-huge_number",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "rank",
        hostile.NUL,
        id="camera-rank-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "rank",
        hostile.SURROGATE,
        id="camera-rank-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "rank",
        hostile.HUGE_NUMBER,
        id="camera-rank-huge_number",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "views",
        hostile.NUL,
        id="camera-views-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "views",
        hostile.SURROGATE,
        id="camera-views-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "views",
        hostile.HUGE_NUMBER,
        id="camera-views-huge_number",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "active",
        hostile.NUL,
        id="camera-active-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "active",
        hostile.SURROGATE,
        id="camera-active-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "purchased_on",
        hostile.NUL,
        id="camera-purchased_on-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "purchased_on",
        hostile.SURROGATE,
        id="camera-purchased_on-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "purchased_on",
        hostile.BEYOND_YEAR_9999,
        id="camera-purchased_on-beyond_year_9999",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "opens_at",
        hostile.NUL,
        id="camera-opens_at-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "opens_at",
        hostile.SURROGATE,
        id="camera-opens_at-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "warranty",
        hostile.NUL,
        id="camera-warranty-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "warranty",
        hostile.SURROGATE,
        id="camera-warranty-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "warranty",
        hostile.HUGE_DURATION,
        id="camera-warranty-huge_duration",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "warranty",
        hostile.NEGATIVE_DURATION,
        id="camera-warranty-negative_duration",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "specs",
        hostile.NUL,
        id="camera-specs-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "specs",
        hostile.SURROGATE,
        id="camera-specs-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "specs",
        hostile.DEEP_JSON,
        id="camera-specs-deep_json",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "specs",
        hostile.NUL_IN_JSON,
        id="camera-specs-nul_in_json",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "specs",
        hostile.SURROGATE_IN_JSON,
        id="camera-specs-surrogate_in_json",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "labels",
        hostile.NUL,
        id="camera-labels-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "labels",
        hostile.SURROGATE,
        id="camera-labels-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "labels",
        hostile.DEEP_JSON,
        id="camera-labels-deep_json",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "labels",
        hostile.NUL_IN_JSON,
        id="camera-labels-nul_in_json",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "labels",
        hostile.SURROGATE_IN_JSON,
        id="camera-labels-surrogate_in_json",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "manual",
        hostile.NUL,
        id="camera-manual-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "manual",
        hostile.SURROGATE,
        id="camera-manual-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "blob",
        hostile.NUL,
        id="camera-blob-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "blob",
        hostile.SURROGATE,
        id="camera-blob-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "blob",
        hostile.NOT_BASE64,
        id="camera-blob-not_base64",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "address",
        hostile.NUL,
        id="camera-address-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "address",
        hostile.SURROGATE,
        id="camera-address-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "website",
        hostile.NUL,
        id="camera-website-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "website",
        hostile.SURROGATE,
        id="camera-website-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "contact",
        hostile.NUL,
        id="camera-contact-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "contact",
        hostile.SURROGATE,
        id="camera-contact-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "token",
        hostile.NUL,
        id="camera-token-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "token",
        hostile.SURROGATE,
        id="camera-token-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "condition",
        hostile.NUL,
        id="camera-condition-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "condition",
        hostile.SURROGATE,
        id="camera-condition-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "size",
        hostile.NUL,
        id="camera-size-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "size",
        hostile.SURROGATE,
        id="camera-size-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "from",
        hostile.NUL,
        id="camera-from-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "from",
        hostile.SURROGATE,
        id="camera-from-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "class",
        hostile.NUL,
        id="camera-class-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "class",
        hostile.SURROGATE,
        id="camera-class-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "order",
        hostile.NUL,
        id="camera-order-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "order",
        hostile.SURROGATE,
        id="camera-order-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "order",
        hostile.HUGE_NUMBER,
        id="camera-order-huge_number",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "megapixels",
        hostile.NUL,
        id="camera-megapixels-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "megapixels",
        hostile.SURROGATE,
        id="camera-megapixels-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "megapixels",
        hostile.HUGE_NUMBER,
        id="camera-megapixels-huge_number",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "member",
        hostile.NUL,
        id="camera-member-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "member",
        hostile.SURROGATE,
        id="camera-member-surrogate",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "room",
        hostile.NUL,
        id="camera-room-nul",
    ),
    pytest.param(
        CameraFactory,
        CAMERA_FIELDS,
        CAMERA_URL,
        "room",
        hostile.SURROGATE,
        id="camera-room-surrogate",
    ),
    pytest.param(
        StewardshipFactory,
        STEWARDSHIP_FIELDS,
        STEWARDSHIP_URL,
        "since",
        hostile.NUL,
        id="stewardship-since-nul",
    ),
    pytest.param(
        StewardshipFactory,
        STEWARDSHIP_FIELDS,
        STEWARDSHIP_URL,
        "since",
        hostile.SURROGATE,
        id="stewardship-since-surrogate",
    ),
    pytest.param(
        StewardshipFactory,
        STEWARDSHIP_FIELDS,
        STEWARDSHIP_URL,
        "since",
        hostile.BEYOND_YEAR_9999,
        id="stewardship-since-beyond_year_9999",
    ),
    pytest.param(
        StewardshipFactory,
        STEWARDSHIP_FIELDS,
        STEWARDSHIP_URL,
        "lead",
        hostile.NUL,
        id="stewardship-lead-nul",
    ),
    pytest.param(
        StewardshipFactory,
        STEWARDSHIP_FIELDS,
        STEWARDSHIP_URL,
        "lead",
        hostile.SURROGATE,
        id="stewardship-lead-surrogate",
    ),
    pytest.param(
        StewardshipFactory,
        STEWARDSHIP_FIELDS,
        STEWARDSHIP_URL,
        "room",
        hostile.NUL,
        id="stewardship-room-nul",
    ),
    pytest.param(
        StewardshipFactory,
        STEWARDSHIP_FIELDS,
        STEWARDSHIP_URL,
        "room",
        hostile.SURROGATE,
        id="stewardship-room-surrogate",
    ),
    pytest.param(
        StewardshipFactory,
        STEWARDSHIP_FIELDS,
        STEWARDSHIP_URL,
        "member",
        hostile.NUL,
        id="stewardship-member-nul",
    ),
    pytest.param(
        StewardshipFactory,
        STEWARDSHIP_FIELDS,
        STEWARDSHIP_URL,
        "member",
        hostile.SURROGATE,
        id="stewardship-member-surrogate",
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
