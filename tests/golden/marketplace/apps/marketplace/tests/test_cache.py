"""Cached answers of the Marketplace API: a repeated read costs no query, a write
invalidates exactly the answers that show it, and no one is served another's answers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, reverse_lazy
from rest_framework.test import APIClient

from apps.core.testing import clear_cache
from apps.marketplace.factories import (
    CustomerFactory,
    GroupFactory,
    OrderFactory,
    OrderLineFactory,
    ProductFactory,
    ReviewFactory,
    SellerFactory,
    UserFactory,
)

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


USER_LIST = reverse_lazy("marketplace:user-list")


def user_url(instance) -> str:
    return reverse("marketplace:user-detail", args=[instance.pk])


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


def test_writes_to_groups_leave_user_answers_cached(
    admin_client, django_assert_num_queries
):
    UserFactory.create()
    unrelated = GroupFactory.create()
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


CUSTOMER_LIST = reverse_lazy("marketplace:customer-list")


def customer_url(instance) -> str:
    return reverse("marketplace:customer-detail", args=[instance.pk])


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


def test_writes_to_groups_leave_customer_answers_cached(
    admin_client, django_assert_num_queries
):
    CustomerFactory.create()
    unrelated = GroupFactory.create()
    listed = results(admin_client.get(CUSTOMER_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(CUSTOMER_LIST)) == listed


def test_signed_in_and_staff_users_never_share_customer_answers(
    auth_client, admin_client
):
    CustomerFactory.create()
    auth_client.get(CUSTOMER_LIST)
    recomputed(admin_client, CUSTOMER_LIST)


SELLER_LIST = reverse_lazy("marketplace:seller-list")


def seller_url(instance) -> str:
    return reverse("marketplace:seller-detail", args=[instance.pk])


def test_repeated_seller_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = SellerFactory.create()
    listed = results(admin_client.get(SELLER_LIST))
    detail = admin_client.get(seller_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(SELLER_LIST)) == listed
        assert admin_client.get(seller_url(instance)).json() == detail


def test_creating_a_seller_invalidates_the_list(admin_client):
    SellerFactory.create()
    admin_client.get(SELLER_LIST)
    created = SellerFactory.create()
    assert str(created.pk) in ids(admin_client.get(SELLER_LIST))


def test_updating_a_seller_invalidates_list_and_detail(admin_client):
    instance = SellerFactory.create()
    admin_client.get(SELLER_LIST)
    admin_client.get(seller_url(instance))
    instance.shop_name = SellerFactory.build().shop_name
    instance.save()
    detail = recomputed(admin_client, seller_url(instance))
    assert detail.json()["shop_name"] == instance.shop_name
    recomputed(admin_client, SELLER_LIST)


def test_deleting_a_seller_invalidates_list_and_detail(admin_client):
    instance = SellerFactory.create()
    pk, url = str(instance.pk), seller_url(instance)
    admin_client.get(SELLER_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(SELLER_LIST))


def test_writes_to_groups_leave_seller_answers_cached(
    admin_client, django_assert_num_queries
):
    SellerFactory.create()
    unrelated = GroupFactory.create()
    listed = results(admin_client.get(SELLER_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(SELLER_LIST)) == listed


def test_signed_in_and_staff_users_never_share_seller_answers(
    auth_client, admin_client
):
    SellerFactory.create()
    auth_client.get(SELLER_LIST)
    recomputed(admin_client, SELLER_LIST)


GROUP_LIST = reverse_lazy("marketplace:group-list")


def group_url(instance) -> str:
    return reverse("marketplace:group-detail", args=[instance.pk])


def test_repeated_group_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = GroupFactory.create()
    listed = results(admin_client.get(GROUP_LIST))
    detail = admin_client.get(group_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(GROUP_LIST)) == listed
        assert admin_client.get(group_url(instance)).json() == detail


def test_creating_a_group_invalidates_the_list(admin_client):
    GroupFactory.create()
    admin_client.get(GROUP_LIST)
    created = GroupFactory.create()
    assert str(created.pk) in ids(admin_client.get(GROUP_LIST))


def test_updating_a_group_invalidates_list_and_detail(admin_client):
    instance = GroupFactory.create()
    admin_client.get(GROUP_LIST)
    admin_client.get(group_url(instance))
    instance.name = GroupFactory.build().name
    instance.save()
    detail = recomputed(admin_client, group_url(instance))
    assert detail.json()["name"] == instance.name
    recomputed(admin_client, GROUP_LIST)


def test_deleting_a_group_invalidates_list_and_detail(admin_client):
    instance = GroupFactory.create()
    pk, url = str(instance.pk), group_url(instance)
    admin_client.get(GROUP_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(GROUP_LIST))


def test_writes_to_users_leave_group_answers_cached(
    admin_client, django_assert_num_queries
):
    GroupFactory.create()
    unrelated = UserFactory.create()
    listed = results(admin_client.get(GROUP_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(GROUP_LIST)) == listed


def test_signed_in_and_staff_users_never_share_group_answers(auth_client, admin_client):
    GroupFactory.create()
    auth_client.get(GROUP_LIST)
    recomputed(admin_client, GROUP_LIST)


PRODUCT_LIST = reverse_lazy("marketplace:product-list")


def product_url(instance) -> str:
    return reverse("marketplace:product-detail", args=[instance.pk])


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


def test_changing_the_seller_of_a_product_invalidates_the_list(admin_client):
    related = SellerFactory.create()
    ProductFactory.create(seller=related)
    admin_client.get(PRODUCT_LIST)
    related.shop_name = SellerFactory.build().shop_name
    related.save()
    recomputed(admin_client, PRODUCT_LIST)


def test_changing_the_group_of_a_product_invalidates_the_list(admin_client):
    related = GroupFactory.create()
    ProductFactory.create(group=related)
    admin_client.get(PRODUCT_LIST)
    related.name = GroupFactory.build().name
    related.save()
    recomputed(admin_client, PRODUCT_LIST)


def test_writes_to_orders_leave_product_answers_cached(
    admin_client, django_assert_num_queries
):
    ProductFactory.create()
    unrelated = OrderFactory.create()
    listed = results(admin_client.get(PRODUCT_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(PRODUCT_LIST)) == listed


def test_signed_in_and_staff_users_never_share_product_answers(
    auth_client, admin_client
):
    ProductFactory.create()
    auth_client.get(PRODUCT_LIST)
    recomputed(admin_client, PRODUCT_LIST)


ORDER_LIST = reverse_lazy("marketplace:order-list")


def order_url(instance) -> str:
    return reverse("marketplace:order-detail", args=[instance.pk])


def test_repeated_order_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = OrderFactory.create()
    listed = results(admin_client.get(ORDER_LIST))
    detail = admin_client.get(order_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ORDER_LIST)) == listed
        assert admin_client.get(order_url(instance)).json() == detail


def test_creating_a_order_invalidates_the_list(admin_client):
    OrderFactory.create()
    admin_client.get(ORDER_LIST)
    created = OrderFactory.create()
    assert str(created.pk) in ids(admin_client.get(ORDER_LIST))


def test_updating_a_order_invalidates_list_and_detail(admin_client):
    instance = OrderFactory.create()
    admin_client.get(ORDER_LIST)
    admin_client.get(order_url(instance))
    instance.reference = OrderFactory.build().reference
    instance.save()
    detail = recomputed(admin_client, order_url(instance))
    assert detail.json()["reference"] == instance.reference
    recomputed(admin_client, ORDER_LIST)


def test_deleting_a_order_invalidates_list_and_detail(admin_client):
    instance = OrderFactory.create()
    pk, url = str(instance.pk), order_url(instance)
    admin_client.get(ORDER_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(ORDER_LIST))


def test_changing_the_customer_of_a_order_invalidates_the_list(admin_client):
    related = CustomerFactory.create()
    OrderFactory.create(customer=related)
    admin_client.get(ORDER_LIST)
    related.phone = CustomerFactory.build().phone
    related.save()
    recomputed(admin_client, ORDER_LIST)


def test_writes_to_groups_leave_order_answers_cached(
    admin_client, django_assert_num_queries
):
    OrderFactory.create()
    unrelated = GroupFactory.create()
    listed = results(admin_client.get(ORDER_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ORDER_LIST)) == listed


def test_signed_in_and_staff_users_never_share_order_answers(auth_client, admin_client):
    OrderFactory.create()
    auth_client.get(ORDER_LIST)
    recomputed(admin_client, ORDER_LIST)


ORDER_LINE_LIST = reverse_lazy("marketplace:order_line-list")


def order_line_url(instance) -> str:
    return reverse("marketplace:order_line-detail", args=[instance.pk])


def test_repeated_order_line_reads_cost_no_query(
    admin_client, django_assert_num_queries
):
    instance = OrderLineFactory.create()
    listed = results(admin_client.get(ORDER_LINE_LIST))
    detail = admin_client.get(order_line_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ORDER_LINE_LIST)) == listed
        assert admin_client.get(order_line_url(instance)).json() == detail


def test_creating_a_order_line_invalidates_the_list(admin_client):
    OrderLineFactory.create()
    admin_client.get(ORDER_LINE_LIST)
    created = OrderLineFactory.create()
    assert str(created.pk) in ids(admin_client.get(ORDER_LINE_LIST))


def test_updating_a_order_line_invalidates_list_and_detail(admin_client):
    instance = OrderLineFactory.create()
    admin_client.get(ORDER_LINE_LIST)
    admin_client.get(order_line_url(instance))
    instance.save()
    recomputed(admin_client, order_line_url(instance))
    recomputed(admin_client, ORDER_LINE_LIST)


def test_deleting_a_order_line_invalidates_list_and_detail(admin_client):
    instance = OrderLineFactory.create()
    pk, url = str(instance.pk), order_line_url(instance)
    admin_client.get(ORDER_LINE_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(ORDER_LINE_LIST))


def test_changing_the_order_of_a_order_line_invalidates_the_list(admin_client):
    related = OrderFactory.create()
    OrderLineFactory.create(order=related)
    admin_client.get(ORDER_LINE_LIST)
    related.reference = OrderFactory.build().reference
    related.save()
    recomputed(admin_client, ORDER_LINE_LIST)


def test_changing_the_product_of_a_order_line_invalidates_the_list(admin_client):
    related = ProductFactory.create()
    OrderLineFactory.create(product=related)
    admin_client.get(ORDER_LINE_LIST)
    related.name = ProductFactory.build().name
    related.save()
    recomputed(admin_client, ORDER_LINE_LIST)


def test_writes_to_users_leave_order_line_answers_cached(
    admin_client, django_assert_num_queries
):
    OrderLineFactory.create()
    unrelated = UserFactory.create()
    listed = results(admin_client.get(ORDER_LINE_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ORDER_LINE_LIST)) == listed


def test_signed_in_and_staff_users_never_share_order_line_answers(
    auth_client, admin_client
):
    OrderLineFactory.create()
    auth_client.get(ORDER_LINE_LIST)
    recomputed(admin_client, ORDER_LINE_LIST)


REVIEW_LIST = reverse_lazy("marketplace:review-list")


def review_url(instance) -> str:
    return reverse("marketplace:review-detail", args=[instance.pk])


def test_repeated_review_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = ReviewFactory.create()
    listed = results(admin_client.get(REVIEW_LIST))
    detail = admin_client.get(review_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(REVIEW_LIST)) == listed
        assert admin_client.get(review_url(instance)).json() == detail


def test_creating_a_review_invalidates_the_list(admin_client):
    ReviewFactory.create()
    admin_client.get(REVIEW_LIST)
    created = ReviewFactory.create()
    assert str(created.pk) in ids(admin_client.get(REVIEW_LIST))


def test_updating_a_review_invalidates_list_and_detail(admin_client):
    instance = ReviewFactory.create()
    admin_client.get(REVIEW_LIST)
    admin_client.get(review_url(instance))
    instance.comment = ReviewFactory.build().comment
    instance.save()
    detail = recomputed(admin_client, review_url(instance))
    assert detail.json()["comment"] == instance.comment
    recomputed(admin_client, REVIEW_LIST)


def test_deleting_a_review_invalidates_list_and_detail(admin_client):
    instance = ReviewFactory.create()
    pk, url = str(instance.pk), review_url(instance)
    admin_client.get(REVIEW_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(REVIEW_LIST))


def test_changing_the_customer_of_a_review_invalidates_the_list(admin_client):
    related = CustomerFactory.create()
    ReviewFactory.create(customer=related)
    admin_client.get(REVIEW_LIST)
    related.phone = CustomerFactory.build().phone
    related.save()
    recomputed(admin_client, REVIEW_LIST)


def test_changing_the_product_of_a_review_invalidates_the_list(admin_client):
    related = ProductFactory.create()
    ReviewFactory.create(product=related)
    admin_client.get(REVIEW_LIST)
    related.name = ProductFactory.build().name
    related.save()
    recomputed(admin_client, REVIEW_LIST)


def test_writes_to_groups_leave_review_answers_cached(
    admin_client, django_assert_num_queries
):
    ReviewFactory.create()
    unrelated = GroupFactory.create()
    listed = results(admin_client.get(REVIEW_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(REVIEW_LIST)) == listed


def test_signed_in_and_staff_users_never_share_review_answers(
    auth_client, admin_client
):
    ReviewFactory.create()
    auth_client.get(REVIEW_LIST)
    recomputed(admin_client, REVIEW_LIST)
