"""Cached answers of the Catalog API: a repeated read costs no query, a write
invalidates exactly the answers that show it, and no one is served another's answers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, reverse_lazy
from rest_framework.test import APIClient

from apps.catalog.factories import (
    CategoryFactory,
    CountryFactory,
    ProductFactory,
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


USER_LIST = reverse_lazy("catalog:user-list")


def user_url(instance) -> str:
    return reverse("catalog:user-detail", args=[instance.pk])


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


CATEGORY_LIST = reverse_lazy("catalog:category-list")


def category_url(instance) -> str:
    return reverse("catalog:category-detail", args=[instance.pk])


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


def test_changing_the_parent_of_a_category_invalidates_the_list(admin_client):
    related = CategoryFactory.create()
    CategoryFactory.create(parent=related)
    admin_client.get(CATEGORY_LIST)
    related.name = CategoryFactory.build().name
    related.save()
    recomputed(admin_client, CATEGORY_LIST)


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


COUNTRY_LIST = reverse_lazy("catalog:country-list")


def country_url(instance) -> str:
    return reverse("catalog:country-detail", args=[instance.pk])


def test_repeated_country_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = CountryFactory.create()
    listed = results(admin_client.get(COUNTRY_LIST))
    detail = admin_client.get(country_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(COUNTRY_LIST)) == listed
        assert admin_client.get(country_url(instance)).json() == detail


def test_creating_a_country_invalidates_the_list(admin_client):
    CountryFactory.create()
    admin_client.get(COUNTRY_LIST)
    created = CountryFactory.create()
    assert str(created.pk) in ids(admin_client.get(COUNTRY_LIST), "code")


def test_updating_a_country_invalidates_list_and_detail(admin_client):
    instance = CountryFactory.create()
    admin_client.get(COUNTRY_LIST)
    admin_client.get(country_url(instance))
    instance.name = CountryFactory.build().name
    instance.save()
    detail = recomputed(admin_client, country_url(instance))
    assert detail.json()["name"] == instance.name
    recomputed(admin_client, COUNTRY_LIST)


def test_deleting_a_country_invalidates_list_and_detail(admin_client):
    instance = CountryFactory.create()
    pk, url = str(instance.pk), country_url(instance)
    admin_client.get(COUNTRY_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(COUNTRY_LIST), "code")


def test_writes_to_users_leave_country_answers_cached(
    admin_client, django_assert_num_queries
):
    CountryFactory.create()
    unrelated = UserFactory.create()
    listed = results(admin_client.get(COUNTRY_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(COUNTRY_LIST)) == listed


def test_signed_in_and_staff_users_never_share_country_answers(
    auth_client, admin_client
):
    CountryFactory.create()
    auth_client.get(COUNTRY_LIST)
    recomputed(admin_client, COUNTRY_LIST)


PRODUCT_LIST = reverse_lazy("catalog:product-list")


def product_url(instance) -> str:
    return reverse("catalog:product-detail", args=[instance.pk])


def test_repeated_product_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = ProductFactory.create()
    listed = results(admin_client.get(PRODUCT_LIST))
    detail = admin_client.get(product_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(PRODUCT_LIST)) == listed
        assert admin_client.get(product_url(instance)).json() == detail


def test_creating_a_product_invalidates_the_list(admin_client):
    ProductFactory.create()
    admin_client.get(PRODUCT_LIST)
    created = ProductFactory.create()
    assert str(created.pk) in ids(admin_client.get(PRODUCT_LIST))


def test_updating_a_product_invalidates_list_and_detail(admin_client):
    instance = ProductFactory.create()
    admin_client.get(PRODUCT_LIST)
    admin_client.get(product_url(instance))
    instance.name = ProductFactory.build().name
    instance.save()
    detail = recomputed(admin_client, product_url(instance))
    assert detail.json()["name"] == instance.name
    recomputed(admin_client, PRODUCT_LIST)


def test_deleting_a_product_invalidates_list_and_detail(admin_client):
    instance = ProductFactory.create()
    pk, url = str(instance.pk), product_url(instance)
    admin_client.get(PRODUCT_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(PRODUCT_LIST))


def test_changing_the_category_of_a_product_invalidates_the_list(admin_client):
    related = CategoryFactory.create()
    ProductFactory.create(category=related)
    admin_client.get(PRODUCT_LIST)
    related.name = CategoryFactory.build().name
    related.save()
    recomputed(admin_client, PRODUCT_LIST)


def test_changing_the_ships_to_of_a_product_invalidates_the_list(admin_client):
    related = CountryFactory.create()
    ProductFactory.create(ships_to=[related])
    admin_client.get(PRODUCT_LIST)
    related.name = CountryFactory.build().name
    related.save()
    recomputed(admin_client, PRODUCT_LIST)


def test_writes_to_users_leave_product_answers_cached(
    admin_client, django_assert_num_queries
):
    ProductFactory.create()
    unrelated = UserFactory.create()
    listed = results(admin_client.get(PRODUCT_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(PRODUCT_LIST)) == listed


def test_anonymous_and_signed_in_clients_never_share_product_answers(
    api_client, auth_client
):
    ProductFactory.create()
    api_client.get(PRODUCT_LIST)
    recomputed(auth_client, PRODUCT_LIST)
