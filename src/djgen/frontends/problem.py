"""A problem in a piece of shorthand text, located by its offset into that text.

The shorthand parsers know only the text they were given; each frontend adds the line and
column where that text started.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem in a piece of shorthand, `offset` characters into the text parsed."""

    code: str
    message: str
    offset: int
    hint: str | None = None


class ShorthandError(ValueError):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem
