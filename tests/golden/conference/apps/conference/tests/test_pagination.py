"""Pagination of the Conference lists: walking the `next` links visits every row
once, clients cannot ask for pages larger than the cap, and a page past the end is refused."""

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.conference.factories import (
    MaterialFactory,
    RoomFactory,
    SpeakerFactory,
    SponsorFactory,
    TagFactory,
    TalkFactory,
    UserFactory,
)
from apps.conference.models import Material, Room, Speaker, Sponsor, Tag, Talk, User
from apps.core.pagination import CursorPagination, PageNumberPagination
from apps.core.testing import api_key, listed

pytestmark = pytest.mark.django_db

ROWS = 5  # three pages of two
PARAMETERS = ("model", "factory", "url")


def stored_keys(model) -> list[str]:
    return [str(pk) for pk in model.objects.values_list("pk", flat=True)]


PAGE_NUMBER = [
    pytest.param(User, UserFactory, reverse_lazy("conference:user-list"), id="user"),
    pytest.param(Room, RoomFactory, reverse_lazy("conference:room-list"), id="room"),
    pytest.param(Talk, TalkFactory, reverse_lazy("conference:talk-list"), id="talk"),
    pytest.param(Tag, TagFactory, reverse_lazy("conference:tag-list"), id="tag"),
    pytest.param(
        Material,
        MaterialFactory,
        reverse_lazy("conference:material-list"),
        id="material",
    ),
    pytest.param(
        Sponsor, SponsorFactory, reverse_lazy("conference:sponsor-list"), id="sponsor"
    ),
]


@pytest.mark.parametrize(PARAMETERS, PAGE_NUMBER)
def test_page_number_pages_list_every_row_once(admin_client, model, factory, url):
    factory.create_batch(ROWS)
    keys = listed(admin_client, url, {"page_size": 2}, key=api_key(model))
    assert sorted(keys) == sorted(stored_keys(model))
    assert (
        admin_client.get(url, {"page_size": 2}).data["count"] == model.objects.count()
    )


@pytest.mark.parametrize(PARAMETERS, PAGE_NUMBER)
def test_page_number_page_size_is_capped(
    admin_client, monkeypatch, model, factory, url
):
    monkeypatch.setattr(PageNumberPagination, "max_page_size", 2)
    factory.create_batch(3)
    response = admin_client.get(url, {"page_size": 50})
    assert len(response.data["results"]) == 2


@pytest.mark.parametrize(PARAMETERS, PAGE_NUMBER)
def test_page_number_page_past_the_end(admin_client, model, factory, url):
    factory.create()
    response = admin_client.get(url, {"page": 999})
    assert response.status_code == status.HTTP_404_NOT_FOUND


CURSOR = [
    pytest.param(
        Speaker, SpeakerFactory, reverse_lazy("conference:speaker-list"), id="speaker"
    ),
]


@pytest.mark.parametrize(PARAMETERS, CURSOR)
def test_cursor_pages_list_every_row_once(admin_client, model, factory, url):
    factory.create_batch(ROWS)
    keys = listed(admin_client, url, {"page_size": 2}, key=api_key(model))
    assert sorted(keys) == sorted(stored_keys(model))


@pytest.mark.parametrize(PARAMETERS, CURSOR)
def test_cursor_page_size_is_capped(admin_client, monkeypatch, model, factory, url):
    monkeypatch.setattr(CursorPagination, "max_page_size", 2)
    factory.create_batch(3)
    response = admin_client.get(url, {"page_size": 50})
    assert len(response.data["results"]) == 2


@pytest.mark.parametrize(PARAMETERS, CURSOR)
def test_cursor_that_is_not_one_of_ours(admin_client, model, factory, url):
    response = admin_client.get(url, {"cursor": "not-a-cursor"})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
