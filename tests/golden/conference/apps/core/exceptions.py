"""One shape for every error the project answers:

    {"error": {"code": ..., "message": ..., "details": {...}, "request_id": ...}}

`exception_handler` gives it to the API's errors (REST_FRAMEWORK["EXCEPTION_HANDLER"]); the
handler views give it to what Django answers outside the API (config/urls.py)."""

import logging
from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.db import IntegrityError
from django.db.models import ProtectedError, RestrictedError
from django.http import Http404, HttpRequest, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler as drf_exception_handler

from .logs import request_id

logger = logging.getLogger(__name__)

SERVER_ERROR_MESSAGE = "A server error occurred."
TOO_LARGE_MESSAGE = "The request body is larger than the server accepts."


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The request conflicts with the current state of the resource."
    default_code = "conflict"


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = TOO_LARGE_MESSAGE
    default_code = "too_large"


def envelope(code: str, message: str, details: dict[str, Any] | None = None) -> dict:
    return {
        "error": {
            "code": code,
            "message": message,
            "details": details or {},
            "request_id": request_id.get(),
        }
    }


def as_api_exception(exc: Exception) -> Exception:
    """Django's errors, and database refusals that are the client's doing, as the API errors
    that say so."""
    if isinstance(exc, Http404):
        return exceptions.NotFound(*exc.args)
    if isinstance(exc, PermissionDenied):
        return exceptions.PermissionDenied(*exc.args)
    if isinstance(exc, RequestDataTooBig):
        return PayloadTooLarge()
    if isinstance(exc, ProtectedError | RestrictedError):
        return Conflict("Other records still refer to this one.")
    if isinstance(exc, IntegrityError):
        return Conflict()
    return exc


def described(exc: exceptions.APIException) -> tuple[str, str, dict[str, Any]]:
    """An error's code, message and details. A detail given as a mapping (as simplejwt's
    token errors are) holds its message under "detail" and the rest as details."""
    detail = exc.detail
    if isinstance(detail, dict):
        message = detail.get("detail", exc.default_detail)
        code = detail.get("code", getattr(message, "code", exc.default_code))
        rest = {
            key: value for key, value in detail.items() if key not in ("detail", "code")
        }
        return str(code), str(message), rest
    return str(getattr(detail, "code", exc.default_code)), str(detail), {}


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response:
    """DRF's handler, with its answer wrapped in the envelope. What DRF does not handle is a
    bug: its traceback goes to the log under the request id, and the client gets the id,
    never the traceback."""
    exc = as_api_exception(exc)
    response = drf_exception_handler(exc, context)
    if response is None or not isinstance(exc, exceptions.APIException):
        logger.error(
            "Unhandled exception", exc_info=(type(exc), exc, exc.__traceback__)
        )
        return Response(
            envelope("server_error", SERVER_ERROR_MESSAGE),
            status=status.HTTP_500_INTERNAL_SERVER_ERROR,
        )
    if isinstance(exc, exceptions.ValidationError):
        details = exc.detail
        if not isinstance(details, dict):
            details = {api_settings.NON_FIELD_ERRORS_KEY: details}
        response.data = envelope("invalid", "Invalid input.", details)
    elif isinstance(exc, exceptions.Throttled):
        wait = getattr(exc, "wait", None)  # the stubs of Throttled leave it out
        response.data = envelope(
            "throttled", str(exc.detail), {"retry_after": wait} if wait else {}
        )
    else:
        response.data = envelope(*described(exc))
    return response


def bad_request(request: HttpRequest, exception: Exception) -> JsonResponse:
    """Django's refusals of a request it could not read; a body over
    DATA_UPLOAD_MAX_MEMORY_SIZE is a 413."""
    if isinstance(exception, RequestDataTooBig):
        return JsonResponse(envelope("too_large", TOO_LARGE_MESSAGE), status=413)
    return JsonResponse(envelope("bad_request", "Bad request."), status=400)


def permission_denied(request: HttpRequest, exception: Exception) -> JsonResponse:
    return JsonResponse(
        envelope(
            "permission_denied", "You do not have permission to perform this action."
        ),
        status=403,
    )


def page_not_found(request: HttpRequest, exception: Exception) -> JsonResponse:
    return JsonResponse(envelope("not_found", "Not found."), status=404)


def server_error(request: HttpRequest) -> JsonResponse:
    """Django logs the traceback of what got here (logger django.request)."""
    return JsonResponse(envelope("server_error", SERVER_ERROR_MESSAGE), status=500)
