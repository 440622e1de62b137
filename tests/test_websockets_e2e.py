"""End to end: a streaming example served by a real ASGI server (uvicorn) on the loopback
interface with the Redis channel layer. A real WebSocket client signs in with its access token
as the `bearer.` subprotocol (which the server selects), another client writes through the REST
API, and the socket receives the change. Bounded: two minutes, the server stopped whatever
happens."""

from __future__ import annotations

import json
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from websockets.sync.client import connect

from tests.projects import gate_env
from tests.servers import call, free_port, migrated_with_staff, started, until
from tests.services import require_redis

EXAMPLE = Path(__file__).parent.parent / "examples" / "kitchen-sink.md"
API = "/api/v1"
DEADLINE = 120
pytestmark = pytest.mark.e2e


def signed_in(base: str, account: dict[str, str]) -> str:
    tokens, _ = call(base, f"{API}/auth/login/", account)
    access: str = tokens["access"]
    return access


def test_a_rest_write_reaches_a_real_socket(generated, project_venv: Path, tmp_path: Path) -> None:
    redis_url = require_redis()
    project = generated(EXAMPLE)
    python = str(project_venv / "bin" / "python")
    env = gate_env(
        project_venv,
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        REDIS_URL=redis_url,
    )
    staff = {"username": "socket-staff", "email": "s@example.com", "password": "pw-9x!Lk2#q"}
    migrated_with_staff(python, project, env, staff)
    port = free_port()
    base, log = f"http://127.0.0.1:{port}", tmp_path / "server.log"
    server = [python, "-m", "uvicorn", "config.asgi:application", "--host", "127.0.0.1"]
    with started([*server, "--port", str(port)], project, env, log):
        deadline = time.monotonic() + DEADLINE
        until(deadline, "the server", lambda: urllib.request.urlopen(f"{base}/ready/"), log)
        token = signed_in(base, staff)
        # Another client: a member who books a room the staff made, and so owns the booking.
        member = {"username": "socket-member", "email": "m@example.com", "password": "pw-7y!Qz3#w"}
        call(base, f"{API}/auth/register/", {**member, "display_name": "Member"})
        bearer = {"Authorization": f"Bearer {token}"}
        room, _ = call(base, f"{API}/rooms/", {"code": "r-101", "capacity": 4}, **bearer)
        booking = {
            "room": room["id"],
            "starts_at": "2030-01-01T09:00:00Z",
            "ends_at": "2030-01-01T10:00:00Z",
        }
        with connect(
            f"ws://127.0.0.1:{port}/ws/v1/bookings/",
            subprotocols=[f"bearer.{token}"],
            origin=base,
            open_timeout=10,
        ) as socket:
            assert socket.subprotocol == f"bearer.{token}"
            member_bearer = {"Authorization": f"Bearer {signed_in(base, member)}"}
            row, _ = call(base, f"{API}/bookings/", booking, **member_bearer)
            message: dict[str, Any] = json.loads(socket.recv(timeout=30))
    assert (message["type"], message["entity"], message["id"]) == ("created", "Booking", row["id"])
    assert message["data"]["room"]["id"] == room["id"]
    assert message["data"]["booked_by"]["display"]  # the list's representation
    # Numbered in Redis, which outlives this test's database: counted, not from 1.
    assert message["position"] >= 1 and message["version"] >= 1
