"""The OpenAPI schema's account of what can go wrong: every operation lists, besides its
success, the error statuses it can answer with the error envelope, X-Request-ID on its
responses and Retry-After on 429."""

from drf_spectacular import openapi
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema_serializer,
)
from rest_framework import serializers
from rest_framework.permissions import AllowAny

WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@extend_schema_serializer(component_name="ApiError")
class ErrorSerializer(serializers.Serializer):
    code = serializers.CharField(
        help_text='Stable and machine-readable, e.g. "not_found".'
    )
    message = serializers.CharField(help_text="For people.")
    details = serializers.DictField(
        help_text="For validation errors, the messages of each field by field name, "
        "as for fields the user may not set (403); for throttling, `retry_after` in "
        "seconds; otherwise empty."
    )
    request_id = serializers.CharField(help_text="Also in the X-Request-ID header.")


@extend_schema_serializer(component_name="ApiErrorResponse")
class ErrorResponseSerializer(serializers.Serializer):
    error = ErrorSerializer()


REQUEST_ID = OpenApiParameter(
    "X-Request-ID",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    response=True,
    description="The request's id: the client's own when it sent one, else a new one.",
)
RETRY_AFTER = OpenApiParameter(
    "Retry-After",
    OpenApiTypes.INT,
    OpenApiParameter.HEADER,
    response=[429],
    description="Seconds to wait before trying again.",
)


class AutoSchema(openapi.AutoSchema):
    def get_override_parameters(self):
        return [*super().get_override_parameters(), REQUEST_ID, RETRY_AFTER]

    def error_statuses(self) -> dict[int, str]:
        """The error statuses this operation can answer, with what each means."""
        statuses: dict[int, str] = {}
        listing = self.method == "GET" and self._is_list_view()
        if self.method in WRITES - {"DELETE"} or listing:
            statuses[400] = (
                "Invalid input: `details` names each field and its messages."
            )
        # Credentials sent are checked even where none are required, and a write may be
        # a credential check itself (login, token refresh).
        guarded = bool(self.view.get_authenticators()) or not all(
            isinstance(p, AllowAny) for p in self.view.get_permissions()
        )
        if guarded or self.method in WRITES:
            statuses[401] = "Missing or invalid credentials."
        if guarded:
            statuses[403] = "Not allowed to do this."
        if "{" in self.path or listing:
            statuses[404] = "No such resource (or page)."
        if self.method in WRITES:
            statuses[409] = (
                "Conflicts with existing data, e.g. rows that still refer to it."
            )
        if self.view.get_throttles():
            statuses[429] = "Too many requests: wait `Retry-After` seconds."
        return statuses

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for code, description in self.error_statuses().items():
            responses.setdefault(
                str(code),
                self._get_response_for_code(
                    OpenApiResponse(ErrorResponseSerializer, description=description),
                    str(code),
                    direction=direction,
                ),
            )
        return responses


def times_of_day(result, generator, request, public):
    """A schema hook: Django writes a time of day without an offset ("13:22:34.397316"),
    which RFC 3339 calls a partial-time; OpenAPI's `time` format means one with an offset."""

    def visit(node):
        if isinstance(node, dict):
            if node.get("format") == "time":
                node["format"] = "partial-time"
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(result)
    return result
