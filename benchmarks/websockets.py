"""Sockets under load: the kitchen-sink example (bookings stream over WebSockets) served by one
uvicorn ASGI worker with production settings and the Redis channel layer.

    python benchmarks/websockets.py --redis-url redis://127.0.0.1:6379/3 \\
        [--database-url postgres://postgres@127.0.0.1:5432/ws] [--project DIR] [--sockets 1000]

Run it with an interpreter that has the generated project's dependencies and the `websockets`
client installed; without `--project` it generates the example first, with this interpreter's
djgen. The database is migrated (a fresh SQLite file unless `--database-url` names one: give it
one of its own, it is flushed) and the Redis database emptied. Everything listens on the
loopback interface only, and the whole run is bounded (`--timeout`).

It opens `--sockets` authenticated sockets (the access token as the `bearer.` subprotocol) and
prints the connect rate and the server's memory per socket; then the ASGI load figures
(throughput, latency, 5xx) of REST clients reading and writing while every socket is open and
read; then, with 1,000, 100 and 10 of them following the stream, the latency from a REST write
to its message on every socket (p50/p95). Exits 1 when a socket missed a message or an answer
was a 5xx.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

# This file's folder comes first on the path when it runs as a script, and its name would
# shadow the `websockets` package it uses.
sys.path = [p for p in sys.path if Path(p).resolve() != Path(__file__).parent.resolve()]
from websockets.asyncio.client import ClientConnection, connect  # noqa: E402

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "kitchen-sink.md"
HOST = "127.0.0.1"
PASSWORD = "socket-bench-Passw0rd"
LEVELS = (1000, 100, 10)
WRITES = 10  # REST writes per fan-out level
MAKE_STAFF = """
from django.contrib.auth import get_user_model
get_user_model().objects.create_user("bench", "bench@example.com", {password!r}, is_staff=True)
"""


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--redis-url", required=True)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--project", type=Path)
    parser.add_argument("--sockets", type=int, default=1000)
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--load-seconds", type=float, default=10.0)
    parser.add_argument("--load-clients", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds for the run")
    return parser.parse_args()


def environment(args: argparse.Namespace, work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.prod",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS=HOST,
        DATABASE_URL=args.database_url or f"sqlite:///{work / 'db.sqlite3'}",
        REDIS_URL=args.redis_url,
        DJANGO_LOG_LEVEL="WARNING",
        # The clients are one user: the rate limits would measure themselves.
        THROTTLE_RATE_USER="1000000/hour",
        THROTTLE_RATE_BURST="1000000/minute",
    )
    return env


def prepare(project: Path, env: dict[str, str], fresh: bool) -> None:
    python = [sys.executable, "manage.py"]

    def manage(*args: str) -> None:
        subprocess.run([*python, *args], cwd=project, env=env, check=True, capture_output=True)

    if fresh:
        manage("flush", "--noinput")
    manage("migrate", "--noinput")
    manage("shell", "-c", MAKE_STAFF.format(password=PASSWORD))
    flush = f"import redis; redis.Redis.from_url({env['REDIS_URL']!r}).flushdb()"
    subprocess.run([sys.executable, "-c", flush], check=True)


@contextmanager
def served(project: Path, env: dict[str, str], port: int, log: Path) -> Iterator[int]:
    """One uvicorn worker; yields its process id."""
    args = [sys.executable, "-m", "uvicorn", "config.asgi:application", "--host", HOST]
    args += ["--port", str(port), "--no-access-log", "--ws-max-queue", "64"]
    with log.open("w") as out:
        process = subprocess.Popen(args, cwd=project, env=env, stdout=out, stderr=out)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    status, _ = request(port, "GET", "/ready/")
                    if status == 200:
                        break
                except OSError:
                    time.sleep(0.3)
            else:
                raise SystemExit(f"the server did not start:\n{log.read_text()[-3000:]}")
            yield process.pid
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            errors = [line for line in log.read_text().splitlines() if "Error" in line]
            if errors:
                print(f"server errors       {len(errors)}, the last: {errors[-1][:300]}")


def request(
    port: int, method: str, path: str, body: Any = None, token: str = ""
) -> tuple[int, Any]:
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    headers = {"Content-Type": "application/json", "X-Forwarded-Proto": "https"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    try:
        connection.request(method, path, None if body is None else json.dumps(body), headers)
        response = connection.getresponse()
        data = response.read()
    finally:
        connection.close()
    return response.status, json.loads(data) if data else None


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


class Bench:
    def __init__(self, port: int, token: str, room: int) -> None:
        self.port, self.token, self.room = port, token, room
        self.url = f"ws://{HOST}:{port}/ws/v1/bookings/"
        self.slot = 0

    async def open(self) -> ClientConnection:
        return await connect(
            self.url,
            subprotocols=[f"bearer.{self.token}"],
            origin=f"https://{HOST}",
            open_timeout=60,
            max_queue=64,
        )

    def write(self) -> int:
        self.slot += 1
        status, row = request(
            self.port, "POST", "/api/v1/bookings/", booking(self.room, self.slot), self.token
        )
        assert status == 201, (status, row)
        return int(row["id"])

    async def fan_out(self, sockets: list[ClientConnection]) -> tuple[list[float], int]:
        """Latencies (seconds) from each write to its message on every socket; misses."""
        latencies: list[float] = []
        missed = 0
        for _ in range(WRITES):
            start = time.perf_counter()
            key = await asyncio.to_thread(self.write)
            found = await asyncio.gather(*(heard(s, key, start) for s in sockets))
            latencies += [f for f in found if f is not None]
            missed += sum(f is None for f in found)
        return latencies, missed


async def heard(socket: ClientConnection, key: int, start: float) -> float | None:
    """Seconds from `start` to the socket's message about the row `key`; None if none came."""
    try:
        while True:
            message = json.loads(await asyncio.wait_for(socket.recv(), 30))
            if message.get("id") == key:
                return time.perf_counter() - start
    except TimeoutError:
        return None


async def drain(socket: ClientConnection) -> None:
    async for _ in socket:
        pass


def booking(room: int, slot: int) -> dict[str, Any]:
    """A booking of the room at its own hour: (room, starts_at) is unique."""
    starts = datetime(2031, 1, 1, tzinfo=UTC) + timedelta(hours=slot)
    return {
        "room": room,
        "starts_at": starts.isoformat(),
        "ends_at": (starts + timedelta(minutes=30)).isoformat(),
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def load(port: int, token: str, room: int, seconds: float, clients: int) -> dict[str, float]:
    """REST clients reading the bookings list and writing bookings, while sockets are open."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(n: int) -> None:
        slot = 0
        while time.monotonic() < stop:
            slot += 1
            start = time.perf_counter()
            if slot % 10 == 0:
                body = booking(room, 1_000_000 * (n + 1) + slot)
                status, _ = request(port, "POST", "/api/v1/bookings/", body, token)
            else:
                status, _ = request(port, "GET", "/api/v1/bookings/", None, token)
            with lock:
                latencies.append(time.perf_counter() - start)
                errors[0] += status >= 500

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {
        "requests": len(latencies),
        "per_second": len(latencies) / seconds,
        "p50_ms": 1000 * statistics.median(latencies),
        "p95_ms": 1000 * percentile(latencies, 0.95),
        "5xx": errors[0],
    }


async def measure(args: argparse.Namespace, pid: int, token: str, room: int) -> int:
    bench = Bench(args.port, token, room)
    before = rss_kib(pid)
    start = time.perf_counter()
    sockets: list[ClientConnection] = []
    for batch in range(0, args.sockets, 100):
        count = min(100, args.sockets - batch)
        sockets += await asyncio.gather(*(bench.open() for _ in range(count)))
    elapsed = time.perf_counter() - start
    await asyncio.sleep(1)
    grown = rss_kib(pid) - before
    print(f"sockets open        {len(sockets)} in {elapsed:.2f} s ({len(sockets) / elapsed:.0f}/s)")
    print(f"server memory       +{grown / 1024:.1f} MiB, {grown / len(sockets):.1f} KiB per socket")
    # The REST load first, every socket open and read (what they hear is dropped).
    drains = [asyncio.create_task(drain(socket)) for socket in sockets]
    figures = await asyncio.to_thread(
        load, args.port, token, room, args.load_seconds, args.load_clients
    )
    for task in drains:
        task.cancel()
    await asyncio.gather(*drains, return_exceptions=True)
    print(
        f"ASGI load           {args.load_clients} clients, {figures['requests']:.0f} requests, "
        f"{figures['per_second']:.0f}/s, p50 {figures['p50_ms']:.1f} ms, "
        f"p95 {figures['p95_ms']:.1f} ms, {figures['5xx']:.0f} 5xx "
        f"(with {len(sockets)} sockets open)"
    )
    failures = int(figures["5xx"])
    for level in LEVELS:
        if level > len(sockets):
            continue
        for extra in sockets[level:]:
            await extra.close()
        sockets = sockets[:level]
        latencies, missed = await bench.fan_out(sockets)
        failures += missed
        print(
            f"fan-out {level:>5}      p50 {1000 * statistics.median(latencies):.1f} ms, "
            f"p95 {1000 * percentile(latencies, 0.95):.1f} ms, {missed} missed "
            f"({WRITES} writes)"
        )
    for socket in sockets:
        await socket.close()
    return failures


def main() -> int:
    args = arguments()
    with tempfile.TemporaryDirectory(prefix="djgen-ws-bench-") as temp:
        work = Path(temp)
        project = args.project
        if project is None:
            project = work / "kitchen_sink"
            djgen = [sys.executable, "-m", "djgen", "new", str(EXAMPLE), "-o", str(project)]
            subprocess.run(djgen, check=True, stdout=subprocess.DEVNULL)
        env = environment(args, work)
        prepare(project, env, fresh=bool(args.database_url))
        with served(project, env, args.port, work / "server.log") as pid:
            login = {"username": "bench", "password": PASSWORD}
            _, tokens = request(args.port, "POST", "/api/v1/auth/login/", login)
            token = tokens["access"]
            status, room = request(
                args.port, "POST", "/api/v1/rooms/", {"code": "bench", "capacity": 9}, token
            )
            assert status == 201, room
            coroutine = measure(args, pid, token, room["id"])
            failures = asyncio.run(asyncio.wait_for(coroutine, args.timeout))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
