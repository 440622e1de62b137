"""The OpenAPI schema documents the error envelope, authentication and throttling."""

import pytest
from drf_spectacular.generators import SchemaGenerator

ENVELOPE = "#/components/schemas/ApiErrorResponse"
LIST_PATH = "/api/v1/rooms/"


@pytest.fixture(scope="module")
def schema() -> dict:
    return SchemaGenerator().get_schema(request=None, public=True)


def envelope_of(response: dict) -> str:
    return response["content"]["application/json"]["schema"]["$ref"]


def test_the_envelope_is_a_component(schema):
    error = schema["components"]["schemas"]["ApiError"]

    assert set(error["required"]) == {"code", "message", "details", "request_id"}


def test_list_errors_use_the_envelope(schema):
    responses = schema["paths"][LIST_PATH]["get"]["responses"]

    for status in ("400", "401", "403", "404", "429"):
        assert envelope_of(responses[status]) == ENVELOPE, status


def test_write_errors_use_the_envelope(schema):
    responses = schema["paths"]["/api/v1/rooms/"]["post"]["responses"]

    for status in ("400", "401", "403", "409"):
        assert envelope_of(responses[status]) == ENVELOPE, status


def test_every_response_documents_the_request_id(schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                if status != "204":
                    assert "X-Request-ID" in response.get("headers", {}), (
                        path,
                        method,
                        status,
                    )


def test_throttled_responses_say_when_to_retry(schema):
    response = schema["paths"][LIST_PATH]["get"]["responses"]["429"]

    assert response["headers"]["Retry-After"]["schema"] == {"type": "integer"}


def test_authentication_is_documented(schema):
    schemes = schema["components"]["securitySchemes"]

    assert schemes
    assert any(
        set(requirement) & set(schemes)
        for requirement in schema["paths"][LIST_PATH]["get"]["security"]
    )


def test_probes_document_no_client_errors(schema):
    assert set(schema["paths"]["/ready/"]["get"]["responses"]) == {"200", "503"}
