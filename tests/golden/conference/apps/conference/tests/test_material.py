"""API tests for materials: CRUD, validation and permissions."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.conference.factories import MaterialFactory
from apps.conference.models import Material
from apps.core.testing import api_payload, field_errors, send

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("conference:material-list")
# Writable API fields: model attribute → API name.
FIELDS = {
    "name": "name",
    "file": "file",
    "talk": "talk",
}
READABLE = {"id", "name", "file", "talk"}


def detail_url(instance: Material) -> str:
    return reverse("conference:material-detail", args=[instance.pk])


def payload(**overrides) -> dict:
    return api_payload(MaterialFactory, FIELDS, **overrides)


@pytest.fixture
def writer(admin_client):
    """Staff write materials."""
    return admin_client


@pytest.fixture
def instance() -> Material:
    return MaterialFactory.create()


def test_factory_builds_a_valid_material():
    MaterialFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(MaterialFactory.create())


def test_list(auth_client):
    MaterialFactory.create_batch(3)
    response = auth_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"count", "next", "previous", "results"}
    assert response.data["count"] == Material.objects.count()
    assert len(response.data["results"]) == Material.objects.count()


def test_retrieve(auth_client):
    instance = MaterialFactory.create()
    response = auth_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_anonymous_cannot_read(api_client):
    instance = MaterialFactory.create()
    assert api_client.get(LIST_URL).status_code == status.HTTP_401_UNAUTHORIZED
    assert (
        api_client.get(detail_url(instance)).status_code == status.HTTP_401_UNAUTHORIZED
    )


def test_create(writer):
    response = send(writer, "post", LIST_URL, payload())
    assert response.status_code == status.HTTP_201_CREATED, response.data
    assert Material.objects.filter(pk=response.data["id"]).exists()
    assert response.data.keys() >= READABLE


def test_update(writer, instance):
    data = payload()
    response = send(writer, "put", detail_url(instance), data)
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.name == data["name"]


def test_partial_update(writer, instance):
    value = payload()["name"]
    response = send(writer, "patch", detail_url(instance), {"name": value})
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.name == value


def test_delete(writer, instance):
    response = writer.delete(detail_url(instance))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Material.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_cannot_write(api_client, method):
    url = LIST_URL if method == "post" else detail_url(MaterialFactory.create())
    response = getattr(api_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_signed_in_users_without_a_role_cannot_write(auth_client, method):
    url = LIST_URL if method == "post" else detail_url(MaterialFactory.create())
    response = getattr(auth_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN


@pytest.mark.parametrize("api_name", ["name", "talk"])
def test_create_without_a_required_field(writer, api_name):
    data = payload()
    del data[api_name]
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("api_name", "value"),
    [
        pytest.param("name", "x" * 256, id="name-too-long"),
    ],
)
def test_create_with_an_invalid_value(writer, api_name, value):
    data = payload()
    data[api_name] = value
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)
