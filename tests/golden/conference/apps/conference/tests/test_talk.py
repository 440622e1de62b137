"""API tests for talks: CRUD, validation and permissions."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.conference.factories import TalkFactory
from apps.conference.models import Talk
from apps.core.testing import api_payload, field_errors, send

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("conference:talk-list")
# Writable API fields: model attribute → API name.
FIELDS = {
    "title": "title",
    "level": "level",
    "format": "format",
    "language": "language",
    "day": "day",
    "starts_at": "starts_at",
    "length": "length",
    "submitted_at": "submitted_at",
    "published_at": "published_at",
    "slides": "slides",
    "score": "score",
    "reference": "reference",
    "speaker": "speaker",
    "room": "room",
    "reviewer": "reviewer",
    "tags": "tags",
}
READABLE = {
    "id",
    "title",
    "level",
    "format",
    "language",
    "day",
    "starts_at",
    "length",
    "submitted_at",
    "published_at",
    "slides",
    "score",
    "reference",
    "speaker",
    "room",
    "reviewer",
    "tags",
}


def detail_url(instance: Talk) -> str:
    return reverse("conference:talk-detail", args=[instance.pk])


def payload(**overrides) -> dict:
    return api_payload(TalkFactory, FIELDS, **overrides)


@pytest.fixture
def writer(admin_client):
    """Staff write talks."""
    return admin_client


@pytest.fixture
def instance() -> Talk:
    return TalkFactory.create()


def test_factory_builds_a_valid_talk():
    TalkFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(TalkFactory.create())


def test_list(auth_client):
    TalkFactory.create_batch(3)
    response = auth_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"count", "next", "previous", "results"}
    assert response.data["count"] == Talk.objects.count()
    assert len(response.data["results"]) == Talk.objects.count()


def test_retrieve(auth_client):
    instance = TalkFactory.create()
    response = auth_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_anonymous_cannot_read(api_client):
    instance = TalkFactory.create()
    assert api_client.get(LIST_URL).status_code == status.HTTP_401_UNAUTHORIZED
    assert (
        api_client.get(detail_url(instance)).status_code == status.HTTP_401_UNAUTHORIZED
    )


def test_create(writer):
    response = send(writer, "post", LIST_URL, payload())
    assert response.status_code == status.HTTP_201_CREATED, response.data
    assert Talk.objects.filter(pk=response.data["id"]).exists()
    assert response.data.keys() >= READABLE


def test_update(writer, instance):
    data = payload()
    response = send(writer, "put", detail_url(instance), data)
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.title == data["title"]


def test_partial_update(writer, instance):
    value = payload()["title"]
    response = send(writer, "patch", detail_url(instance), {"title": value})
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.title == value


def test_delete(writer, instance):
    response = writer.delete(detail_url(instance))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Talk.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_cannot_write(api_client, method):
    url = LIST_URL if method == "post" else detail_url(TalkFactory.create())
    response = getattr(api_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_signed_in_users_without_a_role_cannot_write(auth_client, method):
    url = LIST_URL if method == "post" else detail_url(TalkFactory.create())
    response = getattr(auth_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN


@pytest.mark.parametrize("api_name", ["title", "level", "day", "starts_at", "speaker"])
def test_create_without_a_required_field(writer, api_name):
    data = payload()
    del data[api_name]
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("name", "api_name"),
    [("reference", "reference")],
)
def test_create_with_a_taken_unique_value(writer, name, api_name):
    existing = TalkFactory.create()
    response = send(
        writer, "post", LIST_URL, payload(**{name: getattr(existing, name)})
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("api_name", "value"),
    [
        pytest.param("title", "x" * 121, id="title-too-long"),
        pytest.param("level", "not-a-choice", id="level-not-a-choice"),
        pytest.param("format", "not-a-choice", id="format-not-a-choice"),
        pytest.param("language", "not-a-choice", id="language-not-a-choice"),
    ],
)
def test_create_with_an_invalid_value(writer, api_name, value):
    data = payload()
    data[api_name] = value
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)
