"""API tests for comments: CRUD, validation and permissions."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.blog.factories import CommentFactory
from apps.blog.models import Comment
from apps.core.testing import api_payload, field_errors, send

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("blog:comment-list")
# Writable API fields: model attribute → API name.
FIELDS = {
    "body": "body",
    "post": "post",
}
READABLE = {"id", "body", "approved", "created_at", "post", "author"}


def detail_url(instance: Comment) -> str:
    return reverse("blog:comment-detail", args=[instance.pk])


def payload(**overrides) -> dict:
    return api_payload(CommentFactory, FIELDS, **overrides)


@pytest.fixture
def writer(auth_client):
    """Any signed-in user writes comments (their own)."""
    return auth_client


@pytest.fixture
def instance(user) -> Comment:
    """A comment of the signed-in user, which `writer` may change."""
    return CommentFactory.create(author=user)


def test_factory_builds_a_valid_comment():
    CommentFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(CommentFactory.create())


def test_list(api_client):
    CommentFactory.create_batch(3)
    response = api_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"count", "next", "previous", "results"}
    assert response.data["count"] == Comment.objects.count()
    assert len(response.data["results"]) == Comment.objects.count()


def test_retrieve(api_client):
    instance = CommentFactory.create()
    response = api_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_create(writer):
    response = send(writer, "post", LIST_URL, payload())
    assert response.status_code == status.HTTP_201_CREATED, response.data
    assert Comment.objects.filter(pk=response.data["id"]).exists()
    assert response.data.keys() >= READABLE


def test_update(writer, instance):
    data = payload()
    response = send(writer, "put", detail_url(instance), data)
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.body == data["body"]


def test_partial_update(writer, instance):
    value = payload()["body"]
    response = send(writer, "patch", detail_url(instance), {"body": value})
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.body == value


def test_delete(writer, instance):
    response = writer.delete(detail_url(instance))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Comment.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_cannot_write(api_client, method):
    url = LIST_URL if method == "post" else detail_url(CommentFactory.create())
    response = getattr(api_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


@pytest.mark.parametrize("api_name", ["body", "post"])
def test_create_without_a_required_field(writer, api_name):
    data = payload()
    del data[api_name]
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("api_name", "value"),
    [
        pytest.param("body", "x" * 2001, id="body-too-long"),
    ],
)
def test_create_with_an_invalid_value(writer, api_name, value):
    data = payload()
    data[api_name] = value
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)
