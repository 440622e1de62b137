"""Browsers on the origins of CORS_ALLOWED_ORIGINS may call the API; others may not."""

import pytest
from django.urls import reverse

from apps.core.checks import check_cors_credentials

ALLOWED = "https://app.example.com"
URL = reverse("conference:room-list")


@pytest.fixture(autouse=True)
def allowed_origin(settings):
    settings.CORS_ALLOWED_ORIGINS = [ALLOWED]


def preflight(client, origin: str):
    return client.options(
        URL,
        HTTP_ORIGIN=origin,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type, x-request-id",
    )


def test_preflight_from_an_allowed_origin(api_client):
    response = preflight(api_client, ALLOWED)

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == ALLOWED
    assert "POST" in response["Access-Control-Allow-Methods"]
    allowed_headers = response["Access-Control-Allow-Headers"]
    assert {"authorization", "content-type", "x-request-id"} <= set(
        allowed_headers.split(", ")
    )
    assert "Access-Control-Allow-Credentials" not in response


def test_preflight_from_another_origin_is_refused(api_client):
    response = preflight(api_client, "https://evil.example.net")

    assert "Access-Control-Allow-Origin" not in response
    assert "Access-Control-Allow-Methods" not in response


@pytest.mark.django_db
def test_responses_expose_the_request_id_and_retry_after(admin_client):
    response = admin_client.get(URL, HTTP_ORIGIN=ALLOWED)

    assert response["Access-Control-Allow-Origin"] == ALLOWED
    exposed = set(response["Access-Control-Expose-Headers"].split(", "))
    assert {"X-Request-ID", "Retry-After"} <= exposed


def test_deploy_check_refuses_every_origin_with_credentials(settings):
    settings.CORS_ALLOW_ALL_ORIGINS = True
    settings.CORS_ALLOW_CREDENTIALS = True

    assert [error.id for error in check_cors_credentials(None)] == ["core.E001"]


@pytest.mark.parametrize(("all_origins", "credentials"), [(True, False), (False, True)])
def test_deploy_check_accepts_either_alone(settings, all_origins, credentials):
    settings.CORS_ALLOW_ALL_ORIGINS = all_origins
    settings.CORS_ALLOW_CREDENTIALS = credentials

    assert check_cors_credentials(None) == []
