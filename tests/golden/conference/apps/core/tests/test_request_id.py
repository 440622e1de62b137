"""Every response carries X-Request-ID: the client's own, cleaned, or a new one."""

import re

import pytest
from django.urls import reverse


def test_a_request_without_an_id_gets_a_new_one(api_client):
    first = api_client.get(reverse("health"))["X-Request-ID"]
    second = api_client.get(reverse("health"))["X-Request-ID"]

    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert first != second


def test_the_client_id_is_echoed(api_client):
    response = api_client.get(reverse("health"), HTTP_X_REQUEST_ID="req-42.a:b_c")

    assert response["X-Request-ID"] == "req-42.a:b_c"


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ("abc def\t<script>", "abcdefscript"),
        ("x" * 200, "x" * 64),
    ],
)
def test_the_client_id_is_cleaned_and_cut(api_client, sent, kept):
    response = api_client.get(reverse("health"), HTTP_X_REQUEST_ID=sent)

    assert response["X-Request-ID"] == kept


def test_an_unusable_client_id_is_replaced(api_client):
    response = api_client.get(reverse("health"), HTTP_X_REQUEST_ID="<>{}")

    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


def test_errors_carry_the_id_too(api_client):
    response = api_client.get("/no-such-page/", HTTP_X_REQUEST_ID="lost-page")

    assert response["X-Request-ID"] == "lost-page"
    assert response.json()["error"]["request_id"] == "lost-page"
