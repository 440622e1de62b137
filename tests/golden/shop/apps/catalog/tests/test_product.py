"""API tests for products: CRUD, validation and permissions."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.catalog.factories import ProductFactory
from apps.catalog.models import Product
from apps.core.testing import api_payload, field_errors, grant_roles, send

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("catalog:product-list")
# Writable API fields: model attribute → API name.
FIELDS = {
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
READABLE = {
    "id",
    "sku",
    "name",
    "description",
    "price",
    "stock",
    "active",
    "weight_kg",
    "category",
    "ships_to",
}


def detail_url(instance: Product) -> str:
    return reverse("catalog:product-detail", args=[instance.pk])


def payload(**overrides) -> dict:
    return api_payload(ProductFactory, FIELDS, **overrides)


@pytest.fixture
def writer(auth_client, user):
    """`auth_client`, signed in as a user who holds the roles writing products
    requires."""
    grant_roles(user, "catalog_manager")
    return auth_client


@pytest.fixture
def instance() -> Product:
    return ProductFactory.create()


def test_factory_builds_a_valid_product():
    ProductFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(ProductFactory.create())


def test_list(api_client):
    ProductFactory.create_batch(3)
    response = api_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"count", "next", "previous", "results"}
    assert response.data["count"] == Product.objects.count()
    assert len(response.data["results"]) == Product.objects.count()


def test_retrieve(api_client):
    instance = ProductFactory.create()
    response = api_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_create(writer):
    response = send(writer, "post", LIST_URL, payload())
    assert response.status_code == status.HTTP_201_CREATED, response.data
    assert Product.objects.filter(pk=response.data["id"]).exists()
    assert response.data.keys() >= READABLE


def test_update(writer, instance):
    data = payload()
    response = send(writer, "put", detail_url(instance), data)
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.sku == data["sku"]


def test_partial_update(writer, instance):
    value = payload()["sku"]
    response = send(writer, "patch", detail_url(instance), {"sku": value})
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.sku == value


def test_delete(writer, instance):
    response = writer.delete(detail_url(instance))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Product.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_cannot_write(api_client, method):
    url = LIST_URL if method == "post" else detail_url(ProductFactory.create())
    response = getattr(api_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_signed_in_users_without_a_role_cannot_write(auth_client, method):
    url = LIST_URL if method == "post" else detail_url(ProductFactory.create())
    response = getattr(auth_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN


@pytest.mark.parametrize("api_name", ["sku", "name", "price", "category"])
def test_create_without_a_required_field(writer, api_name):
    data = payload()
    del data[api_name]
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("name", "api_name"),
    [("sku", "sku")],
)
def test_create_with_a_taken_unique_value(writer, name, api_name):
    existing = ProductFactory.create()
    response = send(
        writer, "post", LIST_URL, payload(**{name: getattr(existing, name)})
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("api_name", "value"),
    [
        pytest.param("sku", "x" * 33, id="sku-too-long"),
        pytest.param("sku", "!", id="sku-pattern-mismatch"),
        pytest.param("name", "x" * 201, id="name-too-long"),
        pytest.param("price", -1, id="price-below-min"),
        pytest.param("weight_kg", -1, id="weight_kg-below-min"),
    ],
)
def test_create_with_an_invalid_value(writer, api_name, value):
    data = payload()
    data[api_name] = value
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)
