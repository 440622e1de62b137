"""API tests for moves: CRUD, validation and permissions."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.core.testing import api_payload, field_errors, send
from apps.spaces.factories import MoveFactory
from apps.spaces.models import Move

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("spaces:move-list")
# Writable API fields: model attribute → API name.
FIELDS = {
    "moved_at": "moved_at",
    "reason": "reason",
    "asset": "asset",
    "source": "source",
    "target": "target",
}
READABLE = {"id", "moved_at", "reason", "asset", "source", "target"}


def detail_url(instance: Move) -> str:
    return reverse("spaces:move-detail", args=[instance.pk])


def payload(**overrides) -> dict:
    return api_payload(MoveFactory, FIELDS, **overrides)


@pytest.fixture
def writer(admin_client):
    """Staff write moves."""
    return admin_client


@pytest.fixture
def instance() -> Move:
    return MoveFactory.create()


def test_factory_builds_a_valid_move():
    MoveFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(MoveFactory.create())


def test_list(auth_client):
    MoveFactory.create_batch(3)
    response = auth_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"count", "next", "previous", "results"}
    assert response.data["count"] == Move.objects.count()
    assert len(response.data["results"]) == Move.objects.count()


def test_retrieve(auth_client):
    instance = MoveFactory.create()
    response = auth_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_anonymous_cannot_read(api_client):
    instance = MoveFactory.create()
    assert api_client.get(LIST_URL).status_code == status.HTTP_401_UNAUTHORIZED
    assert (
        api_client.get(detail_url(instance)).status_code == status.HTTP_401_UNAUTHORIZED
    )


def test_create(writer):
    response = send(writer, "post", LIST_URL, payload())
    assert response.status_code == status.HTTP_201_CREATED, response.data
    assert Move.objects.filter(pk=response.data["id"]).exists()
    assert response.data.keys() >= READABLE


def test_update(writer, instance):
    data = payload()
    response = send(writer, "put", detail_url(instance), data)
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.reason == data["reason"]


def test_partial_update(writer, instance):
    value = payload()["reason"]
    response = send(writer, "patch", detail_url(instance), {"reason": value})
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.reason == value


def test_delete(writer, instance):
    response = writer.delete(detail_url(instance))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Move.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_cannot_write(api_client, method):
    url = LIST_URL if method == "post" else detail_url(MoveFactory.create())
    response = getattr(api_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_signed_in_users_without_a_role_cannot_write(auth_client, method):
    url = LIST_URL if method == "post" else detail_url(MoveFactory.create())
    response = getattr(auth_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN


@pytest.mark.parametrize("api_name", ["asset", "source", "target"])
def test_create_without_a_required_field(writer, api_name):
    data = payload()
    del data[api_name]
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)
