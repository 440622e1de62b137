"""Cached answers of the Spaces API: a repeated read costs no query, a write
invalidates exactly the answers that show it, and no one is served another's answers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, reverse_lazy
from rest_framework.test import APIClient

from apps.core.testing import clear_cache
from apps.inventory.factories import AssetFactory
from apps.spaces.factories import (
    AttendeeFactory,
    BookingFactory,
    LogFactory,
    MoveFactory,
    RoomFactory,
)
from apps.studio.factories import FolderFactory, MemberFactory, StatementFactory

pytestmark = pytest.mark.django_db


def results(response) -> list[dict]:
    assert response.status_code == 200, response.data
    return response.json()["results"]


def ids(response, key: str = "id") -> set[str]:
    return {str(row[key]) for row in results(response)}


def recomputed(client, url):
    """A GET that must not come from the cache: it runs queries, and its answer is the one
    computed afresh."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert queries.captured_queries, "served from the cache"
    clear_cache()
    assert client.get(url).json() == response.json()
    return response


ROOM_LIST = reverse_lazy("spaces:room-list")


def room_url(instance) -> str:
    return reverse("spaces:room-detail", args=[instance.pk])


def test_repeated_room_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = RoomFactory.create()
    listed = results(admin_client.get(ROOM_LIST))
    detail = admin_client.get(room_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ROOM_LIST)) == listed
        assert admin_client.get(room_url(instance)).json() == detail


def test_creating_a_room_invalidates_the_list(admin_client):
    RoomFactory.create()
    admin_client.get(ROOM_LIST)
    created = RoomFactory.create()
    assert str(created.pk) in ids(admin_client.get(ROOM_LIST))


def test_updating_a_room_invalidates_list_and_detail(admin_client):
    instance = RoomFactory.create()
    admin_client.get(ROOM_LIST)
    admin_client.get(room_url(instance))
    instance.code = RoomFactory.build().code
    instance.save()
    detail = recomputed(admin_client, room_url(instance))
    assert detail.json()["code"] == instance.code
    recomputed(admin_client, ROOM_LIST)


def test_deleting_a_room_invalidates_list_and_detail(admin_client):
    instance = RoomFactory.create()
    pk, url = str(instance.pk), room_url(instance)
    admin_client.get(ROOM_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(ROOM_LIST))


def test_changing_the_folder_of_a_room_invalidates_the_list(admin_client):
    related = FolderFactory.create()
    RoomFactory.create(folder=related)
    admin_client.get(ROOM_LIST)
    related.name = FolderFactory.build().name
    related.save()
    recomputed(admin_client, ROOM_LIST)


def test_writes_to_statements_leave_room_answers_cached(
    admin_client, django_assert_num_queries
):
    RoomFactory.create()
    unrelated = StatementFactory.create()
    listed = results(admin_client.get(ROOM_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ROOM_LIST)) == listed


def test_anonymous_and_signed_in_clients_never_share_room_answers(
    api_client, auth_client
):
    RoomFactory.create()
    api_client.get(ROOM_LIST)
    recomputed(auth_client, ROOM_LIST)


BOOKING_LIST = reverse_lazy("spaces:booking-list")


def booking_url(instance) -> str:
    return reverse("spaces:booking-detail", args=[instance.pk])


def test_repeated_booking_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = BookingFactory.create()
    listed = results(admin_client.get(BOOKING_LIST))
    detail = admin_client.get(booking_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(BOOKING_LIST)) == listed
        assert admin_client.get(booking_url(instance)).json() == detail


def test_creating_a_booking_invalidates_the_list(admin_client):
    BookingFactory.create()
    admin_client.get(BOOKING_LIST)
    created = BookingFactory.create()
    assert str(created.pk) in ids(admin_client.get(BOOKING_LIST))


def test_updating_a_booking_invalidates_list_and_detail(admin_client):
    instance = BookingFactory.create()
    admin_client.get(BOOKING_LIST)
    admin_client.get(booking_url(instance))
    instance.purpose = BookingFactory.build().purpose
    instance.save()
    detail = recomputed(admin_client, booking_url(instance))
    assert detail.json()["purpose"] == instance.purpose
    recomputed(admin_client, BOOKING_LIST)


def test_deleting_a_booking_invalidates_list_and_detail(admin_client):
    instance = BookingFactory.create()
    pk, url = str(instance.pk), booking_url(instance)
    admin_client.get(BOOKING_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(BOOKING_LIST))


def test_changing_the_room_of_a_booking_invalidates_the_list(admin_client):
    related = RoomFactory.create()
    BookingFactory.create(room=related)
    admin_client.get(BOOKING_LIST)
    related.code = RoomFactory.build().code
    related.save()
    recomputed(admin_client, BOOKING_LIST)


def test_changing_the_booked_by_of_a_booking_invalidates_the_list(admin_client):
    related = MemberFactory.create()
    BookingFactory.create(booked_by=related)
    admin_client.get(BOOKING_LIST)
    related.username = MemberFactory.build().username
    related.save()
    recomputed(admin_client, BOOKING_LIST)


def test_writes_to_folders_leave_booking_answers_cached(
    admin_client, django_assert_num_queries
):
    BookingFactory.create()
    unrelated = FolderFactory.create()
    listed = results(admin_client.get(BOOKING_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(BOOKING_LIST)) == listed


def test_one_users_cached_bookings_are_never_served_to_another():
    owner, other = MemberFactory.create(), MemberFactory.create()
    BookingFactory.create(booked_by=owner)
    first, second = APIClient(), APIClient()
    first.force_authenticate(user=owner)
    second.force_authenticate(user=other)
    results(first.get(BOOKING_LIST))
    recomputed(second, BOOKING_LIST)


ATTENDEE_LIST = reverse_lazy("spaces:attendee-list")


def attendee_url(instance) -> str:
    return reverse("spaces:attendee-detail", args=[instance.pk])


def test_repeated_attendee_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = AttendeeFactory.create()
    listed = results(admin_client.get(ATTENDEE_LIST))
    detail = admin_client.get(attendee_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ATTENDEE_LIST)) == listed
        assert admin_client.get(attendee_url(instance)).json() == detail


def test_creating_a_attendee_invalidates_the_list(admin_client):
    AttendeeFactory.create()
    admin_client.get(ATTENDEE_LIST)
    created = AttendeeFactory.create()
    assert str(created.pk) in ids(admin_client.get(ATTENDEE_LIST))


def test_updating_a_attendee_invalidates_list_and_detail(admin_client):
    instance = AttendeeFactory.create()
    admin_client.get(ATTENDEE_LIST)
    admin_client.get(attendee_url(instance))
    instance.name = AttendeeFactory.build().name
    instance.save()
    detail = recomputed(admin_client, attendee_url(instance))
    assert detail.json()["name"] == instance.name
    recomputed(admin_client, ATTENDEE_LIST)


def test_deleting_a_attendee_invalidates_list_and_detail(admin_client):
    instance = AttendeeFactory.create()
    pk, url = str(instance.pk), attendee_url(instance)
    admin_client.get(ATTENDEE_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(ATTENDEE_LIST))


def test_changing_the_booking_of_a_attendee_invalidates_the_list(admin_client):
    related = BookingFactory.create()
    AttendeeFactory.create(booking=related)
    admin_client.get(ATTENDEE_LIST)
    related.purpose = BookingFactory.build().purpose
    related.save()
    recomputed(admin_client, ATTENDEE_LIST)


def test_writes_to_members_leave_attendee_answers_cached(
    admin_client, django_assert_num_queries
):
    AttendeeFactory.create()
    unrelated = MemberFactory.create()
    listed = results(admin_client.get(ATTENDEE_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ATTENDEE_LIST)) == listed


def test_one_users_cached_attendees_are_never_served_to_another():
    owner, other = MemberFactory.create(), MemberFactory.create()
    AttendeeFactory.create(booking__booked_by=owner)
    first, second = APIClient(), APIClient()
    first.force_authenticate(user=owner)
    second.force_authenticate(user=other)
    results(first.get(ATTENDEE_LIST))
    recomputed(second, ATTENDEE_LIST)


MOVE_LIST = reverse_lazy("spaces:move-list")


def move_url(instance) -> str:
    return reverse("spaces:move-detail", args=[instance.pk])


def test_repeated_move_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = MoveFactory.create()
    listed = results(admin_client.get(MOVE_LIST))
    detail = admin_client.get(move_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(MOVE_LIST)) == listed
        assert admin_client.get(move_url(instance)).json() == detail


def test_creating_a_move_invalidates_the_list(admin_client):
    MoveFactory.create()
    admin_client.get(MOVE_LIST)
    created = MoveFactory.create()
    assert str(created.pk) in ids(admin_client.get(MOVE_LIST))


def test_updating_a_move_invalidates_list_and_detail(admin_client):
    instance = MoveFactory.create()
    admin_client.get(MOVE_LIST)
    admin_client.get(move_url(instance))
    instance.reason = MoveFactory.build().reason
    instance.save()
    detail = recomputed(admin_client, move_url(instance))
    assert detail.json()["reason"] == instance.reason
    recomputed(admin_client, MOVE_LIST)


def test_deleting_a_move_invalidates_list_and_detail(admin_client):
    instance = MoveFactory.create()
    pk, url = str(instance.pk), move_url(instance)
    admin_client.get(MOVE_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(MOVE_LIST))


def test_changing_the_asset_of_a_move_invalidates_the_list(admin_client):
    related = AssetFactory.create()
    MoveFactory.create(asset=related)
    admin_client.get(MOVE_LIST)
    related.name = AssetFactory.build().name
    related.save()
    recomputed(admin_client, MOVE_LIST)


def test_changing_the_source_of_a_move_invalidates_the_list(admin_client):
    related = RoomFactory.create()
    MoveFactory.create(source=related)
    admin_client.get(MOVE_LIST)
    related.code = RoomFactory.build().code
    related.save()
    recomputed(admin_client, MOVE_LIST)


def test_changing_the_target_of_a_move_invalidates_the_list(admin_client):
    related = RoomFactory.create()
    MoveFactory.create(target=related)
    admin_client.get(MOVE_LIST)
    related.code = RoomFactory.build().code
    related.save()
    recomputed(admin_client, MOVE_LIST)


def test_writes_to_members_leave_move_answers_cached(
    admin_client, django_assert_num_queries
):
    MoveFactory.create()
    unrelated = MemberFactory.create()
    listed = results(admin_client.get(MOVE_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(MOVE_LIST)) == listed


def test_signed_in_and_staff_users_never_share_move_answers(auth_client, admin_client):
    MoveFactory.create()
    auth_client.get(MOVE_LIST)
    recomputed(admin_client, MOVE_LIST)


LOG_LIST = reverse_lazy("spaces:log-list")


def log_url(instance) -> str:
    return reverse("spaces:log-detail", args=[instance.pk])


def test_repeated_log_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = LogFactory.create()
    listed = results(admin_client.get(LOG_LIST))
    detail = admin_client.get(log_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(LOG_LIST)) == listed
        assert admin_client.get(log_url(instance)).json() == detail


def test_creating_a_log_invalidates_the_list(admin_client):
    LogFactory.create()
    admin_client.get(LOG_LIST)
    created = LogFactory.create()
    assert str(created.pk) in ids(admin_client.get(LOG_LIST))


def test_updating_a_log_invalidates_list_and_detail(admin_client):
    instance = LogFactory.create()
    admin_client.get(LOG_LIST)
    admin_client.get(log_url(instance))
    instance.message = LogFactory.build().message
    instance.save()
    detail = recomputed(admin_client, log_url(instance))
    assert detail.json()["message"] == instance.message
    recomputed(admin_client, LOG_LIST)


def test_deleting_a_log_invalidates_list_and_detail(admin_client):
    instance = LogFactory.create()
    pk, url = str(instance.pk), log_url(instance)
    admin_client.get(LOG_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(LOG_LIST))


def test_changing_the_room_of_a_log_invalidates_the_list(admin_client):
    related = RoomFactory.create()
    LogFactory.create(room=related)
    admin_client.get(LOG_LIST)
    related.code = RoomFactory.build().code
    related.save()
    recomputed(admin_client, LOG_LIST)


def test_writes_to_members_leave_log_answers_cached(
    admin_client, django_assert_num_queries
):
    LogFactory.create()
    unrelated = MemberFactory.create()
    listed = results(admin_client.get(LOG_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(LOG_LIST)) == listed


def test_signed_in_and_staff_users_never_share_log_answers(auth_client, admin_client):
    LogFactory.create()
    auth_client.get(LOG_LIST)
    recomputed(admin_client, LOG_LIST)
