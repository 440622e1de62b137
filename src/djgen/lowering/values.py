"""Lowered values: Python objects that can be written as source and built as live objects.

A field declaration, a `Meta` option or a validator is data here: plain values (str, int,
float, bool, Decimal; tuples, written as lists), `Symbol`s (a name the generated module
imports, like `models.CASCADE`), `Call`s of symbols and `Negated` conditions. The same data
gives the source a models module prints (`source`) and the live objects Django's migration
writer serialises (`live`), so the two never disagree and no source is ever parsed back.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeAlias

from djgen.lowering.imports import Import, Imports

Value: TypeAlias = (
    "str | int | float | bool | Decimal | Symbol | Call | Negated | tuple[Value, ...]"
)

IMPORT_DECIMAL = Import("decimal", "Decimal")


@dataclass(frozen=True)
class Symbol:
    """`<bound name>[.<attribute>]` of an import: `models.CASCADE`, `uuid.uuid4`, `Status`.

    `stands_for` is what the name means in the generated project where this process cannot
    import it (the project's own enumerations, its user model); None when the import
    resolves here.
    """

    imported: Import
    attribute: str = ""
    stands_for: Hashable | None = None

    @property
    def expression(self) -> str:
        return ".".join(filter(None, (self.imported.bound, self.attribute)))

    def dot(self, attribute: str, stands_for: Hashable | None = None) -> Symbol:
        """The symbol's attribute: `models` → `models.CharField`."""
        joined = f"{self.attribute}.{attribute}" if self.attribute else attribute
        return Symbol(self.imported, joined, stands_for)

    def __call__(self, *args: Value, **kwargs: Value) -> Call:
        """The call of this symbol with lowered arguments, kept in the order given."""
        return Call(self, args, tuple(kwargs.items()))


@dataclass(frozen=True)
class Call:
    """`callee(*args, **kwargs)`; keyword arguments keep their order."""

    callee: Symbol
    args: tuple[Value, ...] = ()
    kwargs: tuple[tuple[str, Value], ...] = ()

    def kwarg(self, name: str) -> Value | None:
        return next((value for key, value in self.kwargs if key == name), None)


@dataclass(frozen=True)
class Negated:
    """`~condition`: the negation of a `Q` object."""

    condition: Call


def source(value: Value, imports: Imports) -> str:
    """`value` as Python source; what the source names is added to `imports`."""
    if isinstance(value, str):
        return string_literal(value)
    if isinstance(value, bool | int):
        return repr(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Decimal):
        imports.add(IMPORT_DECIMAL)
        return f'Decimal("{value}")'
    if isinstance(value, tuple):
        return f"[{', '.join(source(item, imports) for item in value)}]"
    if isinstance(value, Symbol):
        imports.add(value.imported)
        return value.expression
    if isinstance(value, Negated):
        return f"~{source(value.condition, imports)}"
    arguments = [source(arg, imports) for arg in value.args]
    arguments += [f"{key}={source(arg, imports)}" for key, arg in value.kwargs]
    return f"{source(value.callee, imports)}({', '.join(arguments)})"


def live(value: Value) -> Any:
    """The object `value` stands for, built in this process."""
    if isinstance(value, tuple):
        return [live(item) for item in value]
    if isinstance(value, Symbol):
        if value.stands_for is not None:
            return value.stands_for
        found = value.imported.resolve()
        for name in filter(None, value.attribute.split(".")):
            found = getattr(found, name)
        return found
    if isinstance(value, Negated):
        return ~live(value.condition)
    if isinstance(value, Call):
        arguments = [live(arg) for arg in value.args]
        return live(value.callee)(*arguments, **{key: live(arg) for key, arg in value.kwargs})
    return value


def string_literal(text: str) -> str:
    """A Python string literal of `text`: raw where that keeps a regular expression readable,
    escaped wherever a character could not stand in source as itself (newlines, tabs,
    other control and separator characters)."""
    printable = text.isprintable()
    if "\\" in text and '"' not in text and not text.endswith("\\") and printable:
        return f'r"{text}"'
    if '"' in text or not printable:
        return repr(text)
    return '"' + text.replace("\\", "\\\\") + '"'
