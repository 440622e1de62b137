"""Where a visitor lands: the roots answer links, the documentation pages carry their
Content-Security-Policy, and answers to signed-in users are private."""

import pytest
from django.urls import reverse
from rest_framework import status

ROOT = "http://testserver"


@pytest.mark.parametrize("url", ["/", "/api/"])
def test_the_roots_point_to_the_api_and_its_documentation(api_client, url):
    response = api_client.get(url)

    assert response.status_code == status.HTTP_200_OK
    assert response.json() == {
        "v1": f"{ROOT}/api/v1/",
        "schema": f"{ROOT}/api/schema/",
        "docs": f"{ROOT}/api/docs/",
        "redoc": f"{ROOT}/api/redoc/",
    }


def test_the_api_root_lists_every_resource(api_client):
    response = api_client.get("/api/v1/")

    assert response.status_code == status.HTTP_200_OK
    assert response.json() == {
        "users": f"{ROOT}/api/v1/users/",
        "rooms": f"{ROOT}/api/v1/rooms/",
        "speakers": f"{ROOT}/api/v1/speakers/",
        "talks": f"{ROOT}/api/v1/talks/",
        "tags": f"{ROOT}/api/v1/tags/",
        "materials": f"{ROOT}/api/v1/materials/",
        "sponsors": f"{ROOT}/api/v1/sponsors/",
        "auth/login": f"{ROOT}/api/v1/auth/login/",
        "auth/register": f"{ROOT}/api/v1/auth/register/",
        "auth/me": f"{ROOT}/api/v1/auth/me/",
    }


@pytest.mark.parametrize("name", ["docs", "redoc"])
def test_the_documentation_pages_allow_only_their_own_assets(api_client, name):
    response = api_client.get(reverse(name))

    assert response.status_code == status.HTTP_200_OK
    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "script-src 'self';" in policy
    assert "cdn.jsdelivr.net" not in response.content.decode()  # the assets are our own


def test_swagger_ui_runs_no_inline_script(api_client):
    page = api_client.get(reverse("docs")).content.decode()

    assert "<script>" not in page


def test_answers_to_signed_in_users_are_private(auth_client):
    response = auth_client.get("/api/v1/")

    assert "private" in response["Cache-Control"]
    assert "Authorization" in response["Vary"]


def test_answers_to_anonymous_users_are_not_marked_private(api_client):
    response = api_client.get("/api/v1/")

    assert "private" not in response.get("Cache-Control", "")
