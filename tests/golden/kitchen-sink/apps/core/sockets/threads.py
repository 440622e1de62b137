"""The sockets' blocking work (the database, the recent-events buffer), off the event loop."""

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from asgiref.sync import sync_to_async
from django.db import connection, connections

T = TypeVar("T")


def in_thread(function: Callable[..., T]) -> Callable[..., Awaitable[T]]:
    """`function` run off the event loop, its database connections closed (given back to the
    pool) after.

    On PostgreSQL each call has a worker thread of its own: under an ASGI server every
    thread-sensitive call shares one thread, and sockets that open together would wait in line
    for it. SQLite is the exception, on the one thread Django runs its synchronous views on:
    it takes one writer at a time anyway, and its in-memory test database (one cache shared by
    every connection) answers "database table is locked" at once, without waiting, to a
    connection that reads a table while another thread's connection writes it."""

    def closing(*args: Any) -> T:
        try:
            return function(*args)
        finally:
            connections.close_all()

    return sync_to_async(closing, thread_sensitive=connection.vendor == "sqlite")
