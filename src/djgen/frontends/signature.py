"""Method signatures as both frontends write them: `+publish(Date at, bool notify) None$`.

A diagram member and a YAML `methods` item read the same way; the result is the name, the
argument names in order, and the return type as written, after the arguments or, as UML tools
and Java habits write it, before the name (`+Boolean validatePrice()`, `+void confirm()`).
The spec document holds a signature parsed, as a `MethodSpec`, and writes it back as text.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, PlainSerializer, WithJsonSchema
from pydantic_core import PydanticCustomError

from djgen.frontends.problem import Problem, ShorthandError

_ARG_NAME = re.compile(r"\*{0,2}[^\W\d]\w*")
_METHOD_HEAD = re.compile(
    r"\s*[+\-#~]?\s*(?:(?P<returns>[^\W\d][\w.]*(?:~[^~(]*~|<[^<>(]*>)?(?:\[\])*)\s+)?"
    r"(?P<name>[^\W\d]\w*)\s*\("
)


def looks_like_method(text: str) -> bool:
    """A member is a method when a name is followed directly by `(`: `publish()`."""
    return _METHOD_HEAD.match(text) is not None


def parse_method(text: str) -> tuple[str, list[str], str | None]:
    """`+name(a, Type b, c: T) Ret$` → (name, [arg names], return type or None).

    Raises ShorthandError for a malformed signature.
    """
    head = _METHOD_HEAD.match(text)
    if head is None:
        raise ShorthandError(
            Problem("DJG103", "expected a method: name(args)", _first_col(text), "publish(at)")
        )
    close = _closing_paren(text, head.end() - 1)
    args = _split_args(text, head.end(), close)
    rest = text[close + 1 :].strip().strip("$*").strip()
    if rest.startswith(":"):
        rest = rest[1:].strip()
    rest = rest.rstrip("$*").strip()
    return head.group("name"), args, rest or head.group("returns")


def format_method(name: str, args: list[str], returns: str | None) -> str:
    """The canonical signature, as a spec writes it: `name(a, b): Ret` or `name(a)`."""
    signature = f"{name}({', '.join(args)})"
    return f"{signature}: {returns}" if returns else signature


def _first_col(text: str) -> int:
    return len(text) - len(text.lstrip())


def _closing_paren(text: str, open_at: int) -> int:
    depth = 0
    for i in range(open_at, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    raise ShorthandError(
        Problem("DJG103", "this parenthesis is never closed", open_at, "end the arguments with )")
    )


def _split_args(text: str, start: int, end: int) -> list[str]:
    if not text[start:end].strip():
        return []
    names: list[str] = []
    depth, in_generic, piece_start = 0, False, start
    for i in range(start, end + 1):
        ch = text[i] if i < end else ","
        if ch == "~":
            in_generic = not in_generic
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0 and not in_generic:
            names.append(_arg_name(text, piece_start, i))
            piece_start = i + 1
    return names


def _arg_name(text: str, start: int, end: int) -> str:
    piece = text[start:end]
    at = start + _first_col(piece)
    words = piece.split("=", 1)[0]
    if ":" in words:
        candidate = words.split(":", 1)[0].strip()
    else:
        parts = words.split()
        candidate = parts[-1] if parts else ""
    if not _ARG_NAME.fullmatch(candidate):
        raise ShorthandError(
            Problem(
                "DJG103",
                f"cannot read an argument name in '{piece.strip()}'",
                at,
                "write arguments as `name`, `Type name` or `name: Type`",
            )
        )
    return candidate


class MethodSpec(BaseModel):
    """A method signature, parsed: `publish(at): None` is `publish`, `("at",)`, `"None"`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    args: tuple[str, ...] = ()
    returns: str | None = None

    def __str__(self) -> str:
        return format_method(self.name, list(self.args), self.returns)


def _signature(value: object) -> object:
    """A signature string as a MethodSpec; frontends pass MethodSpecs they parsed themselves."""
    if isinstance(value, MethodSpec):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("string_type", "Input should be a valid string")
    try:
        name, args, returns = parse_method(value)
    except ShorthandError as err:
        raise ValueError(err.problem.message) from None
    return MethodSpec(name=name, args=tuple(args), returns=returns)


# Written as a string (`publish(at): None`), held parsed, and written back as a string.
Method = Annotated[
    MethodSpec,
    BeforeValidator(_signature),
    PlainSerializer(str, return_type=str),
    WithJsonSchema({"type": "string"}),
]
