"""Relationship lines of a Mermaid diagram → attributes on the class that holds the key.

Cardinalities decide the kind (ForeignKey, OneToOne, ManyToMany) and which end holds it; the
arrow decides where there are none; diamonds set `on_delete`; a label names the attribute or,
seen from the other end, its reverse name, and may carry options. A line to an attribute the
class already declares merges into it; `<|--` is inheritance.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

from djgen import names
from djgen.errors import Diagnostics
from djgen.frontends import attribute
from djgen.frontends.document import SourceMap
from djgen.frontends.mermaid.diagram import NAME, Class, Link, Reporter

_LABEL_OPTIONS = re.compile(rf"(?P<head>{NAME})?\s*\((?P<options>.*)\)$")
_IDENT = re.compile(NAME)
# A cardinality as (many, required on that side); None where the line writes none.
Card = tuple[bool, bool | None] | None
# The column of a named group of a relationship line's match.
Column = Callable[[str], int]
CARDINALITIES: dict[str, tuple[bool, bool | None]] = {
    # cardinality → (many, required on that side)
    "1": (False, True),
    "1..1": (False, True),
    "0..1": (False, False),
    "*": (True, None),
    "0..*": (True, None),
    "n": (True, None),
    "0..n": (True, None),
    "many": (True, None),
    "1..*": (True, True),
    "1..n": (True, True),
}


class Relationships(Reporter):
    def __init__(self, path: str, diagnostics: Diagnostics, classes: dict[str, Class]) -> None:
        super().__init__(path, diagnostics)
        self.classes = classes

    def link(self, link: Link, source: SourceMap) -> None:
        found, line = link.match, link.line

        def col(group: str) -> int:
            return link.base + found.start(group) + 1

        left, right = self.classes[link.left], self.classes[link.right]
        le, re_ = found.group("le") or "", found.group("re") or ""
        arrow = le + found.group("style") + re_
        if _draws_no_table(le, found.group("style"), re_):
            self.warning(
                "DJG306",
                f"'{arrow}' between '{left.name}' and '{right.name}' is not stored, ignored",
                line,
                col("style"),
                "interfaces, realizations and two-way inheritance draw nothing a table holds",
            )
            return
        if le == "<|" or re_ == "|>":
            self._inheritance_arrow(found, (left, right), line, col, source)
            return
        cards = self._cardinalities(found, line, col)
        if cards is None:
            return
        holder_is_a, kind, required = _decide(cards[0], cards[1], le, re_)
        holder, target = (left, right) if holder_is_a else (right, left)
        raw_label = found.group("label") or ""
        label = raw_label.strip()
        label_col = col("label") + len(raw_label) - len(raw_label.lstrip()) if label else 0
        name, options, option_offsets = self._label(label, line, label_col)
        if options is None:
            return
        if left.is_enum or right.is_enum:
            self._enum_link(left, right, name, line, col, source)
            return
        derived: dict[str, Any] = {"type": target.name, "relation": kind}
        if required is not None:
            derived["required"] = required
        if kind != "ManyToMany":
            if "*" in (le, re_):
                derived["on_delete"] = "CASCADE"
            elif "o" in (le, re_):
                derived["required"] = False
                derived["on_delete"] = "SET_NULL"
        attr = name if holder_is_a and name else None
        if not holder_is_a and name:
            derived["related_name"] = name
        derived.update(options)
        where = {"type": col("b" if holder_is_a else "a"), "relation": col("style")}
        where.update({key: label_col + offset for key, offset in option_offsets.items()})
        if "related_name" in derived and "related_name" not in where:
            where["related_name"] = label_col
        self._attach(holder, target, attr, derived, line, col("a"), where, source)

    def _inheritance_arrow(
        self,
        found: re.Match[str],
        ends: tuple[Class, Class],
        line: int,
        col: Column,
        source: SourceMap,
    ) -> None:
        left, right = ends
        le = found.group("le") or ""
        child, parent = (right, left) if le == "<|" else (left, right)
        self._inherit(child, parent, line, col("b" if le == "<|" else "a"), source)

    def _cardinalities(self, found: re.Match[str], line: int, col: Column) -> list[Card] | None:
        """Both ends' cardinalities (None where not written); None after an unknown one."""
        cards: list[Card] = []
        for group in ("ca", "cb"):
            raw = found.group(group)
            card = None
            if raw is not None:
                card = CARDINALITIES.get(raw.strip().casefold())
                if card is None:
                    self.error(
                        "DJG202",
                        f"unknown cardinality '{raw}'",
                        line,
                        col(group),
                        "use 1, 0..1, 1..*, *, 0..*, n, 0..n, 1..n or many",
                    )
                    return None
            cards.append(card)
        return cards

    def _attach(
        self,
        holder: Class,
        target: Class,
        attr: str | None,
        derived: dict[str, Any],
        line: int,
        at: int,
        where: dict[str, int],
        source: SourceMap,
    ) -> None:
        """Merge a relationship into the holder's attribute for it, or add that attribute."""
        kind = derived.get("relation")
        if (
            kind in {"ManyToMany", "OneToOne"}
            and holder is not target
            and not _candidates(holder, target.name)
            and len(_candidates(target, holder.name)) == 1
        ):
            # The other class already declares this link as an attribute: it holds the key.
            if attr is not None:
                derived["related_name"] = attr
            derived["type"] = holder.name
            holder, target, attr = target, holder, None
        existing = self._existing(holder, target.name, attr, line, at)
        if existing is False:
            return
        if existing is not None:
            spec = holder.fields[existing]
            if _collection(spec["type"]) and derived.get("relation") != "ManyToMany":
                derived = {k: v for k, v in derived.items() if k != "on_delete"}
                derived["relation"] = "ManyToMany"
            holder.fields[existing] = {**derived, **spec}
            name = existing
        else:
            name = attr or names.snake(target.name)
            holder.fields[name] = derived
        holder.linked.add(name)
        path = ("entities", holder.name, "fields", name)
        source.locs.setdefault(path, self.loc(line, at))
        for key, col in where.items():
            source.locs.setdefault((*path, key), self.loc(line, col))

    def _existing(
        self, holder: Class, target: str, attr: str | None, line: int, at: int
    ) -> str | Literal[False] | None:
        """The attribute a link merges into, None to add one, False after a clash."""
        if attr is not None:
            spec = holder.fields.get(attr)
            if spec is None:
                return None
            if _names(spec["type"], target) and attr not in holder.linked:
                return attr
        else:
            candidates = _candidates(holder, target)
            if len(candidates) == 1:
                return candidates[0]
            attr = names.snake(target)
            if attr not in holder.fields:
                return None
        self.error(
            "DJG206",
            f"'{holder.name}' already has an attribute '{attr}'",
            line,
            at,
            "name the relation with a label: `A --> B : name`",
        )
        return False

    def _enum_link(
        self, left: Class, right: Class, name: str | None, line: int, col: Column, source: SourceMap
    ) -> None:
        """A line between an entity and an enumeration is a choice field on the entity."""
        if left.is_enum and right.is_enum:
            return
        holder, enum = (right, left) if left.is_enum else (left, right)
        where = {"type": col("b" if holder is left else "a")}
        attr = name if holder is left else None
        self._attach(holder, enum, attr, {"type": enum.name}, line, col("a"), where, source)

    def _label(
        self, label: str, line: int, col: int
    ) -> tuple[str | None, dict[str, Any] | None, dict[str, int]]:
        """A label's relation name (or None) and its options; options None after a problem."""
        found = _LABEL_OPTIONS.match(label)
        options: dict[str, Any] = {}
        offsets: dict[str, int] = {}
        head = label
        if found is not None:
            head = found.group("head") or ""
            parsed = attribute.parse_options(label, found.start("options"), found.end("options"))
            for problem in parsed.problems:
                self.problem(problem, line, col)
            if parsed.problems:
                return None, None, {}
            options, offsets = parsed.spec, parsed.offsets
        is_name = _IDENT.fullmatch(head) is not None and head[:1].islower()
        return (head if is_name else None), options, offsets

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


def _decide(
    card_a: Card,
    card_b: Card,
    le: str,
    re_: str,
) -> tuple[bool, str, bool | None]:
    """(A holds the key, relation kind, required) from cardinalities, else from the arrow."""
    if card_a is not None and card_b is not None:
        many_a, many_b = card_a[0], card_b[0]
        if many_a and many_b:  # zero-or-more on the target's side: the link is optional
            return True, "ManyToMany", bool(card_b[1])
        if many_a or many_b:
            return many_a, "ForeignKey", card_b[1] if many_a else card_a[1]
        return True, "OneToOne", card_b[1]
    if card_b is not None and card_b[0]:
        return False, "ForeignKey", None
    if card_a is not None and card_a[0]:
        return True, "ForeignKey", None
    diamond_a, diamond_b = le in {"*", "o"}, re_ in {"*", "o"}
    if diamond_a != diamond_b:
        holder_is_a = diamond_b
    else:
        holder_is_a = diamond_a or not (le == "<" and re_ != ">")
    target_card = card_b if holder_is_a else card_a
    return holder_is_a, "ForeignKey", target_card[1] if target_card else None


def _target_of(type_text: str) -> str:
    """`List~Tag~`, `Set~Tag~`, `Tag[]` and `Tag` all name `Tag`."""
    base = type_text.split("[", 1)[0]
    if "~" in base:
        inner = base.split("~")
        return inner[1].strip() if len(inner) > 1 else base
    return base


def _names(type_text: str, target: str) -> bool:
    return _target_of(type_text) == target


def _candidates(holder: Class, target: str) -> list[str]:
    """The holder's attributes not yet linked whose type names `target`."""
    return [
        name
        for name, spec in holder.fields.items()
        if name not in holder.linked and _names(spec["type"], target)
    ]


def _collection(type_text: str) -> bool:
    return "~" in type_text or type_text.endswith("[]")
