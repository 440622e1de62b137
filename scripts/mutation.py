"""Mutations of valid specs, and the property every mutant must keep.

Shared by the hypothesis test (tests/test_fuzz.py), where hypothesis picks the edits, and by
scripts/fuzz.py, where a seeded random generator does.
"""

from __future__ import annotations

from collections.abc import Callable

from djgen.errors import Diagnostic, DjgenError
from djgen.load import load_data

# pick(low, high) returns a whole number from low to high, both included.
Pick = Callable[[int, int], int]


def mutate(data: bytes, pick: Pick) -> bytes:
    """One to four edits: delete, duplicate or swap bytes or lines, or insert random bytes."""
    for _ in range(pick(1, 4)):
        op = pick(0, 6)
        at = pick(0, max(len(data) - 1, 0))
        lines = data.split(b"\n")
        line = pick(0, len(lines) - 1)
        if op == 0:
            data = data[:at] + data[at + pick(1, 8) :]
        elif op == 1:
            data = data[:at] + data[at : at + pick(1, 8)] + data[at:]
        elif op == 2 and len(data) > at + 1:
            data = data[:at] + data[at + 1 : at + 2] + data[at : at + 1] + data[at + 2 :]
        elif op == 3:
            data = data[:at] + bytes(pick(0, 255) for _ in range(pick(1, 4))) + data[at:]
        elif op == 4:
            del lines[line]
            data = b"\n".join(lines)
        elif op == 5:
            lines.insert(line, lines[line])
            data = b"\n".join(lines)
        else:
            other = pick(0, len(lines) - 1)
            lines[line], lines[other] = lines[other], lines[line]
            data = b"\n".join(lines)
    return data


def input_lines(data: bytes) -> list[bytes]:
    """The input's lines, numbered as the frontends number them. Columns are bounded by a
    line's length in bytes, which is never less than its length in characters (and is the
    only measure of a line that is not valid UTF-8)."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")


def misplaced(error: DjgenError, data: bytes) -> list[Diagnostic]:
    """The diagnostics whose line or column is not inside the input."""
    lines = input_lines(data)
    return [
        d
        for d in error.diagnostics
        if not 1 <= d.loc.line <= len(lines) or not 1 <= d.loc.col <= len(lines[d.loc.line - 1]) + 1
    ]


def check(data: bytes, path: str) -> None:
    """Load a mutant: a model, or a DjgenError located inside the input; anything else raises."""
    try:
        load_data(data, path)
    except DjgenError as error:
        assert error.diagnostics, "a DjgenError without diagnostics"
        wrong = misplaced(error, data)
        assert not wrong, f"diagnostics outside the input: {wrong}"
