"""API tests for posts: CRUD, validation and permissions."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.blog.factories import PostFactory
from apps.blog.models import Post
from apps.core.testing import api_payload, field_errors, send

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("blog:post-list")
# Writable API fields: model attribute → API name.
FIELDS = {
    "title": "title",
    "slug": "slug",
    "content": "content",
    "excerpt": "excerpt",
    "rating": "rating",
    "view_count": "view_count",
    "published_at": "published_at",
    "tags": "tags",
    "category": "category",
}
READABLE = {
    "id",
    "title",
    "slug",
    "content",
    "excerpt",
    "status",
    "rating",
    "view_count",
    "published_at",
    "created_at",
    "updated_at",
    "tags",
    "author",
    "category",
}


def detail_url(instance: Post) -> str:
    return reverse("blog:post-detail", args=[instance.pk])


def payload(**overrides) -> dict:
    return api_payload(PostFactory, FIELDS, **overrides)


@pytest.fixture
def writer(auth_client):
    """Any signed-in user writes posts (their own)."""
    return auth_client


@pytest.fixture
def instance(user) -> Post:
    """A post of the signed-in user, which `writer` may change."""
    return PostFactory.create(author=user)


def test_factory_builds_a_valid_post():
    PostFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(PostFactory.create())


def test_list(api_client):
    PostFactory.create_batch(3)
    response = api_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"next", "previous", "results"}
    assert len(response.data["results"]) == Post.objects.count()


def test_retrieve(api_client):
    instance = PostFactory.create()
    response = api_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_create(writer):
    response = send(writer, "post", LIST_URL, payload())
    assert response.status_code == status.HTTP_201_CREATED, response.data
    assert Post.objects.filter(pk=response.data["id"]).exists()
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
    assert not Post.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_cannot_write(api_client, method):
    url = LIST_URL if method == "post" else detail_url(PostFactory.create())
    response = getattr(api_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


@pytest.mark.parametrize("api_name", ["title", "slug", "content"])
def test_create_without_a_required_field(writer, api_name):
    data = payload()
    del data[api_name]
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("name", "api_name"),
    [("slug", "slug")],
)
def test_create_with_a_taken_unique_value(writer, name, api_name):
    existing = PostFactory.create()
    response = send(
        writer, "post", LIST_URL, payload(**{name: getattr(existing, name)})
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("api_name", "value"),
    [
        pytest.param("title", "x" * 201, id="title-too-long"),
        pytest.param("slug", "x" * 51, id="slug-too-long"),
        pytest.param("excerpt", "x" * 501, id="excerpt-too-long"),
        pytest.param("status", "not-a-choice", id="status-not-a-choice"),
        pytest.param("rating", -1, id="rating-below-min"),
        pytest.param("rating", 6, id="rating-above-max"),
        pytest.param("view_count", -1, id="view_count-below-min"),
    ],
)
def test_create_with_an_invalid_value(writer, api_name, value):
    data = payload()
    data[api_name] = value
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)
