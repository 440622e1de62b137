"""Who may read and write the work endpoints: owners, parents' owners, staff and roles."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.core.testing import api_payload, send
from apps.work.factories import ActivityFactory

pytestmark = pytest.mark.django_db


def activity_url(pk=None) -> str:
    if pk is None:
        return reverse("work:activity-list")
    return reverse("work:activity-detail", args=[pk])


def activity_payload(**overrides) -> dict:
    return api_payload(
        ActivityFactory,
        {"message": "message", "issue": "issue"},
        **overrides,
    )


def test_activity_only_admins_write(auth_client, admin_client):
    refused = send(auth_client, "post", activity_url(), activity_payload())
    created = send(admin_client, "post", activity_url(), activity_payload())

    assert refused.status_code == status.HTTP_403_FORBIDDEN
    assert created.status_code == status.HTTP_201_CREATED, created.data
    deleted = admin_client.delete(activity_url(created.data["id"]))
    assert deleted.status_code == status.HTTP_204_NO_CONTENT
