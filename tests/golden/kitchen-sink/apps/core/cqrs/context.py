"""The request a command, an event or a subscriber's log line belongs to."""

from collections.abc import Iterator
from contextlib import contextmanager

from apps.core.logs import request_id

OUTSIDE = "-"  # what the log shows outside any request


def current_request_id() -> str | None:
    """The id of the request being served (its X-Request-ID); None outside a request."""
    value = request_id.get()
    return None if value == OUTSIDE else value


@contextmanager
def request_context(value: str | None) -> Iterator[None]:
    """Log under the request id `value`: a subscriber's lines, in process or in a worker,
    carry the id of the request whose command published the event."""
    token = request_id.set(value or OUTSIDE)
    try:
        yield
    finally:
        request_id.reset(token)
