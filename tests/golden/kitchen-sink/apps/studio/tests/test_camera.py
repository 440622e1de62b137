"""API tests for cameras: CRUD, validation and permissions."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.core.testing import api_payload, field_errors, send
from apps.studio.factories import CameraFactory
from apps.studio.models import Camera

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("studio:camera-list")
# Writable API fields: model attribute → API name.
FIELDS = {
    "name": "name",
    "notes": "notes",
    "serial": "serial",
    "price": "price",
    "weight": "weight",
    "quantity": "quantity",
    "rank": "rank",
    "views": "views",
    "active": "active",
    "purchased_on": "purchased_on",
    "opens_at": "opens_at",
    "warranty": "warranty",
    "specs": "specs",
    "labels": "labels",
    "manual": "manual",
    "blob": "blob",
    "address": "address",
    "website": "website",
    "contact": "contact",
    "token": "token",
    "condition": "condition",
    "size": "size",
    "from_value": "from",
    "class_value": "class",
    "order": "order",
    "megapixels": "megapixels",
    "member": "member",
    "room": "room",
}
READABLE = {
    "id",
    "name",
    "notes",
    "created_at",
    "updated_at",
    "serial",
    "price",
    "weight",
    "quantity",
    "rank",
    "views",
    "active",
    "purchased_on",
    "opens_at",
    "warranty",
    "specs",
    "labels",
    "manual",
    "blob",
    "address",
    "website",
    "contact",
    "token",
    "condition",
    "size",
    "from",
    "class",
    "order",
    "megapixels",
    "member",
    "room",
}


def detail_url(instance: Camera) -> str:
    return reverse("studio:camera-detail", args=[instance.pk])


def payload(**overrides) -> dict:
    return api_payload(CameraFactory, FIELDS, **overrides)


@pytest.fixture
def writer(admin_client):
    """Staff write cameras."""
    return admin_client


@pytest.fixture
def instance() -> Camera:
    return CameraFactory.create()


def test_factory_builds_a_valid_camera():
    CameraFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(CameraFactory.create())


def test_list(auth_client):
    CameraFactory.create_batch(3)
    response = auth_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"count", "next", "previous", "results"}
    assert response.data["count"] == Camera.objects.count()
    assert len(response.data["results"]) == Camera.objects.count()


def test_retrieve(auth_client):
    instance = CameraFactory.create()
    response = auth_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_anonymous_cannot_read(api_client):
    instance = CameraFactory.create()
    assert api_client.get(LIST_URL).status_code == status.HTTP_401_UNAUTHORIZED
    assert (
        api_client.get(detail_url(instance)).status_code == status.HTTP_401_UNAUTHORIZED
    )


def test_create(writer):
    response = send(writer, "post", LIST_URL, payload())
    assert response.status_code == status.HTTP_201_CREATED, response.data
    assert Camera.objects.filter(pk=response.data["id"]).exists()
    assert response.data.keys() >= READABLE


def test_update(writer, instance):
    data = payload()
    response = send(writer, "put", detail_url(instance), data)
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.name == data["name"]


def test_partial_update(writer, instance):
    value = payload()["name"]
    response = send(writer, "patch", detail_url(instance), {"name": value})
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.name == value


def test_delete(writer, instance):
    response = writer.delete(detail_url(instance))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Camera.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_cannot_write(api_client, method):
    url = LIST_URL if method == "post" else detail_url(CameraFactory.create())
    response = getattr(api_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_signed_in_users_without_a_role_cannot_write(auth_client, method):
    url = LIST_URL if method == "post" else detail_url(CameraFactory.create())
    response = getattr(auth_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN


@pytest.mark.parametrize(
    "api_name", ["name", "serial", "price", "megapixels", "member"]
)
def test_create_without_a_required_field(writer, api_name):
    data = payload()
    del data[api_name]
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("name", "api_name"),
    [("serial", "serial")],
)
def test_create_with_a_taken_unique_value(writer, name, api_name):
    existing = CameraFactory.create()
    response = send(
        writer, "post", LIST_URL, payload(**{name: getattr(existing, name)})
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("api_name", "value"),
    [
        pytest.param("name", "x" * 81, id="name-too-long"),
        pytest.param("serial", "x" * 17, id="serial-too-long"),
        pytest.param("serial", "!", id="serial-pattern-mismatch"),
        pytest.param("price", -1, id="price-below-min"),
        pytest.param("weight", -1, id="weight-below-min"),
        pytest.param("rank", -6, id="rank-below-min"),
        pytest.param("rank", 6, id="rank-above-max"),
        pytest.param("website", "x" * 201, id="website-too-long"),
        pytest.param("contact", "x" * 255, id="contact-too-long"),
        pytest.param("condition", "not-a-choice", id="condition-not-a-choice"),
        pytest.param("size", "not-a-choice", id="size-not-a-choice"),
        pytest.param("from", "x" * 41, id="from-too-long"),
        pytest.param("class", "x" * 21, id="class-too-long"),
    ],
)
def test_create_with_an_invalid_value(writer, api_name, value):
    data = payload()
    data[api_name] = value
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)
