"""What the event store costs and how fast it reads, on PostgreSQL.

    DATABASE_URL=postgres://... python benchmarks/events.py [--writers 8] [--appends 300]
        [--python PATH]

It generates the shop example (Product and Order are event-sourced) and measures it in a
process of its own (`--python`: an interpreter with the generated project's dependencies; by
default this one), on the database of DATABASE_URL, which it migrates and whose event store
and catalogue it empties. It prints:

- append throughput: `--writers` threads each appending `--appends` events, one transaction
  each, on distinct streams and then all on one hot stream, with positions in commit order
  (the default: appends commit one at a time) and with per-stream locks
  (EVENT_STORE_ORDERED_POSITIONS off); every stream's versions are then checked to be exactly
  1..n, none lost or repeated. The ceiling is the same writers doing a plain INSERT loop into
  the same table (no lock, no version read);
- replay speed: 100,000 Product events (10,000 streams of 10) folded into an emptied table;
- as_of latency through the API: the median of `GET /api/v1/products/<id>/?as_of=` near the
  end of a stream of 100 events and of one of 10,000 events (snapshots every 50).

Targets: per-stream appends on distinct streams at least 50% of the INSERT loop, replay at
least 20,000 events/s, as_of at 10,000 events under 2x as_of at 100. Exits 1 when one is
missed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "shop.yaml"
KIND = "catalog.Product"
REPLAY_STREAMS, REPLAY_DEPTH = 10_000, 10
AS_OF_DEPTHS = (100, 10_000)
AS_OF_REQUESTS = 100
TARGETS = {"append": 0.5, "replay": 20_000, "as_of": 2.0}


def generate(target: Path) -> Path:
    project = target / "shop"
    subprocess.run(
        [sys.executable, "-m", "djgen", "new", str(EXAMPLE), "-o", str(project), "--force"],
        check=True,
        capture_output=True,
    )
    return project


# -- inside the project's process ----------------------------------------------------------


def set_up_django(project: Path) -> None:
    sys.path.insert(0, str(project))
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    os.environ["DJANGO_LOG_LEVEL"] = "WARNING"
    for scope in ("ANON", "USER", "BURST", "STRICT"):
        os.environ[f"THROTTLE_RATE_{scope}"] = "1000000/s"
    for name in ("REDIS_URL", "CELERY_BROKER_URL"):
        os.environ.pop(name, None)
    import django
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    django.setup()
    setup_test_environment(debug=False)
    call_command("migrate", verbosity=0)
    empty()


def empty() -> None:
    """The store, the catalogue and the users, emptied (TRUNCATE: the append-only trigger
    refuses DELETE, not TRUNCATE)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE event_store, event_snapshot, catalog_product, catalog_category, "
            "catalog_user CASCADE"
        )


def in_threads(writers: int, work: Callable[[int], None]) -> float:
    """Seconds for `writers` threads to each run `work(index)`, each on its own connection."""
    from django.db import connection

    def run(index: int) -> None:
        try:
            work(index)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(writers)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start


def check_versions(expected: dict[str, int]) -> None:
    """Each stream holds exactly versions 1..n: nothing lost, nothing repeated."""
    from apps.core.events.models import StoredEvent
    from django.db.models import Count, Max

    found = {
        row["stream_id"]: (row["n"], row["top"])
        for row in StoredEvent.objects.filter(stream_type=KIND)
        .values("stream_id")
        .annotate(n=Count("id"), top=Max("version"))
    }
    assert found == {key: (n, n) for key, n in expected.items()}, "versions lost or repeated"


def measure_appends(writers: int, appends: int) -> dict[str, float]:
    from apps.core.events.models import StoredEvent
    from apps.core.events.store import append
    from django.test import override_settings

    payload = {"changes": {"stock": {"old": 0, "new": 1}}}
    total = writers * appends

    def distinct(index: int) -> None:
        for _ in range(appends):
            append(KIND, f"d{index}", "ProductUpdated", payload)

    def hot(index: int) -> None:
        for _ in range(appends):
            append(KIND, "hot", "ProductUpdated", payload)

    def plain(index: int) -> None:
        for n in range(appends):
            StoredEvent.objects.create(
                stream_type="bench.Plain",
                stream_id=f"p{index}",
                version=n + 1,
                event_type="ProductUpdated",
                payload=payload,
            )

    found = {"insert": total / in_threads(writers, plain)}
    for ordered in (True, False):
        mode = "ordered" if ordered else "per-stream"
        with override_settings(EVENT_STORE_ORDERED_POSITIONS=ordered):
            found[f"distinct, {mode}"] = total / in_threads(writers, distinct)
            check_versions({f"d{i}": appends for i in range(writers)})
            empty()
            found[f"hot, {mode}"] = total / in_threads(writers, hot)
            check_versions({"hot": total})
            empty()
    return found


def measure_replay() -> dict[str, float]:
    from apps.catalog.factories import CategoryFactory
    from apps.catalog.models import Product
    from apps.core.events.models import StoredEvent
    from apps.core.events.replay import replay

    category = CategoryFactory.create().pk
    events = []
    for stream in range(REPLAY_STREAMS):
        data = {
            "sku": f"SKU-{stream}",
            "name": f"Product {stream}",
            "description": "",
            "price": "12.50",
            "stock": 0,
            "active": True,
            "weight_kg": 1.5,
            "category": category,
            "ships_to": [],
        }
        events.append(("ProductCreated", {"data": data}))
        events += [
            ("ProductUpdated", {"changes": {"stock": {"old": n - 1, "new": n}}})
            for n in range(1, REPLAY_DEPTH)
        ]
    StoredEvent.objects.bulk_create(
        (
            StoredEvent(
                stream_type=KIND,
                stream_id=str(index // REPLAY_DEPTH + 1),
                version=index % REPLAY_DEPTH + 1,
                event_type=kind,
                payload=payload,
            )
            for index, (kind, payload) in enumerate(events)
        ),
        batch_size=5000,
    )
    start = time.perf_counter()
    outcome = replay(Product, verify=False, batch_size=500, progress=lambda done, total: None)
    elapsed = time.perf_counter() - start
    assert Product.objects.count() == REPLAY_STREAMS, "replay missed rows"
    assert outcome.written == REPLAY_STREAMS
    start = time.perf_counter()
    verified = replay(Product, verify=True, batch_size=500, progress=lambda done, total: None)
    verify = time.perf_counter() - start
    assert not verified.differences, verified.differences[:3]
    empty()
    return {"replay": len(events) / elapsed, "verify": len(events) / verify}


def measure_as_of() -> dict[str, float]:
    from apps.catalog.factories import ProductFactory, UserFactory
    from apps.core.events.models import StoredEvent
    from apps.core.events.store import append
    from django.db import transaction
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(UserFactory(is_staff=True, is_superuser=True))
    found = {}
    for depth in AS_OF_DEPTHS:
        row = ProductFactory.create()
        with transaction.atomic():
            append(KIND, row.pk, "ProductCreated", {"data": {"stock": 0}})
            for n in range(1, depth):
                changes = {"stock": {"old": n - 1, "new": n}}
                append(KIND, row.pk, "ProductUpdated", {"changes": changes})
        moment = StoredEvent.objects.get(stream_id=str(row.pk), version=depth - 10).recorded_at
        url = f"/api/v1/products/{row.pk}/"
        timings = []
        for _ in range(AS_OF_REQUESTS):
            start = time.perf_counter()
            response = client.get(url, {"as_of": moment.isoformat()})
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.content[:300]
            assert response.data["stock"] == depth - 11
        found[str(depth)] = statistics.median(timings)
    return found


def measure(project: Path, writers: int, appends: int) -> dict[str, Any]:
    set_up_django(project)
    return {
        "append": measure_appends(writers, appends),
        "replay": measure_replay(),
        "as_of": measure_as_of(),
    }


# -- the driver ----------------------------------------------------------------------------


def report(found: dict[str, Any], writers: int, appends: int) -> bool:
    append, replayed, as_of = found["append"], found["replay"], found["as_of"]
    ratio = append["distinct, per-stream"] / append["insert"]
    slower = as_of["10000"] / as_of["100"]
    print(f"PostgreSQL, {writers} writers x {appends} appends, one transaction each")
    print(f"  plain INSERT loop            {append['insert']:>9,.0f} events/s (the ceiling)")
    for name, rate in append.items():
        if name != "insert":
            share = rate / append["insert"]
            print(f"  append, {name:<20} {rate:>9,.0f} events/s ({share:.0%}, versions checked)")
    events = REPLAY_STREAMS * REPLAY_DEPTH
    print(f"replay of {events:,} events  {replayed['replay']:>9,.0f} events/s")
    print(f"verify of {events:,} events  {replayed['verify']:>9,.0f} events/s")
    print(f"as_of median, 100 events     {as_of['100']:>7.2f} ms")
    print(f"as_of median, 10,000 events  {as_of['10000']:>7.2f} ms ({slower:.2f}x)")
    met = {
        "append": ratio >= TARGETS["append"],
        "replay": replayed["replay"] >= TARGETS["replay"],
        "as_of": slower < TARGETS["as_of"],
    }
    for name, ok in met.items():
        print(f"target {name}: {'met' if ok else 'MISSED'}")
    return all(met.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--appends", type=int, default=300, help="appends per writer")
    parser.add_argument("--python", default=sys.executable, help="the project's interpreter")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("set DATABASE_URL to a PostgreSQL database this benchmark may empty")
    if args.measure:
        print(json.dumps(measure(args.measure.resolve(), args.writers, args.appends)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        project = generate(Path(tmp))
        command = [args.python, __file__, "--measure", str(project)]
        command += ["--writers", str(args.writers), "--appends", str(args.appends)]
        done = subprocess.run(command, check=False, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"measuring failed:\n{done.stderr[-4000:]}")
    return 0 if report(json.loads(done.stdout), args.writers, args.appends) else 1


if __name__ == "__main__":
    sys.exit(main())
