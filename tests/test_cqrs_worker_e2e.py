"""End to end: a CQRS example served for real, with a real Celery worker on the local Redis. A
row created through the API reaches the project's asynchronous subscriber (the audit log) in
the worker, under the id of the request that created it. Bounded: the server and the worker
get two minutes between them, and both are stopped whatever happens."""

from __future__ import annotations

import time
import urllib.request
import uuid
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.projects import gate_env
from tests.servers import call, free_port, migrated_with_staff, started, until
from tests.services import require_redis

EXAMPLE = Path(__file__).parent.parent / "examples" / "shop.yaml"
API = "/api/v1"
DEADLINE = 120  # seconds for the server to answer and the worker to log the event
# With the shop example's gates, so that one worker generates and installs it.
pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group(EXAMPLE.name)]


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
    # Only staff write the catalogue (the secure default): the row is created by an admin.
    account = {"username": "worker-test", "email": "w@example.com", "password": "pw-9x!Lk2#q"}
    migrated_with_staff(python, project, env, account)
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
