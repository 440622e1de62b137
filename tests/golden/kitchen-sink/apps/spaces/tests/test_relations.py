"""Relations in the Spaces API: written as keys of existing rows, read as
references in lists, as objects in details (as references where the reader of the detail
may not read the related row: users, others' private rows), and reverse relations as counts
with the URL of their nested list."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.core.relations_testing import create_linked
from apps.core.testing import api_key, factory_for, field_errors, related_model
from apps.inventory.models import Asset
from apps.spaces.models import Attendee, Booking, Log, Move, Room
from apps.studio.models import Stewardship

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "url_name", "api_name", "value"),
    [
        pytest.param(
            Room,
            "spaces:room-detail",
            "folder",
            0,
            id="room-folder-missing",
        ),
        pytest.param(
            Room,
            "spaces:room-detail",
            "folder",
            "not-a-key",
            id="room-folder-malformed",
        ),
        pytest.param(
            Booking,
            "spaces:booking-detail",
            "room",
            0,
            id="booking-room-missing",
        ),
        pytest.param(
            Booking,
            "spaces:booking-detail",
            "room",
            "not-a-key",
            id="booking-room-malformed",
        ),
        pytest.param(
            Attendee,
            "spaces:attendee-detail",
            "booking",
            0,
            id="attendee-booking-missing",
        ),
        pytest.param(
            Attendee,
            "spaces:attendee-detail",
            "booking",
            "not-a-key",
            id="attendee-booking-malformed",
        ),
        pytest.param(
            Move,
            "spaces:move-detail",
            "asset",
            "00000000-0000-0000-0000-000000000000",
            id="move-asset-missing",
        ),
        pytest.param(
            Move,
            "spaces:move-detail",
            "asset",
            "not-a-key",
            id="move-asset-malformed",
        ),
        pytest.param(
            Move,
            "spaces:move-detail",
            "source",
            0,
            id="move-source-missing",
        ),
        pytest.param(
            Move,
            "spaces:move-detail",
            "source",
            "not-a-key",
            id="move-source-malformed",
        ),
        pytest.param(
            Move,
            "spaces:move-detail",
            "target",
            0,
            id="move-target-missing",
        ),
        pytest.param(
            Move,
            "spaces:move-detail",
            "target",
            "not-a-key",
            id="move-target-malformed",
        ),
    ],
)
def test_a_wrong_key_is_refused_on_its_field(
    admin_client, model, url_name, api_name, value
):
    instance = factory_for(model).create()
    url = reverse(url_name, args=[instance.pk])
    response = admin_client.patch(url, {api_name: value}, format="json")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


def related_rows(instance, name: str, many: bool) -> list:
    """The rows a relation of `instance` points at, in the order the API shows them."""
    value = getattr(instance, name)
    if many:
        return list(value.all())
    return [] if value is None else [value]


@pytest.mark.parametrize(
    ("model", "route", "api_name", "name", "many", "whole"),
    [
        pytest.param(
            Room,
            "spaces:room",
            "stewards",
            "stewards",
            True,
            False,
            id="room-stewards",
        ),
        pytest.param(
            Room,
            "spaces:room",
            "folder",
            "folder",
            False,
            False,
            id="room-folder",
        ),
        pytest.param(
            Booking,
            "spaces:booking",
            "room",
            "room",
            False,
            True,
            id="booking-room",
        ),
        pytest.param(
            Booking,
            "spaces:booking",
            "booked_by",
            "booked_by",
            False,
            False,
            id="booking-booked_by",
        ),
        pytest.param(
            Attendee,
            "spaces:attendee",
            "booking",
            "booking",
            False,
            True,
            id="attendee-booking",
        ),
        pytest.param(
            Move,
            "spaces:move",
            "asset",
            "asset",
            False,
            True,
            id="move-asset",
        ),
        pytest.param(
            Move,
            "spaces:move",
            "source",
            "source",
            False,
            True,
            id="move-source",
        ),
        pytest.param(
            Move,
            "spaces:move",
            "target",
            "target",
            False,
            True,
            id="move-target",
        ),
        pytest.param(
            Log,
            "spaces:log",
            "room",
            "room",
            False,
            True,
            id="log-room",
        ),
    ],
)
def test_a_list_shows_references_and_a_detail_objects(
    admin_client, model, route, api_name, name, many, whole
):
    instance = create_linked(model, 1)[0]
    expected = related_rows(instance, name, many)
    key, target_key = (
        api_key(model),
        api_key(related_model(model._meta.get_field(name))),
    )
    listed = admin_client.get(reverse(f"{route}-list")).data["results"]
    row = next(row for row in listed if str(row[key]) == str(instance.pk))
    references = row[api_name] if many else [row[api_name]]
    assert all(set(reference) == {"id", "display"} for reference in references)
    assert [(str(ref["id"]), ref["display"]) for ref in references] == [
        (str(r.pk), str(r)) for r in expected
    ]
    detail = admin_client.get(reverse(f"{route}-detail", args=[instance.pk])).data
    objects = detail[api_name] if many else [detail[api_name]]
    assert [str(o[target_key if whole else "id"]) for o in objects] == [
        str(r.pk) for r in expected
    ]
    assert all(("display" not in o) == whole for o in objects)


@pytest.mark.parametrize(
    ("parent_model", "detail", "holder", "key", "many", "name", "nested", "count"),
    [
        pytest.param(
            Room,
            "spaces:room-detail",
            Stewardship,
            "room",
            False,
            "stewardships",
            "spaces:room-stewardships",
            2,
            id="room_stewardships",
        ),
        pytest.param(
            Room,
            "spaces:room-detail",
            Asset,
            "room",
            False,
            "assets",
            "spaces:room-assets",
            2,
            id="room_assets",
        ),
        pytest.param(
            Room,
            "spaces:room-detail",
            Booking,
            "room",
            False,
            "bookings",
            "spaces:room-bookings",
            2,
            id="room_bookings",
        ),
        pytest.param(
            Room,
            "spaces:room-detail",
            Move,
            "source",
            False,
            "moves_as_source",
            "spaces:room-moves-as-source",
            2,
            id="room_moves_as_source",
        ),
        pytest.param(
            Room,
            "spaces:room-detail",
            Move,
            "target",
            False,
            "moves_as_target",
            "spaces:room-moves-as-target",
            2,
            id="room_moves_as_target",
        ),
        pytest.param(
            Room,
            "spaces:room-detail",
            Log,
            "room",
            False,
            "logs",
            "spaces:room-logs",
            2,
            id="room_logs",
        ),
        pytest.param(
            Booking,
            "spaces:booking-detail",
            Attendee,
            "booking",
            False,
            "attendees",
            "spaces:booking-attendees",
            2,
            id="booking_attendees",
        ),
    ],
)
def test_a_detail_counts_reverse_rows_and_links_their_list(
    admin_client, parent_model, detail, holder, key, many, name, nested, count
):
    parent = factory_for(parent_model).create()
    rows = create_linked(holder, count, **{key: [parent] if many else parent})
    data = admin_client.get(reverse(detail, args=[parent.pk])).data
    url = reverse(nested, args=[parent.pk])
    assert data[name] == {"count": count, "url": f"http://testserver{url}"}
    listed = admin_client.get(url).data["results"]
    assert sorted(str(row[api_key(holder)]) for row in listed) == sorted(
        str(r.pk) for r in rows
    )
