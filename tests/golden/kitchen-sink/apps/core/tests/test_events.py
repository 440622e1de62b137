"""The event store itself, on a stream of its own: versions and concurrency, append-only
rows (model and PostgreSQL trigger), snapshots bounding a reconstruction, upcasting of an old
payload, hidden fields, and the audit API."""

import json
from datetime import timedelta

import pytest
from django.db import DatabaseError, IntegrityError, connection, transaction
from rest_framework import status

from apps.core.cqrs import Conflict
from apps.core.events.aggregate import state_at
from apps.core.events.models import AppendOnly, Snapshot, StoredEvent
from apps.core.events.store import append
from apps.core.events.upcasters import schema_version, unregister, upcaster

pytestmark = pytest.mark.django_db

KIND = "tests.Thing"


def create(stream_id: str = "1", **data) -> StoredEvent:
    return append(KIND, stream_id, "ThingCreated", {"data": {"count": 0, **data}})


def count_to(stream_id: str, last: int) -> None:
    """Events 2 to `last` of the stream: each sets `count` one higher."""
    for n in range(1, last):
        append(
            KIND,
            stream_id,
            "ThingUpdated",
            {"changes": {"count": {"old": n - 1, "new": n}}},
        )


def test_versions_count_each_stream_from_one():
    create("1")
    count_to("1", 3)
    create("2")
    versions = StoredEvent.objects.filter(stream_type=KIND).values_list(
        "stream_id", "version"
    )
    assert sorted(versions) == [("1", 1), ("1", 2), ("1", 3), ("2", 1)]
    assert state_at(KIND, "1").data == {"count": 2}


def test_a_stale_expected_version_is_a_conflict():
    create("1")
    # The refusal rolls back the transaction it happens in: here, a savepoint's.
    with pytest.raises(Conflict), transaction.atomic():
        append(KIND, "1", "ThingUpdated", {"changes": {}}, expected_version=0)
    append(KIND, "1", "ThingUpdated", {"changes": {}}, expected_version=1)
    assert StoredEvent.objects.filter(stream_type=KIND).count() == 2


def test_two_events_cannot_share_a_version():
    event = create("1")
    with pytest.raises(IntegrityError), transaction.atomic():
        StoredEvent.objects.create(
            stream_type=KIND,
            stream_id="1",
            version=event.version,
            event_type="ThingUpdated",
            payload={"changes": {}},
        )


def test_stored_events_are_never_changed_or_deleted():
    event = create("1")
    event.payload = {"data": {"count": 99}}
    with pytest.raises(AppendOnly):
        event.save()
    with pytest.raises(AppendOnly):
        event.delete()
    with pytest.raises(AppendOnly):
        StoredEvent.objects.filter(pk=event.pk).update(event_type="Forged")
    with pytest.raises(AppendOnly):
        StoredEvent.objects.filter(pk=event.pk).delete()
    assert StoredEvent.objects.get(pk=event.pk).payload == {"data": {"count": 0}}


@pytest.mark.parametrize(
    "statement", ["UPDATE {} SET event_type = 'Forged'", "DELETE FROM {}"]
)
def test_the_database_refuses_changes_to_events(statement):
    if connection.vendor != "postgresql":
        pytest.skip("the append-only trigger is PostgreSQL's")
    create("1")
    with (
        pytest.raises(DatabaseError),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(statement.format(StoredEvent._meta.db_table))
    assert StoredEvent.objects.filter(event_type="ThingCreated").count() == 1


def test_a_snapshot_bounds_the_events_a_reconstruction_reads(
    settings, django_assert_max_num_queries
):
    every = settings.EVENT_SNAPSHOT_EVERY
    create("1")
    count_to("1", 120)
    assert list(
        Snapshot.objects.filter(stream_type=KIND).values_list("version", flat=True)
    ) == list(range(every, 121, every))
    with django_assert_max_num_queries(2):
        state = state_at(KIND, "1")
    assert state.data == {"count": 119}
    assert state.version == 120
    assert state.replayed == 120 % every <= every
    earlier = state_at(KIND, "1", version=every + 3)
    assert (earlier.data, earlier.replayed) == ({"count": every + 2}, 3)


def test_an_old_payload_is_upcast_on_read():
    # An event stored before ThingCreated renamed `count` to `total`.
    StoredEvent.objects.create(
        stream_type=KIND,
        stream_id="1",
        version=1,
        event_type="ThingCreated",
        schema_version=1,
        payload={"data": {"count": 7}},
    )

    @upcaster("ThingCreated", from_version=1)
    def count_to_total(payload):
        data = dict(payload["data"])
        data["total"] = data.pop("count")
        return {**payload, "data": data}

    try:
        assert schema_version("ThingCreated") == 2
        assert state_at(KIND, "1").data == {"total": 7}
        assert (
            append(KIND, "2", "ThingCreated", {"data": {"total": 1}}).schema_version
            == 2
        )
    finally:
        unregister("ThingCreated", from_version=1)
    assert state_at(KIND, "1").data == {"count": 7}


def test_hidden_fields_never_reach_the_store():
    event = create("1", username="ada", password="pbkdf2_sha256$forged")
    event.refresh_from_db()
    assert event.payload == {"data": {"count": 0, "username": "ada"}}


# -- the audit API

AUDIT = "/api/v1/audit/events/"


def test_audit_is_for_staff(api_client, auth_client, admin_client):
    create("1")
    assert api_client.get(AUDIT).status_code == status.HTTP_401_UNAUTHORIZED
    assert auth_client.get(AUDIT).status_code == status.HTTP_403_FORBIDDEN
    response = admin_client.get(AUDIT)
    assert response.status_code == status.HTTP_200_OK
    [event] = response.data["results"]
    assert (event["stream_type"], event["stream_id"], event["type"]) == (
        KIND,
        "1",
        "ThingCreated",
    )


def test_audit_filters(admin_client, admin_user):
    first = create("1")
    append(KIND, "2", "ThingCreated", {"data": {}}, metadata={"user": admin_user.pk})
    count_to("1", 2)

    def stream_ids(**query) -> list[tuple[str, int]]:
        response = admin_client.get(AUDIT, query)
        assert response.status_code == status.HTTP_200_OK, response.data
        return [(e["stream_id"], e["version"]) for e in response.data["results"]]

    assert stream_ids(stream_type=KIND) == [("1", 1), ("2", 1), ("1", 2)]
    assert stream_ids(stream_id="1") == [("1", 1), ("1", 2)]
    assert stream_ids(type="ThingUpdated") == [("1", 2)]
    assert stream_ids(user=admin_user.pk) == [("2", 1)]
    assert stream_ids(stream_type="other.Thing") == []
    later = (first.recorded_at + timedelta(hours=1)).isoformat()
    assert stream_ids(since=later) == []
    assert stream_ids(until=later) == [("1", 1), ("2", 1), ("1", 2)]


def test_audit_pages_by_cursor(admin_client):
    create("1")
    count_to("1", 5)
    response = admin_client.get(AUDIT, {"page_size": 2})
    seen = [e["version"] for e in response.data["results"]]
    while response.data["next"]:
        response = admin_client.get(response.data["next"])
        seen += [e["version"] for e in response.data["results"]]
    assert seen == [1, 2, 3, 4, 5]


def test_no_payload_carries_a_password(admin_client, admin_user):
    create("1", owner=admin_user.pk, password=admin_user.password)
    payloads = json.dumps(list(StoredEvent.objects.values_list("payload", flat=True)))
    assert admin_user.password not in payloads
    assert "password" not in payloads
