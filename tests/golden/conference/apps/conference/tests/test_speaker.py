"""API tests for speakers: CRUD, validation and permissions."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.conference.factories import SpeakerFactory
from apps.conference.models import Speaker
from apps.core.testing import api_payload, field_errors, send

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("conference:speaker-list")
# Writable API fields: model attribute → API name.
FIELDS = {
    "full_name": "full_name",
    "email": "email",
    "biography": "biography",
    "photo": "photo",
    "rating": "rating",
    "fee": "fee",
    "account": "account",
}
READABLE = {
    "id",
    "full_name",
    "email",
    "biography",
    "photo",
    "rating",
    "fee",
    "account",
}


def detail_url(instance: Speaker) -> str:
    return reverse("conference:speaker-detail", args=[instance.pk])


def payload(**overrides) -> dict:
    return api_payload(SpeakerFactory, FIELDS, **overrides)


@pytest.fixture
def writer(admin_client):
    """Staff write speakers."""
    return admin_client


@pytest.fixture
def instance() -> Speaker:
    return SpeakerFactory.create()


def test_factory_builds_a_valid_speaker():
    SpeakerFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(SpeakerFactory.create())


def test_list(auth_client):
    SpeakerFactory.create_batch(3)
    response = auth_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"next", "previous", "results"}
    assert len(response.data["results"]) == Speaker.objects.count()


def test_retrieve(auth_client):
    instance = SpeakerFactory.create()
    response = auth_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_anonymous_cannot_read(api_client):
    instance = SpeakerFactory.create()
    assert api_client.get(LIST_URL).status_code == status.HTTP_401_UNAUTHORIZED
    assert (
        api_client.get(detail_url(instance)).status_code == status.HTTP_401_UNAUTHORIZED
    )


def test_create(writer):
    response = send(writer, "post", LIST_URL, payload())
    assert response.status_code == status.HTTP_201_CREATED, response.data
    assert Speaker.objects.filter(pk=response.data["id"]).exists()
    assert response.data.keys() >= READABLE


def test_update(writer, instance):
    data = payload()
    response = send(writer, "put", detail_url(instance), data)
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.full_name == data["full_name"]


def test_partial_update(writer, instance):
    value = payload()["full_name"]
    response = send(writer, "patch", detail_url(instance), {"full_name": value})
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.full_name == value


def test_delete(writer, instance):
    response = writer.delete(detail_url(instance))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Speaker.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_cannot_write(api_client, method):
    url = LIST_URL if method == "post" else detail_url(SpeakerFactory.create())
    response = getattr(api_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_signed_in_users_without_a_role_cannot_write(auth_client, method):
    url = LIST_URL if method == "post" else detail_url(SpeakerFactory.create())
    response = getattr(auth_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN


@pytest.mark.parametrize("api_name", ["full_name", "email"])
def test_create_without_a_required_field(writer, api_name):
    data = payload()
    del data[api_name]
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("name", "api_name"),
    [("email", "email")],
)
def test_create_with_a_taken_unique_value(writer, name, api_name):
    existing = SpeakerFactory.create()
    response = send(
        writer, "post", LIST_URL, payload(**{name: getattr(existing, name)})
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("api_name", "value"),
    [
        pytest.param("full_name", "x" * 121, id="full_name-too-long"),
        pytest.param("full_name", "x", id="full_name-too-short"),
        pytest.param("email", "x" * 256, id="email-too-long"),
        pytest.param("email", "!", id="email-pattern-mismatch"),
        pytest.param("rating", -1, id="rating-below-min"),
        pytest.param("rating", 6, id="rating-above-max"),
        pytest.param("fee", -1, id="fee-below-min"),
    ],
)
def test_create_with_an_invalid_value(writer, api_name, value):
    data = payload()
    data[api_name] = value
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)
