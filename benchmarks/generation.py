"""How fast djgen generates a project, next to how long Django's makemigrations alone takes.

    python benchmarks/generation.py [--sizes 5,200,1000]

For each size it writes a synthetic Mermaid diagram (about nine fields per entity, a few
enumerations, foreign keys within and across apps, some many-to-manys, several apps), runs
`djgen new` on it, then runs `manage.py makemigrations` in a copy of the result whose
migrations were deleted. Both run as child processes of this interpreter, which must have the
generated project's dependencies installed. Targets: at 200 entities djgen takes at most twice
as long as makemigrations; at 1,000 entities djgen takes under 10 seconds.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

NOUNS = (
    "Order",
    "Product",
    "Invoice",
    "Customer",
    "Shipment",
    "Ticket",
    "Account",
    "Report",
    "Project",
    "Task",
)
ENTITIES_PER_APP = 100
RATIO_TARGET_SIZE, RATIO_TARGET = 200, 2.0
TIME_TARGET_SIZE, TIME_TARGET = 1000, 10.0
# The generated project runs on its defaults (SQLite), whatever this shell points it at.
ENVIRONMENT = {
    key: value
    for key, value in os.environ.items()
    if key not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL")
}


def diagram(size: int, seed: int = 7) -> str:
    """A valid diagram of `size` entities (the user model included), the same for a seed."""
    rng = random.Random(seed)
    apps = max(1, -(-size // ENTITIES_PER_APP))
    names = ["User"] + [f"{NOUNS[i % len(NOUNS)]}{i}" for i in range(1, size)]
    app_of = {name: f"app{i * apps // size}" for i, name in enumerate(names)}
    enums = [f"Status{k}" for k in range(2 + size // 200)]
    enum_app = {enum: f"app{k % apps}" for k, enum in enumerate(enums)}
    bodies: dict[str, list[str]] = {app: [] for app in sorted(set(app_of.values()))}
    for k, enum in enumerate(enums):
        members = "\n".join(f"            {m}_{k}" for m in ("DRAFT", "ACTIVE", "DONE", "GONE"))
        bodies[enum_app[enum]].append(
            f"        class {enum} {{\n            <<enumeration>>\n{members}\n        }}"
        )
    bodies["app0"].append(
        "        class User {\n            <<user>>\n"
        "            bio: Text(optional)\n            birth_date: Date(optional)\n        }"
    )
    for i, name in enumerate(names[1:], start=1):
        enum = enums[i % len(enums)]
        lines = [
            "title: String(max:120)",
            "description: Text(optional)",
            "code: Slug(unique)",
            "amount: Decimal(max_digits:10, decimal_places:2, min:0)",
            "quantity: int(default:0)",
            "active: bool(default:true)",
            f"status: {enum}(default:DRAFT_{enums.index(enum)})",
            "created_at: DateTime",
        ]
        if i > 1:  # a key to an earlier entity: within the app or into an earlier one
            lines.append(f"parent: {names[rng.randrange(1, i)]}(optional)")
        else:
            lines.append("owner: User")
        if i % 5 == 0 and i > 2:
            lines.append(f"links: List~{names[rng.randrange(1, i)]}~(optional)")
        if i % 25 == 0 and i + 1 < size:  # a key to a later entity: cycles across apps
            lines.append(f"next_item: {names[rng.randrange(i + 1, size)]}(optional)")
        body = "\n".join(f"            {line}" for line in lines)
        bodies[app_of[name]].append(f"        class {name} {{\n{body}\n        }}")
    namespaces = "\n".join(
        f"    namespace {app} {{\n" + "\n".join(classes) + "\n    }"
        for app, classes in bodies.items()
    )
    return (
        "---\ntitle: Benchmark\ndjgen:\n  project: bench\n  app: app0\n---\n"
        f"classDiagram\n{namespaces}\n"
    )


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float


def measure(command: list[str], cwd: Path) -> Run:
    """Wall time and peak resident memory of one child process (and what it waited for)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=ENVIRONMENT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{output.decode(errors='replace')}")
    return Run(seconds, usage.ru_maxrss / 1024)  # Linux reports kilobytes


def bench(size: int, work: Path) -> tuple[Run, Run]:
    spec = work / f"bench{size}.mmd"
    spec.write_text(diagram(size))
    project = work / f"project{size}"
    djgen = measure([sys.executable, "-m", "djgen", "new", str(spec), "-o", str(project)], work)
    copy = work / f"makemigrations{size}"
    shutil.copytree(project, copy)
    for migration in copy.glob("apps/*/migrations/0*.py"):
        migration.unlink()
    django = measure([sys.executable, "manage.py", "makemigrations"], copy)
    return djgen, django


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--sizes", default="5,200,1000", help="Entity counts, comma separated (5,200,1000)."
    )
    sizes = [int(size) for size in parser.parse_args().sizes.split(",")]
    results: dict[int, tuple[Run, Run]] = {}
    print(
        f"{'entities':>8}  {'djgen s':>8}  {'djgen MB':>8}  {'makemig s':>9}  "
        f"{'makemig MB':>10}  {'ratio':>6}"
    )
    with tempfile.TemporaryDirectory(prefix="djgen-bench-") as tmp:
        for size in sizes:
            djgen, django = results[size] = bench(size, Path(tmp))
            print(
                f"{size:>8}  {djgen.seconds:>8.2f}  {djgen.peak_mb:>8.0f}  "
                f"{django.seconds:>9.2f}  {django.peak_mb:>10.0f}  "
                f"{djgen.seconds / django.seconds:>6.2f}",
                flush=True,
            )
    failed = False
    if RATIO_TARGET_SIZE in results:
        djgen, django = results[RATIO_TARGET_SIZE]
        ratio = djgen.seconds / django.seconds
        passed = ratio <= RATIO_TARGET
        failed |= not passed
        print(
            f"{'PASS' if passed else 'FAIL'}  {RATIO_TARGET_SIZE} entities: "
            f"djgen/makemigrations = {ratio:.2f} (target <= {RATIO_TARGET})"
        )
    if TIME_TARGET_SIZE in results:
        seconds = results[TIME_TARGET_SIZE][0].seconds
        passed = seconds < TIME_TARGET
        failed |= not passed
        print(
            f"{'PASS' if passed else 'FAIL'}  {TIME_TARGET_SIZE} entities: djgen new took "
            f"{seconds:.2f} s (target < {TIME_TARGET:.0f} s)"
        )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
