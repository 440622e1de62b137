"""Commands, queries and events of the Catalog app: each command through the API
and dispatched directly, each query asked directly within the queries its plan allows, and each
event delivered once, after the commit, with the acting user and the request id."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.catalog.commands import (
    CreateCategory,
    CreateCountry,
    CreateProduct,
    DeleteCategory,
    DeleteCountry,
    DeleteProduct,
    UpdateCategory,
    UpdateCountry,
    UpdateProduct,
)
from apps.catalog.events import (
    CategoryCreated,
    CategoryDeleted,
    CategoryUpdated,
    CountryCreated,
    CountryDeleted,
    CountryUpdated,
    ProductCreated,
    ProductDeleted,
    ProductUpdated,
)
from apps.catalog.factories import (
    CategoryFactory,
    CountryFactory,
    ProductFactory,
    UserFactory,
)
from apps.catalog.models import Category, Country, Product, User
from apps.catalog.queries import (
    GetCategory,
    GetCountry,
    GetProduct,
    GetUser,
    ListCategory,
    ListCountry,
    ListProduct,
    ListUser,
)
from apps.catalog.serializers import (
    CategorySerializer,
    CountrySerializer,
    ProductSerializer,
)
from apps.core.cqrs import NotFound, ask, dispatch
from apps.core.cqrs.testing import assert_changes_stored, recorded, validated
from apps.core.testing import api_payload, grant_roles, send

pytestmark = pytest.mark.django_db


# -- users


def test_get_user(django_assert_max_num_queries):
    row = UserFactory.create()
    with django_assert_max_num_queries(1):
        found = ask(GetUser(id=row.pk))
    assert found.pk == row.pk


def test_get_user_refuses_a_missing_key():
    row = UserFactory.create()
    missing = row.pk
    row.delete()
    with pytest.raises(NotFound):
        ask(GetUser(id=missing))
    with pytest.raises(NotFound):
        ask(GetUser(id="not-a-key"))


def test_get_user_reads_among_the_rows_given():
    row = UserFactory.create()
    with pytest.raises(NotFound):
        ask(GetUser(id=row.pk, rows=User.objects.exclude(pk=row.pk)))


def test_list_user(django_assert_max_num_queries):
    UserFactory.create_batch(3)
    with django_assert_max_num_queries(1):
        found = list(ask(ListUser()))
    assert {r.pk for r in found} == set(User.objects.values_list("pk", flat=True))


# -- categories

CATEGORY_FIELDS = {
    "name": "name",
    "parent": "parent",
}


def category_payload() -> dict:
    return api_payload(CategoryFactory, CATEGORY_FIELDS)


def test_create_category_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    url = reverse("catalog:category-list")
    with (
        recorded(CategoryCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "post", url, category_payload())
        assert events == []  # not before the commit
    assert response.status_code == status.HTTP_201_CREATED, response.data
    [event] = events
    assert str(event.id) == str(response.data["id"])
    assert event.user_id == admin_user.pk
    assert event.request_id == response["X-Request-ID"]


def test_create_category_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    data = validated(CategorySerializer, category_payload())
    with (
        recorded(CategoryCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        row = dispatch(
            CreateCategory(data=data, user=admin_user, request_id="cqrs-test")
        )
    assert Category.objects.filter(pk=row.pk).exists()
    [event] = events
    assert (str(event.id), event.user_id, event.request_id) == (
        str(row.pk),
        admin_user.pk,
        "cqrs-test",
    )


def test_update_category_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = CategoryFactory.create()
    url = reverse("catalog:category-detail", args=[row.pk])
    with (
        recorded(CategoryUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "put", url, category_payload())
    assert response.status_code == status.HTTP_200_OK, response.data
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]
    assert_changes_stored(event, row)


def test_update_category_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = CategoryFactory.create()
    data = validated(CategorySerializer, category_payload(), instance=row)
    with (
        recorded(CategoryUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        updated = dispatch(UpdateCategory(id=row.pk, data=data, user=admin_user))
    assert updated.pk == row.pk
    [event] = events
    assert str(event.id) == str(row.pk)
    assert_changes_stored(event, row)


def test_delete_category_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = CategoryFactory.create()
    url = reverse("catalog:category-detail", args=[row.pk])
    with (
        recorded(CategoryDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = admin_client.delete(url)
    assert response.status_code == status.HTTP_204_NO_CONTENT
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]


def test_delete_category_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = CategoryFactory.create()
    with (
        recorded(CategoryDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        dispatch(DeleteCategory(id=row.pk, user=admin_user))
    assert not Category.objects.filter(pk=row.pk).exists()
    [event] = events
    assert str(event.id) == str(row.pk)


def test_get_category(django_assert_max_num_queries):
    row = CategoryFactory.create()
    with django_assert_max_num_queries(1):
        found = ask(GetCategory(id=row.pk))
    assert found.pk == row.pk


def test_get_category_refuses_a_missing_key():
    row = CategoryFactory.create()
    missing = row.pk
    row.delete()
    with pytest.raises(NotFound):
        ask(GetCategory(id=missing))
    with pytest.raises(NotFound):
        ask(GetCategory(id="not-a-key"))


def test_get_category_reads_among_the_rows_given():
    row = CategoryFactory.create()
    with pytest.raises(NotFound):
        ask(GetCategory(id=row.pk, rows=Category.objects.exclude(pk=row.pk)))


def test_list_category(django_assert_max_num_queries):
    CategoryFactory.create_batch(3)
    with django_assert_max_num_queries(1):
        found = list(ask(ListCategory()))
    assert {r.pk for r in found} == set(Category.objects.values_list("pk", flat=True))


# -- countries

COUNTRY_FIELDS = {
    "code": "code",
    "name": "name",
}


def country_payload() -> dict:
    return api_payload(CountryFactory, COUNTRY_FIELDS)


def test_create_country_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    url = reverse("catalog:country-list")
    with (
        recorded(CountryCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "post", url, country_payload())
        assert events == []  # not before the commit
    assert response.status_code == status.HTTP_201_CREATED, response.data
    [event] = events
    assert str(event.id) == str(response.data["code"])
    assert event.user_id == admin_user.pk
    assert event.request_id == response["X-Request-ID"]


def test_create_country_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    data = validated(CountrySerializer, country_payload())
    with (
        recorded(CountryCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        row = dispatch(
            CreateCountry(data=data, user=admin_user, request_id="cqrs-test")
        )
    assert Country.objects.filter(pk=row.pk).exists()
    [event] = events
    assert (str(event.id), event.user_id, event.request_id) == (
        str(row.pk),
        admin_user.pk,
        "cqrs-test",
    )


def test_update_country_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = CountryFactory.create()
    url = reverse("catalog:country-detail", args=[row.pk])
    with (
        recorded(CountryUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "put", url, country_payload())
    assert response.status_code == status.HTTP_200_OK, response.data
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]
    assert_changes_stored(event, row)


def test_update_country_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = CountryFactory.create()
    data = validated(CountrySerializer, country_payload(), instance=row)
    with (
        recorded(CountryUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        updated = dispatch(UpdateCountry(id=row.pk, data=data, user=admin_user))
    assert updated.pk == row.pk
    [event] = events
    assert str(event.id) == str(row.pk)
    assert_changes_stored(event, row)


def test_delete_country_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = CountryFactory.create()
    url = reverse("catalog:country-detail", args=[row.pk])
    with (
        recorded(CountryDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = admin_client.delete(url)
    assert response.status_code == status.HTTP_204_NO_CONTENT
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]


def test_delete_country_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = CountryFactory.create()
    with (
        recorded(CountryDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        dispatch(DeleteCountry(id=row.pk, user=admin_user))
    assert not Country.objects.filter(pk=row.pk).exists()
    [event] = events
    assert str(event.id) == str(row.pk)


def test_get_country(django_assert_max_num_queries):
    row = CountryFactory.create()
    with django_assert_max_num_queries(1):
        found = ask(GetCountry(id=row.pk))
    assert found.pk == row.pk


def test_get_country_refuses_a_missing_key():
    row = CountryFactory.create()
    missing = row.pk
    row.delete()
    with pytest.raises(NotFound):
        ask(GetCountry(id=missing))
    with pytest.raises(NotFound):
        ask(GetCountry(id="not-a-key"))


def test_get_country_reads_among_the_rows_given():
    row = CountryFactory.create()
    with pytest.raises(NotFound):
        ask(GetCountry(id=row.pk, rows=Country.objects.exclude(pk=row.pk)))


def test_list_country(django_assert_max_num_queries):
    CountryFactory.create_batch(3)
    with django_assert_max_num_queries(1):
        found = list(ask(ListCountry()))
    assert {r.pk for r in found} == set(Country.objects.values_list("pk", flat=True))


# -- products

PRODUCT_FIELDS = {
    "sku": "sku",
    "name": "name",
    "description": "description",
    "price": "price",
    "stock": "stock",
    "active": "active",
    "weight_kg": "weight_kg",
    "category": "category",
    "ships_to": "ships_to",
}


def product_payload() -> dict:
    return api_payload(ProductFactory, PRODUCT_FIELDS)


def test_create_product_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    grant_roles(admin_user, "catalog_manager")
    url = reverse("catalog:product-list")
    with (
        recorded(ProductCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "post", url, product_payload())
        assert events == []  # not before the commit
    assert response.status_code == status.HTTP_201_CREATED, response.data
    [event] = events
    assert str(event.id) == str(response.data["id"])
    assert event.user_id == admin_user.pk
    assert event.request_id == response["X-Request-ID"]


def test_create_product_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    data = validated(ProductSerializer, product_payload())
    with (
        recorded(ProductCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        row = dispatch(
            CreateProduct(data=data, user=admin_user, request_id="cqrs-test")
        )
    assert Product.objects.filter(pk=row.pk).exists()
    [event] = events
    assert (str(event.id), event.user_id, event.request_id) == (
        str(row.pk),
        admin_user.pk,
        "cqrs-test",
    )


def test_update_product_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    grant_roles(admin_user, "catalog_manager")
    row = ProductFactory.create()
    url = reverse("catalog:product-detail", args=[row.pk])
    with (
        recorded(ProductUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "put", url, product_payload())
    assert response.status_code == status.HTTP_200_OK, response.data
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]
    assert_changes_stored(event, row)


def test_update_product_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = ProductFactory.create()
    data = validated(ProductSerializer, product_payload(), instance=row)
    with (
        recorded(ProductUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        updated = dispatch(UpdateProduct(id=row.pk, data=data, user=admin_user))
    assert updated.pk == row.pk
    [event] = events
    assert str(event.id) == str(row.pk)
    assert_changes_stored(event, row)


def test_delete_product_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    grant_roles(admin_user, "catalog_manager")
    row = ProductFactory.create()
    url = reverse("catalog:product-detail", args=[row.pk])
    with (
        recorded(ProductDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = admin_client.delete(url)
    assert response.status_code == status.HTTP_204_NO_CONTENT
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]


def test_delete_product_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = ProductFactory.create()
    with (
        recorded(ProductDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        dispatch(DeleteProduct(id=row.pk, user=admin_user))
    assert not Product.objects.filter(pk=row.pk).exists()
    [event] = events
    assert str(event.id) == str(row.pk)


def test_get_product(django_assert_max_num_queries):
    row = ProductFactory.create()
    with django_assert_max_num_queries(2):
        found = ask(GetProduct(id=row.pk))
    assert found.pk == row.pk


def test_get_product_refuses_a_missing_key():
    row = ProductFactory.create()
    missing = row.pk
    row.delete()
    with pytest.raises(NotFound):
        ask(GetProduct(id=missing))
    with pytest.raises(NotFound):
        ask(GetProduct(id="not-a-key"))


def test_get_product_reads_among_the_rows_given():
    row = ProductFactory.create()
    with pytest.raises(NotFound):
        ask(GetProduct(id=row.pk, rows=Product.objects.exclude(pk=row.pk)))


def test_list_product(django_assert_max_num_queries):
    ProductFactory.create_batch(3)
    with django_assert_max_num_queries(2):
        found = list(ask(ListProduct()))
    assert {r.pk for r in found} == set(Product.objects.values_list("pk", flat=True))
