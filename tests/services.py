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


def _required(services: dict[str, int]) -> list[str]:
    """The URLs of the environment variables named (each with its service's default port),
    checked: skip without them, fail without them in CI."""
    urls = [os.environ.get(name, "") for name in services]
    in_ci = os.environ.get("CI", "").lower() == "true"
    problems = [
        problem
        for (name, port), url in zip(services.items(), urls, strict=True)
        if (problem := f"{name} is not set" if not url else _reachable(url, port))
    ]
    if problems and in_ci:
        pytest.fail("CI needs " + " and ".join(services) + ": " + "; ".join(problems))
    if problems:
        pytest.skip("; ".join(problems))
    return urls


def require_services() -> tuple[str, str]:
    """DATABASE_URL and REDIS_URL, checked."""
    database_url, redis_url = _required({"DATABASE_URL": 5432, "REDIS_URL": 6379})
    return database_url, redis_url


def require_redis() -> str:
    """REDIS_URL, checked."""
    [redis_url] = _required({"REDIS_URL": 6379})
    return redis_url
