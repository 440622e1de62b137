"""Who may read and write the conference endpoints: owners, parents' owners, staff and roles."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.conference.factories import SponsorFactory
from apps.core.testing import api_payload, send

pytestmark = pytest.mark.django_db


def sponsor_url(pk=None) -> str:
    if pk is None:
        return reverse("conference:sponsor-list")
    return reverse("conference:sponsor-detail", args=[pk])


def sponsor_payload(**overrides) -> dict:
    return api_payload(
        SponsorFactory,
        {"name": "name", "tier": "tier"},
        **overrides,
    )


def test_sponsor_only_admins_write(auth_client, admin_client):
    refused = send(auth_client, "post", sponsor_url(), sponsor_payload())
    created = send(admin_client, "post", sponsor_url(), sponsor_payload())

    assert refused.status_code == status.HTTP_403_FORBIDDEN
    assert created.status_code == status.HTTP_201_CREATED, created.data
    deleted = admin_client.delete(sponsor_url(created.data["id"]))
    assert deleted.status_code == status.HTTP_204_NO_CONTENT
