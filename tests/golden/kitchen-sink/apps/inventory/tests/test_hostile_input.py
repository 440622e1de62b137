"""Hostile input to the Inventory endpoints: every query parameter of every list
answers each hostile value without a server error, the values that cannot be compared are
refused with a 400, a key no row can have is not found, and a write refuses each value of a
field's type no database stores."""

from urllib.parse import quote

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.core import hostile
from apps.core.testing import api_payload
from apps.inventory.factories import AssetFactory, VehicleFactory

pytestmark = pytest.mark.django_db

ASSET_URL = reverse_lazy("inventory:asset-list")

VEHICLE_URL = reverse_lazy("inventory:vehicle-list")

LIST_PARAMETERS = [
    pytest.param(ASSET_URL, "name", id="asset-name"),
    pytest.param(ASSET_URL, "name__iexact", id="asset-name__iexact"),
    pytest.param(ASSET_URL, "name__icontains", id="asset-name__icontains"),
    pytest.param(ASSET_URL, "name__istartswith", id="asset-name__istartswith"),
    pytest.param(ASSET_URL, "name__in", id="asset-name__in"),
    pytest.param(ASSET_URL, "notes", id="asset-notes"),
    pytest.param(ASSET_URL, "notes__iexact", id="asset-notes__iexact"),
    pytest.param(ASSET_URL, "notes__icontains", id="asset-notes__icontains"),
    pytest.param(ASSET_URL, "notes__istartswith", id="asset-notes__istartswith"),
    pytest.param(ASSET_URL, "notes__in", id="asset-notes__in"),
    pytest.param(ASSET_URL, "created_at", id="asset-created_at"),
    pytest.param(ASSET_URL, "created_at__lt", id="asset-created_at__lt"),
    pytest.param(ASSET_URL, "created_at__lte", id="asset-created_at__lte"),
    pytest.param(ASSET_URL, "created_at__gt", id="asset-created_at__gt"),
    pytest.param(ASSET_URL, "created_at__gte", id="asset-created_at__gte"),
    pytest.param(ASSET_URL, "created_at__range", id="asset-created_at__range"),
    pytest.param(ASSET_URL, "created_at__year", id="asset-created_at__year"),
    pytest.param(ASSET_URL, "created_at__month", id="asset-created_at__month"),
    pytest.param(ASSET_URL, "updated_at", id="asset-updated_at"),
    pytest.param(ASSET_URL, "updated_at__lt", id="asset-updated_at__lt"),
    pytest.param(ASSET_URL, "updated_at__lte", id="asset-updated_at__lte"),
    pytest.param(ASSET_URL, "updated_at__gt", id="asset-updated_at__gt"),
    pytest.param(ASSET_URL, "updated_at__gte", id="asset-updated_at__gte"),
    pytest.param(ASSET_URL, "updated_at__range", id="asset-updated_at__range"),
    pytest.param(ASSET_URL, "updated_at__year", id="asset-updated_at__year"),
    pytest.param(ASSET_URL, "updated_at__month", id="asset-updated_at__month"),
    pytest.param(ASSET_URL, "serial", id="asset-serial"),
    pytest.param(ASSET_URL, "serial__iexact", id="asset-serial__iexact"),
    pytest.param(ASSET_URL, "serial__icontains", id="asset-serial__icontains"),
    pytest.param(ASSET_URL, "serial__istartswith", id="asset-serial__istartswith"),
    pytest.param(ASSET_URL, "serial__in", id="asset-serial__in"),
    pytest.param(ASSET_URL, "price", id="asset-price"),
    pytest.param(ASSET_URL, "price__lt", id="asset-price__lt"),
    pytest.param(ASSET_URL, "price__lte", id="asset-price__lte"),
    pytest.param(ASSET_URL, "price__gt", id="asset-price__gt"),
    pytest.param(ASSET_URL, "price__gte", id="asset-price__gte"),
    pytest.param(ASSET_URL, "price__range", id="asset-price__range"),
    pytest.param(ASSET_URL, "weight", id="asset-weight"),
    pytest.param(ASSET_URL, "weight__lt", id="asset-weight__lt"),
    pytest.param(ASSET_URL, "weight__lte", id="asset-weight__lte"),
    pytest.param(ASSET_URL, "weight__gt", id="asset-weight__gt"),
    pytest.param(ASSET_URL, "weight__gte", id="asset-weight__gte"),
    pytest.param(ASSET_URL, "weight__range", id="asset-weight__range"),
    pytest.param(ASSET_URL, "weight__isnull", id="asset-weight__isnull"),
    pytest.param(ASSET_URL, "quantity", id="asset-quantity"),
    pytest.param(ASSET_URL, "quantity__lt", id="asset-quantity__lt"),
    pytest.param(ASSET_URL, "quantity__lte", id="asset-quantity__lte"),
    pytest.param(ASSET_URL, "quantity__gt", id="asset-quantity__gt"),
    pytest.param(ASSET_URL, "quantity__gte", id="asset-quantity__gte"),
    pytest.param(ASSET_URL, "quantity__range", id="asset-quantity__range"),
    pytest.param(ASSET_URL, "rank", id="asset-rank"),
    pytest.param(ASSET_URL, "rank__lt", id="asset-rank__lt"),
    pytest.param(ASSET_URL, "rank__lte", id="asset-rank__lte"),
    pytest.param(ASSET_URL, "rank__gt", id="asset-rank__gt"),
    pytest.param(ASSET_URL, "rank__gte", id="asset-rank__gte"),
    pytest.param(ASSET_URL, "rank__range", id="asset-rank__range"),
    pytest.param(ASSET_URL, "views", id="asset-views"),
    pytest.param(ASSET_URL, "views__lt", id="asset-views__lt"),
    pytest.param(ASSET_URL, "views__lte", id="asset-views__lte"),
    pytest.param(ASSET_URL, "views__gt", id="asset-views__gt"),
    pytest.param(ASSET_URL, "views__gte", id="asset-views__gte"),
    pytest.param(ASSET_URL, "views__range", id="asset-views__range"),
    pytest.param(ASSET_URL, "active", id="asset-active"),
    pytest.param(ASSET_URL, "purchased_on", id="asset-purchased_on"),
    pytest.param(ASSET_URL, "purchased_on__lt", id="asset-purchased_on__lt"),
    pytest.param(ASSET_URL, "purchased_on__lte", id="asset-purchased_on__lte"),
    pytest.param(ASSET_URL, "purchased_on__gt", id="asset-purchased_on__gt"),
    pytest.param(ASSET_URL, "purchased_on__gte", id="asset-purchased_on__gte"),
    pytest.param(ASSET_URL, "purchased_on__range", id="asset-purchased_on__range"),
    pytest.param(ASSET_URL, "purchased_on__year", id="asset-purchased_on__year"),
    pytest.param(ASSET_URL, "purchased_on__month", id="asset-purchased_on__month"),
    pytest.param(ASSET_URL, "purchased_on__isnull", id="asset-purchased_on__isnull"),
    pytest.param(ASSET_URL, "opens_at", id="asset-opens_at"),
    pytest.param(ASSET_URL, "opens_at__lt", id="asset-opens_at__lt"),
    pytest.param(ASSET_URL, "opens_at__lte", id="asset-opens_at__lte"),
    pytest.param(ASSET_URL, "opens_at__gt", id="asset-opens_at__gt"),
    pytest.param(ASSET_URL, "opens_at__gte", id="asset-opens_at__gte"),
    pytest.param(ASSET_URL, "opens_at__range", id="asset-opens_at__range"),
    pytest.param(ASSET_URL, "opens_at__isnull", id="asset-opens_at__isnull"),
    pytest.param(ASSET_URL, "warranty", id="asset-warranty"),
    pytest.param(ASSET_URL, "warranty__lt", id="asset-warranty__lt"),
    pytest.param(ASSET_URL, "warranty__lte", id="asset-warranty__lte"),
    pytest.param(ASSET_URL, "warranty__gt", id="asset-warranty__gt"),
    pytest.param(ASSET_URL, "warranty__gte", id="asset-warranty__gte"),
    pytest.param(ASSET_URL, "warranty__range", id="asset-warranty__range"),
    pytest.param(ASSET_URL, "warranty__isnull", id="asset-warranty__isnull"),
    pytest.param(ASSET_URL, "address", id="asset-address"),
    pytest.param(ASSET_URL, "address__in", id="asset-address__in"),
    pytest.param(ASSET_URL, "address__isnull", id="asset-address__isnull"),
    pytest.param(ASSET_URL, "website", id="asset-website"),
    pytest.param(ASSET_URL, "website__iexact", id="asset-website__iexact"),
    pytest.param(ASSET_URL, "website__icontains", id="asset-website__icontains"),
    pytest.param(ASSET_URL, "website__istartswith", id="asset-website__istartswith"),
    pytest.param(ASSET_URL, "website__in", id="asset-website__in"),
    pytest.param(ASSET_URL, "contact", id="asset-contact"),
    pytest.param(ASSET_URL, "contact__iexact", id="asset-contact__iexact"),
    pytest.param(ASSET_URL, "contact__icontains", id="asset-contact__icontains"),
    pytest.param(ASSET_URL, "contact__istartswith", id="asset-contact__istartswith"),
    pytest.param(ASSET_URL, "contact__in", id="asset-contact__in"),
    pytest.param(ASSET_URL, "token", id="asset-token"),
    pytest.param(ASSET_URL, "token__in", id="asset-token__in"),
    pytest.param(ASSET_URL, "token__isnull", id="asset-token__isnull"),
    pytest.param(ASSET_URL, "condition", id="asset-condition"),
    pytest.param(ASSET_URL, "condition__in", id="asset-condition__in"),
    pytest.param(ASSET_URL, "size", id="asset-size"),
    pytest.param(ASSET_URL, "size__in", id="asset-size__in"),
    pytest.param(ASSET_URL, "order", id="asset-order"),
    pytest.param(ASSET_URL, "order__lt", id="asset-order__lt"),
    pytest.param(ASSET_URL, "order__lte", id="asset-order__lte"),
    pytest.param(ASSET_URL, "order__gt", id="asset-order__gt"),
    pytest.param(ASSET_URL, "order__gte", id="asset-order__gte"),
    pytest.param(ASSET_URL, "order__range", id="asset-order__range"),
    pytest.param(ASSET_URL, "member", id="asset-member"),
    pytest.param(ASSET_URL, "member__in", id="asset-member__in"),
    pytest.param(ASSET_URL, "room", id="asset-room"),
    pytest.param(ASSET_URL, "room__in", id="asset-room__in"),
    pytest.param(ASSET_URL, "room__isnull", id="asset-room__isnull"),
    pytest.param(ASSET_URL, "search", id="asset-search"),
    pytest.param(ASSET_URL, "ordering", id="asset-ordering"),
    pytest.param(ASSET_URL, "limit", id="asset-limit"),
    pytest.param(ASSET_URL, "offset", id="asset-offset"),
    pytest.param(VEHICLE_URL, "name", id="vehicle-name"),
    pytest.param(VEHICLE_URL, "name__iexact", id="vehicle-name__iexact"),
    pytest.param(VEHICLE_URL, "name__icontains", id="vehicle-name__icontains"),
    pytest.param(VEHICLE_URL, "name__istartswith", id="vehicle-name__istartswith"),
    pytest.param(VEHICLE_URL, "name__in", id="vehicle-name__in"),
    pytest.param(VEHICLE_URL, "notes", id="vehicle-notes"),
    pytest.param(VEHICLE_URL, "notes__iexact", id="vehicle-notes__iexact"),
    pytest.param(VEHICLE_URL, "notes__icontains", id="vehicle-notes__icontains"),
    pytest.param(VEHICLE_URL, "notes__istartswith", id="vehicle-notes__istartswith"),
    pytest.param(VEHICLE_URL, "notes__in", id="vehicle-notes__in"),
    pytest.param(VEHICLE_URL, "created_at", id="vehicle-created_at"),
    pytest.param(VEHICLE_URL, "created_at__lt", id="vehicle-created_at__lt"),
    pytest.param(VEHICLE_URL, "created_at__lte", id="vehicle-created_at__lte"),
    pytest.param(VEHICLE_URL, "created_at__gt", id="vehicle-created_at__gt"),
    pytest.param(VEHICLE_URL, "created_at__gte", id="vehicle-created_at__gte"),
    pytest.param(VEHICLE_URL, "created_at__range", id="vehicle-created_at__range"),
    pytest.param(VEHICLE_URL, "created_at__year", id="vehicle-created_at__year"),
    pytest.param(VEHICLE_URL, "created_at__month", id="vehicle-created_at__month"),
    pytest.param(VEHICLE_URL, "updated_at", id="vehicle-updated_at"),
    pytest.param(VEHICLE_URL, "updated_at__lt", id="vehicle-updated_at__lt"),
    pytest.param(VEHICLE_URL, "updated_at__lte", id="vehicle-updated_at__lte"),
    pytest.param(VEHICLE_URL, "updated_at__gt", id="vehicle-updated_at__gt"),
    pytest.param(VEHICLE_URL, "updated_at__gte", id="vehicle-updated_at__gte"),
    pytest.param(VEHICLE_URL, "updated_at__range", id="vehicle-updated_at__range"),
    pytest.param(VEHICLE_URL, "updated_at__year", id="vehicle-updated_at__year"),
    pytest.param(VEHICLE_URL, "updated_at__month", id="vehicle-updated_at__month"),
    pytest.param(VEHICLE_URL, "plate", id="vehicle-plate"),
    pytest.param(VEHICLE_URL, "plate__iexact", id="vehicle-plate__iexact"),
    pytest.param(VEHICLE_URL, "plate__icontains", id="vehicle-plate__icontains"),
    pytest.param(VEHICLE_URL, "plate__istartswith", id="vehicle-plate__istartswith"),
    pytest.param(VEHICLE_URL, "plate__in", id="vehicle-plate__in"),
    pytest.param(VEHICLE_URL, "seats", id="vehicle-seats"),
    pytest.param(VEHICLE_URL, "seats__lt", id="vehicle-seats__lt"),
    pytest.param(VEHICLE_URL, "seats__lte", id="vehicle-seats__lte"),
    pytest.param(VEHICLE_URL, "seats__gt", id="vehicle-seats__gt"),
    pytest.param(VEHICLE_URL, "seats__gte", id="vehicle-seats__gte"),
    pytest.param(VEHICLE_URL, "seats__range", id="vehicle-seats__range"),
    pytest.param(VEHICLE_URL, "driver", id="vehicle-driver"),
    pytest.param(VEHICLE_URL, "driver__in", id="vehicle-driver__in"),
    pytest.param(VEHICLE_URL, "driver__isnull", id="vehicle-driver__isnull"),
    pytest.param(VEHICLE_URL, "search", id="vehicle-search"),
    pytest.param(VEHICLE_URL, "ordering", id="vehicle-ordering"),
    pytest.param(VEHICLE_URL, "limit", id="vehicle-limit"),
    pytest.param(VEHICLE_URL, "offset", id="vehicle-offset"),
]

REFUSED_QUERIES = [
    pytest.param(ASSET_URL, "name", hostile.NUL, id="asset-name-nul"),
    pytest.param(ASSET_URL, "name__iexact", hostile.NUL, id="asset-name__iexact-nul"),
    pytest.param(
        ASSET_URL, "name__icontains", hostile.NUL, id="asset-name__icontains-nul"
    ),
    pytest.param(
        ASSET_URL, "name__istartswith", hostile.NUL, id="asset-name__istartswith-nul"
    ),
    pytest.param(ASSET_URL, "notes", hostile.NUL, id="asset-notes-nul"),
    pytest.param(ASSET_URL, "notes__iexact", hostile.NUL, id="asset-notes__iexact-nul"),
    pytest.param(
        ASSET_URL, "notes__icontains", hostile.NUL, id="asset-notes__icontains-nul"
    ),
    pytest.param(
        ASSET_URL, "notes__istartswith", hostile.NUL, id="asset-notes__istartswith-nul"
    ),
    pytest.param(ASSET_URL, "created_at", hostile.NUL, id="asset-created_at-nul"),
    pytest.param(
        ASSET_URL, "created_at__lt", hostile.NUL, id="asset-created_at__lt-nul"
    ),
    pytest.param(
        ASSET_URL, "created_at__lte", hostile.NUL, id="asset-created_at__lte-nul"
    ),
    pytest.param(
        ASSET_URL, "created_at__gt", hostile.NUL, id="asset-created_at__gt-nul"
    ),
    pytest.param(
        ASSET_URL, "created_at__gte", hostile.NUL, id="asset-created_at__gte-nul"
    ),
    pytest.param(
        ASSET_URL, "created_at__range", hostile.NUL, id="asset-created_at__range-nul"
    ),
    pytest.param(
        ASSET_URL, "created_at__year", hostile.NUL, id="asset-created_at__year-nul"
    ),
    pytest.param(
        ASSET_URL, "created_at__month", hostile.NUL, id="asset-created_at__month-nul"
    ),
    pytest.param(
        ASSET_URL,
        "created_at__lt",
        hostile.LATEST_DATETIME,
        id="asset-created_at__lt-latest_datetime",
    ),
    pytest.param(
        ASSET_URL,
        "created_at__lt",
        hostile.EARLIEST_DATETIME,
        id="asset-created_at__lt-earliest_datetime",
    ),
    pytest.param(
        ASSET_URL,
        "created_at__lte",
        hostile.LATEST_DATETIME,
        id="asset-created_at__lte-latest_datetime",
    ),
    pytest.param(
        ASSET_URL,
        "created_at__lte",
        hostile.EARLIEST_DATETIME,
        id="asset-created_at__lte-earliest_datetime",
    ),
    pytest.param(
        ASSET_URL,
        "created_at__gt",
        hostile.LATEST_DATETIME,
        id="asset-created_at__gt-latest_datetime",
    ),
    pytest.param(
        ASSET_URL,
        "created_at__gt",
        hostile.EARLIEST_DATETIME,
        id="asset-created_at__gt-earliest_datetime",
    ),
    pytest.param(
        ASSET_URL,
        "created_at__gte",
        hostile.LATEST_DATETIME,
        id="asset-created_at__gte-latest_datetime",
    ),
    pytest.param(
        ASSET_URL,
        "created_at__gte",
        hostile.EARLIEST_DATETIME,
        id="asset-created_at__gte-earliest_datetime",
    ),
    pytest.param(ASSET_URL, "updated_at", hostile.NUL, id="asset-updated_at-nul"),
    pytest.param(
        ASSET_URL, "updated_at__lt", hostile.NUL, id="asset-updated_at__lt-nul"
    ),
    pytest.param(
        ASSET_URL, "updated_at__lte", hostile.NUL, id="asset-updated_at__lte-nul"
    ),
    pytest.param(
        ASSET_URL, "updated_at__gt", hostile.NUL, id="asset-updated_at__gt-nul"
    ),
    pytest.param(
        ASSET_URL, "updated_at__gte", hostile.NUL, id="asset-updated_at__gte-nul"
    ),
    pytest.param(
        ASSET_URL, "updated_at__range", hostile.NUL, id="asset-updated_at__range-nul"
    ),
    pytest.param(
        ASSET_URL, "updated_at__year", hostile.NUL, id="asset-updated_at__year-nul"
    ),
    pytest.param(
        ASSET_URL, "updated_at__month", hostile.NUL, id="asset-updated_at__month-nul"
    ),
    pytest.param(
        ASSET_URL,
        "updated_at__lt",
        hostile.LATEST_DATETIME,
        id="asset-updated_at__lt-latest_datetime",
    ),
    pytest.param(
        ASSET_URL,
        "updated_at__lt",
        hostile.EARLIEST_DATETIME,
        id="asset-updated_at__lt-earliest_datetime",
    ),
    pytest.param(
        ASSET_URL,
        "updated_at__lte",
        hostile.LATEST_DATETIME,
        id="asset-updated_at__lte-latest_datetime",
    ),
    pytest.param(
        ASSET_URL,
        "updated_at__lte",
        hostile.EARLIEST_DATETIME,
        id="asset-updated_at__lte-earliest_datetime",
    ),
    pytest.param(
        ASSET_URL,
        "updated_at__gt",
        hostile.LATEST_DATETIME,
        id="asset-updated_at__gt-latest_datetime",
    ),
    pytest.param(
        ASSET_URL,
        "updated_at__gt",
        hostile.EARLIEST_DATETIME,
        id="asset-updated_at__gt-earliest_datetime",
    ),
    pytest.param(
        ASSET_URL,
        "updated_at__gte",
        hostile.LATEST_DATETIME,
        id="asset-updated_at__gte-latest_datetime",
    ),
    pytest.param(
        ASSET_URL,
        "updated_at__gte",
        hostile.EARLIEST_DATETIME,
        id="asset-updated_at__gte-earliest_datetime",
    ),
    pytest.param(ASSET_URL, "serial", hostile.NUL, id="asset-serial-nul"),
    pytest.param(
        ASSET_URL, "serial__iexact", hostile.NUL, id="asset-serial__iexact-nul"
    ),
    pytest.param(
        ASSET_URL, "serial__icontains", hostile.NUL, id="asset-serial__icontains-nul"
    ),
    pytest.param(
        ASSET_URL,
        "serial__istartswith",
        hostile.NUL,
        id="asset-serial__istartswith-nul",
    ),
    pytest.param(ASSET_URL, "price", hostile.NUL, id="asset-price-nul"),
    pytest.param(ASSET_URL, "price__lt", hostile.NUL, id="asset-price__lt-nul"),
    pytest.param(ASSET_URL, "price__lte", hostile.NUL, id="asset-price__lte-nul"),
    pytest.param(ASSET_URL, "price__gt", hostile.NUL, id="asset-price__gt-nul"),
    pytest.param(ASSET_URL, "price__gte", hostile.NUL, id="asset-price__gte-nul"),
    pytest.param(ASSET_URL, "price__range", hostile.NUL, id="asset-price__range-nul"),
    pytest.param(ASSET_URL, "weight", hostile.NUL, id="asset-weight-nul"),
    pytest.param(ASSET_URL, "weight__lt", hostile.NUL, id="asset-weight__lt-nul"),
    pytest.param(ASSET_URL, "weight__lte", hostile.NUL, id="asset-weight__lte-nul"),
    pytest.param(ASSET_URL, "weight__gt", hostile.NUL, id="asset-weight__gt-nul"),
    pytest.param(ASSET_URL, "weight__gte", hostile.NUL, id="asset-weight__gte-nul"),
    pytest.param(ASSET_URL, "weight__range", hostile.NUL, id="asset-weight__range-nul"),
    pytest.param(
        ASSET_URL, "weight__isnull", hostile.NUL, id="asset-weight__isnull-nul"
    ),
    pytest.param(ASSET_URL, "quantity", hostile.NUL, id="asset-quantity-nul"),
    pytest.param(ASSET_URL, "quantity__lt", hostile.NUL, id="asset-quantity__lt-nul"),
    pytest.param(ASSET_URL, "quantity__lte", hostile.NUL, id="asset-quantity__lte-nul"),
    pytest.param(ASSET_URL, "quantity__gt", hostile.NUL, id="asset-quantity__gt-nul"),
    pytest.param(ASSET_URL, "quantity__gte", hostile.NUL, id="asset-quantity__gte-nul"),
    pytest.param(
        ASSET_URL, "quantity__range", hostile.NUL, id="asset-quantity__range-nul"
    ),
    pytest.param(ASSET_URL, "rank", hostile.NUL, id="asset-rank-nul"),
    pytest.param(ASSET_URL, "rank__lt", hostile.NUL, id="asset-rank__lt-nul"),
    pytest.param(ASSET_URL, "rank__lte", hostile.NUL, id="asset-rank__lte-nul"),
    pytest.param(ASSET_URL, "rank__gt", hostile.NUL, id="asset-rank__gt-nul"),
    pytest.param(ASSET_URL, "rank__gte", hostile.NUL, id="asset-rank__gte-nul"),
    pytest.param(ASSET_URL, "rank__range", hostile.NUL, id="asset-rank__range-nul"),
    pytest.param(ASSET_URL, "views", hostile.NUL, id="asset-views-nul"),
    pytest.param(ASSET_URL, "views__lt", hostile.NUL, id="asset-views__lt-nul"),
    pytest.param(ASSET_URL, "views__lte", hostile.NUL, id="asset-views__lte-nul"),
    pytest.param(ASSET_URL, "views__gt", hostile.NUL, id="asset-views__gt-nul"),
    pytest.param(ASSET_URL, "views__gte", hostile.NUL, id="asset-views__gte-nul"),
    pytest.param(ASSET_URL, "views__range", hostile.NUL, id="asset-views__range-nul"),
    pytest.param(ASSET_URL, "active", hostile.NUL, id="asset-active-nul"),
    pytest.param(ASSET_URL, "purchased_on", hostile.NUL, id="asset-purchased_on-nul"),
    pytest.param(
        ASSET_URL, "purchased_on__lt", hostile.NUL, id="asset-purchased_on__lt-nul"
    ),
    pytest.param(
        ASSET_URL, "purchased_on__lte", hostile.NUL, id="asset-purchased_on__lte-nul"
    ),
    pytest.param(
        ASSET_URL, "purchased_on__gt", hostile.NUL, id="asset-purchased_on__gt-nul"
    ),
    pytest.param(
        ASSET_URL, "purchased_on__gte", hostile.NUL, id="asset-purchased_on__gte-nul"
    ),
    pytest.param(
        ASSET_URL,
        "purchased_on__range",
        hostile.NUL,
        id="asset-purchased_on__range-nul",
    ),
    pytest.param(
        ASSET_URL, "purchased_on__year", hostile.NUL, id="asset-purchased_on__year-nul"
    ),
    pytest.param(
        ASSET_URL,
        "purchased_on__month",
        hostile.NUL,
        id="asset-purchased_on__month-nul",
    ),
    pytest.param(
        ASSET_URL,
        "purchased_on__isnull",
        hostile.NUL,
        id="asset-purchased_on__isnull-nul",
    ),
    pytest.param(ASSET_URL, "opens_at", hostile.NUL, id="asset-opens_at-nul"),
    pytest.param(ASSET_URL, "opens_at__lt", hostile.NUL, id="asset-opens_at__lt-nul"),
    pytest.param(ASSET_URL, "opens_at__lte", hostile.NUL, id="asset-opens_at__lte-nul"),
    pytest.param(ASSET_URL, "opens_at__gt", hostile.NUL, id="asset-opens_at__gt-nul"),
    pytest.param(ASSET_URL, "opens_at__gte", hostile.NUL, id="asset-opens_at__gte-nul"),
    pytest.param(
        ASSET_URL, "opens_at__range", hostile.NUL, id="asset-opens_at__range-nul"
    ),
    pytest.param(
        ASSET_URL, "opens_at__isnull", hostile.NUL, id="asset-opens_at__isnull-nul"
    ),
    pytest.param(ASSET_URL, "warranty", hostile.NUL, id="asset-warranty-nul"),
    pytest.param(ASSET_URL, "warranty__lt", hostile.NUL, id="asset-warranty__lt-nul"),
    pytest.param(ASSET_URL, "warranty__lte", hostile.NUL, id="asset-warranty__lte-nul"),
    pytest.param(ASSET_URL, "warranty__gt", hostile.NUL, id="asset-warranty__gt-nul"),
    pytest.param(ASSET_URL, "warranty__gte", hostile.NUL, id="asset-warranty__gte-nul"),
    pytest.param(
        ASSET_URL, "warranty__range", hostile.NUL, id="asset-warranty__range-nul"
    ),
    pytest.param(
        ASSET_URL, "warranty__isnull", hostile.NUL, id="asset-warranty__isnull-nul"
    ),
    pytest.param(
        ASSET_URL,
        "warranty__lt",
        hostile.HUGE_DURATION,
        id="asset-warranty__lt-huge_duration",
    ),
    pytest.param(
        ASSET_URL,
        "warranty__lte",
        hostile.HUGE_DURATION,
        id="asset-warranty__lte-huge_duration",
    ),
    pytest.param(
        ASSET_URL,
        "warranty__gt",
        hostile.HUGE_DURATION,
        id="asset-warranty__gt-huge_duration",
    ),
    pytest.param(
        ASSET_URL,
        "warranty__gte",
        hostile.HUGE_DURATION,
        id="asset-warranty__gte-huge_duration",
    ),
    pytest.param(ASSET_URL, "address", hostile.NUL, id="asset-address-nul"),
    pytest.param(
        ASSET_URL, "address__isnull", hostile.NUL, id="asset-address__isnull-nul"
    ),
    pytest.param(ASSET_URL, "website", hostile.NUL, id="asset-website-nul"),
    pytest.param(
        ASSET_URL, "website__iexact", hostile.NUL, id="asset-website__iexact-nul"
    ),
    pytest.param(
        ASSET_URL, "website__icontains", hostile.NUL, id="asset-website__icontains-nul"
    ),
    pytest.param(
        ASSET_URL,
        "website__istartswith",
        hostile.NUL,
        id="asset-website__istartswith-nul",
    ),
    pytest.param(ASSET_URL, "contact", hostile.NUL, id="asset-contact-nul"),
    pytest.param(
        ASSET_URL, "contact__iexact", hostile.NUL, id="asset-contact__iexact-nul"
    ),
    pytest.param(
        ASSET_URL, "contact__icontains", hostile.NUL, id="asset-contact__icontains-nul"
    ),
    pytest.param(
        ASSET_URL,
        "contact__istartswith",
        hostile.NUL,
        id="asset-contact__istartswith-nul",
    ),
    pytest.param(ASSET_URL, "token", hostile.NUL, id="asset-token-nul"),
    pytest.param(ASSET_URL, "token__isnull", hostile.NUL, id="asset-token__isnull-nul"),
    pytest.param(ASSET_URL, "condition", hostile.NUL, id="asset-condition-nul"),
    pytest.param(ASSET_URL, "size", hostile.NUL, id="asset-size-nul"),
    pytest.param(ASSET_URL, "order", hostile.NUL, id="asset-order-nul"),
    pytest.param(ASSET_URL, "order__lt", hostile.NUL, id="asset-order__lt-nul"),
    pytest.param(ASSET_URL, "order__lte", hostile.NUL, id="asset-order__lte-nul"),
    pytest.param(ASSET_URL, "order__gt", hostile.NUL, id="asset-order__gt-nul"),
    pytest.param(ASSET_URL, "order__gte", hostile.NUL, id="asset-order__gte-nul"),
    pytest.param(ASSET_URL, "order__range", hostile.NUL, id="asset-order__range-nul"),
    pytest.param(ASSET_URL, "member", hostile.NUL, id="asset-member-nul"),
    pytest.param(ASSET_URL, "room", hostile.NUL, id="asset-room-nul"),
    pytest.param(ASSET_URL, "room__isnull", hostile.NUL, id="asset-room__isnull-nul"),
    pytest.param(ASSET_URL, "search", hostile.NUL, id="asset-search-nul"),
    pytest.param(ASSET_URL, "search", hostile.MANY_WORDS, id="asset-search-many_words"),
    pytest.param(ASSET_URL, "search", hostile.LONG_WORD, id="asset-search-long_word"),
    pytest.param(ASSET_URL, "ordering", hostile.NUL, id="asset-ordering-nul"),
    pytest.param(
        ASSET_URL, "offset", hostile.HUGE_NUMBER, id="asset-offset-huge_number"
    ),
    pytest.param(VEHICLE_URL, "name", hostile.NUL, id="vehicle-name-nul"),
    pytest.param(
        VEHICLE_URL, "name__iexact", hostile.NUL, id="vehicle-name__iexact-nul"
    ),
    pytest.param(
        VEHICLE_URL, "name__icontains", hostile.NUL, id="vehicle-name__icontains-nul"
    ),
    pytest.param(
        VEHICLE_URL,
        "name__istartswith",
        hostile.NUL,
        id="vehicle-name__istartswith-nul",
    ),
    pytest.param(VEHICLE_URL, "notes", hostile.NUL, id="vehicle-notes-nul"),
    pytest.param(
        VEHICLE_URL, "notes__iexact", hostile.NUL, id="vehicle-notes__iexact-nul"
    ),
    pytest.param(
        VEHICLE_URL, "notes__icontains", hostile.NUL, id="vehicle-notes__icontains-nul"
    ),
    pytest.param(
        VEHICLE_URL,
        "notes__istartswith",
        hostile.NUL,
        id="vehicle-notes__istartswith-nul",
    ),
    pytest.param(VEHICLE_URL, "created_at", hostile.NUL, id="vehicle-created_at-nul"),
    pytest.param(
        VEHICLE_URL, "created_at__lt", hostile.NUL, id="vehicle-created_at__lt-nul"
    ),
    pytest.param(
        VEHICLE_URL, "created_at__lte", hostile.NUL, id="vehicle-created_at__lte-nul"
    ),
    pytest.param(
        VEHICLE_URL, "created_at__gt", hostile.NUL, id="vehicle-created_at__gt-nul"
    ),
    pytest.param(
        VEHICLE_URL, "created_at__gte", hostile.NUL, id="vehicle-created_at__gte-nul"
    ),
    pytest.param(
        VEHICLE_URL,
        "created_at__range",
        hostile.NUL,
        id="vehicle-created_at__range-nul",
    ),
    pytest.param(
        VEHICLE_URL, "created_at__year", hostile.NUL, id="vehicle-created_at__year-nul"
    ),
    pytest.param(
        VEHICLE_URL,
        "created_at__month",
        hostile.NUL,
        id="vehicle-created_at__month-nul",
    ),
    pytest.param(
        VEHICLE_URL,
        "created_at__lt",
        hostile.LATEST_DATETIME,
        id="vehicle-created_at__lt-latest_datetime",
    ),
    pytest.param(
        VEHICLE_URL,
        "created_at__lt",
        hostile.EARLIEST_DATETIME,
        id="vehicle-created_at__lt-earliest_datetime",
    ),
    pytest.param(
        VEHICLE_URL,
        "created_at__lte",
        hostile.LATEST_DATETIME,
        id="vehicle-created_at__lte-latest_datetime",
    ),
    pytest.param(
        VEHICLE_URL,
        "created_at__lte",
        hostile.EARLIEST_DATETIME,
        id="vehicle-created_at__lte-earliest_datetime",
    ),
    pytest.param(
        VEHICLE_URL,
        "created_at__gt",
        hostile.LATEST_DATETIME,
        id="vehicle-created_at__gt-latest_datetime",
    ),
    pytest.param(
        VEHICLE_URL,
        "created_at__gt",
        hostile.EARLIEST_DATETIME,
        id="vehicle-created_at__gt-earliest_datetime",
    ),
    pytest.param(
        VEHICLE_URL,
        "created_at__gte",
        hostile.LATEST_DATETIME,
        id="vehicle-created_at__gte-latest_datetime",
    ),
    pytest.param(
        VEHICLE_URL,
        "created_at__gte",
        hostile.EARLIEST_DATETIME,
        id="vehicle-created_at__gte-earliest_datetime",
    ),
    pytest.param(VEHICLE_URL, "updated_at", hostile.NUL, id="vehicle-updated_at-nul"),
    pytest.param(
        VEHICLE_URL, "updated_at__lt", hostile.NUL, id="vehicle-updated_at__lt-nul"
    ),
    pytest.param(
        VEHICLE_URL, "updated_at__lte", hostile.NUL, id="vehicle-updated_at__lte-nul"
    ),
    pytest.param(
        VEHICLE_URL, "updated_at__gt", hostile.NUL, id="vehicle-updated_at__gt-nul"
    ),
    pytest.param(
        VEHICLE_URL, "updated_at__gte", hostile.NUL, id="vehicle-updated_at__gte-nul"
    ),
    pytest.param(
        VEHICLE_URL,
        "updated_at__range",
        hostile.NUL,
        id="vehicle-updated_at__range-nul",
    ),
    pytest.param(
        VEHICLE_URL, "updated_at__year", hostile.NUL, id="vehicle-updated_at__year-nul"
    ),
    pytest.param(
        VEHICLE_URL,
        "updated_at__month",
        hostile.NUL,
        id="vehicle-updated_at__month-nul",
    ),
    pytest.param(
        VEHICLE_URL,
        "updated_at__lt",
        hostile.LATEST_DATETIME,
        id="vehicle-updated_at__lt-latest_datetime",
    ),
    pytest.param(
        VEHICLE_URL,
        "updated_at__lt",
        hostile.EARLIEST_DATETIME,
        id="vehicle-updated_at__lt-earliest_datetime",
    ),
    pytest.param(
        VEHICLE_URL,
        "updated_at__lte",
        hostile.LATEST_DATETIME,
        id="vehicle-updated_at__lte-latest_datetime",
    ),
    pytest.param(
        VEHICLE_URL,
        "updated_at__lte",
        hostile.EARLIEST_DATETIME,
        id="vehicle-updated_at__lte-earliest_datetime",
    ),
    pytest.param(
        VEHICLE_URL,
        "updated_at__gt",
        hostile.LATEST_DATETIME,
        id="vehicle-updated_at__gt-latest_datetime",
    ),
    pytest.param(
        VEHICLE_URL,
        "updated_at__gt",
        hostile.EARLIEST_DATETIME,
        id="vehicle-updated_at__gt-earliest_datetime",
    ),
    pytest.param(
        VEHICLE_URL,
        "updated_at__gte",
        hostile.LATEST_DATETIME,
        id="vehicle-updated_at__gte-latest_datetime",
    ),
    pytest.param(
        VEHICLE_URL,
        "updated_at__gte",
        hostile.EARLIEST_DATETIME,
        id="vehicle-updated_at__gte-earliest_datetime",
    ),
    pytest.param(VEHICLE_URL, "plate", hostile.NUL, id="vehicle-plate-nul"),
    pytest.param(
        VEHICLE_URL, "plate__iexact", hostile.NUL, id="vehicle-plate__iexact-nul"
    ),
    pytest.param(
        VEHICLE_URL, "plate__icontains", hostile.NUL, id="vehicle-plate__icontains-nul"
    ),
    pytest.param(
        VEHICLE_URL,
        "plate__istartswith",
        hostile.NUL,
        id="vehicle-plate__istartswith-nul",
    ),
    pytest.param(VEHICLE_URL, "seats", hostile.NUL, id="vehicle-seats-nul"),
    pytest.param(VEHICLE_URL, "seats__lt", hostile.NUL, id="vehicle-seats__lt-nul"),
    pytest.param(VEHICLE_URL, "seats__lte", hostile.NUL, id="vehicle-seats__lte-nul"),
    pytest.param(VEHICLE_URL, "seats__gt", hostile.NUL, id="vehicle-seats__gt-nul"),
    pytest.param(VEHICLE_URL, "seats__gte", hostile.NUL, id="vehicle-seats__gte-nul"),
    pytest.param(
        VEHICLE_URL, "seats__range", hostile.NUL, id="vehicle-seats__range-nul"
    ),
    pytest.param(VEHICLE_URL, "driver", hostile.NUL, id="vehicle-driver-nul"),
    pytest.param(
        VEHICLE_URL, "driver__isnull", hostile.NUL, id="vehicle-driver__isnull-nul"
    ),
    pytest.param(VEHICLE_URL, "search", hostile.NUL, id="vehicle-search-nul"),
    pytest.param(
        VEHICLE_URL, "search", hostile.MANY_WORDS, id="vehicle-search-many_words"
    ),
    pytest.param(
        VEHICLE_URL, "search", hostile.LONG_WORD, id="vehicle-search-long_word"
    ),
    pytest.param(VEHICLE_URL, "ordering", hostile.NUL, id="vehicle-ordering-nul"),
    pytest.param(
        VEHICLE_URL, "offset", hostile.HUGE_NUMBER, id="vehicle-offset-huge_number"
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
    pytest.param(ASSET_URL, "", id="asset-detail"),
    pytest.param(ASSET_URL, "moves/", id="asset-moves"),
    pytest.param(VEHICLE_URL, "", id="vehicle-detail"),
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


ASSET_FIELDS = {
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
    "member": "member",
    "room": "room",
}

VEHICLE_FIELDS = {
    "name": "name",
    "notes": "notes",
    "plate": "plate",
    "seats": "seats",
    "driver": "driver",
}

REFUSED_VALUES = [
    pytest.param(
        AssetFactory, ASSET_FIELDS, ASSET_URL, "name", hostile.NUL, id="asset-name-nul"
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "name",
        hostile.SURROGATE,
        id="asset-name-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "notes",
        hostile.NUL,
        id="asset-notes-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "notes",
        hostile.SURROGATE,
        id="asset-notes-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "serial",
        hostile.NUL,
        id="asset-serial-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "serial",
        hostile.SURROGATE,
        id="asset-serial-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "price",
        hostile.NUL,
        id="asset-price-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "price",
        hostile.SURROGATE,
        id="asset-price-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "price",
        hostile.HUGE_NUMBER,
        id="asset-price-huge_number",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "weight",
        hostile.NUL,
        id="asset-weight-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "weight",
        hostile.SURROGATE,
        id="asset-weight-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "quantity",
        hostile.NUL,
        id="asset-quantity-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "quantity",
        hostile.SURROGATE,
        id="asset-quantity-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "quantity",
        hostile.HUGE_NUMBER,
        id="asset-quantity-huge_number",
    ),
    pytest.param(
        AssetFactory, ASSET_FIELDS, ASSET_URL, "rank", hostile.NUL, id="asset-rank-nul"
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "rank",
        hostile.SURROGATE,
        id="asset-rank-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "rank",
        hostile.HUGE_NUMBER,
        id="asset-rank-huge_number",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "views",
        hostile.NUL,
        id="asset-views-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "views",
        hostile.SURROGATE,
        id="asset-views-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "views",
        hostile.HUGE_NUMBER,
        id="asset-views-huge_number",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "active",
        hostile.NUL,
        id="asset-active-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "active",
        hostile.SURROGATE,
        id="asset-active-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "purchased_on",
        hostile.NUL,
        id="asset-purchased_on-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "purchased_on",
        hostile.SURROGATE,
        id="asset-purchased_on-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "purchased_on",
        hostile.BEYOND_YEAR_9999,
        id="asset-purchased_on-beyond_year_9999",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "opens_at",
        hostile.NUL,
        id="asset-opens_at-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "opens_at",
        hostile.SURROGATE,
        id="asset-opens_at-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "warranty",
        hostile.NUL,
        id="asset-warranty-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "warranty",
        hostile.SURROGATE,
        id="asset-warranty-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "warranty",
        hostile.HUGE_DURATION,
        id="asset-warranty-huge_duration",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "warranty",
        hostile.NEGATIVE_DURATION,
        id="asset-warranty-negative_duration",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "specs",
        hostile.NUL,
        id="asset-specs-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "specs",
        hostile.SURROGATE,
        id="asset-specs-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "specs",
        hostile.DEEP_JSON,
        id="asset-specs-deep_json",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "specs",
        hostile.NUL_IN_JSON,
        id="asset-specs-nul_in_json",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "specs",
        hostile.SURROGATE_IN_JSON,
        id="asset-specs-surrogate_in_json",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "labels",
        hostile.NUL,
        id="asset-labels-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "labels",
        hostile.SURROGATE,
        id="asset-labels-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "labels",
        hostile.DEEP_JSON,
        id="asset-labels-deep_json",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "labels",
        hostile.NUL_IN_JSON,
        id="asset-labels-nul_in_json",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "labels",
        hostile.SURROGATE_IN_JSON,
        id="asset-labels-surrogate_in_json",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "manual",
        hostile.NUL,
        id="asset-manual-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "manual",
        hostile.SURROGATE,
        id="asset-manual-surrogate",
    ),
    pytest.param(
        AssetFactory, ASSET_FIELDS, ASSET_URL, "blob", hostile.NUL, id="asset-blob-nul"
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "blob",
        hostile.SURROGATE,
        id="asset-blob-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "blob",
        hostile.NOT_BASE64,
        id="asset-blob-not_base64",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "address",
        hostile.NUL,
        id="asset-address-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "address",
        hostile.SURROGATE,
        id="asset-address-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "website",
        hostile.NUL,
        id="asset-website-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "website",
        hostile.SURROGATE,
        id="asset-website-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "contact",
        hostile.NUL,
        id="asset-contact-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "contact",
        hostile.SURROGATE,
        id="asset-contact-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "token",
        hostile.NUL,
        id="asset-token-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "token",
        hostile.SURROGATE,
        id="asset-token-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "condition",
        hostile.NUL,
        id="asset-condition-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "condition",
        hostile.SURROGATE,
        id="asset-condition-surrogate",
    ),
    pytest.param(
        AssetFactory, ASSET_FIELDS, ASSET_URL, "size", hostile.NUL, id="asset-size-nul"
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "size",
        hostile.SURROGATE,
        id="asset-size-surrogate",
    ),
    pytest.param(
        AssetFactory, ASSET_FIELDS, ASSET_URL, "from", hostile.NUL, id="asset-from-nul"
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "from",
        hostile.SURROGATE,
        id="asset-from-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "class",
        hostile.NUL,
        id="asset-class-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "class",
        hostile.SURROGATE,
        id="asset-class-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "order",
        hostile.NUL,
        id="asset-order-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "order",
        hostile.SURROGATE,
        id="asset-order-surrogate",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "order",
        hostile.HUGE_NUMBER,
        id="asset-order-huge_number",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "member",
        hostile.NUL,
        id="asset-member-nul",
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "member",
        hostile.SURROGATE,
        id="asset-member-surrogate",
    ),
    pytest.param(
        AssetFactory, ASSET_FIELDS, ASSET_URL, "room", hostile.NUL, id="asset-room-nul"
    ),
    pytest.param(
        AssetFactory,
        ASSET_FIELDS,
        ASSET_URL,
        "room",
        hostile.SURROGATE,
        id="asset-room-surrogate",
    ),
    pytest.param(
        VehicleFactory,
        VEHICLE_FIELDS,
        VEHICLE_URL,
        "name",
        hostile.NUL,
        id="vehicle-name-nul",
    ),
    pytest.param(
        VehicleFactory,
        VEHICLE_FIELDS,
        VEHICLE_URL,
        "name",
        hostile.SURROGATE,
        id="vehicle-name-surrogate",
    ),
    pytest.param(
        VehicleFactory,
        VEHICLE_FIELDS,
        VEHICLE_URL,
        "notes",
        hostile.NUL,
        id="vehicle-notes-nul",
    ),
    pytest.param(
        VehicleFactory,
        VEHICLE_FIELDS,
        VEHICLE_URL,
        "notes",
        hostile.SURROGATE,
        id="vehicle-notes-surrogate",
    ),
    pytest.param(
        VehicleFactory,
        VEHICLE_FIELDS,
        VEHICLE_URL,
        "plate",
        hostile.NUL,
        id="vehicle-plate-nul",
    ),
    pytest.param(
        VehicleFactory,
        VEHICLE_FIELDS,
        VEHICLE_URL,
        "plate",
        hostile.SURROGATE,
        id="vehicle-plate-surrogate",
    ),
    pytest.param(
        VehicleFactory,
        VEHICLE_FIELDS,
        VEHICLE_URL,
        "seats",
        hostile.NUL,
        id="vehicle-seats-nul",
    ),
    pytest.param(
        VehicleFactory,
        VEHICLE_FIELDS,
        VEHICLE_URL,
        "seats",
        hostile.SURROGATE,
        id="vehicle-seats-surrogate",
    ),
    pytest.param(
        VehicleFactory,
        VEHICLE_FIELDS,
        VEHICLE_URL,
        "seats",
        hostile.HUGE_NUMBER,
        id="vehicle-seats-huge_number",
    ),
    pytest.param(
        VehicleFactory,
        VEHICLE_FIELDS,
        VEHICLE_URL,
        "driver",
        hostile.NUL,
        id="vehicle-driver-nul",
    ),
    pytest.param(
        VehicleFactory,
        VEHICLE_FIELDS,
        VEHICLE_URL,
        "driver",
        hostile.SURROGATE,
        id="vehicle-driver-surrogate",
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
