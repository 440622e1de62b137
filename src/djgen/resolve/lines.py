"""What one relationship line says, read on its own: that its ends are classes, its arrow and
cardinalities, which end holds the key and of what kind, the options its diamonds imply, and
its label (`labels`). `links` then merges the reading into the attributes the classes declare.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from djgen.errors import Loc
from djgen.frontends.document import LinkSpec
from djgen.resolve.cardinalities import Card, cardinality, decide
from djgen.resolve.labels import Label, Reading, read_label
from djgen.resolve.state import Context, Draft

_ARROW = re.compile(r"^(?P<le><\||\*|o|<)?(?P<style>--|\.\.)(?P<re>\|>|\*|o|>)?$")


@dataclass(frozen=True)
class Ends:
    """A line's arrow heads (`<|`, `*`, `o`, `<` and `|>`, `*`, `o`, `>`) and cardinalities."""

    left_head: str
    right_head: str
    cards: tuple[Card, Card]


@dataclass
class LineReading:
    """Where one line puts its key: the holder, the target and the attribute's spec."""

    holder: Draft
    target: str
    kind: str
    derived: dict[str, Any]
    attr: str | None  # the name a label gave, else None: derived from the target
    where: dict[str, Loc] = field(default_factory=dict)
    description: Label | None = None  # a label read as a description, not as a name


def line_ends(ctx: Context, index: int, link: LinkSpec) -> Ends | None:
    """The line's arrow and cardinalities; None when it names an unknown class, has an
    unknown arrow or cardinality (reported), or is ignored (with a warning)."""
    if not _ends_known(ctx, index, link):
        return None
    arrow = _ARROW.match(link.arrow)
    if arrow is None:
        ctx.error(
            "DJG202",
            f"unknown arrow '{link.arrow}'",
            ctx.at("links", index, "arrow"),
            "use -->, --, ..>, <--, *--, --*, o-- or --o",
        )
        return None
    le, re_ = arrow.group("le") or "", arrow.group("re") or ""
    if _ignored(ctx, index, link, le, re_):
        return None
    cards = _cardinalities(ctx, index, link)
    return None if cards is None else Ends(le, re_, cards)


def read_line(ctx: Context, index: int, link: LinkSpec, ends: Ends) -> LineReading | None:
    """The key a line between two entities makes; None after a problem with its label."""
    le, re_ = ends.left_head, ends.right_head
    holder_is_left, kind, required = decide(ends.cards[0], ends.cards[1], le, re_)
    holder_name, target = (link.left, link.right) if holder_is_left else (link.right, link.left)
    derived: dict[str, Any] = {"type": target, "relation": kind}
    if required is not None:
        derived["required"] = required
    if kind != "ManyToMany":
        if "*" in (le, re_):
            derived["on_delete"] = "CASCADE"
        elif "o" in (le, re_):
            derived["required"] = False
            derived["on_delete"] = "SET_NULL"
    key = ("links", index)
    reading = LineReading(ctx.drafts[holder_name], target, kind, derived, None)
    reading.where = {
        "": ctx.at(*key),
        "type": ctx.at(*key, "right" if holder_is_left else "left"),
        "relation": ctx.at(*key, "arrow"),
    }
    if link.label is not None and not _label(ctx, index, link, reading):
        return None
    return reading


def _ends_known(ctx: Context, index: int, link: LinkSpec) -> bool:
    ok = True
    for end in ("left", "right"):
        name = getattr(link, end)
        if name not in ctx.drafts and name not in ctx.enums:
            if name in ctx.unstored:
                continue
            ctx.error(
                "DJG204",
                f"the line names '{name}', which is not a class",
                ctx.at("links", index, end),
                "declare the class, or correct the name",
            )
            ok = False
    return ok


def _ignored(ctx: Context, index: int, link: LinkSpec, le: str, re_: str) -> bool:
    """Realization and lines to classes that hold no rows are ignored, with a warning."""
    unstored = [n for n in (link.left, link.right) if n in ctx.unstored]
    if "|" in le + re_:
        why = "a realization (`..|>`) has no table to hold it"
    elif unstored:
        why = f"'{unstored[0]}' is not stored (an interface, a service, …)"
    else:
        return False
    ctx.warning(
        "DJG311",
        f"the line {link.left} {link.arrow} {link.right} is ignored: {why}",
        ctx.at("links", index),
    )
    return True


def _cardinalities(ctx: Context, index: int, link: LinkSpec) -> tuple[Card, Card] | None:
    cards: list[Card] = []
    for end in ("left_cardinality", "right_cardinality"):
        raw = getattr(link, end)
        card = None
        if raw is not None:
            card = cardinality(raw)
            if card is None:
                ctx.error(
                    "DJG202",
                    f"unknown cardinality '{raw}'",
                    ctx.at("links", index, end),
                    "use 1, 0..1, 1..*, *, 0..*, n, 0..n, 1..n, many, or bounds such as 0..2",
                )
                return None
        cards.append(card)
    return cards[0], cards[1]


def _label(ctx: Context, index: int, link: LinkSpec, reading: LineReading) -> bool:
    """Read the label into `reading`; False after a problem with its options."""
    assert link.label is not None
    at = ctx.at("links", index, "label")
    plurals = frozenset(ctx.drafts[n].plural for n in (link.left, link.right))
    label = read_label(link.label, plurals)
    for problem in label.problems:
        ctx.error(problem.code, problem.message, shift(at, problem.offset), problem.hint)
    if label.problems:
        return False
    reading.derived.update(label.options)
    reading.where.update({k: shift(at, off) for k, off in label.offsets.items()})
    if label.reading is Reading.ROLE or (
        label.reading is Reading.COLLECTION and reading.kind == "ManyToMany"
    ):
        reading.attr = label.name or None
    elif label.reading is Reading.COLLECTION:
        reading.derived.setdefault("related_name", label.name)
        reading.where.setdefault("related_name", at)
    else:
        reading.description = label
    return True


def shift(loc: Loc, offset: int) -> Loc:
    """The position `offset` columns to the right of `loc`."""
    return Loc(loc.path, loc.line, loc.col + offset)
