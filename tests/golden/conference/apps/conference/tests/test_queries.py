"""Query counts of the Conference API: every list, detail and nested list runs as
many queries for 30 rows as for 3, and no more than its query plan needs. An admin reads, so
that every row shows whoever owns it."""

import pytest
from django.urls import reverse

from apps.conference.models import Material, Room, Speaker, Sponsor, Tag, Talk, User
from apps.core.relations_testing import (
    assert_constant_queries,
    create_linked,
    link_rows,
)

pytestmark = pytest.mark.django_db


def test_user_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("conference:user-list"), {"page_size": 100}),
        lambda count: create_linked(User, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_user_talks(admin_client):
    parent = create_linked(User, 1)[0]
    url = reverse("conference:user-talks", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Talk, count, reviewer=parent),
        at_most=4,
    )
    assert len(response.data["results"]) >= 30


def test_room_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("conference:room-list"), {"page_size": 100}),
        lambda count: create_linked(Room, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_room_talks(admin_client):
    parent = create_linked(Room, 1)[0]
    url = reverse("conference:room-talks", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Talk, count, room=parent),
        at_most=4,
    )
    assert len(response.data["results"]) >= 30


def test_speaker_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("conference:speaker-list"), {"page_size": 100}
        ),
        lambda count: create_linked(Speaker, count),
        at_most=1,
    )
    assert len(response.data["results"]) >= 30


def test_speaker_talks(admin_client):
    parent = create_linked(Speaker, 1)[0]
    url = reverse("conference:speaker-talks", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Talk, count, speaker=parent),
        at_most=4,
    )
    assert len(response.data["results"]) >= 30


def test_talk_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("conference:talk-list"), {"page_size": 100}),
        lambda count: create_linked(Talk, count),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_talk_materials(admin_client):
    parent = create_linked(Talk, 1)[0]
    url = reverse("conference:talk-materials", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Material, count, talk=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_tag_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("conference:tag-list"), {"page_size": 100}),
        lambda count: create_linked(Tag, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_tag_talks(admin_client):
    parent = create_linked(Tag, 1)[0]
    url = reverse("conference:tag-talks", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Talk, count, tags=[parent]),
        at_most=4,
    )
    assert len(response.data["results"]) >= 30


def test_material_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("conference:material-list"), {"page_size": 100}
        ),
        lambda count: create_linked(Material, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_sponsor_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("conference:sponsor-list"), {"page_size": 100}
        ),
        lambda count: create_linked(Sponsor, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_user_detail(admin_client):
    instance = create_linked(User, 1)[0]

    def grow(count: int) -> None:
        create_linked(Talk, count, reviewer=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("conference:user-detail", args=[instance.pk])),
        grow,
        at_most=1,
    )
    assert response.data["talks"]["count"] >= 30


def test_room_detail(admin_client):
    instance = create_linked(Room, 1)[0]

    def grow(count: int) -> None:
        create_linked(Talk, count, room=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("conference:room-detail", args=[instance.pk])),
        grow,
        at_most=1,
    )
    assert response.data["talks"]["count"] >= 30


def test_speaker_detail(admin_client):
    instance = create_linked(Speaker, 1)[0]

    def grow(count: int) -> None:
        create_linked(Talk, count, speaker=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("conference:speaker-detail", args=[instance.pk])
        ),
        grow,
        at_most=1,
    )
    assert response.data["talks"]["count"] >= 30


def test_talk_detail(admin_client):
    instance = create_linked(Talk, 1)[0]

    def grow(count: int) -> None:
        link_rows(instance, "tags", count)
        create_linked(Material, count, talk=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("conference:talk-detail", args=[instance.pk])),
        grow,
        at_most=2,
    )
    assert len(response.data["tags"]) >= 30
    assert response.data["materials"]["count"] >= 30


def test_tag_detail(admin_client):
    instance = create_linked(Tag, 1)[0]

    def grow(count: int) -> None:
        create_linked(Talk, count, tags=[instance])

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("conference:tag-detail", args=[instance.pk])),
        grow,
        at_most=1,
    )
    assert response.data["talks"]["count"] >= 30


def test_material_detail(admin_client):
    instance = create_linked(Material, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(
            reverse("conference:material-detail", args=[instance.pk])
        ),
        lambda count: create_linked(Material, count),
        at_most=2,
    )


def test_sponsor_detail(admin_client):
    instance = create_linked(Sponsor, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(
            reverse("conference:sponsor-detail", args=[instance.pk])
        ),
        lambda count: create_linked(Sponsor, count),
        at_most=1,
    )
