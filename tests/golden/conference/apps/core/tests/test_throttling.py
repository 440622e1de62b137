"""Four throttles: anon, user and burst on every view; strict on the views that take a
password. A refused request answers 429 with Retry-After, in the error envelope."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.urls import reverse
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.test import APIRequestFactory, force_authenticate
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle
from rest_framework.views import APIView

from apps.core.throttling import BurstRateThrottle

LIST_URL = reverse("conference:room-list")


class PasswordView(APIView):
    """Stands for login, register and change password."""

    permission_classes = [AllowAny]
    throttle_scope: str | None = "auth"

    def post(self, request):
        return Response(status=204)


class OtherView(PasswordView):
    throttle_scope = None


def attempts(view, count: int, address: str = "10.0.0.1", user=None) -> list[int]:
    factory = APIRequestFactory()
    statuses = []
    for _ in range(count):
        request = factory.post("/attempt/", REMOTE_ADDR=address)
        if user is not None:
            force_authenticate(request, user=user)
        statuses.append(view(request).status_code)
    return statuses


def test_strict_allows_ten_attempts_a_minute_per_client():
    assert attempts(PasswordView.as_view(), 11) == [204] * 10 + [429]


def test_strict_answers_429_with_retry_after_in_the_envelope():
    view = PasswordView.as_view()
    attempts(view, 10)

    request = APIRequestFactory().post("/attempt/", REMOTE_ADDR="10.0.0.1")
    response = view(request)
    response.render()

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    error = json.loads(response.content)["error"]
    assert error["code"] == "throttled"
    assert error["details"]["retry_after"] == int(response["Retry-After"])


@pytest.mark.django_db
def test_strict_counts_per_client_signed_in_or_not(user):
    view = PasswordView.as_view()
    attempts(view, 10)

    assert attempts(view, 1, user=user) == [429]
    assert attempts(view, 1, address="10.0.0.2") == [204]


def test_strict_leaves_other_views_alone():
    assert attempts(OtherView.as_view(), 11) == [204] * 11


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name", ["auth:login", "auth:register", "auth:change-password"]
)
def test_the_password_endpoints_are_strict(auth_client, name):
    url = reverse(name)

    statuses = [auth_client.post(url, {}, format="json").status_code for _ in range(11)]

    assert 429 not in statuses[:10]
    assert statuses[10] == 429


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("throttle", "signed_in"),
    [
        (AnonRateThrottle, False),
        (UserRateThrottle, True),
        (BurstRateThrottle, True),
    ],
)
def test_rate_exceeded_answers_429(monkeypatch, user, throttle, signed_in):
    monkeypatch.setattr(throttle, "rate", "2/minute", raising=False)

    statuses = attempts(OtherView.as_view(), 3, user=user if signed_in else None)

    assert statuses == [204, 204, 429]


@pytest.mark.django_db
def test_the_api_is_throttled(monkeypatch, admin_client):
    monkeypatch.setattr(UserRateThrottle, "rate", "1/minute", raising=False)

    assert admin_client.get(LIST_URL).status_code == 200
    response = admin_client.get(LIST_URL)

    assert response.status_code == 429
    assert response.json()["error"]["code"] == "throttled"
    assert int(response["Retry-After"]) > 0


def test_default_rates():
    assert settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["strict"] == "10/minute"


def test_rates_come_from_the_environment():
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "THROTTLE_RATE_ANON": "1/second",
        "THROTTLE_RATE_USER": "2/second",
        "THROTTLE_RATE_BURST": "3/second",
        "THROTTLE_RATE_STRICT": "4/hour",
    }
    done = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-v",
            "0",
            "-c",
            "import json; from django.conf import settings; "
            "print(json.dumps(settings.REST_FRAMEWORK['DEFAULT_THROTTLE_RATES']))",
        ],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )

    assert json.loads(done.stdout) == {
        "anon": "1/second",
        "user": "2/second",
        "burst": "3/second",
        "strict": "4/hour",
    }
