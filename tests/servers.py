"""A generated project's servers in an end-to-end test: a free port on the loopback, a process
run in the background and always stopped, waiting for what it should do, and JSON posted to it;
and the database such a server needs, migrated, with a staff account."""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.projects import run


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def started(args: list[str], cwd: Path, env: dict[str, str], log: Path) -> Iterator[None]:
    """A process running in the background, its output in `log`, stopped on leaving."""
    with log.open("w") as out:
        process = subprocess.Popen(args, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            yield
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def until(deadline: float, what: str, check: Callable[[], Any], log: Path | None = None) -> Any:
    """`check()`'s first true answer; fail with `what` (and the tail of `log`) once past the
    deadline."""
    while time.monotonic() < deadline:
        try:
            found = check()
        except OSError:
            found = None
        if found:
            return found
        time.sleep(0.5)
    tail = log.read_text()[-4000:] if log is not None and log.exists() else ""
    pytest.fail(f"gave up waiting for {what}\n{tail}")


def call(base: str, path: str, body: dict[str, Any], **headers: str) -> tuple[Any, dict[str, str]]:
    request = urllib.request.Request(
        base + path,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **headers},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read()), dict(answer.headers)


def migrated_with_staff(
    python: str, project: Path, env: dict[str, str], account: dict[str, str]
) -> None:
    """Migrate the project's database and create a superuser from `account` (its username,
    email and password)."""
    run([python, "manage.py", "migrate", "--noinput"], project, env)
    admin = {f"DJANGO_SUPERUSER_{key.upper()}": value for key, value in account.items()}
    run([python, "manage.py", "createsuperuser", "--noinput"], project, {**env, **admin})
