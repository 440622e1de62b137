"""API tests for colis: CRUD, validation and permissions."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.core.testing import api_payload, field_errors, send
from apps.livraison.factories import ColisFactory
from apps.livraison.models import Colis

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("livraison:colis-list")
# Writable API fields: model attribute → API name.
FIELDS = {
    "reference": "reference",
    "poids": "poids",
    "statut": "statut",
    "expediteur": "expediteur",
    "destinataire": "destinataire",
}
READABLE = {
    "id",
    "reference",
    "poids",
    "statut",
    "created_at",
    "expediteur",
    "destinataire",
}


def detail_url(instance: Colis) -> str:
    return reverse("livraison:colis-detail", args=[instance.pk])


def payload(**overrides) -> dict:
    return api_payload(ColisFactory, FIELDS, **overrides)


@pytest.fixture
def writer(admin_client):
    """Staff write colis."""
    return admin_client


@pytest.fixture
def instance() -> Colis:
    return ColisFactory.create()


def test_factory_builds_a_valid_colis():
    ColisFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(ColisFactory.create())


def test_list(auth_client):
    ColisFactory.create_batch(3)
    response = auth_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"count", "next", "previous", "results"}
    assert response.data["count"] == Colis.objects.count()
    assert len(response.data["results"]) == Colis.objects.count()


def test_retrieve(auth_client):
    instance = ColisFactory.create()
    response = auth_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_anonymous_cannot_read(api_client):
    instance = ColisFactory.create()
    assert api_client.get(LIST_URL).status_code == status.HTTP_401_UNAUTHORIZED
    assert (
        api_client.get(detail_url(instance)).status_code == status.HTTP_401_UNAUTHORIZED
    )


def test_create(writer):
    response = send(writer, "post", LIST_URL, payload())
    assert response.status_code == status.HTTP_201_CREATED, response.data
    assert Colis.objects.filter(pk=response.data["id"]).exists()
    assert response.data.keys() >= READABLE


def test_update(writer, instance):
    data = payload()
    response = send(writer, "put", detail_url(instance), data)
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.reference == data["reference"]


def test_partial_update(writer, instance):
    value = payload()["reference"]
    response = send(writer, "patch", detail_url(instance), {"reference": value})
    assert response.status_code == status.HTTP_200_OK, response.data
    instance.refresh_from_db()
    assert instance.reference == value


def test_delete(writer, instance):
    response = writer.delete(detail_url(instance))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Colis.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_cannot_write(api_client, method):
    url = LIST_URL if method == "post" else detail_url(ColisFactory.create())
    response = getattr(api_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_signed_in_users_without_a_role_cannot_write(auth_client, method):
    url = LIST_URL if method == "post" else detail_url(ColisFactory.create())
    response = getattr(auth_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN


@pytest.mark.parametrize(
    "api_name", ["reference", "poids", "statut", "expediteur", "destinataire"]
)
def test_create_without_a_required_field(writer, api_name):
    data = payload()
    del data[api_name]
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("name", "api_name"),
    [("reference", "reference")],
)
def test_create_with_a_taken_unique_value(writer, name, api_name):
    existing = ColisFactory.create()
    response = send(
        writer, "post", LIST_URL, payload(**{name: getattr(existing, name)})
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


@pytest.mark.parametrize(
    ("api_name", "value"),
    [
        pytest.param("reference", "x" * 256, id="reference-too-long"),
        pytest.param("statut", "not-a-choice", id="statut-not-a-choice"),
    ],
)
def test_create_with_an_invalid_value(writer, api_name, value):
    data = payload()
    data[api_name] = value
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)
