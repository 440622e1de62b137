"""The imports a generated module needs, collected as data and written once.

Every piece of lowered source says which names it uses as `Import`s; a generator gathers them
into one `Imports` and prints `lines()` at the top of the module. ruff's isort pass then splits
the lines into sections, so only their content matters here, not their order.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Import:
    """`import <module>` when `name` is None, else `from <module> import <name> [as <alias>]`.

    `module` may be relative (`.models`) when the importing module sits in the same package.
    """

    module: str
    name: str | None = None
    alias: str | None = None

    @property
    def bound(self) -> str:
        """The name the import binds in the importing module."""
        if self.name is None:
            return self.alias or self.module.split(".")[0]
        return self.alias or self.name

    def line(self) -> str:
        if self.name is None:
            return f"import {self.module}" + (f" as {self.alias}" if self.alias else "")
        return f"from {self.module} import {self.imported()}"

    def imported(self) -> str:
        """What a `from` line lists for this import: `name` or `name as alias`."""
        assert self.name is not None
        return self.name + (f" as {self.alias}" if self.alias else "")

    def resolve(self) -> Any:
        """The object the bound name refers to, imported into this process."""
        module = importlib.import_module(self.module)
        if self.name is None:
            return module if self.alias else importlib.import_module(self.bound)
        try:
            return getattr(module, self.name)
        except AttributeError:  # a submodule its package does not import by itself
            return importlib.import_module(f"{self.module}.{self.name}")


class Imports:
    """A set of imports; `lines()` writes them with one `from` line per module."""

    def __init__(self, *items: Import) -> None:
        self._items: set[Import] = set(items)

    def add(self, *items: Import) -> None:
        self._items.update(items)

    def update(self, *others: Iterable[Import]) -> None:
        for other in others:
            self._items.update(other)

    def __iter__(self) -> Iterator[Import]:
        return iter(sorted(self._items, key=lambda i: (i.module, i.name or "", i.alias or "")))

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, item: object) -> bool:
        return item in self._items

    def lines(self) -> list[str]:
        """`import x` lines, then one `from a import b, c` line per module, each sorted."""
        plain = sorted(i.line() for i in self._items if i.name is None)
        grouped: dict[str, list[str]] = {}
        for item in self._items:
            if item.name is not None:
                grouped.setdefault(item.module, []).append(item.imported())
        merged = [
            f"from {module} import {', '.join(sorted(names))}" for module, names in grouped.items()
        ]
        return plain + sorted(merged)
