"""Cached answers of the Studio API: a repeated read costs no query, a write
invalidates exactly the answers that show it, and no one is served another's answers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, reverse_lazy
from rest_framework.test import APIClient

from apps.core.testing import clear_cache
from apps.spaces.factories import RoomFactory
from apps.studio.factories import (
    CameraFactory,
    FolderFactory,
    MemberFactory,
    StatementFactory,
    StewardshipFactory,
)

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


MEMBER_LIST = reverse_lazy("studio:member-list")


def member_url(instance) -> str:
    return reverse("studio:member-detail", args=[instance.pk])


def test_repeated_member_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = MemberFactory.create()
    listed = results(admin_client.get(MEMBER_LIST))
    detail = admin_client.get(member_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(MEMBER_LIST)) == listed
        assert admin_client.get(member_url(instance)).json() == detail


def test_creating_a_member_invalidates_the_list(admin_client):
    MemberFactory.create()
    admin_client.get(MEMBER_LIST)
    created = MemberFactory.create()
    assert str(created.pk) in ids(admin_client.get(MEMBER_LIST))


def test_updating_a_member_invalidates_list_and_detail(admin_client):
    instance = MemberFactory.create()
    admin_client.get(MEMBER_LIST)
    admin_client.get(member_url(instance))
    instance.username = MemberFactory.build().username
    instance.save()
    detail = recomputed(admin_client, member_url(instance))
    assert detail.json()["username"] == instance.username
    recomputed(admin_client, MEMBER_LIST)


def test_deleting_a_member_invalidates_list_and_detail(admin_client):
    instance = MemberFactory.create()
    pk, url = str(instance.pk), member_url(instance)
    admin_client.get(MEMBER_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(MEMBER_LIST))


def test_changing_the_mentors_of_a_member_invalidates_the_list(admin_client):
    related = MemberFactory.create()
    MemberFactory.create(mentors=[related])
    admin_client.get(MEMBER_LIST)
    related.username = MemberFactory.build().username
    related.save()
    recomputed(admin_client, MEMBER_LIST)


def test_writes_to_folders_leave_member_answers_cached(
    admin_client, django_assert_num_queries
):
    MemberFactory.create()
    unrelated = FolderFactory.create()
    listed = results(admin_client.get(MEMBER_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(MEMBER_LIST)) == listed


def test_one_users_cached_members_are_never_served_to_another():
    owner, other = MemberFactory.create(), MemberFactory.create()
    MemberFactory.create()
    first, second = APIClient(), APIClient()
    first.force_authenticate(user=owner)
    second.force_authenticate(user=other)
    results(first.get(MEMBER_LIST))
    recomputed(second, MEMBER_LIST)


FOLDER_LIST = reverse_lazy("studio:folder-list")


def folder_url(instance) -> str:
    return reverse("studio:folder-detail", args=[instance.pk])


def test_repeated_folder_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = FolderFactory.create()
    listed = results(admin_client.get(FOLDER_LIST))
    detail = admin_client.get(folder_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(FOLDER_LIST)) == listed
        assert admin_client.get(folder_url(instance)).json() == detail


def test_creating_a_folder_invalidates_the_list(admin_client):
    FolderFactory.create()
    admin_client.get(FOLDER_LIST)
    created = FolderFactory.create()
    assert str(created.pk) in ids(admin_client.get(FOLDER_LIST))


def test_updating_a_folder_invalidates_list_and_detail(admin_client):
    instance = FolderFactory.create()
    admin_client.get(FOLDER_LIST)
    admin_client.get(folder_url(instance))
    instance.name = FolderFactory.build().name
    instance.save()
    detail = recomputed(admin_client, folder_url(instance))
    assert detail.json()["name"] == instance.name
    recomputed(admin_client, FOLDER_LIST)


def test_deleting_a_folder_invalidates_list_and_detail(admin_client):
    instance = FolderFactory.create()
    pk, url = str(instance.pk), folder_url(instance)
    admin_client.get(FOLDER_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(FOLDER_LIST))


def test_changing_the_parent_of_a_folder_invalidates_the_list(admin_client):
    related = FolderFactory.create()
    FolderFactory.create(parent=related)
    admin_client.get(FOLDER_LIST)
    related.name = FolderFactory.build().name
    related.save()
    recomputed(admin_client, FOLDER_LIST)


def test_writes_to_members_leave_folder_answers_cached(
    admin_client, django_assert_num_queries
):
    FolderFactory.create()
    unrelated = MemberFactory.create()
    listed = results(admin_client.get(FOLDER_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(FOLDER_LIST)) == listed


def test_signed_in_and_staff_users_never_share_folder_answers(
    auth_client, admin_client
):
    FolderFactory.create()
    auth_client.get(FOLDER_LIST)
    recomputed(admin_client, FOLDER_LIST)


STATEMENT_LIST = reverse_lazy("studio:statement-list")


def statement_url(instance) -> str:
    return reverse("studio:statement-detail", args=[instance.pk])


def test_repeated_statement_reads_cost_no_query(
    admin_client, django_assert_num_queries
):
    instance = StatementFactory.create()
    listed = results(admin_client.get(STATEMENT_LIST))
    detail = admin_client.get(statement_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(STATEMENT_LIST)) == listed
        assert admin_client.get(statement_url(instance)).json() == detail


def test_creating_a_statement_invalidates_the_list(admin_client):
    StatementFactory.create()
    admin_client.get(STATEMENT_LIST)
    created = StatementFactory.create()
    assert str(created.pk) in ids(admin_client.get(STATEMENT_LIST))


def test_updating_a_statement_invalidates_list_and_detail(admin_client):
    instance = StatementFactory.create()
    admin_client.get(STATEMENT_LIST)
    admin_client.get(statement_url(instance))
    instance.save()
    recomputed(admin_client, statement_url(instance))
    recomputed(admin_client, STATEMENT_LIST)


def test_deleting_a_statement_invalidates_list_and_detail(admin_client):
    instance = StatementFactory.create()
    pk, url = str(instance.pk), statement_url(instance)
    admin_client.get(STATEMENT_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(STATEMENT_LIST))


def test_changing_the_holder_of_a_statement_invalidates_the_list(admin_client):
    related = MemberFactory.create()
    StatementFactory.create(holder=related)
    admin_client.get(STATEMENT_LIST)
    related.username = MemberFactory.build().username
    related.save()
    recomputed(admin_client, STATEMENT_LIST)


def test_writes_to_folders_leave_statement_answers_cached(
    admin_client, django_assert_num_queries
):
    StatementFactory.create()
    unrelated = FolderFactory.create()
    listed = results(admin_client.get(STATEMENT_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(STATEMENT_LIST)) == listed


def test_one_users_cached_statements_are_never_served_to_another():
    owner, other = MemberFactory.create(), MemberFactory.create()
    StatementFactory.create(holder=owner)
    first, second = APIClient(), APIClient()
    first.force_authenticate(user=owner)
    second.force_authenticate(user=other)
    results(first.get(STATEMENT_LIST))
    recomputed(second, STATEMENT_LIST)


CAMERA_LIST = reverse_lazy("studio:camera-list")


def camera_url(instance) -> str:
    return reverse("studio:camera-detail", args=[instance.pk])


def test_repeated_camera_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = CameraFactory.create()
    listed = results(admin_client.get(CAMERA_LIST))
    detail = admin_client.get(camera_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(CAMERA_LIST)) == listed
        assert admin_client.get(camera_url(instance)).json() == detail


def test_creating_a_camera_invalidates_the_list(admin_client):
    CameraFactory.create()
    admin_client.get(CAMERA_LIST)
    created = CameraFactory.create()
    assert str(created.pk) in ids(admin_client.get(CAMERA_LIST))


def test_updating_a_camera_invalidates_list_and_detail(admin_client):
    instance = CameraFactory.create()
    admin_client.get(CAMERA_LIST)
    admin_client.get(camera_url(instance))
    instance.name = CameraFactory.build().name
    instance.save()
    detail = recomputed(admin_client, camera_url(instance))
    assert detail.json()["name"] == instance.name
    recomputed(admin_client, CAMERA_LIST)


def test_deleting_a_camera_invalidates_list_and_detail(admin_client):
    instance = CameraFactory.create()
    pk, url = str(instance.pk), camera_url(instance)
    admin_client.get(CAMERA_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(CAMERA_LIST))


def test_changing_the_member_of_a_camera_invalidates_the_list(admin_client):
    related = MemberFactory.create()
    CameraFactory.create(member=related)
    admin_client.get(CAMERA_LIST)
    related.username = MemberFactory.build().username
    related.save()
    recomputed(admin_client, CAMERA_LIST)


def test_changing_the_room_of_a_camera_invalidates_the_list(admin_client):
    related = RoomFactory.create()
    CameraFactory.create(room=related)
    admin_client.get(CAMERA_LIST)
    related.code = RoomFactory.build().code
    related.save()
    recomputed(admin_client, CAMERA_LIST)


def test_writes_to_folders_leave_camera_answers_cached(
    admin_client, django_assert_num_queries
):
    CameraFactory.create()
    unrelated = FolderFactory.create()
    listed = results(admin_client.get(CAMERA_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(CAMERA_LIST)) == listed


def test_signed_in_and_staff_users_never_share_camera_answers(
    auth_client, admin_client
):
    CameraFactory.create()
    auth_client.get(CAMERA_LIST)
    recomputed(admin_client, CAMERA_LIST)


STEWARDSHIP_LIST = reverse_lazy("studio:stewardship-list")


def stewardship_url(instance) -> str:
    return reverse("studio:stewardship-detail", args=[instance.pk])


def test_repeated_stewardship_reads_cost_no_query(
    admin_client, django_assert_num_queries
):
    instance = StewardshipFactory.create()
    listed = results(admin_client.get(STEWARDSHIP_LIST))
    detail = admin_client.get(stewardship_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(STEWARDSHIP_LIST)) == listed
        assert admin_client.get(stewardship_url(instance)).json() == detail


def test_creating_a_stewardship_invalidates_the_list(admin_client):
    StewardshipFactory.create()
    admin_client.get(STEWARDSHIP_LIST)
    created = StewardshipFactory.create()
    assert str(created.pk) in ids(admin_client.get(STEWARDSHIP_LIST))


def test_updating_a_stewardship_invalidates_list_and_detail(admin_client):
    instance = StewardshipFactory.create()
    admin_client.get(STEWARDSHIP_LIST)
    admin_client.get(stewardship_url(instance))
    instance.save()
    recomputed(admin_client, stewardship_url(instance))
    recomputed(admin_client, STEWARDSHIP_LIST)


def test_deleting_a_stewardship_invalidates_list_and_detail(admin_client):
    instance = StewardshipFactory.create()
    pk, url = str(instance.pk), stewardship_url(instance)
    admin_client.get(STEWARDSHIP_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(STEWARDSHIP_LIST))


def test_changing_the_room_of_a_stewardship_invalidates_the_list(admin_client):
    related = RoomFactory.create()
    StewardshipFactory.create(room=related)
    admin_client.get(STEWARDSHIP_LIST)
    related.code = RoomFactory.build().code
    related.save()
    recomputed(admin_client, STEWARDSHIP_LIST)


def test_changing_the_member_of_a_stewardship_invalidates_the_list(admin_client):
    related = MemberFactory.create()
    StewardshipFactory.create(member=related)
    admin_client.get(STEWARDSHIP_LIST)
    related.username = MemberFactory.build().username
    related.save()
    recomputed(admin_client, STEWARDSHIP_LIST)


def test_writes_to_folders_leave_stewardship_answers_cached(
    admin_client, django_assert_num_queries
):
    StewardshipFactory.create()
    unrelated = FolderFactory.create()
    listed = results(admin_client.get(STEWARDSHIP_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(STEWARDSHIP_LIST)) == listed


def test_signed_in_and_staff_users_never_share_stewardship_answers(
    auth_client, admin_client
):
    StewardshipFactory.create()
    auth_client.get(STEWARDSHIP_LIST)
    recomputed(admin_client, STEWARDSHIP_LIST)
