"""The sockets' blocking work (the database, the recent-events buffer), off the event loop."""

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from asgiref.sync import sync_to_async
from django.db import connections

T = TypeVar("T")


def in_thread(function: Callable[..., T]) -> Callable[..., Awaitable[T]]:
    """`function` run in a worker thread of its own, its database connections closed (given
    back to the pool) after. Under an ASGI server every thread-sensitive call shares one
    thread: sockets that open together would wait in line for it."""

    def closing(*args: Any) -> T:
        try:
            return function(*args)
        finally:
            connections.close_all()

    return sync_to_async(closing, thread_sensitive=False)
