"""API tests for sessions: CRUD, validation and permissions."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.core.testing import api_payload, field_errors, send
from apps.livraison.factories import SessionFactory
from apps.livraison.models import Session

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("livraison:session-list")
# Writable API fields: model attribute → API name.
FIELDS = {
    "debut": "debut",
    "fin": "fin",
    "livreur": "livreur",
}
READABLE = {"id", "debut", "fin", "livreur"}


def detail_url(instance: Session) -> str:
    return reverse("livraison:session-detail", args=[instance.pk])


def payload(**overrides) -> dict:
    return api_payload(SessionFactory, FIELDS, **overrides)


@pytest.fixture
def writer(admin_client):
    """Staff write sessions."""
    return admin_client


@pytest.fixture
def instance() -> Session:
    return SessionFactory.create()


def test_factory_builds_a_valid_session():
    SessionFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(SessionFactory.create())


def test_list(auth_client):
    SessionFactory.create_batch(3)
    response = auth_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"count", "next", "previous", "results"}
    assert response.data["count"] == Session.objects.count()
    assert len(response.data["results"]) == Session.objects.count()


def test_retrieve(auth_client):
    instance = SessionFactory.create()
    response = auth_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_anonymous_cannot_read(api_client):
    instance = SessionFactory.create()
    assert api_client.get(LIST_URL).status_code == status.HTTP_401_UNAUTHORIZED
    assert (
        api_client.get(detail_url(instance)).status_code == status.HTTP_401_UNAUTHORIZED
    )


def test_create(writer):
    response = send(writer, "post", LIST_URL, payload())
    assert response.status_code == status.HTTP_201_CREATED, response.data
    assert Session.objects.filter(pk=response.data["id"]).exists()
    assert response.data.keys() >= READABLE


def test_update(writer, instance):
    data = payload()
    response = send(writer, "put", detail_url(instance), data)
    assert response.status_code == status.HTTP_200_OK, response.data


def test_partial_update(writer, instance):
    response = writer.patch(detail_url(instance), {}, format="json")
    assert response.status_code == status.HTTP_200_OK, response.data


def test_delete(writer, instance):
    response = writer.delete(detail_url(instance))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Session.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_cannot_write(api_client, method):
    url = LIST_URL if method == "post" else detail_url(SessionFactory.create())
    response = getattr(api_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_signed_in_users_without_a_role_cannot_write(auth_client, method):
    url = LIST_URL if method == "post" else detail_url(SessionFactory.create())
    response = getattr(auth_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN


@pytest.mark.parametrize("api_name", ["debut", "fin", "livreur"])
def test_create_without_a_required_field(writer, api_name):
    data = payload()
    del data[api_name]
    response = send(writer, "post", LIST_URL, data)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)
