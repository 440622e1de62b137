"""Cached answers of the Conference API: a repeated read costs no query, a write
invalidates exactly the answers that show it, and no one is served another's answers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, reverse_lazy
from rest_framework.test import APIClient

from apps.conference.factories import (
    MaterialFactory,
    RoomFactory,
    SpeakerFactory,
    SponsorFactory,
    TagFactory,
    TalkFactory,
    UserFactory,
)
from apps.core.testing import clear_cache

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


USER_LIST = reverse_lazy("conference:user-list")


def user_url(instance) -> str:
    return reverse("conference:user-detail", args=[instance.pk])


def test_repeated_user_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = UserFactory.create()
    listed = results(admin_client.get(USER_LIST))
    detail = admin_client.get(user_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(USER_LIST)) == listed
        assert admin_client.get(user_url(instance)).json() == detail


def test_creating_a_user_invalidates_the_list(admin_client):
    UserFactory.create()
    admin_client.get(USER_LIST)
    created = UserFactory.create()
    assert str(created.pk) in ids(admin_client.get(USER_LIST))


def test_updating_a_user_invalidates_list_and_detail(admin_client):
    instance = UserFactory.create()
    admin_client.get(USER_LIST)
    admin_client.get(user_url(instance))
    instance.username = UserFactory.build().username
    instance.save()
    detail = recomputed(admin_client, user_url(instance))
    assert detail.json()["username"] == instance.username
    recomputed(admin_client, USER_LIST)


def test_deleting_a_user_invalidates_list_and_detail(admin_client):
    instance = UserFactory.create()
    pk, url = str(instance.pk), user_url(instance)
    admin_client.get(USER_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(USER_LIST))


def test_writes_to_rooms_leave_user_answers_cached(
    admin_client, django_assert_num_queries
):
    UserFactory.create()
    unrelated = RoomFactory.create()
    listed = results(admin_client.get(USER_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(USER_LIST)) == listed


def test_one_users_cached_users_are_never_served_to_another():
    owner, other = UserFactory.create(), UserFactory.create()
    UserFactory.create()
    first, second = APIClient(), APIClient()
    first.force_authenticate(user=owner)
    second.force_authenticate(user=other)
    results(first.get(USER_LIST))
    recomputed(second, USER_LIST)


ROOM_LIST = reverse_lazy("conference:room-list")


def room_url(instance) -> str:
    return reverse("conference:room-detail", args=[instance.pk])


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
    instance.name = RoomFactory.build().name
    instance.save()
    detail = recomputed(admin_client, room_url(instance))
    assert detail.json()["name"] == instance.name
    recomputed(admin_client, ROOM_LIST)


def test_deleting_a_room_invalidates_list_and_detail(admin_client):
    instance = RoomFactory.create()
    pk, url = str(instance.pk), room_url(instance)
    admin_client.get(ROOM_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(ROOM_LIST))


def test_writes_to_users_leave_room_answers_cached(
    admin_client, django_assert_num_queries
):
    RoomFactory.create()
    unrelated = UserFactory.create()
    listed = results(admin_client.get(ROOM_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ROOM_LIST)) == listed


def test_signed_in_and_staff_users_never_share_room_answers(auth_client, admin_client):
    RoomFactory.create()
    auth_client.get(ROOM_LIST)
    recomputed(admin_client, ROOM_LIST)


SPEAKER_LIST = reverse_lazy("conference:speaker-list")


def speaker_url(instance) -> str:
    return reverse("conference:speaker-detail", args=[instance.pk])


def test_repeated_speaker_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = SpeakerFactory.create()
    listed = results(admin_client.get(SPEAKER_LIST))
    detail = admin_client.get(speaker_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(SPEAKER_LIST)) == listed
        assert admin_client.get(speaker_url(instance)).json() == detail


def test_creating_a_speaker_invalidates_the_list(admin_client):
    SpeakerFactory.create()
    admin_client.get(SPEAKER_LIST)
    created = SpeakerFactory.create()
    assert str(created.pk) in ids(admin_client.get(SPEAKER_LIST))


def test_updating_a_speaker_invalidates_list_and_detail(admin_client):
    instance = SpeakerFactory.create()
    admin_client.get(SPEAKER_LIST)
    admin_client.get(speaker_url(instance))
    instance.full_name = SpeakerFactory.build().full_name
    instance.save()
    detail = recomputed(admin_client, speaker_url(instance))
    assert detail.json()["full_name"] == instance.full_name
    recomputed(admin_client, SPEAKER_LIST)


def test_deleting_a_speaker_invalidates_list_and_detail(admin_client):
    instance = SpeakerFactory.create()
    pk, url = str(instance.pk), speaker_url(instance)
    admin_client.get(SPEAKER_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(SPEAKER_LIST))


def test_changing_the_account_of_a_speaker_invalidates_the_list(admin_client):
    related = UserFactory.create()
    SpeakerFactory.create(account=related)
    admin_client.get(SPEAKER_LIST)
    related.username = UserFactory.build().username
    related.save()
    recomputed(admin_client, SPEAKER_LIST)


def test_writes_to_rooms_leave_speaker_answers_cached(
    admin_client, django_assert_num_queries
):
    SpeakerFactory.create()
    unrelated = RoomFactory.create()
    listed = results(admin_client.get(SPEAKER_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(SPEAKER_LIST)) == listed


def test_signed_in_and_staff_users_never_share_speaker_answers(
    auth_client, admin_client
):
    SpeakerFactory.create()
    auth_client.get(SPEAKER_LIST)
    recomputed(admin_client, SPEAKER_LIST)


TALK_LIST = reverse_lazy("conference:talk-list")


def talk_url(instance) -> str:
    return reverse("conference:talk-detail", args=[instance.pk])


def test_repeated_talk_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = TalkFactory.create()
    listed = results(admin_client.get(TALK_LIST))
    detail = admin_client.get(talk_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(TALK_LIST)) == listed
        assert admin_client.get(talk_url(instance)).json() == detail


def test_creating_a_talk_invalidates_the_list(admin_client):
    TalkFactory.create()
    admin_client.get(TALK_LIST)
    created = TalkFactory.create()
    assert str(created.pk) in ids(admin_client.get(TALK_LIST))


def test_updating_a_talk_invalidates_list_and_detail(admin_client):
    instance = TalkFactory.create()
    admin_client.get(TALK_LIST)
    admin_client.get(talk_url(instance))
    instance.title = TalkFactory.build().title
    instance.save()
    detail = recomputed(admin_client, talk_url(instance))
    assert detail.json()["title"] == instance.title
    recomputed(admin_client, TALK_LIST)


def test_deleting_a_talk_invalidates_list_and_detail(admin_client):
    instance = TalkFactory.create()
    pk, url = str(instance.pk), talk_url(instance)
    admin_client.get(TALK_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(TALK_LIST))


def test_changing_the_speaker_of_a_talk_invalidates_the_list(admin_client):
    related = SpeakerFactory.create()
    TalkFactory.create(speaker=related)
    admin_client.get(TALK_LIST)
    related.full_name = SpeakerFactory.build().full_name
    related.save()
    recomputed(admin_client, TALK_LIST)


def test_changing_the_room_of_a_talk_invalidates_the_list(admin_client):
    related = RoomFactory.create()
    TalkFactory.create(room=related)
    admin_client.get(TALK_LIST)
    related.name = RoomFactory.build().name
    related.save()
    recomputed(admin_client, TALK_LIST)


def test_changing_the_reviewer_of_a_talk_invalidates_the_list(admin_client):
    related = UserFactory.create()
    TalkFactory.create(reviewer=related)
    admin_client.get(TALK_LIST)
    related.username = UserFactory.build().username
    related.save()
    recomputed(admin_client, TALK_LIST)


def test_changing_the_tags_of_a_talk_invalidates_the_list(admin_client):
    related = TagFactory.create()
    TalkFactory.create(tags=[related])
    admin_client.get(TALK_LIST)
    related.label = TagFactory.build().label
    related.save()
    recomputed(admin_client, TALK_LIST)


def test_writes_to_sponsors_leave_talk_answers_cached(
    admin_client, django_assert_num_queries
):
    TalkFactory.create()
    unrelated = SponsorFactory.create()
    listed = results(admin_client.get(TALK_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(TALK_LIST)) == listed


def test_signed_in_and_staff_users_never_share_talk_answers(auth_client, admin_client):
    TalkFactory.create()
    auth_client.get(TALK_LIST)
    recomputed(admin_client, TALK_LIST)


TAG_LIST = reverse_lazy("conference:tag-list")


def tag_url(instance) -> str:
    return reverse("conference:tag-detail", args=[instance.pk])


def test_repeated_tag_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = TagFactory.create()
    listed = results(admin_client.get(TAG_LIST))
    detail = admin_client.get(tag_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(TAG_LIST)) == listed
        assert admin_client.get(tag_url(instance)).json() == detail


def test_creating_a_tag_invalidates_the_list(admin_client):
    TagFactory.create()
    admin_client.get(TAG_LIST)
    created = TagFactory.create()
    assert str(created.pk) in ids(admin_client.get(TAG_LIST))


def test_updating_a_tag_invalidates_list_and_detail(admin_client):
    instance = TagFactory.create()
    admin_client.get(TAG_LIST)
    admin_client.get(tag_url(instance))
    instance.label = TagFactory.build().label
    instance.save()
    detail = recomputed(admin_client, tag_url(instance))
    assert detail.json()["label"] == instance.label
    recomputed(admin_client, TAG_LIST)


def test_deleting_a_tag_invalidates_list_and_detail(admin_client):
    instance = TagFactory.create()
    pk, url = str(instance.pk), tag_url(instance)
    admin_client.get(TAG_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(TAG_LIST))


def test_writes_to_users_leave_tag_answers_cached(
    admin_client, django_assert_num_queries
):
    TagFactory.create()
    unrelated = UserFactory.create()
    listed = results(admin_client.get(TAG_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(TAG_LIST)) == listed


def test_signed_in_and_staff_users_never_share_tag_answers(auth_client, admin_client):
    TagFactory.create()
    auth_client.get(TAG_LIST)
    recomputed(admin_client, TAG_LIST)


MATERIAL_LIST = reverse_lazy("conference:material-list")


def material_url(instance) -> str:
    return reverse("conference:material-detail", args=[instance.pk])


def test_repeated_material_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = MaterialFactory.create()
    listed = results(admin_client.get(MATERIAL_LIST))
    detail = admin_client.get(material_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(MATERIAL_LIST)) == listed
        assert admin_client.get(material_url(instance)).json() == detail


def test_creating_a_material_invalidates_the_list(admin_client):
    MaterialFactory.create()
    admin_client.get(MATERIAL_LIST)
    created = MaterialFactory.create()
    assert str(created.pk) in ids(admin_client.get(MATERIAL_LIST))


def test_updating_a_material_invalidates_list_and_detail(admin_client):
    instance = MaterialFactory.create()
    admin_client.get(MATERIAL_LIST)
    admin_client.get(material_url(instance))
    instance.name = MaterialFactory.build().name
    instance.save()
    detail = recomputed(admin_client, material_url(instance))
    assert detail.json()["name"] == instance.name
    recomputed(admin_client, MATERIAL_LIST)


def test_deleting_a_material_invalidates_list_and_detail(admin_client):
    instance = MaterialFactory.create()
    pk, url = str(instance.pk), material_url(instance)
    admin_client.get(MATERIAL_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(MATERIAL_LIST))


def test_changing_the_talk_of_a_material_invalidates_the_list(admin_client):
    related = TalkFactory.create()
    MaterialFactory.create(talk=related)
    admin_client.get(MATERIAL_LIST)
    related.title = TalkFactory.build().title
    related.save()
    recomputed(admin_client, MATERIAL_LIST)


def test_writes_to_users_leave_material_answers_cached(
    admin_client, django_assert_num_queries
):
    MaterialFactory.create()
    unrelated = UserFactory.create()
    listed = results(admin_client.get(MATERIAL_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(MATERIAL_LIST)) == listed


def test_signed_in_and_staff_users_never_share_material_answers(
    auth_client, admin_client
):
    MaterialFactory.create()
    auth_client.get(MATERIAL_LIST)
    recomputed(admin_client, MATERIAL_LIST)


SPONSOR_LIST = reverse_lazy("conference:sponsor-list")


def sponsor_url(instance) -> str:
    return reverse("conference:sponsor-detail", args=[instance.pk])


def test_repeated_sponsor_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = SponsorFactory.create()
    listed = results(admin_client.get(SPONSOR_LIST))
    detail = admin_client.get(sponsor_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(SPONSOR_LIST)) == listed
        assert admin_client.get(sponsor_url(instance)).json() == detail


def test_creating_a_sponsor_invalidates_the_list(admin_client):
    SponsorFactory.create()
    admin_client.get(SPONSOR_LIST)
    created = SponsorFactory.create()
    assert str(created.pk) in ids(admin_client.get(SPONSOR_LIST))


def test_updating_a_sponsor_invalidates_list_and_detail(admin_client):
    instance = SponsorFactory.create()
    admin_client.get(SPONSOR_LIST)
    admin_client.get(sponsor_url(instance))
    instance.name = SponsorFactory.build().name
    instance.save()
    detail = recomputed(admin_client, sponsor_url(instance))
    assert detail.json()["name"] == instance.name
    recomputed(admin_client, SPONSOR_LIST)


def test_deleting_a_sponsor_invalidates_list_and_detail(admin_client):
    instance = SponsorFactory.create()
    pk, url = str(instance.pk), sponsor_url(instance)
    admin_client.get(SPONSOR_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(SPONSOR_LIST))


def test_writes_to_users_leave_sponsor_answers_cached(
    admin_client, django_assert_num_queries
):
    SponsorFactory.create()
    unrelated = UserFactory.create()
    listed = results(admin_client.get(SPONSOR_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(SPONSOR_LIST)) == listed


def test_signed_in_and_staff_users_never_share_sponsor_answers(
    auth_client, admin_client
):
    SponsorFactory.create()
    auth_client.get(SPONSOR_LIST)
    recomputed(admin_client, SPONSOR_LIST)
