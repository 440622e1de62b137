"""Cached answers of the Customers API: a repeated read costs no query, a write
invalidates exactly the answers that show it, and no one is served another's answers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, reverse_lazy
from rest_framework.test import APIClient

from apps.catalog.factories import CategoryFactory, CountryFactory, UserFactory
from apps.core.testing import clear_cache
from apps.customers.factories import AddressFactory, CustomerFactory

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


CUSTOMER_LIST = reverse_lazy("customers:customer-list")


def customer_url(instance) -> str:
    return reverse("customers:customer-detail", args=[instance.pk])


def test_repeated_customer_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = CustomerFactory.create()
    listed = results(admin_client.get(CUSTOMER_LIST))
    detail = admin_client.get(customer_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(CUSTOMER_LIST)) == listed
        assert admin_client.get(customer_url(instance)).json() == detail


def test_creating_a_customer_invalidates_the_list(admin_client):
    CustomerFactory.create()
    admin_client.get(CUSTOMER_LIST)
    created = CustomerFactory.create()
    assert str(created.pk) in ids(admin_client.get(CUSTOMER_LIST))


def test_updating_a_customer_invalidates_list_and_detail(admin_client):
    instance = CustomerFactory.create()
    admin_client.get(CUSTOMER_LIST)
    admin_client.get(customer_url(instance))
    instance.phone = CustomerFactory.build().phone
    instance.save()
    detail = recomputed(admin_client, customer_url(instance))
    assert detail.json()["phone"] == instance.phone
    recomputed(admin_client, CUSTOMER_LIST)


def test_deleting_a_customer_invalidates_list_and_detail(admin_client):
    instance = CustomerFactory.create()
    pk, url = str(instance.pk), customer_url(instance)
    admin_client.get(CUSTOMER_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(CUSTOMER_LIST))


def test_changing_the_user_of_a_customer_invalidates_the_list(admin_client):
    related = UserFactory.create()
    CustomerFactory.create(user=related)
    admin_client.get(CUSTOMER_LIST)
    related.username = UserFactory.build().username
    related.save()
    recomputed(admin_client, CUSTOMER_LIST)


def test_writes_to_categories_leave_customer_answers_cached(
    admin_client, django_assert_num_queries
):
    CustomerFactory.create()
    unrelated = CategoryFactory.create()
    listed = results(admin_client.get(CUSTOMER_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(CUSTOMER_LIST)) == listed


def test_one_users_cached_customers_are_never_served_to_another():
    owner, other = UserFactory.create(), UserFactory.create()
    CustomerFactory.create(user=owner)
    first, second = APIClient(), APIClient()
    first.force_authenticate(user=owner)
    second.force_authenticate(user=other)
    results(first.get(CUSTOMER_LIST))
    recomputed(second, CUSTOMER_LIST)


ADDRESS_LIST = reverse_lazy("customers:address-list")


def address_url(instance) -> str:
    return reverse("customers:address-detail", args=[instance.pk])


def test_repeated_address_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = AddressFactory.create()
    listed = results(admin_client.get(ADDRESS_LIST))
    detail = admin_client.get(address_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ADDRESS_LIST)) == listed
        assert admin_client.get(address_url(instance)).json() == detail


def test_creating_a_address_invalidates_the_list(admin_client):
    AddressFactory.create()
    admin_client.get(ADDRESS_LIST)
    created = AddressFactory.create()
    assert str(created.pk) in ids(admin_client.get(ADDRESS_LIST))


def test_updating_a_address_invalidates_list_and_detail(admin_client):
    instance = AddressFactory.create()
    admin_client.get(ADDRESS_LIST)
    admin_client.get(address_url(instance))
    instance.line1 = AddressFactory.build().line1
    instance.save()
    detail = recomputed(admin_client, address_url(instance))
    assert detail.json()["line1"] == instance.line1
    recomputed(admin_client, ADDRESS_LIST)


def test_deleting_a_address_invalidates_list_and_detail(admin_client):
    instance = AddressFactory.create()
    pk, url = str(instance.pk), address_url(instance)
    admin_client.get(ADDRESS_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(ADDRESS_LIST))


def test_changing_the_customer_of_a_address_invalidates_the_list(admin_client):
    related = CustomerFactory.create()
    AddressFactory.create(customer=related)
    admin_client.get(ADDRESS_LIST)
    related.phone = CustomerFactory.build().phone
    related.save()
    recomputed(admin_client, ADDRESS_LIST)


def test_changing_the_country_of_a_address_invalidates_the_list(admin_client):
    related = CountryFactory.create()
    AddressFactory.create(country=related)
    admin_client.get(ADDRESS_LIST)
    related.name = CountryFactory.build().name
    related.save()
    recomputed(admin_client, ADDRESS_LIST)


def test_writes_to_users_leave_address_answers_cached(
    admin_client, django_assert_num_queries
):
    AddressFactory.create()
    unrelated = UserFactory.create()
    listed = results(admin_client.get(ADDRESS_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ADDRESS_LIST)) == listed


def test_one_users_cached_addresses_are_never_served_to_another():
    owner, other = UserFactory.create(), UserFactory.create()
    AddressFactory.create(customer__user=owner)
    first, second = APIClient(), APIClient()
    first.force_authenticate(user=owner)
    second.force_authenticate(user=other)
    results(first.get(ADDRESS_LIST))
    recomputed(second, ADDRESS_LIST)
