"""The project's own event subscribers: an audit trail of every change. Each event becomes
one line of the `audit` log (one JSON object with production settings), written by a Celery
worker when CELERY_BROKER_URL is set, in process otherwise. Each app's subscribers.py is
loaded the same way at startup; docs/cqrs.md shows how to add one."""

import logging

from apps.core.cqrs import Event, subscribe

logger = logging.getLogger("audit")


def record(event: Event) -> None:
    """Log who changed what, under the request that changed it."""
    logger.info(
        "%s %s by user %s",
        type(event).__name__,
        getattr(event, "id", ""),
        event.user_id,
        extra={
            "event": type(event).__name__,
            "event_id": event.event_id,
            "row": getattr(event, "id", None),
            "user_id": event.user_id,
            "occurred_at": event.occurred_at,
        },
    )


subscribe(Event, record, asynchronous=True)
