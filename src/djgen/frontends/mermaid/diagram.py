"""What the first pass of the Mermaid frontend finds: classes, their members, relationship lines.

The later steps read these, not the text: `bodies` turns members into attributes, methods and
enumeration values, `relationships` turns lines into attributes on the class holding the key.
`Reporter` gives each step the diagram's path and the one list of diagnostics they share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from djgen.errors import Diagnostics, Loc
from djgen.frontends.problem import Problem
from djgen.frontends.signature import MethodSpec

NAME = r"[^\W\d]\w*"
# A class as a diagram names it: a name (Mermaid allows dashes inside) or `any text`.
CLASS_NAME = r"(?:`[^`\n]+`|[^\W\d](?:[\w-]*\w)?)"
_ENUM_ANNOTATIONS = frozenset({"enumeration", "enum"})
MEMBER_HINT = (
    "write an attribute as `name: Type(options)` or `+Type name`, a method as `name(args)`"
)


@dataclass
class Member:
    text: str
    line: int
    col: int


@dataclass
class Class:
    name: str
    order: int
    mention: Loc
    declared: Loc | None = None
    namespace: str | None = None
    annotations: set[str] = field(default_factory=set)
    members: list[Member] = field(default_factory=list)
    body_line: int = 0  # the line of its body, 0 while it has none
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    methods: list[MethodSpec] = field(default_factory=list)
    extends: str | None = None

    @property
    def is_enum(self) -> bool:
        return bool(self.annotations & _ENUM_ANNOTATIONS)


@dataclass
class Link:
    """A relationship line: `A "1" --> "*" B : label`, its classes by their model names."""

    match: re.Match[str]
    line: int
    base: int  # offset of the match in the line, so columns are `base + start + 1`
    left: str
    right: str


class Reporter:
    """Problems at a line and column of one diagram, collected rather than raised."""

    def __init__(self, path: str, diagnostics: Diagnostics) -> None:
        self.path = path
        self.diagnostics = diagnostics

    def loc(self, line: int, col: int) -> Loc:
        return Loc(self.path, line, col)

    def error(self, code: str, message: str, line: int, col: int, hint: str | None = None) -> None:
        self.diagnostics.error(code, message, self.loc(line, col), hint)

    def warning(
        self, code: str, message: str, line: int, col: int, hint: str | None = None
    ) -> None:
        self.diagnostics.warning(code, message, self.loc(line, col), hint)

    def problem(self, problem: Problem, line: int, col: int) -> None:
        """A shorthand problem, its offset counted from `col`."""
        self.error(problem.code, problem.message, line, col + problem.offset, problem.hint)
