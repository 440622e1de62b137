"""How fast `djgen serve` answers: validating a 100-entity diagram, and generating a project.

    python benchmarks/serve.py [--entities 100] [--runs 20] [--builds 5]

It starts `djgen serve` on a free port as a user does and times requests from this process
over HTTP, as the page makes them: `POST /api/validate` on the synthetic diagram of
benchmarks/generation.py (`--runs` times), then `POST /api/generate` on examples/blog.mmd
(`--builds` times; the answer is the whole project, formatted and zipped). It prints the
fastest and the median of each. Target: a 100-entity diagram validates in under 100 ms, so
the page can check as its user types.

On a machine shared with other work the wall times grow with its load, so the script also
times the validation's own work in this process in CPU time (`time.process_time`: reading,
resolving, summarising and encoding the answer), which the load does not inflate as much, and
prints the load average it ran under; likewise the CPU time of `djgen new` on the blog, the
child process each generation runs (the zip itself is a few milliseconds more).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generation import diagram

from djgen.serve.answers import CheckAnswer
from djgen.serve.work import check

BLOG = Path(__file__).parent.parent / "examples" / "blog.mmd"
VALIDATE_TARGET = 0.1


@contextmanager
def served() -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "djgen", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"{url}/api/schema", timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def timed(url: str, body: dict[str, str]) -> tuple[float, bytes]:
    """One POST: seconds until the whole answer is read, and the answer."""
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as answer:
        data = answer.read()
    return time.perf_counter() - started, data


def report(label: str, times: list[float], target: float | None = None) -> bool:
    passed = target is None or min(times) < target
    goal = (
        ""
        if target is None
        else f"  target < {target * 1000:.0f} ms: {'ok' if passed else 'MISSED'}"
    )
    fastest, median = min(times) * 1000, statistics.median(times) * 1000
    print(f"{label}: fastest {fastest:.0f} ms, median {median:.0f} ms over {len(times)} runs{goal}")
    return passed


def cpu_times(source: str, runs: int) -> list[float]:
    """CPU seconds of the work behind one `POST /api/validate`, done in this process."""
    times = []
    for _ in range(runs + 1):
        started = time.process_time()
        CheckAnswer.of(check(source, "mermaid")).model_dump_json()
        times.append(time.process_time() - started)
    return times[1:]  # the first run imports and warms caches


def build_cpu_times(spec: Path, runs: int) -> list[float]:
    """CPU seconds (user and system) of `djgen new` in a child, as the service runs it for a
    zip, its own children (ruff) included."""
    times = []
    with tempfile.TemporaryDirectory() as work:
        for run in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run(
                [sys.executable, "-m", "djgen", "new", str(spec), "-o", f"{work}/{run}"],
                check=True,
                capture_output=True,
            )
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=100)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--builds", type=int, default=5)
    args = parser.parse_args()
    source = diagram(args.entities)
    with served() as url:
        timed(f"{url}/api/validate", {"source": source})  # warm: imports, first templates
        checks = []
        for _ in range(args.runs):
            seconds, data = timed(f"{url}/api/validate", {"source": source})
            assert json.loads(data)["summary"]["counts"]["entities"] == args.entities
            checks.append(seconds)
        blog = BLOG.read_text(encoding="utf-8")
        builds = []
        for _ in range(args.builds):
            seconds, data = timed(f"{url}/api/generate", {"source": blog})
            assert data.startswith(b"PK"), data[:200]
            builds.append(seconds)
    sizes = f"{len(source) // 1024} KB diagram, {len(data) // 1024} KB zip"
    print(f"{args.entities} entities in a {sizes} of the blog")
    print(f"load average: {' '.join(f'{n:.1f}' for n in os.getloadavg())}, {os.cpu_count()} CPUs")
    label = f"validate ({args.entities} entities)"
    ok = report(f"{label}, over HTTP", checks, VALIDATE_TARGET)
    report(f"{label}, CPU time in process", cpu_times(source, args.runs))
    report("generate and zip (examples/blog.mmd), over HTTP", builds)
    report("djgen new examples/blog.mmd, CPU time of the child", build_cpu_times(BLOG, args.builds))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
