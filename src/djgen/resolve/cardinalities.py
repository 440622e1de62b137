"""Cardinalities: how many rows each end of a line stands for, and so which class holds the key,
what kind of relation it is and whether it is required; the arrow decides where a line writes
no cardinalities.
"""

from __future__ import annotations

import re

# A cardinality as (many, required on that side); None where the line writes none.
Card = tuple[bool, bool | None] | None
CARDINALITIES: dict[str, tuple[bool, bool | None]] = {
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
_BOUND = re.compile(r"^(?:(?P<low>\d+)\s*\.\.\s*)?(?P<high>\d+|\*|n|m|many)$")


def cardinality(text: str) -> tuple[bool, bool | None] | None:
    """How many rows one end of a line stands for (many, required): the named forms, and the
    bounds people write (`2`, `0..2`, `1..5`, `2..*`); None if it is not a cardinality."""
    written = text.strip().casefold()
    if written in CARDINALITIES:
        return CARDINALITIES[written]
    bounds = _BOUND.match(written)
    if bounds is None:
        return None
    high, low = bounds["high"], bounds["low"]
    many = not high.isdigit() or int(high) > 1
    if low is None:
        return many, True
    return many, int(low) >= 1


def decide(card_a: Card, card_b: Card, le: str, re_: str) -> tuple[bool, str, bool | None]:
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
