"""How fast the `djgen` command answers: `djgen --help`, and `djgen new` on a six-entity diagram.

    python benchmarks/startup.py [--runs 10] [--spec examples/blog.mmd]

Both commands run as child processes of this interpreter (`python -m djgen`), `--runs` times
each, and the script prints the fastest and the median wall time of each; the fastest run, the
one least disturbed by other work on the machine, is compared with the target.
Most of a short command's time is start-up: importing the modules it needs before any work
(`python -X importtime -m djgen --help` shows which). The diagram is the synthetic one of
benchmarks/generation.py at six entities, the user model included, unless `--spec` names
another.

The children run as an installed djgen does: djgen's modules compiled to bytecode first (as pip
does on install), and a cache folder of their own for compiled templates, empty at the start.
The first `djgen new` fills that cache and is reported on its own as the cold run; the others
are warm. Targets, for warm runs: `djgen --help` under 0.15 s, `djgen new` under 0.5 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from generation import ENVIRONMENT, diagram, measure

import djgen

ENTITIES = 6
HELP_TARGET = 0.15
NEW_TARGET = 0.5


def report(label: str, times: list[float], target: float | None = None) -> bool:
    """Print one command's figures; true when its fastest run meets the target (if it has one)."""
    passed = target is None or min(times) < target
    verdict = "    " if target is None else "PASS" if passed else "FAIL"
    goal = "" if target is None else f"  (target < {target:.2f} s)"
    print(
        f"{verdict}  {label:<30} min {min(times):6.3f} s  "
        f"median {statistics.median(times):6.3f} s{goal}"
    )
    return passed


def prepare(work: Path) -> None:
    """Give the children an empty template cache and djgen's modules compiled, as installed."""
    ENVIRONMENT["XDG_CACHE_HOME"] = str(work / "cache")  # measure() runs children in ENVIRONMENT
    ENVIRONMENT.pop("PYTHONDONTWRITEBYTECODE", None)
    package = Path(djgen.__file__).parent
    compiled = [sys.executable, "-m", "compileall", "-q", str(package)]
    subprocess.run(compiled, env=ENVIRONMENT, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="Runs of each command (10).")
    parser.add_argument("--spec", type=Path, help="A spec to use instead of the synthetic one.")
    args = parser.parse_args()
    command = [sys.executable, "-m", "djgen"]
    with tempfile.TemporaryDirectory(prefix="djgen-startup-") as tmp:
        work = Path(tmp)
        prepare(work)
        spec = work / "startup.mmd" if args.spec is None else args.spec.resolve()
        if args.spec is None:
            spec.write_text(diagram(ENTITIES), encoding="utf-8")
        help_times = [measure([*command, "--help"], work).seconds for _ in range(args.runs)]
        new_times = [
            measure([*command, "new", str(spec), "-o", str(work / f"project{run}")], work).seconds
            for run in range(args.runs + 1)
        ]
    print(f"python -m djgen, {args.runs} warm runs of each command")
    passed = report("djgen --help", help_times, HELP_TARGET)
    report(f"djgen new {spec.name} (cold)", new_times[:1])
    passed &= report(f"djgen new {spec.name}", new_times[1:], NEW_TARGET)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
