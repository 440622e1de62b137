"""The Celery task that runs an asynchronous subscriber in a worker. A failure is logged with
the id of the request whose command published the event, and the task is retried with
exponential backoff (about 1, 2, 4, 8, 16 seconds, with jitter), then given up and logged."""

import logging
from typing import Any

from celery import shared_task
from django.utils.module_loading import import_string

from .context import request_context

logger = logging.getLogger(__name__)

MAX_RETRIES = 5


@shared_task(
    autoretry_for=(Exception,),
    retry_backoff=True,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=MAX_RETRIES,
    acks_late=True,
    ignore_result=True,
)
def deliver_event(subscriber: str, event_type: str, payload: dict[str, Any]) -> None:
    """Call the subscriber at the dotted path `subscriber` with the event rebuilt from its
    class's path and its fields."""
    event = import_string(event_type)(**payload)
    with request_context(event.request_id):
        try:
            import_string(subscriber)(event)
        except Exception:
            logger.exception(
                "Subscriber %s failed on %s %s",
                subscriber,
                event_type.rsplit(".", 1)[-1],
                event.event_id,
                extra={
                    "request_id": event.request_id,
                    "event_id": event.event_id,
                    "subscriber": subscriber,
                },
            )
            raise
