"""Fuzz the frontends and the resolve pass with mutated specs.

Each case takes an example (or a test spec), mutates it — deleting, duplicating and swapping
characters and lines, inserting random bytes — and loads it. The only acceptable outcomes are a
model or djgen's own DjgenError whose every diagnostic points inside the input. Anything else is a
crash, printed with the seed that reproduces it.

    python scripts/fuzz.py --cases 10000 [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

from djgen.errors import DjgenError
from djgen.load import load

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(
    [*(ROOT / "examples").glob("*.*"), *(ROOT / "tests" / "data").glob("*.*")],
)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Apply one to four random edits at the byte or the line level."""
    for _ in range(rng.randint(1, 4)):
        lines = data.split(b"\n")
        op = rng.randrange(7)
        if op == 0 and data:  # delete a run of bytes
            at = rng.randrange(len(data))
            data = data[:at] + data[at + rng.randint(1, 8) :]
        elif op == 1 and data:  # duplicate a run of bytes
            at = rng.randrange(len(data))
            data = data[:at] + data[at : at + rng.randint(1, 8)] * 2 + data[at + 8 :]
        elif op == 2 and len(data) > 1:  # swap two bytes
            i, j = rng.randrange(len(data)), rng.randrange(len(data))
            b = bytearray(data)
            b[i], b[j] = b[j], b[i]
            data = bytes(b)
        elif op == 3:  # insert random bytes
            at = rng.randrange(len(data) + 1)
            data = data[:at] + rng.randbytes(rng.randint(1, 4)) + data[at:]
        elif op == 4 and lines:  # delete a line
            del lines[rng.randrange(len(lines))]
            data = b"\n".join(lines)
        elif op == 5 and lines:  # duplicate a line
            at = rng.randrange(len(lines))
            lines.insert(at, lines[at])
            data = b"\n".join(lines)
        elif len(lines) > 1:  # swap two lines
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            data = b"\n".join(lines)
    return data


def located_inside(error: DjgenError, data: bytes) -> bool:
    lines = data.decode("utf-8", errors="replace").replace("\r\n", "\n").split("\n")
    for d in error.diagnostics:
        if not 1 <= d.loc.line <= len(lines):
            return False
        if not 1 <= d.loc.col <= len(lines[d.loc.line - 1]) + 1:
            return False
    return bool(error.diagnostics)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    originals = [(p.suffix, p.read_bytes()) for p in SEEDS]
    crashes = mislocated = rejected = accepted = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        for case in range(args.cases):
            rng = random.Random(args.seed * 1_000_003 + case)
            suffix, original = rng.choice(originals)
            data = mutate(original, rng)
            path = Path(scratch) / f"case{suffix}"
            path.write_bytes(data)
            try:
                load(path)
                accepted += 1
            except DjgenError as error:
                rejected += 1
                if not located_inside(error, data):
                    mislocated += 1
                    print(f"case {case}: diagnostic outside the input: {error}", file=sys.stderr)
            except Exception:
                crashes += 1
                print(f"case {case} (seed {args.seed}) crashed:", file=sys.stderr)
                traceback.print_exc()
    seconds = time.perf_counter() - started
    print(
        f"{args.cases} cases in {seconds:.1f} s: {accepted} accepted, {rejected} rejected with "
        f"a located error, {crashes} crashed, {mislocated} located outside the input"
    )
    return 1 if crashes or mislocated else 0


if __name__ == "__main__":
    sys.exit(main())
