"""Every error answers one envelope, {"error": {"code", "message", "details",
"request_id"}}; a 500 gives the client its request id, never the traceback."""

import json

import pytest
from django.db.models import ProtectedError
from django.test import RequestFactory
from django.urls import reverse
from rest_framework import exceptions

from apps.conference.factories import RoomFactory
from apps.core.exceptions import (
    bad_request,
    exception_handler,
    page_not_found,
    permission_denied,
    server_error,
)
from apps.core.views import HealthView

ENVELOPE = {"code", "message", "details", "request_id"}


def error_of(response) -> dict:
    body = response.json()
    assert body.keys() == {"error"}
    assert body["error"].keys() == ENVELOPE
    assert body["error"]["request_id"] == response["X-Request-ID"]
    return body["error"]


@pytest.mark.parametrize(
    ("exc", "status", "code"),
    [
        (exceptions.ParseError(), 400, "parse_error"),
        (exceptions.NotAuthenticated(), 401, "not_authenticated"),
        (exceptions.AuthenticationFailed(), 401, "authentication_failed"),
        (exceptions.PermissionDenied(), 403, "permission_denied"),
        (exceptions.NotFound(), 404, "not_found"),
        (exceptions.MethodNotAllowed("PUT"), 405, "method_not_allowed"),
        (ProtectedError("still referred to", set()), 409, "conflict"),
        (exceptions.Throttled(wait=30), 429, "throttled"),
        (RuntimeError("boom"), 500, "server_error"),
    ],
)
def test_every_error_has_the_envelope(exc, status, code):
    response = exception_handler(exc, {})

    assert response.status_code == status
    assert response.data["error"].keys() == ENVELOPE
    assert response.data["error"]["code"] == code
    assert response.data["error"]["message"]


@pytest.mark.parametrize(
    ("view", "status", "code"),
    [
        (bad_request, 400, "bad_request"),
        (permission_denied, 403, "permission_denied"),
        (page_not_found, 404, "not_found"),
    ],
)
def test_django_error_pages_have_the_envelope(view, status, code):
    response = view(RequestFactory().get("/"), Exception("internal detail"))

    assert response.status_code == status
    assert json.loads(response.content)["error"]["code"] == code
    assert b"internal detail" not in response.content


def test_django_server_error_page_has_the_envelope():
    response = server_error(RequestFactory().get("/"))

    assert response.status_code == 500
    assert json.loads(response.content)["error"]["code"] == "server_error"


def test_throttled_details_say_when_to_retry():
    response = exception_handler(exceptions.Throttled(wait=30), {})

    assert response["Retry-After"] == "30"
    assert response.data["error"]["details"] == {"retry_after": 30}


@pytest.mark.django_db
def test_validation_details_name_each_field(admin_client):
    response = admin_client.post(reverse("conference:room-list"), {}, format="json")

    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "invalid"
    assert error["details"].keys() >= {"name", "seats"}


@pytest.mark.django_db
def test_a_missing_row_is_404(admin_client):
    instance = RoomFactory.create()
    url = reverse("conference:room-detail", args=[instance.pk])
    instance.delete()

    response = admin_client.get(url)

    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_an_unknown_url_is_404(api_client):
    response = api_client.get("/no-such-page/")

    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_a_method_not_allowed_is_405(api_client):
    response = api_client.delete(reverse("health"))

    assert response.status_code == 405
    assert error_of(response)["code"] == "method_not_allowed"


def test_a_server_error_hides_the_traceback(api_client, monkeypatch):
    def fail(self, request):
        raise RuntimeError("internal detail")

    monkeypatch.setattr(HealthView, "get", fail)

    response = api_client.get(reverse("health"), HTTP_X_REQUEST_ID="trace-me")

    assert response.status_code == 500
    assert error_of(response) == {
        "code": "server_error",
        "message": "A server error occurred.",
        "details": {},
        "request_id": "trace-me",
    }
    assert b"internal detail" not in response.content
    assert b"Traceback" not in response.content
