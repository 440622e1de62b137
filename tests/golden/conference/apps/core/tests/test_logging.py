"""Each request is logged as one structured line, every line of a request carries its id,
and credentials never reach the log."""

import io
import json
import logging

import pytest
from django.conf import settings
from django.urls import reverse

from apps.core.logs import JsonFormatter, RequestIdFilter
from apps.core.views import HealthView


@pytest.fixture
def log_lines(caplog):
    """What the console handler writes in production: one JSON object per record."""
    caplog.set_level(logging.INFO)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    root.removeHandler(handler)


def request_lines(lines: list[dict]) -> list[dict]:
    return [line for line in lines if line["logger"] == "apps.core.middleware"]


def test_one_line_per_request(api_client, log_lines):
    api_client.get(reverse("health"), HTTP_X_REQUEST_ID="line-1")

    [line] = request_lines(log_lines())
    assert line["method"] == "GET"
    assert line["path"] == reverse("health")
    assert line["status"] == 200
    assert isinstance(line["duration_ms"], float)
    assert line["user_id"] is None
    assert line["request_id"] == "line-1"


def test_the_line_names_the_signed_in_user(admin_client, admin_user, log_lines):
    admin_client.get(reverse("conference:room-list"))

    [line] = request_lines(log_lines())
    assert line["user_id"] == str(admin_user.pk)


def test_credentials_are_redacted(api_client, log_lines):
    api_client.get(
        reverse("health"),
        {"token": "s3cret-token", "password": "s3cret-pass", "page": "2"},
        HTTP_AUTHORIZATION="Bearer s3cret-bearer",
    )

    lines = log_lines()
    assert "s3cret" not in json.dumps(lines)
    [line] = request_lines(lines)
    assert line["query"] == {
        "token": "[REDACTED]",
        "password": "[REDACTED]",
        "page": ["2"],
    }


def test_a_server_error_logs_its_traceback_with_the_request_id(
    api_client, log_lines, monkeypatch
):
    def fail(self, request):
        raise RuntimeError("internal detail")

    monkeypatch.setattr(HealthView, "get", fail)

    api_client.get(reverse("health"), HTTP_X_REQUEST_ID="trace-me")

    [error] = [line for line in log_lines() if line["logger"] == "apps.core.exceptions"]
    assert error["request_id"] == "trace-me"
    assert "RuntimeError: internal detail" in error["exception"]
    assert all(line["request_id"] == "trace-me" for line in log_lines())


def test_development_lines_are_readable_and_carry_the_request_id():
    console = settings.LOGGING["handlers"]["console"]

    assert console["formatter"] == "console"
    assert "request_id" in console["filters"]
    assert "{request_id}" in settings.LOGGING["formatters"]["console"]["format"]
