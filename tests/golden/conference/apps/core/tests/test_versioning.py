"""The API is versioned by URL path: /api/v1/ is version "v1"; no other version answers."""

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

LIST_URL = reverse("conference:room-list")


def test_urls_carry_the_version():
    assert LIST_URL.startswith("/api/v1/")


def test_requests_know_their_version(admin_client):
    response = admin_client.get(LIST_URL)

    assert response.status_code == 200
    assert response.renderer_context["request"].version == "v1"


def test_only_the_current_version_is_allowed():
    assert settings.REST_FRAMEWORK["ALLOWED_VERSIONS"] == ["v1"]
    assert settings.REST_FRAMEWORK["DEFAULT_VERSION"] == "v1"


def test_an_unknown_version_is_404(admin_client):
    response = admin_client.get(LIST_URL.replace("/v1/", "/v2/", 1))

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
