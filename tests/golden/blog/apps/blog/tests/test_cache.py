"""Cached answers of the Blog API: a repeated read costs no query, a write
invalidates exactly the answers that show it, and no one is served another's answers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, reverse_lazy
from rest_framework.test import APIClient

from apps.blog.factories import (
    CategoryFactory,
    CommentFactory,
    PostFactory,
    TagFactory,
    UserFactory,
)
from apps.core.testing import clear_cache

pytestmark = pytest.mark.django_db


def results(response) -> list[dict]:
    assert response.status_code == 200, response.data
    return response.json()["results"]


def ids(response, key: str = "id") -> set[str]:
    return {str(row[key]) for row in results(response)}


def recomputed(client, url):
    """A GET that must not come from the cache: it runs queries, and its answer is the one
    computed afresh."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert queries.captured_queries, "served from the cache"
    clear_cache()
    assert client.get(url).json() == response.json()
    return response


USER_LIST = reverse_lazy("blog:user-list")


def user_url(instance) -> str:
    return reverse("blog:user-detail", args=[instance.pk])


def test_repeated_user_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = UserFactory.create()
    listed = results(admin_client.get(USER_LIST))
    detail = admin_client.get(user_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(USER_LIST)) == listed
        assert admin_client.get(user_url(instance)).json() == detail


def test_creating_a_user_invalidates_the_list(admin_client):
    UserFactory.create()
    admin_client.get(USER_LIST)
    created = UserFactory.create()
    assert str(created.pk) in ids(admin_client.get(USER_LIST))


def test_updating_a_user_invalidates_list_and_detail(admin_client):
    instance = UserFactory.create()
    admin_client.get(USER_LIST)
    admin_client.get(user_url(instance))
    instance.username = UserFactory.build().username
    instance.save()
    detail = recomputed(admin_client, user_url(instance))
    assert detail.json()["username"] == instance.username
    recomputed(admin_client, USER_LIST)


def test_deleting_a_user_invalidates_list_and_detail(admin_client):
    instance = UserFactory.create()
    pk, url = str(instance.pk), user_url(instance)
    admin_client.get(USER_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(USER_LIST))


def test_writes_to_categories_leave_user_answers_cached(
    admin_client, django_assert_num_queries
):
    UserFactory.create()
    unrelated = CategoryFactory.create()
    listed = results(admin_client.get(USER_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(USER_LIST)) == listed


def test_one_users_cached_users_are_never_served_to_another():
    owner, other = UserFactory.create(), UserFactory.create()
    UserFactory.create()
    first, second = APIClient(), APIClient()
    first.force_authenticate(user=owner)
    second.force_authenticate(user=other)
    results(first.get(USER_LIST))
    recomputed(second, USER_LIST)


CATEGORY_LIST = reverse_lazy("blog:category-list")


def category_url(instance) -> str:
    return reverse("blog:category-detail", args=[instance.pk])


def test_repeated_category_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = CategoryFactory.create()
    listed = results(admin_client.get(CATEGORY_LIST))
    detail = admin_client.get(category_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(CATEGORY_LIST)) == listed
        assert admin_client.get(category_url(instance)).json() == detail


def test_creating_a_category_invalidates_the_list(admin_client):
    CategoryFactory.create()
    admin_client.get(CATEGORY_LIST)
    created = CategoryFactory.create()
    assert str(created.pk) in ids(admin_client.get(CATEGORY_LIST))


def test_updating_a_category_invalidates_list_and_detail(admin_client):
    instance = CategoryFactory.create()
    admin_client.get(CATEGORY_LIST)
    admin_client.get(category_url(instance))
    instance.name = CategoryFactory.build().name
    instance.save()
    detail = recomputed(admin_client, category_url(instance))
    assert detail.json()["name"] == instance.name
    recomputed(admin_client, CATEGORY_LIST)


def test_deleting_a_category_invalidates_list_and_detail(admin_client):
    instance = CategoryFactory.create()
    pk, url = str(instance.pk), category_url(instance)
    admin_client.get(CATEGORY_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(CATEGORY_LIST))


def test_writes_to_users_leave_category_answers_cached(
    admin_client, django_assert_num_queries
):
    CategoryFactory.create()
    unrelated = UserFactory.create()
    listed = results(admin_client.get(CATEGORY_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(CATEGORY_LIST)) == listed


def test_anonymous_and_signed_in_clients_never_share_category_answers(
    api_client, auth_client
):
    CategoryFactory.create()
    api_client.get(CATEGORY_LIST)
    recomputed(auth_client, CATEGORY_LIST)


TAG_LIST = reverse_lazy("blog:tag-list")


def tag_url(instance) -> str:
    return reverse("blog:tag-detail", args=[instance.pk])


def test_repeated_tag_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = TagFactory.create()
    listed = results(admin_client.get(TAG_LIST))
    detail = admin_client.get(tag_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(TAG_LIST)) == listed
        assert admin_client.get(tag_url(instance)).json() == detail


def test_creating_a_tag_invalidates_the_list(admin_client):
    TagFactory.create()
    admin_client.get(TAG_LIST)
    created = TagFactory.create()
    assert str(created.pk) in ids(admin_client.get(TAG_LIST))


def test_updating_a_tag_invalidates_list_and_detail(admin_client):
    instance = TagFactory.create()
    admin_client.get(TAG_LIST)
    admin_client.get(tag_url(instance))
    instance.name = TagFactory.build().name
    instance.save()
    detail = recomputed(admin_client, tag_url(instance))
    assert detail.json()["name"] == instance.name
    recomputed(admin_client, TAG_LIST)


def test_deleting_a_tag_invalidates_list_and_detail(admin_client):
    instance = TagFactory.create()
    pk, url = str(instance.pk), tag_url(instance)
    admin_client.get(TAG_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(TAG_LIST))


def test_writes_to_users_leave_tag_answers_cached(
    admin_client, django_assert_num_queries
):
    TagFactory.create()
    unrelated = UserFactory.create()
    listed = results(admin_client.get(TAG_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(TAG_LIST)) == listed


def test_anonymous_and_signed_in_clients_never_share_tag_answers(
    api_client, auth_client
):
    TagFactory.create()
    api_client.get(TAG_LIST)
    recomputed(auth_client, TAG_LIST)


POST_LIST = reverse_lazy("blog:post-list")


def post_url(instance) -> str:
    return reverse("blog:post-detail", args=[instance.pk])


def test_repeated_post_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = PostFactory.create()
    listed = results(admin_client.get(POST_LIST))
    detail = admin_client.get(post_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(POST_LIST)) == listed
        assert admin_client.get(post_url(instance)).json() == detail


def test_creating_a_post_invalidates_the_list(admin_client):
    PostFactory.create()
    admin_client.get(POST_LIST)
    created = PostFactory.create()
    assert str(created.pk) in ids(admin_client.get(POST_LIST))


def test_updating_a_post_invalidates_list_and_detail(admin_client):
    instance = PostFactory.create()
    admin_client.get(POST_LIST)
    admin_client.get(post_url(instance))
    instance.title = PostFactory.build().title
    instance.save()
    detail = recomputed(admin_client, post_url(instance))
    assert detail.json()["title"] == instance.title
    recomputed(admin_client, POST_LIST)


def test_deleting_a_post_invalidates_list_and_detail(admin_client):
    instance = PostFactory.create()
    pk, url = str(instance.pk), post_url(instance)
    admin_client.get(POST_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(POST_LIST))


def test_changing_the_tags_of_a_post_invalidates_the_list(admin_client):
    related = TagFactory.create()
    PostFactory.create(tags=[related])
    admin_client.get(POST_LIST)
    related.name = TagFactory.build().name
    related.save()
    recomputed(admin_client, POST_LIST)


def test_changing_the_author_of_a_post_invalidates_the_list(admin_client):
    related = UserFactory.create()
    PostFactory.create(author=related)
    admin_client.get(POST_LIST)
    related.username = UserFactory.build().username
    related.save()
    recomputed(admin_client, POST_LIST)


def test_changing_the_category_of_a_post_invalidates_the_list(admin_client):
    related = CategoryFactory.create()
    PostFactory.create(category=related)
    admin_client.get(POST_LIST)
    related.name = CategoryFactory.build().name
    related.save()
    recomputed(admin_client, POST_LIST)


def test_anonymous_and_signed_in_clients_never_share_post_answers(
    api_client, auth_client
):
    PostFactory.create()
    api_client.get(POST_LIST)
    recomputed(auth_client, POST_LIST)


COMMENT_LIST = reverse_lazy("blog:comment-list")


def comment_url(instance) -> str:
    return reverse("blog:comment-detail", args=[instance.pk])


def test_repeated_comment_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = CommentFactory.create()
    listed = results(admin_client.get(COMMENT_LIST))
    detail = admin_client.get(comment_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(COMMENT_LIST)) == listed
        assert admin_client.get(comment_url(instance)).json() == detail


def test_creating_a_comment_invalidates_the_list(admin_client):
    CommentFactory.create()
    admin_client.get(COMMENT_LIST)
    created = CommentFactory.create()
    assert str(created.pk) in ids(admin_client.get(COMMENT_LIST))


def test_updating_a_comment_invalidates_list_and_detail(admin_client):
    instance = CommentFactory.create()
    admin_client.get(COMMENT_LIST)
    admin_client.get(comment_url(instance))
    instance.body = CommentFactory.build().body
    instance.save()
    detail = recomputed(admin_client, comment_url(instance))
    assert detail.json()["body"] == instance.body
    recomputed(admin_client, COMMENT_LIST)


def test_deleting_a_comment_invalidates_list_and_detail(admin_client):
    instance = CommentFactory.create()
    pk, url = str(instance.pk), comment_url(instance)
    admin_client.get(COMMENT_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(COMMENT_LIST))


def test_changing_the_post_of_a_comment_invalidates_the_list(admin_client):
    related = PostFactory.create()
    CommentFactory.create(post=related)
    admin_client.get(COMMENT_LIST)
    related.title = PostFactory.build().title
    related.save()
    recomputed(admin_client, COMMENT_LIST)


def test_changing_the_author_of_a_comment_invalidates_the_list(admin_client):
    related = UserFactory.create()
    CommentFactory.create(author=related)
    admin_client.get(COMMENT_LIST)
    related.username = UserFactory.build().username
    related.save()
    recomputed(admin_client, COMMENT_LIST)


def test_writes_to_categories_leave_comment_answers_cached(
    admin_client, django_assert_num_queries
):
    CommentFactory.create()
    unrelated = CategoryFactory.create()
    listed = results(admin_client.get(COMMENT_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(COMMENT_LIST)) == listed


def test_anonymous_and_signed_in_clients_never_share_comment_answers(
    api_client, auth_client
):
    CommentFactory.create()
    api_client.get(COMMENT_LIST)
    recomputed(auth_client, COMMENT_LIST)
