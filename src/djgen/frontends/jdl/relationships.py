"""JDL relationships → relation fields on the entity that holds the key.

`A{b} to B{a}` injects the field `b` in A and `a` in B. Django holds one side only: the
many side of a OneToMany/ManyToOne holds the ForeignKey, the source of a OneToOne or a
ManyToMany holds its field, and the other side's injected name becomes the reverse accessor
(`related_name`), made plural where it names a collection, as JHipster does with its
collections. A side without an injected name takes the other entity's name
(`Ticket to Attachment` gives `Attachment.ticket`). `required` on the holding side makes the
key required; `User` is the project's user model (`with builtInEntity`).
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass
from typing import Any

from djgen import names
from djgen.errors import Diagnostics, did_you_mean
from djgen.frontends.jdl.statements import Link, Side
from djgen.frontends.source_map import SourceMap

KINDS = ("OneToOne", "OneToMany", "ManyToOne", "ManyToMany")
BUILT_IN = "User"
ON_DELETE = {
    "CASCADE": "CASCADE",
    "SET NULL": "SET_NULL",
    "SET_NULL": "SET_NULL",
    "RESTRICT": "RESTRICT",
    "NO ACTION": "PROTECT",
    "NO_ACTION": "PROTECT",
}


@dataclass(frozen=True)
class Held:
    """One relationship as Django holds it: the holder's side, the target, the reverse side."""

    holder: Side
    target: Side
    kind: str


def held(link: Link) -> Held:
    if link.kind.text == "OneToMany":
        return Held(link.target, link.source, "ForeignKey")
    kind = {"ManyToOne": "ForeignKey", "OneToOne": "OneToOne"}.get(link.kind.text, "ManyToMany")
    return Held(link.source, link.target, kind)


class Relationships:
    """Adds each relationship's field to the entity data that holds it."""

    def __init__(
        self,
        entities: dict[str, Any],
        declared: list[str],
        source: SourceMap,
        diagnostics: Diagnostics,
    ) -> None:
        self.entities = entities  # the entities of the chosen applications: name → data
        self.declared = declared  # every entity the file declares
        self.source = source
        self.diagnostics = diagnostics
        self.seen: set[tuple[str | None, ...]] = set()  # a relationship written twice is one

    def _included(self, link: Link) -> bool:
        """Whether both ends are generated; an error for an end the file does not declare,
        a warning when an end is outside the chosen application."""
        ends = (link.source.entity, link.target.entity)
        unknown = [n for n in ends if n.text not in self.declared and n.text != BUILT_IN]
        for name in unknown:
            self.diagnostics.error(
                "DJG204",
                f"'{name.text}' is not an entity",
                name.loc,
                did_you_mean(name.text, self.declared) or "declare it: `entity Name { ... }`",
            )
        left_out = [n for n in ends if n.text in self.declared and n.text not in self.entities]
        if left_out and not unknown:
            self.diagnostics.warning(
                "DJG316",
                f"'{left_out[0].text}' is not in the chosen application: this relationship "
                "is left out",
                left_out[0].loc,
            )
        return not unknown and not left_out

    def add(self, link: Link) -> None:
        if link.kind.text not in KINDS:
            self.diagnostics.error(
                "DJG218",
                f"'{link.kind.text}' is not a JDL relationship type",
                link.kind.loc,
                did_you_mean(link.kind.text, KINDS) or f"one of {', '.join(KINDS)}",
            )
            return
        key = tuple(
            n.text if n else None
            for side in (link.source, link.target)
            for n in (side.entity, side.field)
        )
        if (link.kind.text, *key) in self.seen:
            return
        self.seen.add((link.kind.text, *key))
        self._extra(link)
        if not self._included(link):
            return
        side = held(link)
        entity = side.holder.entity.text
        if entity == BUILT_IN and entity not in self.entities:
            self.diagnostics.warning(
                "DJG315",
                "a relationship held by the built-in User cannot add a field to it; ignored",
                side.holder.entity.loc,
                "declare the relationship from the other entity",
            )
            return
        name, spec = self._field(side)
        fields = self.entities[entity].setdefault("fields", {})
        written = side.holder.field or side.holder.entity
        if name in fields:
            self.diagnostics.error(
                "DJG206",
                f"'{entity}' already has a field '{name}'",
                written.loc,
                "name the relationship's field: `A{otherName} to B`",
            )
            return
        fields[name] = spec
        key = ("entities", entity, "fields", name)
        self.source.add(key, written.loc.line, written.loc.col)
        target = side.target.entity.loc
        self.source.add((*key, "type"), target.line, target.col)

    def _field(self, side: Held) -> tuple[str, dict[str, Any]]:
        target = side.target.entity.text
        injected = side.holder.field.text if side.holder.field else names.snake(target)
        many = side.kind == "ManyToMany"
        name = names.plural(names.snake(injected)) if many else injected
        spec: dict[str, Any] = {"type": f"List~{target}~" if many else target}
        if side.kind == "OneToOne":
            spec["relation"] = "OneToOne"
        spec["required"] = side.holder.required
        reverse = side.target.field
        if reverse is not None:
            one = side.kind == "OneToOne"
            spec["related_name"] = names.snake(reverse.text) if one else _plural(reverse.text)
        doc = side.holder.doc or side.target.doc
        if doc is not None:
            spec["help"] = doc
        on_delete = self._on_delete(side)
        if on_delete is not None:
            spec["on_delete"] = on_delete
        return name, spec

    def _on_delete(self, side: Held) -> str | None:
        found: str | None = None
        for annotation in (*side.holder.annotations, *side.target.annotations):
            if annotation.name.text.casefold() != "ondelete":
                self.diagnostics.warning(
                    "DJG315",
                    f"the relationship annotation @{annotation.name.text} means nothing for "
                    "Django; ignored",
                    annotation.name.loc,
                )
                continue
            value = (annotation.value or "").upper()
            found = ON_DELETE.get(value)
            if found is None:
                self.diagnostics.error(
                    "DJG218",
                    f"@OnDelete({annotation.value}) is not an action Django has",
                    annotation.name.loc,
                    "one of CASCADE, SET NULL, RESTRICT, NO ACTION",
                )
        return found

    def _extra(self, link: Link) -> None:
        if link.extra is None or link.extra.text == "builtInEntity":
            return
        if link.extra.text == "jpaDerivedIdentifier":
            self.diagnostics.warning(
                "DJG315",
                "jpaDerivedIdentifier means nothing for Django: the key stays the row's own",
                link.extra.loc,
            )
            return
        self.diagnostics.error(
            "DJG218",
            f"'with {link.extra.text}' is not a JDL relationship option",
            link.extra.loc,
            "use `with builtInEntity` or `with jpaDerivedIdentifier`",
        )


def _plural(injected: str) -> str:
    """The collection an injected name stands for: `tag` → `tags`; a plural that is a Python
    keyword (`a` → `as`) gets a trailing underscore, as PEP 8 spells it."""
    name = names.plural(names.snake(injected))
    return f"{name}_" if keyword.iskeyword(name) else name
