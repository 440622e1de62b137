"""PostgreSQL and Redis for the tests that need them.

They come from DATABASE_URL and REDIS_URL. Without them the tests that need them are skipped,
so the suite passes on a laptop with no services; in CI (CI=true) they must be set and
reachable, and a missing one fails loudly instead of skipping.
"""

from __future__ import annotations

import os
import socket
from urllib.parse import urlsplit

import pytest


def _reachable(url: str, default_port: int) -> str | None:
    """None when a TCP connection to the URL's host and port succeeds, else why not."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or default_port
    try:
        with socket.create_connection((host, port), timeout=3):
            return None
    except OSError as error:
        return f"{url}: cannot connect to {host}:{port} ({error})"


def require_services() -> tuple[str, str]:
    """DATABASE_URL and REDIS_URL, checked; skip without them, fail without them in CI."""
    database_url = os.environ.get("DATABASE_URL", "")
    redis_url = os.environ.get("REDIS_URL", "")
    in_ci = os.environ.get("CI", "").lower() == "true"
    problems = [
        problem
        for problem in (
            "DATABASE_URL is not set" if not database_url else _reachable(database_url, 5432),
            "REDIS_URL is not set" if not redis_url else _reachable(redis_url, 6379),
        )
        if problem
    ]
    if problems and in_ci:
        pytest.fail("CI needs PostgreSQL and Redis: " + "; ".join(problems))
    if problems:
        pytest.skip("; ".join(problems))
    return database_url, redis_url
