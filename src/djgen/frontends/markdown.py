"""Markdown input: the first ```mermaid block that holds a classDiagram, lines kept in place.

A file with no such block is read from its first line that starts with `classDiagram` to the
next fence, heading or closing HTML tag, as people paste a diagram into notes. Every line
outside the diagram is blanked rather than dropped, so the Mermaid frontend reports positions
in the file the user opened.
"""

from __future__ import annotations

import re

from djgen.errors import Loc
from djgen.frontends.reader import FRONT_MATTER_FENCE, fail

# A fence, indented as list items indent it, in Markdown's (```mermaid) or MyST's ({mermaid})
# spelling.
_FENCE_OPEN = re.compile(r"[ \t]*(`{3,}|~{3,})\s*\{?mermaid\b", re.IGNORECASE)
_HEADER = re.compile(r"classDiagram(?:-v2)?\s*$")
# Where an unfenced diagram ends: a fence (Markdown's or a wiki's `:::`), a Markdown heading or
# a closing HTML tag.
_UNFENCED_END = re.compile(r" {0,3}(?:`{3,}|~{3,}|:::|#{1,6}\s|</)")


def extract_markdown(text: str, path: str) -> str:
    """The first ```mermaid block that is a classDiagram, other lines blanked; else DJG003."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        opened = _FENCE_OPEN.match(lines[i])
        if opened is None:
            i += 1
            continue
        fence = opened.group(1)
        end = i + 1
        closing = re.compile(rf"[ \t]*{re.escape(fence[0])}{{{len(fence)},}}\s*$")
        while end < len(lines) and not closing.match(lines[end]):
            end += 1
        block = lines[i + 1 : end]
        if starts_with_class_diagram(block):
            return _keep(lines, i + 1, i + 1 + len(block))
        i = end + 1
    start = next((n for n, line in enumerate(lines) if _HEADER.match(line.strip())), None)
    if start is not None:
        end = start + 1
        while end < len(lines) and not _UNFENCED_END.match(lines[end]):
            end += 1
        return _keep(lines, start, end)
    raise fail(
        "DJG003",
        "no ```mermaid block with a classDiagram in this Markdown file",
        Loc(path, 1, 1),
        "add a block that opens with ```mermaid and starts with classDiagram",
    )


def _keep(lines: list[str], start: int, end: int) -> str:
    """The text with every line outside `start:end` blanked."""
    return "\n".join([""] * start + lines[start:end] + [""] * (len(lines) - end))


def starts_with_class_diagram(lines: list[str]) -> bool:
    i = _skip_comments(lines, 0)
    if i < len(lines) and FRONT_MATTER_FENCE.match(lines[i].strip()):
        i += 1
        while i < len(lines) and not FRONT_MATTER_FENCE.match(lines[i].strip()):
            i += 1
        i = _skip_comments(lines, i + 1)
    return i < len(lines) and _HEADER.match(lines[i].strip()) is not None


def _skip_comments(lines: list[str], i: int) -> int:
    while i < len(lines) and (not lines[i].strip() or lines[i].strip().startswith("%%")):
        i += 1
    return i
