"""API tests for projects: CRUD, validation and permissions."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.core.testing import api_payload, field_errors, send
from apps.projects.factories import ProjectFactory
from apps.projects.models import Project

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("projects:project-list")
# Writable API fields: model attribute → API name.
FIELDS = {
    "key": "key",
    "name": "name",
    "description": "description",
    "archived": "archived",
}
READABLE = {"id", "key", "name", "description", "archived", "created_at"}


def detail_url(instance: Project) -> str:
    return reverse("projects:project-detail", args=[instance.pk])


def payload(**overrides) -> dict:
    return api_payload(ProjectFactory, FIELDS, **overrides)


@pytest.fixture
def writer(admin_client):
    """Staff write projects."""
    return admin_client


@pytest.fixture
def instance() -> Project:
    return ProjectFactory.create()


def test_factory_builds_a_valid_project():
    ProjectFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(ProjectFactory.create())


def test_list(auth_client):
    ProjectFactory.create_batch(3)
    response = auth_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"count", "next", "previous", "results"}
    assert response.data["count"] == Project.objects.count()
    assert len(response.data["results"]) == Project.objects.count()


def test_retrieve(auth_client):
    instance = ProjectFactory.create()
    response = auth_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_anonymous_cannot_read(api_client):
    instance = ProjectFactory.create()
    assert api_client.get(LIST_URL).status_code == status.HTTP_403_FORBIDDEN
    assert api_client.get(detail_url(instance)).status_code == status.HTTP_403_FORBIDDEN


def test_create(writer):
    response = send(writer, "post", LIST_URL, payload())
    assert response.status_code == status.HTTP_201_CREATED, response.data
    assert Project.objects.filter(pk=response.data["id"]).exists()
    assert response.data.keys() >= READABLE


def test_update(writer, instance):
    data = payload()
    response = send(writer, "put", detail_url(instance), data)
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.key == data["key"]


def test_partial_update(writer, instance):
    value = payload()["key"]
    response = send(writer, "patch", detail_url(instance), {"key": value})
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.key == value


def test_delete(writer, instance):
    response = writer.delete(detail_url(instance))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Project.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_cannot_write(api_client, method):
    url = LIST_URL if method == "post" else detail_url(ProjectFactory.create())
    response = getattr(api_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_signed_in_users_without_a_role_cannot_write(auth_client, method):
    url = LIST_URL if method == "post" else detail_url(ProjectFactory.create())
    response = getattr(auth_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN


@pytest.mark.parametrize("api_name", ["key", "name"])
def test_create_without_a_required_field(writer, api_name):
    data = payload()
    del data[api_name]
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("name", "api_name"),
    [("key", "key")],
)
def test_create_with_a_taken_unique_value(writer, name, api_name):
    existing = ProjectFactory.create()
    response = send(
        writer, "post", LIST_URL, payload(**{name: getattr(existing, name)})
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("api_name", "value"),
    [
        pytest.param("key", "x" * 11, id="key-too-long"),
        pytest.param("key", "!", id="key-pattern-mismatch"),
        pytest.param("name", "x" * 121, id="name-too-long"),
    ],
)
def test_create_with_an_invalid_value(writer, api_name, value):
    data = payload()
    data[api_name] = value
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)
