"""A cursor over one piece of shorthand text: spaces, tokens, quoted strings.

The attribute and option parsers read with it; a quoted string's escapes are applied here.
"""

from __future__ import annotations

import re

from djgen.frontends.problem import Problem, ShorthandError

_SPACES = re.compile(r"\s*")
_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'"}


class Cursor:
    """A position in one piece of shorthand, moved over spaces, tokens and quoted strings."""

    def __init__(self, text: str, pos: int = 0, end: int | None = None) -> None:
        self.text = text
        self.pos = pos
        self.end = len(text) if end is None else end

    def skip_spaces(self) -> None:
        spaces = _SPACES.match(self.text, self.pos, self.end)
        assert spaces is not None, "the pattern of spaces matches the empty string"
        self.pos = spaces.end()

    def at_end(self) -> bool:
        return self.pos >= self.end

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < self.end else ""

    def match(self, pattern: re.Pattern[str]) -> str | None:
        found = pattern.match(self.text, self.pos, self.end)
        if found is None:
            return None
        self.pos = found.end()
        return found.group()

    def quoted(self) -> str:
        """A quoted string starting at the current position; the quote is `"` or `'`."""
        start, quote = self.pos, self.text[self.pos]
        out: list[str] = []
        i = start + 1
        while i < self.end:
            ch = self.text[i]
            if ch == quote:
                self.pos = i + 1
                return "".join(out)
            if ch == "\\" and i + 1 < self.end:
                nxt = self.text[i + 1]
                out.append(_ESCAPES.get(nxt, "\\" + nxt))
                i += 2
                continue
            out.append(ch)
            i += 1
        raise ShorthandError(
            Problem("DJG103", "this string is never closed", start, f"end it with {quote}")
        )

    def bare(self, stops: str) -> str:
        start = self.pos
        while self.pos < self.end and self.text[self.pos] not in stops:
            self.pos += 1
        return self.text[start : self.pos].strip()


def unquote(text: str) -> str:
    """The value of a quoted string (escapes applied), or the text itself when not quoted."""
    stripped = text.strip()
    if stripped[:1] in {'"', "'"}:
        scanner = Cursor(stripped)
        value = scanner.quoted()
        if scanner.at_end():
            return value
    return stripped
