"""Cached against uncached list answers of the blog example, and the hit rate of a read/write mix.

    python benchmarks/cache.py [--rows 100] [--repeat 50] [--operations 1000]

Generates examples/blog.mmd into a temporary directory and serves its API in this interpreter,
which must have djgen and the generated project's dependencies installed: a test database
(in-memory SQLite, or PostgreSQL when DATABASE_URL is set) and the local-memory cache (Redis
when REDIS_URL is set). It seeds `rows` posts and times GET /api/v1/posts/?page_size=<rows> as
an admin through Django's test client: uncached (the posts' cache invalidated before each
request, so each one reads the database and serializes) and cached. Then it runs a mix of 90%
list reads and 10% post updates through the API, and reads the hit rate from
/api/v1/cache/stats/. Targets: cached at least 10x faster, hit rate at least 80%.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "blog.mmd"
SPEEDUP_TARGET = 10.0
HIT_RATE_TARGET = 0.8
WRITE_SHARE = 0.1
# The throttles would refuse a benchmark's pace.
UNTHROTTLED = {
    f"THROTTLE_RATE_{scope}": "1000000/minute" for scope in ("ANON", "USER", "BURST", "STRICT")
}


def generate(out: Path) -> Path:
    project = out / "blog"
    subprocess.run(
        [sys.executable, "-m", "djgen", "new", str(EXAMPLE), "-o", str(project)],
        check=True,
        capture_output=True,
    )
    return project


def timed(request: Callable[[], object], before: Callable[[], None], repeat: int) -> float:
    """The median time of `request`, in milliseconds; `before` runs untimed ahead of each."""
    samples = []
    for _ in range(repeat):
        before()
        start = time.perf_counter()
        request()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def bench(project: Path, rows: int, repeat: int, operations: int) -> tuple[float, float, float]:
    sys.path.insert(0, str(project))
    os.environ.update(UNTHROTTLED, DJANGO_SETTINGS_MODULE="config.settings.test")
    import django

    django.setup()
    import logging

    from django.test.utils import setup_databases, setup_test_environment, teardown_databases
    from django.urls import reverse
    from rest_framework.test import APIClient

    logging.disable(logging.INFO)  # one log line per request would dominate the timings
    setup_test_environment()
    databases = setup_databases(verbosity=0, interactive=False)
    try:
        from apps.blog.factories import PostFactory, UserFactory
        from apps.blog.models import Post
        from apps.core.cache import EntityCache
        from apps.core.testing import clear_cache

        clear_cache()
        posts = PostFactory.create_batch(rows)
        client = APIClient()
        client.force_authenticate(user=UserFactory(is_staff=True, is_superuser=True))
        url = f"{reverse('blog:post-list')}?page_size={rows}"
        answer = client.get(url)
        assert answer.status_code == 200 and len(answer.data["results"]) == rows, answer.data

        def read() -> None:
            assert client.get(url).status_code == 200

        uncached = timed(read, EntityCache.of(Post).invalidate, repeat)
        cached = timed(read, lambda: None, repeat)

        clear_cache()
        rng = random.Random(7)
        for step in range(operations):
            if rng.random() < WRITE_SHARE:
                post = rng.choice(posts)
                detail = reverse("blog:post-detail", args=[post.pk])
                written = client.patch(detail, {"title": f"Edit {step}"}, format="json")
                assert written.status_code == 200, written.data
            else:
                read()
        stats = client.get(reverse("cache-stats")).json()
    finally:
        teardown_databases(databases, verbosity=0)
    return uncached, cached, stats["hit_rate"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rows", type=int, default=100, help="Posts, all on one page (100).")
    parser.add_argument("--repeat", type=int, default=50, help="Timed requests of each kind.")
    parser.add_argument("--operations", type=int, default=1000, help="Requests of the mix.")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="djgen-cache-bench-") as tmp:
        project = generate(Path(tmp))
        uncached, cached, hit_rate = bench(
            project, options.rows, options.repeat, options.operations
        )
    backend = "Redis" if os.environ.get("REDIS_URL") else "local memory"
    speedup = uncached / cached
    print(f"GET /api/v1/posts/?page_size={options.rows} ({backend}), median of {options.repeat}")
    print(f"  uncached  {uncached:8.2f} ms")
    print(f"  cached    {cached:8.2f} ms   {speedup:.1f}x faster")
    print(f"{options.operations} requests, 90% list reads, 10% post updates")
    print(f"  hit rate  {hit_rate:.1%}")
    results = (
        (speedup >= SPEEDUP_TARGET, f"cached {speedup:.1f}x faster (target >= 10x)"),
        (hit_rate >= HIT_RATE_TARGET, f"hit rate {hit_rate:.1%} (target >= 80%)"),
    )
    for passed, line in results:
        print(f"{'PASS' if passed else 'FAIL'}  {line}")
    sys.exit(0 if all(passed for passed, _ in results) else 1)


if __name__ == "__main__":
    main()
