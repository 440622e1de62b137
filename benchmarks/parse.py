"""How fast djgen parses and resolves a large diagram.

    python benchmarks/parse.py [--entities 1000] [--repeat 5]

Builds the synthetic diagram of benchmarks/generation.py, then times the Mermaid frontend and
the resolve pass in this process (best of --repeat runs; imports excluded). Target: a
1,000-entity diagram well under one second.
"""

from __future__ import annotations

import argparse
import sys
import time

from generation import diagram

from djgen.frontends import load_text
from djgen.resolve import resolve

TARGET_SECONDS = 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = diagram(args.entities)
    parse_times, resolve_times = [], []
    for _ in range(args.repeat):
        started = time.perf_counter()
        document, source, _ = load_text(text, "synthetic.mmd")
        parsed = time.perf_counter()
        project, _ = resolve(document, source)
        resolve_times.append(time.perf_counter() - parsed)
        parse_times.append(parsed - started)
    parse_s, resolve_s = min(parse_times), min(resolve_times)
    total = parse_s + resolve_s
    fields = sum(len(e.fields) + len(e.relations) for e in project.entities)
    lines = len(text.splitlines())
    print(f"{len(project.entities)} entities, {fields} fields and relations, {lines} lines")
    print(f"parse   {parse_s * 1000:8.1f} ms")
    print(f"resolve {resolve_s * 1000:8.1f} ms")
    print(
        f"total   {total * 1000:8.1f} ms  (target < {TARGET_SECONDS * 1000:.0f} ms: "
        f"{'PASS' if total < TARGET_SECONDS else 'FAIL'})"
    )
    return 0 if total < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
