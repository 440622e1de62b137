"""Where each part of a spec document came from: positions kept beside the document, not in it,
so that two spellings of the same spec make the same document."""

from __future__ import annotations

from dataclasses import dataclass, field

from djgen.errors import Loc

PathKey = tuple[str | int, ...]


@dataclass
class SourceMap:
    """Where each part of a spec document came from.

    Keys are paths into the document: `("entities", "Post")` is the class, `("entities",
    "Post", "fields", "title")` an attribute, `(..., "title", "type")` its type and
    `(..., "title", "max")` one of its options. `at()` falls back to the nearest enclosing
    part that has a position, so every problem gets one.
    """

    path: str
    locs: dict[PathKey, Loc] = field(default_factory=dict)

    def add(self, key: PathKey, line: int, col: int) -> None:
        self.locs.setdefault(key, Loc(self.path, line, col))

    def at(self, *key: str | int) -> Loc:
        for end in range(len(key), 0, -1):
            found = self.locs.get(key[:end])
            if found is not None:
                return found
        return Loc(self.path, 1, 1)
