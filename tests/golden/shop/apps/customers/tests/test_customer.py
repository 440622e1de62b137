"""API tests for customers: CRUD, validation and permissions."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.core.testing import api_payload, field_errors, send
from apps.customers.factories import CustomerFactory
from apps.customers.models import Customer

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("customers:customer-list")
# Writable API fields: model attribute → API name.
FIELDS = {
    "phone": "phone",
    "loyalty_points": "loyalty_points",
    "birth_date": "birth_date",
}
READABLE = {"id", "phone", "loyalty_points", "birth_date", "user"}


def detail_url(instance: Customer) -> str:
    return reverse("customers:customer-detail", args=[instance.pk])


def payload(**overrides) -> dict:
    return api_payload(CustomerFactory, FIELDS, **overrides)


@pytest.fixture
def writer(auth_client):
    """Any signed-in user writes customers (their own)."""
    return auth_client


@pytest.fixture
def instance(user) -> Customer:
    """A customer of the signed-in user, which `writer` may change."""
    return CustomerFactory.create(user=user)


def test_factory_builds_a_valid_customer():
    CustomerFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(CustomerFactory.create())


def test_list(admin_client):
    CustomerFactory.create_batch(3)
    response = admin_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"count", "next", "previous", "results"}
    assert response.data["count"] == Customer.objects.count()
    assert len(response.data["results"]) == Customer.objects.count()


def test_retrieve(admin_client):
    instance = CustomerFactory.create()
    response = admin_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_anonymous_cannot_read(api_client):
    instance = CustomerFactory.create()
    assert api_client.get(LIST_URL).status_code == status.HTTP_401_UNAUTHORIZED
    assert (
        api_client.get(detail_url(instance)).status_code == status.HTTP_401_UNAUTHORIZED
    )


def test_create(writer):
    response = send(writer, "post", LIST_URL, payload())
    assert response.status_code == status.HTTP_201_CREATED, response.data
    assert Customer.objects.filter(pk=response.data["id"]).exists()
    assert response.data.keys() >= READABLE


def test_update(writer, instance):
    data = payload()
    response = send(writer, "put", detail_url(instance), data)
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.phone == data["phone"]


def test_partial_update(writer, instance):
    value = payload()["phone"]
    response = send(writer, "patch", detail_url(instance), {"phone": value})
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.phone == value


def test_delete(writer, instance):
    response = writer.delete(detail_url(instance))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Customer.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_cannot_write(api_client, method):
    url = LIST_URL if method == "post" else detail_url(CustomerFactory.create())
    response = getattr(api_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


@pytest.mark.parametrize(
    ("api_name", "value"),
    [
        pytest.param("phone", "x" * 21, id="phone-too-long"),
        pytest.param("phone", "!", id="phone-pattern-mismatch"),
    ],
)
def test_create_with_an_invalid_value(writer, api_name, value):
    data = payload()
    data[api_name] = value
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)
