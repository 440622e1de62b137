"""API tests for addresses: CRUD, validation and permissions."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.core.testing import api_payload, field_errors, send
from apps.customers.factories import AddressFactory
from apps.customers.models import Address

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("customers:address-list")
# Writable API fields: model attribute → API name.
FIELDS = {
    "kind": "kind",
    "line1": "line1",
    "city": "city",
    "postal_code": "postal_code",
    "customer": "customer",
    "country": "country",
}
READABLE = {"id", "kind", "line1", "city", "postal_code", "customer", "country"}


def detail_url(instance: Address) -> str:
    return reverse("customers:address-detail", args=[instance.pk])


def payload(**overrides) -> dict:
    return api_payload(AddressFactory, FIELDS, **overrides)


@pytest.fixture
def writer(admin_client):
    """Staff write addresses."""
    return admin_client


@pytest.fixture
def instance() -> Address:
    return AddressFactory.create()


def test_factory_builds_a_valid_address():
    AddressFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(AddressFactory.create())


def test_list(admin_client):
    AddressFactory.create_batch(3)
    response = admin_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"count", "next", "previous", "results"}
    assert response.data["count"] == Address.objects.count()
    assert len(response.data["results"]) == Address.objects.count()


def test_retrieve(admin_client):
    instance = AddressFactory.create()
    response = admin_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_anonymous_cannot_read(api_client):
    instance = AddressFactory.create()
    assert api_client.get(LIST_URL).status_code == status.HTTP_401_UNAUTHORIZED
    assert (
        api_client.get(detail_url(instance)).status_code == status.HTTP_401_UNAUTHORIZED
    )


def test_create(writer):
    response = send(writer, "post", LIST_URL, payload())
    assert response.status_code == status.HTTP_201_CREATED, response.data
    assert Address.objects.filter(pk=response.data["id"]).exists()
    assert response.data.keys() >= READABLE


def test_update(writer, instance):
    data = payload()
    response = send(writer, "put", detail_url(instance), data)
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.kind == data["kind"]


def test_partial_update(writer, instance):
    value = payload()["kind"]
    response = send(writer, "patch", detail_url(instance), {"kind": value})
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.kind == value


def test_delete(writer, instance):
    response = writer.delete(detail_url(instance))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Address.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_cannot_write(api_client, method):
    url = LIST_URL if method == "post" else detail_url(AddressFactory.create())
    response = getattr(api_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


@pytest.mark.parametrize(
    "api_name", ["line1", "city", "postal_code", "customer", "country"]
)
def test_create_without_a_required_field(writer, api_name):
    data = payload()
    del data[api_name]
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


def test_create_repeating_customer_kind(writer):
    existing = AddressFactory.create()
    response = send(
        writer,
        "post",
        LIST_URL,
        payload(customer=existing.customer, kind=existing.kind),
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST


@pytest.mark.parametrize(
    ("api_name", "value"),
    [
        pytest.param("kind", "not-a-choice", id="kind-not-a-choice"),
        pytest.param("line1", "x" * 201, id="line1-too-long"),
        pytest.param("city", "x" * 101, id="city-too-long"),
        pytest.param("postal_code", "x" * 13, id="postal_code-too-long"),
    ],
)
def test_create_with_an_invalid_value(writer, api_name, value):
    data = payload()
    data[api_name] = value
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)
