"""Fields of the blog API that only staff, or staff and the members of some roles, set or change: anyone else who sends another value than the row keeps is refused with a 403 naming the field."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.blog.factories import CommentFactory, PostFactory
from apps.blog.models import Comment, Post
from apps.core.testing import (
    api_payload,
    body_with,
    field_errors,
    grant_roles,
    send,
    send_other_value,
)

pytestmark = pytest.mark.django_db

POST_URL = reverse_lazy("blog:post-list")
# What any writer of a post sends: model attribute → API name.
POST_FIELDS = {
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
# Fields only staff, or staff and some roles, write: (model attribute, API name).
POST_GUARDED = [
    pytest.param("status", "status", id="status"),
]
# The ones reads show (the others are write-only).
POST_SHOWN = {"status"}
# Fields some roles write besides staff: (model attribute, API name, one of the roles).
POST_ROLE_WRITTEN = [
    pytest.param("status", "status", "editor", id="status"),
]


def post_detail(row: Post) -> str:
    return reverse("blog:post-detail", args=[row.pk])


@pytest.mark.parametrize(("name", "api_name"), POST_GUARDED)
def test_post_user_cannot_set_a_guarded_field(auth_client, name, api_name):
    rows = Post.objects.count()

    refused, _ = send_other_value(
        auth_client, "post", POST_URL, PostFactory, POST_FIELDS, (name, api_name)
    )
    assert Post.objects.count() == rows
    created = send(auth_client, "post", POST_URL, api_payload(PostFactory, POST_FIELDS))

    assert refused.status_code == status.HTTP_403_FORBIDDEN
    assert api_name in field_errors(refused)
    assert created.status_code == status.HTTP_201_CREATED, created.data
    assert (api_name in created.data) == (api_name in POST_SHOWN)


@pytest.mark.parametrize("method", ["patch", "put"])
@pytest.mark.parametrize(("name", "api_name"), POST_GUARDED)
def test_post_user_cannot_change_a_guarded_field(
    auth_client, user, method, name, api_name
):
    row = PostFactory.create(author=user)
    kept = getattr(row, name)
    body = {} if method == "patch" else api_payload(PostFactory, POST_FIELDS)

    refused, _ = send_other_value(
        auth_client,
        method,
        post_detail(row),
        PostFactory,
        POST_FIELDS,
        (name, api_name),
        row,
    )
    unchanged = send(
        auth_client,
        method,
        post_detail(row),
        body_with(Post, body, name, api_name, kept),
    )

    assert refused.status_code == status.HTTP_403_FORBIDDEN
    assert api_name in field_errors(refused)
    assert unchanged.status_code == status.HTTP_200_OK, unchanged.data
    row.refresh_from_db()
    assert getattr(row, name) == kept


@pytest.mark.parametrize(("name", "api_name"), POST_GUARDED)
def test_post_staff_set_a_guarded_field(admin_client, name, api_name):
    created, value = send_other_value(
        admin_client, "post", POST_URL, PostFactory, POST_FIELDS, (name, api_name)
    )

    assert created.status_code == status.HTTP_201_CREATED, created.data
    assert getattr(Post.objects.get(pk=created.data["id"]), name) == value


@pytest.mark.parametrize("method", ["patch", "put"])
@pytest.mark.parametrize(("name", "api_name"), POST_GUARDED)
def test_post_staff_change_a_guarded_field(admin_client, user, method, name, api_name):
    row = PostFactory.create(author=user)

    changed, value = send_other_value(
        admin_client,
        method,
        post_detail(row),
        PostFactory,
        POST_FIELDS,
        (name, api_name),
        row,
    )

    assert changed.status_code == status.HTTP_200_OK, changed.data
    row.refresh_from_db()
    assert getattr(row, name) == value


@pytest.mark.parametrize(("name", "api_name", "role"), POST_ROLE_WRITTEN)
def test_post_role_member_sets_a_guarded_field(auth_client, user, name, api_name, role):
    grant_roles(user, role)

    created, value = send_other_value(
        auth_client, "post", POST_URL, PostFactory, POST_FIELDS, (name, api_name)
    )

    assert created.status_code == status.HTTP_201_CREATED, created.data
    assert getattr(Post.objects.get(pk=created.data["id"]), name) == value


@pytest.mark.parametrize("method", ["patch", "put"])
@pytest.mark.parametrize(("name", "api_name", "role"), POST_ROLE_WRITTEN)
def test_post_role_member_changes_a_guarded_field(
    auth_client, user, method, name, api_name, role
):
    grant_roles(user, role)
    row = PostFactory.create(author=user)

    changed, value = send_other_value(
        auth_client,
        method,
        post_detail(row),
        PostFactory,
        POST_FIELDS,
        (name, api_name),
        row,
    )

    assert changed.status_code == status.HTTP_200_OK, changed.data
    row.refresh_from_db()
    assert getattr(row, name) == value


COMMENT_URL = reverse_lazy("blog:comment-list")
# What any writer of a comment sends: model attribute → API name.
COMMENT_FIELDS = {
    "body": "body",
    "post": "post",
}
# Fields only staff, or staff and some roles, write: (model attribute, API name).
COMMENT_GUARDED = [
    pytest.param("approved", "approved", id="approved"),
]
# The ones reads show (the others are write-only).
COMMENT_SHOWN = {"approved"}


def comment_detail(row: Comment) -> str:
    return reverse("blog:comment-detail", args=[row.pk])


@pytest.mark.parametrize(("name", "api_name"), COMMENT_GUARDED)
def test_comment_user_cannot_set_a_guarded_field(auth_client, name, api_name):
    rows = Comment.objects.count()

    refused, _ = send_other_value(
        auth_client,
        "post",
        COMMENT_URL,
        CommentFactory,
        COMMENT_FIELDS,
        (name, api_name),
    )
    assert Comment.objects.count() == rows
    created = send(
        auth_client, "post", COMMENT_URL, api_payload(CommentFactory, COMMENT_FIELDS)
    )

    assert refused.status_code == status.HTTP_403_FORBIDDEN
    assert api_name in field_errors(refused)
    assert created.status_code == status.HTTP_201_CREATED, created.data
    assert (api_name in created.data) == (api_name in COMMENT_SHOWN)


@pytest.mark.parametrize("method", ["patch", "put"])
@pytest.mark.parametrize(("name", "api_name"), COMMENT_GUARDED)
def test_comment_user_cannot_change_a_guarded_field(
    auth_client, user, method, name, api_name
):
    row = CommentFactory.create(author=user)
    kept = getattr(row, name)
    body = {} if method == "patch" else api_payload(CommentFactory, COMMENT_FIELDS)

    refused, _ = send_other_value(
        auth_client,
        method,
        comment_detail(row),
        CommentFactory,
        COMMENT_FIELDS,
        (name, api_name),
        row,
    )
    unchanged = send(
        auth_client,
        method,
        comment_detail(row),
        body_with(Comment, body, name, api_name, kept),
    )

    assert refused.status_code == status.HTTP_403_FORBIDDEN
    assert api_name in field_errors(refused)
    assert unchanged.status_code == status.HTTP_200_OK, unchanged.data
    row.refresh_from_db()
    assert getattr(row, name) == kept


@pytest.mark.parametrize(("name", "api_name"), COMMENT_GUARDED)
def test_comment_staff_set_a_guarded_field(admin_client, name, api_name):
    created, value = send_other_value(
        admin_client,
        "post",
        COMMENT_URL,
        CommentFactory,
        COMMENT_FIELDS,
        (name, api_name),
    )

    assert created.status_code == status.HTTP_201_CREATED, created.data
    assert getattr(Comment.objects.get(pk=created.data["id"]), name) == value


@pytest.mark.parametrize("method", ["patch", "put"])
@pytest.mark.parametrize(("name", "api_name"), COMMENT_GUARDED)
def test_comment_staff_change_a_guarded_field(
    admin_client, user, method, name, api_name
):
    row = CommentFactory.create(author=user)

    changed, value = send_other_value(
        admin_client,
        method,
        comment_detail(row),
        CommentFactory,
        COMMENT_FIELDS,
        (name, api_name),
        row,
    )

    assert changed.status_code == status.HTTP_200_OK, changed.data
    row.refresh_from_db()
    assert getattr(row, name) == value
