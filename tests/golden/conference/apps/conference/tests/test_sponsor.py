"""API tests for sponsors: reading, and refused writes."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.conference.factories import SponsorFactory
from apps.conference.models import Sponsor

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("conference:sponsor-list")
READABLE = {"id", "name", "tier"}


def detail_url(instance: Sponsor) -> str:
    return reverse("conference:sponsor-detail", args=[instance.pk])


def test_factory_builds_a_valid_sponsor():
    SponsorFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(SponsorFactory.create())


def test_list(auth_client):
    SponsorFactory.create_batch(3)
    response = auth_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"count", "next", "previous", "results"}
    assert response.data["count"] == Sponsor.objects.count()
    assert len(response.data["results"]) == Sponsor.objects.count()


def test_retrieve(auth_client):
    instance = SponsorFactory.create()
    response = auth_client.get(detail_url(instance))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(instance.pk)
    assert response.data.keys() >= READABLE


def test_anonymous_cannot_read(api_client):
    instance = SponsorFactory.create()
    assert api_client.get(LIST_URL).status_code == status.HTTP_401_UNAUTHORIZED
    assert (
        api_client.get(detail_url(instance)).status_code == status.HTTP_401_UNAUTHORIZED
    )


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_are_not_allowed(auth_client, method):
    url = LIST_URL if method == "post" else detail_url(SponsorFactory.create())
    response = getattr(auth_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN
