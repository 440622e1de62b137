"""How diagnostics look on a terminal: the compiler-style location line, the source line with a
caret under the column, and the hint."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from djgen.errors import Diagnostic, Severity

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow"}


@lru_cache(maxsize=64)
def _source_lines(path: str) -> tuple[str, ...]:
    try:
        text = Path(path).read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return ()
    return tuple(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def details(diagnostic: Diagnostic, source: tuple[str, ...] | None = None) -> list[str]:
    """The lines under the location line: the source line, a caret under the column, the hint."""
    lines = _source_lines(diagnostic.loc.path) if source is None else source
    out = []
    if 1 <= diagnostic.loc.line <= len(lines):
        out.append("  " + lines[diagnostic.loc.line - 1].replace("\t", " "))
        out.append("  " + " " * (max(diagnostic.loc.col, 1) - 1) + "^")
    if diagnostic.hint:
        out.append(f"  hint: {diagnostic.hint}")
    return out


def format_diagnostic(diagnostic: Diagnostic, source: tuple[str, ...] | None = None) -> str:
    """Plain text: `path:line:col: error[CODE]: message`, then the details."""
    return "\n".join([str(diagnostic), *details(diagnostic, source)])


def print_diagnostics(console: Console, diagnostics: Iterable[Diagnostic]) -> None:
    for d in diagnostics:
        console.print(
            f"{escape(str(d.loc))}: [{_STYLE[d.severity]}]{d.severity}\\[{d.code}][/]: "
            f"{escape(d.message)}",
            highlight=False,
            soft_wrap=True,
        )
        for line in details(d):
            console.print(escape(line), highlight=False, soft_wrap=True)
