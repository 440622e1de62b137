"""API tests for issues: CRUD, validation and permissions."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.core.testing import api_payload, field_errors, send
from apps.work.factories import IssueFactory
from apps.work.models import Issue

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("work:issue-list")
# Writable API fields: model attribute → API name.
FIELDS = {
    "title": "title",
    "description": "description",
    "kind": "kind",
    "priority": "priority",
    "estimate": "estimate",
    "order": "order",
    "project": "project",
    "sprint": "sprint",
    "parent": "parent",
    "labels": "labels",
    "assignee": "assignee",
    "reporter": "reporter",
}
READABLE = {
    "id",
    "title",
    "description",
    "kind",
    "priority",
    "estimate",
    "order",
    "created_at",
    "updated_at",
    "project",
    "sprint",
    "parent",
    "labels",
    "assignee",
    "reporter",
}


def detail_url(instance: Issue) -> str:
    return reverse("work:issue-detail", args=[instance.pk])


def payload(**overrides) -> dict:
    return api_payload(IssueFactory, FIELDS, **overrides)


@pytest.fixture
def writer(admin_client):
    """Staff write issues."""
    return admin_client


@pytest.fixture
def instance() -> Issue:
    return IssueFactory.create()


def test_factory_builds_a_valid_issue():
    IssueFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(IssueFactory.create())


def test_list(auth_client):
    IssueFactory.create_batch(3)
    response = auth_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"count", "next", "previous", "results"}
    assert response.data["count"] == Issue.objects.count()
    assert len(response.data["results"]) == Issue.objects.count()


def test_retrieve(auth_client):
    instance = IssueFactory.create()
    response = auth_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_anonymous_cannot_read(api_client):
    instance = IssueFactory.create()
    assert api_client.get(LIST_URL).status_code == status.HTTP_403_FORBIDDEN
    assert api_client.get(detail_url(instance)).status_code == status.HTTP_403_FORBIDDEN


def test_create(writer):
    response = send(writer, "post", LIST_URL, payload())
    assert response.status_code == status.HTTP_201_CREATED, response.data
    assert Issue.objects.filter(pk=response.data["id"]).exists()
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
    assert not Issue.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_cannot_write(api_client, method):
    url = LIST_URL if method == "post" else detail_url(IssueFactory.create())
    response = getattr(api_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_signed_in_users_without_a_role_cannot_write(auth_client, method):
    url = LIST_URL if method == "post" else detail_url(IssueFactory.create())
    response = getattr(auth_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN


@pytest.mark.parametrize("api_name", ["title", "project", "reporter"])
def test_create_without_a_required_field(writer, api_name):
    data = payload()
    del data[api_name]
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("api_name", "value"),
    [
        pytest.param("title", "x" * 201, id="title-too-long"),
        pytest.param("kind", "not-a-choice", id="kind-not-a-choice"),
        pytest.param("priority", 0, id="priority-below-min"),
        pytest.param("priority", 6, id="priority-above-max"),
    ],
)
def test_create_with_an_invalid_value(writer, api_name, value):
    data = payload()
    data[api_name] = value
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)
