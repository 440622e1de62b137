"""API tests for statements: reading, and refused writes."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.studio.factories import StatementFactory
from apps.studio.models import Statement

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("studio:statement-list")
READABLE = {"id", "total", "issued_on", "holder"}


def detail_url(instance: Statement) -> str:
    return reverse("studio:statement-detail", args=[instance.pk])


def test_factory_builds_a_valid_statement():
    StatementFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(StatementFactory.create())


def test_list(admin_client):
    StatementFactory.create_batch(3)
    response = admin_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"count", "next", "previous", "results"}
    assert response.data["count"] == Statement.objects.count()
    assert len(response.data["results"]) == Statement.objects.count()


def test_retrieve(admin_client):
    instance = StatementFactory.create()
    response = admin_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_anonymous_cannot_read(api_client):
    instance = StatementFactory.create()
    assert api_client.get(LIST_URL).status_code == status.HTTP_401_UNAUTHORIZED
    assert (
        api_client.get(detail_url(instance)).status_code == status.HTTP_401_UNAUTHORIZED
    )


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_are_not_allowed(auth_client, method):
    url = LIST_URL if method == "post" else detail_url(StatementFactory.create())
    response = getattr(auth_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN
