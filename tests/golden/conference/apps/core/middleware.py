"""Request ids and request logging, for every request the project serves."""

import logging
import re
import time
import uuid
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from .logs import redact, request_id

REQUEST_ID_HEADER = "X-Request-ID"
MAX_REQUEST_ID_LENGTH = 64
# A client's id is kept to characters that are safe in headers and log lines.
UNSAFE = re.compile(r"[^A-Za-z0-9._:-]")

logger = logging.getLogger(__name__)


class IdentifiedRequest(HttpRequest):
    """A request once RequestIdMiddleware has given it its id."""

    id: str


def incoming_request_id(request: HttpRequest) -> str:
    """The client's X-Request-ID, cleaned and cut short, or a new one when none is usable."""
    given = UNSAFE.sub("", request.headers.get(REQUEST_ID_HEADER, ""))
    return given[:MAX_REQUEST_ID_LENGTH] or uuid.uuid4().hex


class RequestIdMiddleware:
    """Gives each request an id (`request.id`), puts it on every log record of the request and
    echoes it in the response's X-Request-ID header, so a client's report finds the logs."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: IdentifiedRequest) -> HttpResponse:
        request.id = incoming_request_id(request)
        token = request_id.set(request.id)
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response[REQUEST_ID_HEADER] = request.id
        return response


class RequestLogMiddleware:
    """Logs each request as one line: method, path, status, duration, user and request id.
    The query string is logged with passwords and tokens redacted; headers are not logged."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        user = getattr(request, "user", None)
        logger.info(
            "%s %s %s %.1fms",
            request.method,
            request.path,
            response.status_code,
            duration_ms,
            extra={
                "method": request.method,
                "path": request.path,
                "query": redact(dict(request.GET.lists())),
                "status": response.status_code,
                "duration_ms": duration_ms,
                "user_id": str(user.pk) if user and user.is_authenticated else None,
            },
        )
        return response
