"""Fuzz the frontends and the resolve pass with mutated specs.

Each case takes an example or a test spec, mutates it (deleting, duplicating and swapping
characters and lines, inserting random bytes, inserting statements drawn the way people draw
them) and loads it. The only acceptable outcomes are a model, or djgen's own DjgenError with
every diagnostic inside the input. A model is also printed as `djgen inspect` prints it, and
every `--generate-every`-th one (by default every one) rendered as `djgen new` renders it.
Anything else counts as a crash and is printed with the case number that reproduces it.

    python scripts/fuzz.py --cases 10000 [--seed 0] [--generate-every 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

from mutation import check, mutate

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted([*(ROOT / "examples").glob("*.*"), *(ROOT / "tests" / "data").glob("*.*")])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--generate-every",
        type=int,
        default=1,
        help="render the project of every N-th mutant that loads (0: never)",
    )
    args = parser.parse_args()
    originals = [(p.name, p.read_bytes()) for p in SEEDS]
    crashes = models = rendered = 0
    started = time.perf_counter()
    for case in range(args.cases):
        rng = random.Random(f"{args.seed}:{case}")
        name, original = rng.choice(originals)
        generate = args.generate_every > 0 and models % args.generate_every == 0
        try:
            if check(mutate(original, rng.randint), name, generate=generate):
                models += 1
                rendered += generate
        except Exception:
            crashes += 1
            print(f"case {case} (--seed {args.seed}, from {name}):", file=sys.stderr)
            traceback.print_exc()
    seconds = time.perf_counter() - started
    print(
        f"{args.cases} mutated specs in {seconds:.1f} s: {models} loaded ({rendered} rendered), "
        f"{crashes} crashed"
    )
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
