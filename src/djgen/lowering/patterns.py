"""The regular expressions of text fields, as the factories draw values from them.

A factory draws from a field's pattern (`matching()` in the generated project re-checks every
value); a pattern with open repeats (`+`, `*`, `{n,}`) could produce values longer than the
field's max_length, so the repeats are capped until the longest match fits. The longest match
is measured by a small reader of the regular expression syntax Python accepts, not by the
private parser of the `re` module.
"""

from __future__ import annotations

import math
import re

from djgen.lowering.fields import anchored

ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
QUANTIFIER = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")
# `\1` to `\99` name a group, unless three octal digits make a character code.
GROUP_REFERENCE = re.compile(r"(?![0-3][0-7]{2})[1-9][0-9]?")
# The digits after the letter of an escape that spells a character by its code.
CODE_POINT = {
    "x": re.compile(r"[0-9a-fA-F]{2}"),
    "u": re.compile(r"[0-9a-fA-F]{4}"),
    "U": re.compile(r"[0-9a-fA-F]{8}"),
    "0": re.compile(r"[0-7]{0,2}"),
    **{digit: re.compile(r"[0-7]{2}") for digit in "123"},
}
INLINE_FLAGS = re.compile(r"\?[aiLmsux]*(?:-[imsx]+)?([:)])")


class _Reader:
    """Reads a pattern once, from left to right, measuring the longest text it matches."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.pos = 0
        self.groups: list[float] = []  # the widths of the capturing groups, by number - 1
        self.named: dict[str, float] = {}

    def peek(self, count: int = 1) -> str:
        return self.pattern[self.pos : self.pos + count]

    def alternation(self) -> float:
        widest = self.branch()
        while self.peek() == "|":
            self.pos += 1
            widest = max(widest, self.branch())
        return widest

    def branch(self) -> float:
        total = 0.0
        while self.pos < len(self.pattern) and self.peek() not in "|)":
            width = self.atom()
            total += width * self.repeats() if width else 0.0
        return total

    def repeats(self) -> float:
        """The most times the atom just read may repeat (1 without a quantifier)."""
        char = self.peek()
        most: float = 1
        if char in ("*", "+"):
            self.pos, most = self.pos + 1, math.inf
        elif char == "?":
            self.pos += 1
        elif char == "{" and (found := QUANTIFIER.match(self.pattern, self.pos)):
            low, comma, high = found.groups()
            if not low and comma is None:
                return 1  # `{}` is a literal brace pair, read by the next atom
            self.pos = found.end()
            most = int(low) if comma is None else (int(high) if high else math.inf)
        else:
            return 1
        if self.peek() in ("?", "+"):  # lazy or possessive
            self.pos += 1
        return most

    def atom(self) -> float:
        char = self.peek()
        self.pos += 1
        if char == "(":
            return self.group()
        if char == "[":
            self.char_class()
            return 1
        if char == "\\":
            return self.escape()
        return 0 if char in "^$" else 1

    def escape(self) -> float:
        """An escape, from after its backslash: a group reference, or one character or none."""
        if found := GROUP_REFERENCE.match(self.pattern, self.pos):
            self.pos = found.end()
            return self.groups[int(found.group()) - 1]
        char = self.peek()
        self.pos += 1
        if char == "N" and self.peek() == "{":
            self.pos = self.pattern.index("}", self.pos) + 1
        elif found := CODE_POINT.get(char, re.compile("")).match(self.pattern, self.pos):
            self.pos = found.end()
        return 0 if char in ZERO_WIDTH_ESCAPES else 1

    def char_class(self) -> None:
        if self.peek() == "^":
            self.pos += 1
        if self.peek() == "]":
            self.pos += 1
        while self.peek() not in ("]", ""):
            self.pos += 2 if self.peek() == "\\" else 1
        self.pos += 1

    def group(self) -> float:
        """A group, from after its `(` to after its `)`."""
        index: int | None = None
        name: str | None = None
        if self.peek() != "?":
            index = len(self.groups)
            self.groups.append(math.inf)  # a reference inside the group itself
        elif self.peek(3) in ("?P<", "?<=", "?<!") or self.peek(2) in ("?=", "?!", "?#"):
            return self.special()
        elif self.peek(3) == "?P=":
            end = self.pattern.index(")", self.pos)
            width = self.named[self.pattern[self.pos + 3 : end]]
            self.pos = end + 1
            return width
        elif self.peek(2) == "?(":  # a conditional: (?(group)yes|no)
            self.pos = self.pattern.index(")", self.pos) + 1
        elif self.peek(2) == "?>":  # an atomic group
            self.pos += 2
        elif (flags := INLINE_FLAGS.match(self.pattern, self.pos)) is not None:
            self.pos = flags.end()
            if flags.group(1) == ")":
                return 0
        else:
            raise ValueError(f"unsupported group at {self.pos} in {self.pattern!r}")
        width = self.alternation()
        self.pos += 1
        if index is not None:
            self.groups[index] = width
        if name is not None:
            self.named[name] = width
        return width

    def special(self) -> float:
        """A named group, a lookaround or a comment."""
        if self.peek(3) == "?P<":
            end = self.pattern.index(">", self.pos)
            name = self.pattern[self.pos + 3 : end]
            self.pos = end + 1
            self.groups.append(math.inf)
            index = len(self.groups) - 1
            width = self.alternation()
            self.pos += 1
            self.groups[index] = self.named[name] = width
            return width
        if self.peek(2) == "?#":
            self.pos = self.pattern.index(")", self.pos) + 1
            return 0
        self.pos += 3 if self.peek(2) == "?<" else 2
        self.alternation()
        self.pos += 1
        return 0


def max_width(pattern: str) -> float:
    """The length of the longest text the pattern matches; infinite where it has no bound,
    and for a verbose pattern (its white space and comments are not read as such here)."""
    if re.compile(pattern).flags & re.VERBOSE:
        return math.inf
    return _Reader(pattern).alternation()


def bounded_repeats(pattern: str, limit: int) -> str:
    """The pattern with every open repeat (`+`, `*`, `{n,}`) capped at `limit` more
    occurrences: it matches a subset of what the original matches."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                out.append("[]")
                i += 2
                continue
        elif char == "+" and out and not out[-1].endswith(("+", "*", "}", "?")):
            char = f"{{1,{limit}}}"
        elif char == "*" and out and not out[-1].endswith(("+", "*", "}", "?")):
            char = f"{{0,{limit}}}"
        elif char == "{" and (found := re.match(r"\{(\d+),\}", pattern[i:])):
            low = int(found.group(1))
            out.append(f"{{{low},{low + limit}}}")
            i += found.end()
            continue
        out.append(char)
        i += 1
    return "".join(out)


def fitting_pattern(pattern: str, max_length: int | None) -> str:
    """The anchored pattern values are drawn from: open repeats are capped so that what it
    generates fits max_length, where that is possible."""
    whole = anchored(pattern)
    if max_length is None:
        return whole
    for limit in range(max_length, 0, -1):
        bounded = bounded_repeats(whole, limit)
        if max_width(bounded) <= max_length:
            return bounded
    return whole
