"""Who may read and write the blog endpoints: owners, parents' owners, staff and roles."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.blog.factories import CommentFactory, PostFactory, TagFactory, UserFactory
from apps.blog.models import Comment, Post
from apps.core.testing import api_payload, grant_roles, send

pytestmark = pytest.mark.django_db


def tag_url(pk=None) -> str:
    if pk is None:
        return reverse("blog:tag-list")
    return reverse("blog:tag-detail", args=[pk])


def tag_payload(**overrides) -> dict:
    return api_payload(
        TagFactory,
        {"name": "name"},
        **overrides,
    )


def test_tag_create_needs_a_role(auth_client, user):
    body = tag_payload()
    refused = send(auth_client, "post", tag_url(), body)
    grant_roles(user, "editor")
    allowed = send(auth_client, "post", tag_url(), body)

    assert refused.status_code == status.HTTP_403_FORBIDDEN
    assert allowed.status_code == status.HTTP_201_CREATED, allowed.data


def test_tag_update_needs_a_role(auth_client, user):
    row = TagFactory.create()
    refused = auth_client.patch(tag_url(row.pk), {}, format="json")
    grant_roles(user, "editor")
    allowed = auth_client.patch(tag_url(row.pk), {}, format="json")

    assert refused.status_code == status.HTTP_403_FORBIDDEN
    assert allowed.status_code == status.HTTP_200_OK, allowed.data


def test_tag_delete_needs_a_role(auth_client, user):
    row = TagFactory.create()
    refused = auth_client.delete(tag_url(row.pk))
    grant_roles(user, "editor")
    allowed = auth_client.delete(tag_url(row.pk))

    assert refused.status_code == status.HTTP_403_FORBIDDEN
    assert allowed.status_code == status.HTTP_204_NO_CONTENT


def post_url(pk=None) -> str:
    if pk is None:
        return reverse("blog:post-list")
    return reverse("blog:post-detail", args=[pk])


def post_payload(**overrides) -> dict:
    return api_payload(
        PostFactory,
        {
            "title": "title",
            "slug": "slug",
            "content": "content",
            "excerpt": "excerpt",
            "rating": "rating",
            "view_count": "view_count",
            "published_at": "published_at",
            "tags": "tags",
            "category": "category",
        },
        **overrides,
    )


def test_post_owner_is_the_creator(auth_client, user):
    body = post_payload()
    body["author"] = UserFactory.create().pk

    response = send(auth_client, "post", post_url(), body)

    assert response.status_code == status.HTTP_201_CREATED, response.data
    created = Post.objects.get(pk=response.data["id"])
    assert created.author == user


def test_post_anonymous_reads_every_row(api_client):
    rows = PostFactory.create_batch(2)

    response = api_client.get(post_url())

    assert {str(row["id"]) for row in response.data["results"]} == {
        str(r.pk) for r in rows
    }


def test_post_list_shows_every_row(auth_client, user):
    own, other = PostFactory.create(author=user), PostFactory.create()

    response = auth_client.get(post_url())

    ids = {str(row["id"]) for row in response.data["results"]}
    assert ids == {str(own.pk), str(other.pk)}
    assert auth_client.get(post_url(other.pk)).status_code == status.HTTP_200_OK


def test_post_admin_sees_every_row(admin_client, user):
    rows = [PostFactory.create(author=user), PostFactory.create()]

    response = admin_client.get(post_url())

    ids = {str(row["id"]) for row in response.data["results"]}
    assert ids == {str(row.pk) for row in rows}


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_post_another_users_row_cannot_change(auth_client, method):
    other = PostFactory.create()

    response = send(auth_client, method, post_url(other.pk), post_payload())

    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert Post.objects.filter(pk=other.pk).exists()


def test_post_admin_changes_any_row(admin_client):
    other = PostFactory.create()

    response = admin_client.delete(post_url(other.pk))

    assert response.status_code == status.HTTP_204_NO_CONTENT


def comment_url(pk=None) -> str:
    if pk is None:
        return reverse("blog:comment-list")
    return reverse("blog:comment-detail", args=[pk])


def comment_payload(**overrides) -> dict:
    return api_payload(
        CommentFactory,
        {"body": "body", "post": "post"},
        **overrides,
    )


def test_comment_owner_is_the_creator(auth_client, user):
    body = comment_payload()
    body["author"] = UserFactory.create().pk

    response = send(auth_client, "post", comment_url(), body)

    assert response.status_code == status.HTTP_201_CREATED, response.data
    created = Comment.objects.get(pk=response.data["id"])
    assert created.author == user


def test_comment_anonymous_reads_every_row(api_client):
    rows = CommentFactory.create_batch(2)

    response = api_client.get(comment_url())

    assert {str(row["id"]) for row in response.data["results"]} == {
        str(r.pk) for r in rows
    }


def test_comment_list_shows_every_row(auth_client, user):
    own, other = CommentFactory.create(author=user), CommentFactory.create()

    response = auth_client.get(comment_url())

    ids = {str(row["id"]) for row in response.data["results"]}
    assert ids == {str(own.pk), str(other.pk)}
    assert auth_client.get(comment_url(other.pk)).status_code == status.HTTP_200_OK


def test_comment_admin_sees_every_row(admin_client, user):
    rows = [CommentFactory.create(author=user), CommentFactory.create()]

    response = admin_client.get(comment_url())

    ids = {str(row["id"]) for row in response.data["results"]}
    assert ids == {str(row.pk) for row in rows}


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_comment_another_users_row_cannot_change(auth_client, method):
    other = CommentFactory.create()

    response = send(auth_client, method, comment_url(other.pk), comment_payload())

    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert Comment.objects.filter(pk=other.pk).exists()


def test_comment_admin_changes_any_row(admin_client):
    other = CommentFactory.create()

    response = admin_client.delete(comment_url(other.pk))

    assert response.status_code == status.HTTP_204_NO_CONTENT
