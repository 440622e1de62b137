"""The event bus: who hears of what, and when.

An event is delivered once the transaction that published it commits, and never when that
transaction (or one around it) rolls back. Subscribers run one after the other in the process
that committed; an asynchronous one runs as a Celery task when CELERY_BROKER_URL is set, and
in process otherwise, so the project runs without any service. A subscriber that fails is
logged with the request id and never undoes the write.
"""

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import partial
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils.module_loading import import_string

from .context import request_context
from .messages import Event
from .tasks import deliver_event

logger = logging.getLogger(__name__)

Subscriber = Callable[[Any], None]


@dataclass(frozen=True)
class Subscription:
    subscriber: Subscriber
    asynchronous: bool


_subscriptions: dict[type[Event], list[Subscription]] = {}


def path_of(thing: Any) -> str:
    """The dotted path a worker imports a subscriber or an event class by."""
    return f"{thing.__module__}.{thing.__qualname__}"


def importable(subscriber: Subscriber) -> bool:
    try:
        return import_string(path_of(subscriber)) is subscriber
    except ImportError:
        return False


def subscribe(
    event_type: type[Event], subscriber: Subscriber, *, asynchronous: bool = False
) -> None:
    """Call `subscriber(event)` after each commit of a transaction that published an event
    of `event_type` or of a subclass (subscribing to `Event` hears them all). A worker imports
    an asynchronous subscriber by its dotted path: it must be a module-level function."""
    if asynchronous and not importable(subscriber):
        raise ImproperlyConfigured(
            f"{path_of(subscriber)} cannot be imported by its path, so no worker can run "
            "it: subscribe a module-level function"
        )
    subscriptions = _subscriptions.setdefault(event_type, [])
    if all(s.subscriber != subscriber for s in subscriptions):
        subscriptions.append(Subscription(subscriber, asynchronous))


def unsubscribe(event_type: type[Event], subscriber: Subscriber) -> None:
    _subscriptions[event_type] = [
        s for s in _subscriptions.get(event_type, []) if s.subscriber != subscriber
    ]


def subscriptions_of(event_type: type[Event]) -> list[Subscription]:
    """Who hears an event of this type: subscribers of its class and of its bases, each once."""
    found: list[Subscription] = []
    for kind in event_type.__mro__:
        for subscription in _subscriptions.get(kind, []):
            if all(s.subscriber != subscription.subscriber for s in found):
                found.append(subscription)
    return found


def publish(event: Event) -> None:
    """Deliver `event` once the current transaction commits; at once outside a transaction."""
    transaction.on_commit(partial(deliver, event))


def deliver(event: Event) -> None:
    for subscription in subscriptions_of(type(event)):
        if subscription.asynchronous and settings.CELERY_BROKER_URL:
            enqueue(subscription.subscriber, event)
        else:
            run(subscription.subscriber, event)


def failure_context(subscriber: Subscriber, event: Event) -> dict[str, Any]:
    return {
        "request_id": event.request_id,
        "event_id": event.event_id,
        "event": type(event).__name__,
        "subscriber": path_of(subscriber),
    }


def run(subscriber: Subscriber, event: Event) -> None:
    """Call a subscriber in process; what it raises is logged, never raised."""
    with request_context(event.request_id):
        try:
            subscriber(event)
        except Exception:
            logger.exception(
                "Subscriber %s failed on %s %s",
                path_of(subscriber),
                type(event).__name__,
                event.event_id,
                extra=failure_context(subscriber, event),
            )


def enqueue(subscriber: Subscriber, event: Event) -> None:
    """Hand an event to a Celery worker; a broker that cannot be reached is logged, and the
    command stands."""
    try:
        deliver_event.delay(path_of(subscriber), path_of(type(event)), asdict(event))
    except Exception:
        with request_context(event.request_id):
            logger.exception(
                "Could not queue %s for %s",
                type(event).__name__,
                path_of(subscriber),
                extra=failure_context(subscriber, event),
            )
