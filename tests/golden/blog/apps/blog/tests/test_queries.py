"""Query counts of the Blog API: every list, detail and nested list runs as
many queries for 30 rows as for 3, and no more than its query plan needs. An admin reads, so
that every row shows whoever owns it."""

import pytest
from django.urls import reverse

from apps.blog.models import Category, Comment, Post, Tag, User
from apps.core.relations_testing import (
    assert_constant_queries,
    create_linked,
    link_rows,
)

pytestmark = pytest.mark.django_db


def test_user_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("blog:user-list"), {"page_size": 100}),
        lambda count: create_linked(User, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_user_posts(admin_client):
    parent = create_linked(User, 1)[0]
    url = reverse("blog:user-posts", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Post, count, author=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_user_comments(admin_client):
    parent = create_linked(User, 1)[0]
    url = reverse("blog:user-comments", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Comment, count, author=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_category_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("blog:category-list"), {"page_size": 100}),
        lambda count: create_linked(Category, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_category_posts(admin_client):
    parent = create_linked(Category, 1)[0]
    url = reverse("blog:category-posts", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Post, count, category=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_tag_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("blog:tag-list"), {"page_size": 100}),
        lambda count: create_linked(Tag, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_tag_posts(admin_client):
    parent = create_linked(Tag, 1)[0]
    url = reverse("blog:tag-posts", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Post, count, tags=[parent]),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_post_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("blog:post-list"), {"page_size": 100}),
        lambda count: create_linked(Post, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_post_comments(admin_client):
    parent = create_linked(Post, 1)[0]
    url = reverse("blog:post-comments", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Comment, count, post=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_comment_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("blog:comment-list"), {"page_size": 100}),
        lambda count: create_linked(Comment, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_user_detail(admin_client):
    instance = create_linked(User, 1)[0]

    def grow(count: int) -> None:
        create_linked(Post, count, author=instance)
        create_linked(Comment, count, author=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("blog:user-detail", args=[instance.pk])),
        grow,
        at_most=1,
    )
    assert response.data["posts"]["count"] >= 30
    assert response.data["comments"]["count"] >= 30


def test_category_detail(admin_client):
    instance = create_linked(Category, 1)[0]

    def grow(count: int) -> None:
        create_linked(Post, count, category=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("blog:category-detail", args=[instance.pk])),
        grow,
        at_most=1,
    )
    assert response.data["posts"]["count"] >= 30


def test_tag_detail(admin_client):
    instance = create_linked(Tag, 1)[0]

    def grow(count: int) -> None:
        create_linked(Post, count, tags=[instance])

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("blog:tag-detail", args=[instance.pk])),
        grow,
        at_most=1,
    )
    assert response.data["posts"]["count"] >= 30


def test_post_detail(admin_client):
    instance = create_linked(Post, 1)[0]

    def grow(count: int) -> None:
        link_rows(instance, "tags", count)
        create_linked(Comment, count, post=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("blog:post-detail", args=[instance.pk])),
        grow,
        at_most=2,
    )
    assert len(response.data["tags"]) >= 30
    assert response.data["comments"]["count"] >= 30


def test_comment_detail(admin_client):
    instance = create_linked(Comment, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(reverse("blog:comment-detail", args=[instance.pk])),
        lambda count: create_linked(Comment, count),
        at_most=2,
    )
