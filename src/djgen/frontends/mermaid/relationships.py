"""Relationship lines of a Mermaid diagram → the document's links, as drawn.

`<|--` (and `--|>`) is inheritance and sets the child's parent; lollipops, realizations and
two-way inheritance are ignored with a warning. Every other line becomes a
link: its two classes, its arrow, its cardinalities and its label, each with its position.
What a line means — which class holds the key, what the label names, whether it repeats an
attribute — is the resolver's reading (`resolve/links.py`), so a YAML spec's links read alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from djgen.errors import Diagnostics
from djgen.frontends.mermaid.diagram import Class, Link, Reporter
from djgen.frontends.source_map import SourceMap

# The column of a named group of a relationship line's match.
Column = Callable[[str], int]
# The link key each group's position is recorded under.
_LOCATED = {
    "left": "a",
    "right": "b",
    "arrow": "style",
    "left_cardinality": "ca",
    "right_cardinality": "cb",
}


class Relationships(Reporter):
    def __init__(self, path: str, diagnostics: Diagnostics, classes: dict[str, Class]) -> None:
        super().__init__(path, diagnostics)
        self.classes = classes
        self.links: list[dict[str, Any]] = []

    def link(self, link: Link, source: SourceMap) -> None:
        found, line = link.match, link.line

        def col(group: str) -> int:
            return link.base + found.start(group) + 1

        le, re_ = found.group("le") or "", found.group("re") or ""
        style = found.group("style")
        arrow = le + style + re_
        if _draws_no_table(le, style, re_):
            self.warning(
                "DJG306",
                f"'{arrow}' between '{link.left}' and '{link.right}' is not stored, ignored",
                line,
                col("style"),
                "interfaces, realizations and two-way inheritance draw nothing a table holds",
            )
            return
        left, right = self.classes[link.left], self.classes[link.right]
        if le == "<|" or re_ == "|>":
            self._inheritance_arrow(le, (left, right), line, col, source)
            return
        data: dict[str, Any] = {"left": left.name, "right": right.name, "arrow": arrow}
        key = ("links", len(self.links))
        source.locs.setdefault(key, self.loc(line, col("a")))
        for name, group in _LOCATED.items():
            if found.group(group) is not None:
                source.locs.setdefault((*key, name), self.loc(line, col(group)))
        for name in ("left_cardinality", "right_cardinality"):
            raw = found.group(_LOCATED[name])
            if raw is not None:
                data[name] = raw.strip()
        raw_label = found.group("label") or ""
        if raw_label.strip():
            data["label"] = raw_label.strip()
            at = col("label") + len(raw_label) - len(raw_label.lstrip())
            source.locs.setdefault((*key, "label"), self.loc(line, at))
        self.links.append(data)

    def _inheritance_arrow(
        self, le: str, ends: tuple[Class, Class], line: int, col: Column, source: SourceMap
    ) -> None:
        left, right = ends
        child, parent = (right, left) if le == "<|" else (left, right)
        self._inherit(child, parent, line, col("b" if le == "<|" else "a"), source)

    def _inherit(self, child: Class, parent: Class, line: int, col: int, source: SourceMap) -> None:
        if child.extends not in {None, parent.name}:
            self.error(
                "DJG212",
                f"'{child.name}' already inherits from '{child.extends}'",
                line,
                col,
                "a class has at most one parent; make the other one a relation",
            )
            return
        child.extends = parent.name
        source.locs.setdefault(("entities", child.name, "extends"), self.loc(line, col))


def _draws_no_table(le: str, style: str, re_: str) -> bool:
    """A lollipop (`()--`), a realization (`..|>`) or a two-way inheritance (`<|--|>`)."""
    return "()" in (le, re_) or (le == "<|" and re_ == "|>") or (style == ".." and "|" in le + re_)
