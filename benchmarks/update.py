"""How long `djgen update` takes on a large project after one field is added, and what it wrote.

    python benchmarks/update.py [--size 200] [--runs 3]

It generates the synthetic diagram of `generation.py` (`--size` entities) with `djgen new`,
adds one optional field to one entity, and times `djgen update` as a child process, each run
on a fresh copy of the generated project. It prints the wall time, the files written and the
operations of each migration written (a text field is searched, so its entity's full-text
index is replaced by a migration of its own). Target: at 200 entities, under 2 seconds and
exactly one AddField in the model's migration.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generation import ENVIRONMENT, diagram

TARGET_SIZE, TARGET_SECONDS = 200, 2.0
FIELD = "        isbn_code: String(optional, max:20)\n"
MIGRATIONS = "apps/*/migrations/0*.py"


def with_one_field(text: str) -> str:
    """The diagram with one more optional field, on its first entity after the user model."""
    at = text.index("{\n", text.index("class ", text.index("class User") + 1)) + 2
    return text[:at] + FIELD + text[at:]


def djgen(*args: str | Path, cwd: Path) -> tuple[float, str]:
    """Run djgen; its wall time and output."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "djgen", *map(str, args)],
        cwd=cwd,
        env=ENVIRONMENT,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"djgen {args[0]} failed:\n{done.stdout}{done.stderr}")
    return seconds, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=TARGET_SIZE, help="Entities (200).")
    parser.add_argument("--runs", type=int, default=3, help="Timed updates (3).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="djgen-update-") as tmp:
        work = Path(tmp)
        before, after = work / "before.mmd", work / "after.mmd"
        before.write_text(diagram(args.size), encoding="utf-8")
        after.write_text(with_one_field(before.read_text(encoding="utf-8")), encoding="utf-8")
        generated = work / "generated"
        new_seconds, _ = djgen("new", before, "-o", generated, cwd=work)
        times, output = [], ""
        for run in range(args.runs):
            project = work / f"run{run}"
            shutil.copytree(generated, project)
            seconds, output = djgen("update", after, project, "--yes", cwd=work)
            times.append(seconds)
        before = {p.relative_to(generated) for p in generated.glob(MIGRATIONS)}
        added = sorted(p.relative_to(project) for p in project.glob(MIGRATIONS))
        sources = {p: (project / p).read_text(encoding="utf-8") for p in added if p not in before}
    written = re.search(r"(\d+) files written", output)
    print(f"entities: {args.size}; djgen new: {new_seconds:.2f} s")
    print(
        f"djgen update: min {min(times):.2f} s, median {statistics.median(times):.2f} s "
        f"over {len(times)} runs; {written.group(1) if written else '?'} files written"
    )
    operations = []
    for path, source in sources.items():
        found = re.findall(r"migrations\.(\w+)\(", source)
        print(f"migration {path}: {len(source.splitlines())} lines, operations {found}")
        if not path.name.endswith("_search.py"):  # the full-text indexes have their own
            operations += found
    passed = min(times) < TARGET_SECONDS and operations == ["AddField"]
    if args.size == TARGET_SIZE:
        verdict = "PASS" if passed else "FAIL"
        print(f"{verdict}  target: under {TARGET_SECONDS:.0f} s and one AddField")
    return 0 if passed or args.size != TARGET_SIZE else 1


if __name__ == "__main__":
    raise SystemExit(main())
