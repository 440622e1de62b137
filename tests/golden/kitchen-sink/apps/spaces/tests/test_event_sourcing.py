"""Event sourcing of the Spaces app, through the API: history after a create,
an update and a delete, rows as of a moment, versions over HTTP (ETag, If-Match: 412, a
concurrent write: 409), and replay of the read tables from the events."""

import io
import threading
import time
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.urls import reverse
from rest_framework import status
from rest_framework.test import APIClient

from apps.core.cqrs.rows import stored
from apps.core.events.models import StoredEvent
from apps.core.events.replay import table_of
from apps.core.testing import api_payload, other_value, send, set_value
from apps.spaces.factories import BookingFactory
from apps.spaces.models import Booking

pytestmark = pytest.mark.django_db

LOCK_WAIT = 10  # seconds a test waits for writers to queue on a row lock


def queued_writers() -> int:
    """How many sessions of this test database wait for a lock (read afresh: a transaction
    otherwise keeps its first view of the statistics)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0]


# -- bookings

BOOKING_FIELDS = {
    "starts_at": "starts_at",
    "ends_at": "ends_at",
    "purpose": "purpose",
    "room": "room",
}


def booking_payload() -> dict:
    return api_payload(BookingFactory, BOOKING_FIELDS)


def new_booking(client: APIClient, user) -> str:
    """A booking created through the API by `user`: its key, as its stream's id."""
    response = send(client, "post", reverse("spaces:booking-list"), booking_payload())
    assert response.status_code == status.HTTP_201_CREATED, response.data
    return str(response.data["id"])


def booking_url(key: str, action: str = "detail") -> str:
    return reverse(f"spaces:booking-{action}", args=[key])


def test_booking_history_after_create_update_delete(admin_client, admin_user):
    key = new_booking(admin_client, admin_user)
    url = booking_url(key)
    response = send(admin_client, "put", url, booking_payload())
    assert response.status_code == status.HTTP_200_OK, response.data
    assert admin_client.delete(url).status_code == status.HTTP_204_NO_CONTENT
    response = admin_client.get(booking_url(key, "history"))
    assert response.status_code == status.HTTP_200_OK, response.data
    created, updated, deleted = response.data["results"]
    assert [(e["version"], e["type"]) for e in (created, updated, deleted)] == [
        (1, "BookingCreated"),
        (2, "BookingUpdated"),
        (3, "BookingDeleted"),
    ]
    assert {e["user"] for e in (created, updated, deleted)} == {admin_user.pk}
    assert all(change["old"] is None for change in created["changes"].values())
    assert updated["data"] == {
        **created["data"],
        **{name: change["new"] for name, change in updated["changes"].items()},
    }
    assert deleted["data"] == updated["data"]
    assert all(change["new"] is None for change in deleted["changes"].values())


def test_booking_history_is_for_its_readers(
    admin_client, admin_user, api_client, auth_client
):
    key = new_booking(admin_client, admin_user)
    for client in (api_client, auth_client):
        detail = client.get(booking_url(key)).status_code
        assert client.get(booking_url(key, "history")).status_code == detail
    assert (
        admin_client.delete(booking_url(key)).status_code == status.HTTP_204_NO_CONTENT
    )
    # A deleted row's history is for staff only.
    history = booking_url(key, "history")
    assert auth_client.get(history).status_code == status.HTTP_404_NOT_FOUND
    assert admin_client.get(history).status_code == status.HTTP_200_OK


def test_booking_as_of(admin_client, admin_user):
    key = new_booking(admin_client, admin_user)
    url = booking_url(key)
    states = []
    for _ in range(2):
        response = send(admin_client, "put", url, booking_payload())
        assert response.status_code == status.HTTP_200_OK, response.data
        states.append(stored(Booking.objects.get(pk=key)))
    first, second, third = StoredEvent.objects.filter(
        stream_type="spaces.Booking", stream_id=key
    ).order_by("version")

    def as_of(moment):
        return admin_client.get(url, {"as_of": moment.isoformat()})

    before = first.recorded_at - timedelta(microseconds=1)
    assert as_of(before).status_code == status.HTTP_404_NOT_FOUND
    between = as_of(second.recorded_at)
    assert between.status_code == status.HTTP_200_OK, between.data
    assert between["ETag"] == '"2"'
    assert {name: between.data[name] for name in states[0]} == states[0]
    assert as_of(third.recorded_at).data["id"] == Booking.objects.get(pk=key).pk
    assert admin_client.delete(url).status_code == status.HTTP_204_NO_CONTENT
    deleted_at = StoredEvent.objects.get(
        stream_type="spaces.Booking", stream_id=key, version=4
    )
    assert as_of(deleted_at.recorded_at).status_code == status.HTTP_404_NOT_FOUND
    assert as_of(second.recorded_at).status_code == status.HTTP_200_OK
    for moment in ("yesterday", "2025-02-30T12:00:00Z"):
        refused = admin_client.get(url, {"as_of": moment})
        assert refused.status_code == status.HTTP_400_BAD_REQUEST
        assert "as_of" in refused.json()["error"]["details"]


def test_booking_versions_over_http(admin_client, admin_user):
    key = new_booking(admin_client, admin_user)
    url = booking_url(key)
    assert admin_client.get(url)["ETag"] == '"1"'
    response = admin_client.put(
        url, booking_payload(), format="json", HTTP_IF_MATCH='"1"'
    )
    assert response.status_code == status.HTTP_200_OK, response.data
    assert response["ETag"] == '"2"'
    stale = admin_client.put(url, booking_payload(), format="json", HTTP_IF_MATCH='"1"')
    assert stale.status_code == status.HTTP_412_PRECONDITION_FAILED
    assert stale.json()["error"]["code"] == "precondition_failed"
    stale = admin_client.delete(url, HTTP_IF_MATCH='"1"')
    assert stale.status_code == status.HTTP_412_PRECONDITION_FAILED
    fresh = admin_client.delete(url, HTTP_IF_MATCH='"2"')
    assert fresh.status_code == status.HTTP_204_NO_CONTENT


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("ordered", [True, False])
def test_booking_concurrent_writers_one_wins_one_conflicts(
    admin_user, settings, ordered
):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers: they never meet")
    settings.EVENT_STORE_ORDERED_POSITIONS = ordered
    client = APIClient()
    client.force_authenticate(admin_user)
    key = new_booking(client, admin_user)
    url = booking_url(key)
    bodies = [booking_payload(), booking_payload()]
    answers: list[int] = []

    def write(body: dict) -> None:
        writer = APIClient()
        writer.force_authenticate(admin_user)
        try:
            answers.append(send(writer, "put", url, body).status_code)
        finally:
            connection.close()

    writers = [threading.Thread(target=write, args=(body,)) for body in bodies]
    with transaction.atomic():
        # Hold the row: both writers read version 1, then queue for it.
        Booking.objects.select_for_update().get(pk=key)
        for writer in writers:
            writer.start()
        deadline = time.monotonic() + LOCK_WAIT
        queued = queued_writers()
        while queued < len(writers) and time.monotonic() < deadline:
            time.sleep(0.02)
            queued = queued_writers()
    for writer in writers:
        writer.join()
    assert queued == len(writers)  # they did meet
    assert sorted(answers) == [status.HTTP_200_OK, status.HTTP_409_CONFLICT]
    versions = StoredEvent.objects.filter(stream_type="spaces.Booking", stream_id=key)
    assert sorted(versions.values_list("version", flat=True)) == [1, 2]


def test_replay_restores_a_truncated_booking_table(admin_client, admin_user):
    keys = [new_booking(admin_client, admin_user) for _ in range(3)]
    send(admin_client, "put", booking_url(keys[0]), booking_payload())
    admin_client.delete(booking_url(keys[1]))
    before = table_of(Booking)
    Booking.objects.all().delete()
    out = io.StringIO()
    call_command(
        "replay_events", "--entity", "Booking", stdout=out, stderr=io.StringIO()
    )
    assert table_of(Booking) == before
    assert "2 rows rebuilt" in out.getvalue()
    call_command(
        "replay_events", "--verify", stdout=io.StringIO(), stderr=io.StringIO()
    )


def test_verify_finds_a_tampered_booking(admin_client, admin_user):
    key = new_booking(admin_client, admin_user)
    row = Booking.objects.get(pk=key)
    kept = row.purpose
    set_value(row, "purpose", other_value(BookingFactory, "purpose", kept))
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "replay_events",
            "--verify",
            "--entity",
            "Booking",
            stdout=out,
            stderr=io.StringIO(),
        )
    assert f"{key}: purpose is" in out.getvalue()
    call_command(
        "replay_events",
        "--entity",
        "Booking",
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    row.refresh_from_db()
    assert row.purpose == kept
