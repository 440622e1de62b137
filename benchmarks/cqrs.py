"""What commands and queries cost: create and update latency through the API with and without
CQRS on the same model, and the event bus's throughput for in-process subscribers.

    python benchmarks/cqrs.py [--requests 200] [--rounds 3] [--python PATH]

It generates the shop example twice, as written (`cqrs: true`) and without `cqrs`, and measures
each project in a process of its own (`--python`: an interpreter with the generated projects'
dependencies, celery included; by default this one). Each process seeds an SQLite database,
then times `POST /api/v1/orders/` and `PUT /api/v1/orders/<id>/` through DRF's test client as
an admin, after a warm-up; the rounds alternate between the projects, and the medians are
taken over every round's requests. Both use the local-memory cache (each write invalidates
cached answers, as in production), throttles that never refuse, and a log that shows warnings
only, so both paths do the same work apart from commands and events. The bus
is timed in the CQRS project: events published in transactions of 100, each delivered after
the commit to one in-process subscriber.
Target: CQRS at most 1.15 times the plain path's median, for creates and for updates. Exits 1
when it is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "shop.yaml"
URL = "/api/v1/orders/"
WARM_UP = 20
CUSTOMERS = 10
EVENTS, BATCH = 20_000, 100
TARGET = 1.15


def generate(target: Path, cqrs: bool) -> Path:
    """The shop example, with its `cqrs: true` line or without it; without event sourcing
    either way (it implies CQRS, and benchmarks/events.py times it)."""
    spec = EXAMPLE.read_text(encoding="utf-8")
    spec = "".join(line for line in spec.splitlines(True) if "event_sourcing:" not in line)
    if not cqrs:
        spec = "".join(line for line in spec.splitlines(True) if "cqrs:" not in line)
    source = target / ("shop-cqrs.yaml" if cqrs else "shop-plain.yaml")
    source.write_text(spec, encoding="utf-8")
    project = target / source.stem
    subprocess.run(
        [sys.executable, "-m", "djgen", "new", str(source), "-o", str(project), "--force"],
        check=True,
        capture_output=True,
    )
    return project


# -- inside a project's process ------------------------------------------------------------


def set_up_django(project: Path, database: Path) -> None:
    sys.path.insert(0, str(project))
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["DJANGO_LOG_LEVEL"] = "WARNING"
    for scope in ("ANON", "USER", "BURST", "STRICT"):
        os.environ[f"THROTTLE_RATE_{scope}"] = "1000000/s"
    for name in ("REDIS_URL", "CELERY_BROKER_URL"):
        os.environ.pop(name, None)
    import django
    from django.test.utils import setup_test_environment

    django.setup()
    setup_test_environment(debug=False)


def timed(send: Any, requests: int) -> list[float]:
    """Milliseconds of each of `requests` calls of `send(n)`, after a warm-up."""
    for n in range(WARM_UP):
        send(-1 - n)
    timings = []
    for n in range(requests):
        start = time.perf_counter()
        send(n)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def measure_api(requests: int, tag: str) -> dict[str, list[float]]:
    from apps.catalog.factories import UserFactory
    from apps.customers.factories import CustomerFactory
    from apps.orders.factories import OrderFactory
    from django.core.management import call_command
    from rest_framework.test import APIClient

    call_command("migrate", verbosity=0)
    client = APIClient()
    client.force_authenticate(UserFactory(is_staff=True, is_superuser=True))
    customers = [c.pk for c in CustomerFactory.create_batch(CUSTOMERS)]
    orders = [o.pk for o in OrderFactory.create_batch(requests + WARM_UP)]

    def body(n: int, kind: str) -> dict[str, Any]:
        return {
            "number": f"{kind}{tag}{n}",
            "customer": customers[n % CUSTOMERS],
            "status": "PAID",
            "total": "12.50",
            "notes": "Leave at the door.",
        }

    def create(n: int) -> None:
        response = client.post(URL, body(n, "C"), format="json")
        assert response.status_code == 201, response.content[:500]

    def update(n: int) -> None:
        response = client.put(f"{URL}{orders[n]}/", body(n, "U"), format="json")
        assert response.status_code == 200, response.content[:500]

    return {"create": timed(create, requests), "update": timed(update, requests)}


def measure_bus() -> float:
    """Events per second through publish and delivery after the commit, one subscriber."""
    from apps.core.cqrs import Event, publish, subscribe, unsubscribe
    from apps.core.subscribers import record
    from apps.orders.events import OrderCreated
    from django.db import transaction

    unsubscribe(Event, record)  # the audit log would time the logging, not the bus
    heard: list[Event] = []
    subscribe(OrderCreated, heard.append)
    start = time.perf_counter()
    for batch in range(EVENTS // BATCH):
        with transaction.atomic():
            for n in range(BATCH):
                publish(OrderCreated(id=batch * BATCH + n, data={"number": str(n)}))
    elapsed = time.perf_counter() - start
    assert len(heard) == EVENTS
    return EVENTS / elapsed


def measure(project: Path, requests: int, tag: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        set_up_django(project, Path(tmp) / "benchmark.sqlite3")
        found: dict[str, Any] = dict(measure_api(requests, tag))
        if (project / "apps" / "core" / "cqrs").is_dir():
            found["bus"] = measure_bus()
        return found


# -- the driver ----------------------------------------------------------------------------


def run_measure(python: str, project: Path, requests: int, tag: str) -> dict[str, Any]:
    args = [python, __file__, "--measure", str(project), "--requests", str(requests)]
    done = subprocess.run([*args, "--tag", tag], check=False, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"measuring {project.name} failed:\n{done.stderr[-4000:]}")
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200, help="timed requests per kind")
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs per project")
    parser.add_argument("--python", default=sys.executable, help="the projects' interpreter")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--tag", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure.resolve(), args.requests, args.tag)))
        return 0
    samples: dict[str, dict[str, list[float]]] = {
        "plain": {"create": [], "update": []},
        "cqrs": {"create": [], "update": []},
    }
    bus: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        projects = {"plain": generate(Path(tmp), False), "cqrs": generate(Path(tmp), True)}
        for round_ in range(args.rounds):
            for name, project in projects.items():
                found = run_measure(args.python, project, args.requests, f"r{round_}")
                for kind in ("create", "update"):
                    samples[name][kind] += found[kind]
                bus += [found["bus"]] if "bus" in found else []
    print(f"Orders API, SQLite, median of {args.rounds} x {args.requests} requests (ms)")
    print(f"{'':>7} {'plain':>8} {'cqrs':>8} {'ratio':>6}")
    met = True
    for kind in ("create", "update"):
        plain = statistics.median(samples["plain"][kind])
        cqrs = statistics.median(samples["cqrs"][kind])
        met = met and cqrs / plain <= TARGET
        print(f"{kind:>7} {plain:>8.2f} {cqrs:>8.2f} {cqrs / plain:>5.2f}x")
    print(f"event bus: {statistics.median(bus):,.0f} events/s in process, one subscriber")
    print(f"CQRS at most {TARGET}x the plain path: {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
