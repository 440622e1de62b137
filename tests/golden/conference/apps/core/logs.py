"""Logging pieces the settings plug in: the request id on every record, and one JSON object
per line for production, with secrets redacted."""

import json
import logging
from contextvars import ContextVar
from typing import Any

# The id of the request being served; set by RequestIdMiddleware, "-" outside any request.
request_id: ContextVar[str] = ContextVar("request_id", default="-")

REDACTED = "[REDACTED]"
# Keys whose values never reach a log: credentials in headers, bodies and query strings.
SENSITIVE = (
    "authorization",
    "cookie",
    "password",
    "secret",
    "token",
    "access",
    "refresh",
)

# What every LogRecord has; anything else on a record came in through `extra`.
STANDARD_ATTRIBUTES = frozenset(
    vars(logging.LogRecord("", 0, "", 0, "", None, None)).keys()
    | {"message", "asctime"}
)


def is_sensitive(key: str) -> bool:
    key = key.lower()
    return any(word in key for word in SENSITIVE)


def redact(data: Any) -> Any:
    """A copy of `data` with the value of every sensitive key, at any depth, replaced."""
    if isinstance(data, dict):
        return {
            key: REDACTED if is_sensitive(str(key)) else redact(value)
            for key, value in data.items()
        }
    if isinstance(data, list | tuple):
        return [redact(item) for item in data]
    return data


class RequestIdFilter(logging.Filter):
    """Stamps each record with the id of the request it was logged in. Django logs a
    request's 4xx and 5xx after the middleware has finished, with the request attached."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        record.request_id = getattr(request, "id", None) or request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: what log collectors parse without a grammar. Values given
    through `extra` become fields when JSON can carry them; objects (a request) are left out."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": self.formatTime(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in STANDARD_ATTRIBUTES and isinstance(
                value, str | int | float | bool | dict | list | None
            ):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(redact(entry), default=str)
