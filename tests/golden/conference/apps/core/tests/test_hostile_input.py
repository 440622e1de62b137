"""Bodies no endpoint may answer with a server error: nested deeper than the parser allows,
larger than the server accepts, or carrying text no database stores; and tokens
that are not ours."""

import json

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.core.hostile import DEEP_JSON, NUL, SURROGATE, as_json, is_enveloped, nested
from apps.core.renderers import JSONRenderer
from apps.core.storable import json_problem, text_problem

pytestmark = pytest.mark.django_db

# A list that takes writes, whose body is read.
URL = reverse_lazy("conference:room-list")


def post(client, body: str | bytes):
    return client.generic("POST", URL, body, content_type="application/json")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"[" * 100_000, id="100000-open-brackets"),
        pytest.param(b'{"a": ' + b"[" * 100_000 + b"}", id="deep-value"),
        pytest.param(as_json(DEEP_JSON), id="one-level-too-deep"),
        pytest.param(as_json({NUL: 1}), id="nul-in-a-key"),
        pytest.param(as_json([SURROGATE]), id="surrogate-in-a-list"),
    ],
)
def test_unreadable_bodies_are_refused(admin_client, body):
    response = post(admin_client, body)
    assert response.status_code == status.HTTP_400_BAD_REQUEST, response.content
    assert is_enveloped(response)


def test_a_body_over_the_upload_limit_is_413(admin_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000
    response = post(admin_client, json.dumps({"name": "x" * 2_000}))
    assert response.status_code == status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    assert response.json()["error"]["code"] == "too_large"


def test_json_within_the_depth_limit_is_accepted(settings):
    assert json_problem(nested(settings.JSON_MAX_DEPTH)) is None
    assert json_problem(nested(settings.JSON_MAX_DEPTH + 1))


@pytest.mark.parametrize("text", ["a\x00", "\ud800", "x\udfffy"])
def test_text_no_database_stores(text):
    assert text_problem(text)


def test_ordinary_text_is_stored():
    assert text_problem("Grüße, 東京 🙂") is None


def test_text_stored_before_it_was_checked_still_renders():
    data = {"specs": {"note": SURROGATE}, "name": "Grüße"}
    assert json.loads(JSONRenderer().render(data)) == data


def test_answers_stay_utf8():
    assert JSONRenderer().render({"name": "Grüße"}) == '{"name":"Grüße"}'.encode()


@pytest.mark.parametrize("token", ["abc", "a.b.c", "Bearer"])
def test_a_token_that_is_not_ours_reads_as_a_message(api_client, token):
    response = api_client.get(URL, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    error = response.json()["error"]
    assert error["code"] == "token_not_valid"
    assert error["message"] == "Given token not valid for any token type"
    assert error["details"]["messages"][0]["token_type"] == "access"
