"""PostgreSQL and Redis for the tests that need them.

They come from DATABASE_URL and REDIS_URL. Without them the tests that need them are skipped,
so the suite passes on a laptop with no services; in CI (CI=true) they must be set and
reachable, and a missing one fails loudly instead of skipping.

The suite runs in parallel (pytest-xdist): each worker gets a database and a Redis database of
its own, so that two generated projects never share a test database or a cache.
"""

from __future__ import annotations

import os
import socket
from urllib.parse import urlsplit, urlunsplit

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


def _worker() -> int:
    """This pytest-xdist worker's number (gw3 → 3); 0 when the suite is not split."""
    return int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))


def _with_path(url: str, path: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=path))


def _worker_database(database_url: str) -> str:
    """The database of this worker: the given one for worker 0, else `<name>_w<n>`, created on
    first use."""
    worker = _worker()
    if not worker:
        return database_url
    import psycopg  # Only the parallel end-to-end runs need a client.

    name = f"{urlsplit(database_url).path.lstrip('/')}_w{worker}"
    with psycopg.connect(_with_path(database_url, "/postgres"), autocommit=True) as server:
        if not server.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            server.execute(f'CREATE DATABASE "{name}"')
    return _with_path(database_url, f"/{name}")


def _worker_redis(redis_url: str) -> str:
    """The Redis database of this worker: the given number plus the worker's, of Redis's 16."""
    number = int(urlsplit(redis_url).path.lstrip("/") or 0)
    return _with_path(redis_url, f"/{(number + _worker()) % 16}")


def require_services() -> tuple[str, str]:
    """DATABASE_URL and REDIS_URL, checked, for this worker."""
    database_url, redis_url = _required({"DATABASE_URL": 5432, "REDIS_URL": 6379})
    return _worker_database(database_url), _worker_redis(redis_url)


def require_redis() -> str:
    """REDIS_URL, checked, for this worker."""
    [redis_url] = _required({"REDIS_URL": 6379})
    return _worker_redis(redis_url)
