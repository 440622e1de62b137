"""What the domain model holds where a spec says nothing.

Resolve fills these in; export leaves out every value equal to them, so a spec written back is
minimal and loads into the same model. Both read them from here, so the two never disagree.
"""

from __future__ import annotations

import keyword
from typing import Protocol

from djgen import names
from djgen.model import Field, Relation
from djgen.vocabulary import FieldType, OnDelete, RelationKind

DEFAULT_MAX_LENGTH = {
    FieldType.STRING: 255,
    FieldType.SLUG: 50,
    FieldType.EMAIL: 254,
    FieldType.URL: 200,
}
# A text key's length where the spec gives none: room for any code or name, short in each URL
# and in every column that links to it. A key of another text type keeps its type's length.
DEFAULT_KEY_MAX_LENGTH = 64
DEFAULT_MAX_DIGITS = 10
DEFAULT_DECIMAL_PLACES = 2
SEARCHABLE_TYPES = frozenset({FieldType.STRING, FieldType.TEXT, FieldType.SLUG, FieldType.EMAIL})


class Holder(Protocol):
    """An entity, resolved or still being resolved: what a reverse name is derived from."""

    @property
    def name(self) -> str: ...

    @property
    def snake(self) -> str: ...

    @property
    def plural(self) -> str: ...


def default_max_length(ftype: FieldType, *, primary_key: bool = False) -> int | None:
    """A text field's max_length where the spec gives none."""
    if primary_key and ftype is FieldType.STRING:
        return DEFAULT_KEY_MAX_LENGTH
    return DEFAULT_MAX_LENGTH.get(ftype)


def default_title(project: str) -> str:
    return names.human(project).title()


def member_name(value: str) -> str:
    """The Python name of an enumeration member: `in-progress` → `IN_PROGRESS`."""
    return names.identifier(value).upper()


def member_label(name: str) -> str:
    """The label derived from a member name: `IN_PROGRESS` → `In progress`."""
    return names.human(names.snake(name)).capitalize()


def plain_related_name(holder: Holder, relation: Relation) -> str:
    """The reverse name a relation gets when nothing collides with it; a Python keyword (the
    plural of an entity `A` is `as`) gets a trailing underscore, as PEP 8 spells it."""
    if relation.target == holder.name:
        if relation.kind is RelationKind.FOREIGN_KEY and relation.name == "parent":
            return "children"
        return f"{relation.name}_of"
    name = holder.snake if relation.kind is RelationKind.ONE_TO_ONE else holder.plural
    return f"{name}_" if keyword.iskeyword(name) else name


def default_on_delete(required: bool) -> OnDelete:
    return OnDelete.PROTECT if required else OnDelete.SET_NULL


def default_ordering(fields: tuple[Field, ...]) -> tuple[str, ...]:
    return ("-created_at",) if any(f.name == "created_at" for f in fields) else ()


def default_search(fields: tuple[Field, ...]) -> tuple[str, ...]:
    return tuple(f.name for f in fields if f.type in SEARCHABLE_TYPES)
