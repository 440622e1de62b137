"""End to end: a CQRS example served for real, with a real Celery worker on the local Redis. A
row created through the API reaches the project's asynchronous subscriber (the audit log) in
the worker, under the id of the request that created it. Bounded: the server and the worker
get two minutes between them, and both are stopped whatever happens."""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.projects import gate_env, run
from tests.services import require_redis

EXAMPLE = Path(__file__).parent.parent / "examples" / "shop.yaml"
API = "/api/v1"
DEADLINE = 120  # seconds for the server to answer and the worker to log the event
# With the shop example's gates, so that one worker generates and installs it.
pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group(EXAMPLE.name)]


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


def test_an_asynchronous_subscriber_runs_in_a_celery_worker(
    generated, project_venv: Path, tmp_path: Path
) -> None:
    redis_url = require_redis()
    project = generated(EXAMPLE)
    python = str(project_venv / "bin" / "python")
    env = gate_env(
        project_venv,
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        REDIS_URL=redis_url,
        CELERY_BROKER_URL=redis_url,
    )
    run([python, "manage.py", "migrate", "--noinput"], project, env)
    # Only staff write the catalogue (the secure default): the row is created by an admin.
    account = {"username": "worker-test", "email": "w@example.com", "password": "pw-9x!Lk2#q"}
    admin = {f"DJANGO_SUPERUSER_{key.upper()}": value for key, value in account.items()}
    run([python, "manage.py", "createsuperuser", "--noinput"], project, {**env, **admin})
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    worker_log, server_log = tmp_path / "worker.log", tmp_path / "server.log"
    worker = [python, "-m", "celery", "-A", "config", "worker", "--pool=solo", "--loglevel=INFO"]
    server = [python, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"]
    request_id = f"cqrs-e2e-{uuid.uuid4().hex}"
    with ExitStack() as running:
        running.enter_context(started(worker, project, env, worker_log))
        running.enter_context(started(server, project, env, server_log))
        deadline = time.monotonic() + DEADLINE
        until(
            deadline,
            "the server",
            lambda: urllib.request.urlopen(f"{base}/health/"),
            server_log,
        )
        tokens, _ = call(base, f"{API}/auth/login/", account)
        row, headers = call(
            base,
            f"{API}/categories/",
            {"name": f"Made for the worker {request_id[-8:]}"},
            Authorization=f"Bearer {tokens['access']}",
            **{"X-Request-ID": request_id},
        )
        assert headers["X-Request-ID"] == request_id
        line = until(
            deadline,
            f"the worker to log CategoryCreated under {request_id}",
            lambda: next(
                (
                    line
                    for line in worker_log.read_text().splitlines()
                    if request_id in line and "CategoryCreated" in line
                ),
                None,
            ),
            worker_log,
        )
    assert f"CategoryCreated {row['id']} by user" in line
