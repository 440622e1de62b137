"""Links: each relationship line becomes, or refines, an attribute of the class holding the key.

How one line reads on its own (the kind, the end that holds the key, the label) is `lines`;
this module merges each reading into the attributes the classes declare. A line and an
attribute typed with the other class are one link, and so is a line drawn again the other way;
a collection attribute on the "one" side of a one-to-many line is that link's reverse accessor;
a key column (`auteur_id: Integer FK`) is the link `auteur`. Lines to classes that hold no rows
are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from djgen import names
from djgen.errors import Loc
from djgen.frontends.document import FieldSpec, LinkSpec
from djgen.resolve.labels import Label, Reading, read_label
from djgen.resolve.lines import LineReading, line_ends, read_line
from djgen.resolve.state import Context, Origin
from djgen.resolve.type_names import COLLECTION, class_named


@dataclass
class _Drawn:
    """A line already read: which attribute it made, and whether a label named it."""

    index: int
    left: str
    right: str
    holder: str
    attr: str
    named: bool


def apply_links(ctx: Context) -> None:
    """Turn every link of the document into attributes of the drafts that hold the keys."""
    fields = {name: dict(d.spec.fields) for name, d in ctx.drafts.items()}
    links = _Links(ctx, fields)
    for index, link in enumerate(ctx.doc.links):
        links.add(index, link)
    for name in ctx.drafts:
        for column in [n for n, spec in fields[name].items() if _is_link_column(spec)]:
            links.link_column(name, column)
    for name, draft in ctx.drafts.items():
        if fields[name] != draft.spec.fields:
            draft.spec = draft.spec.model_copy(update={"fields": fields[name]})


class _Links:
    def __init__(self, ctx: Context, fields: dict[str, dict[str, FieldSpec | str]]) -> None:
        self.ctx = ctx
        self.fields = fields
        self.linked: set[tuple[str, str]] = set()  # (holder, attribute) a line merged into
        self.drawn: list[_Drawn] = []

    def add(self, index: int, link: LinkSpec) -> None:
        ends = line_ends(self.ctx, index, link)
        if ends is None:
            return
        if link.left in self.ctx.enums or link.right in self.ctx.enums:
            self._enum_link(index, link)
            return
        reading = read_line(self.ctx, index, link, ends)
        if reading is None:
            return
        if reading.description is not None:
            self._described(reading.description, reading, self.ctx.at("links", index, "label"))
        self._attach(index, link, reading)

    def link_column(self, holder: str, column: str) -> None:
        """`auteur_id: Integer FK` is the column of the link `auteur`: the line of that name,
        else a ForeignKey to the class `Auteur`; with neither, an error that says so."""
        ctx, fields = self.ctx, self.fields[holder]
        link = names.snake(re.sub(r"(_id|Id|ID)$", "", column))
        del fields[column]
        if link in fields and class_named(_as_dict(fields[link])["type"]) in ctx.drafts:
            ctx.origins[(holder, link)] = Origin.MERGED
            return
        target = next(
            (n for n in ctx.drafts if n.casefold() == names.pascal(link).casefold()), None
        )
        path = ("entities", holder, "fields")
        if target is None or link in fields:
            ctx.error(
                "DJG204",
                f"'{holder}.{column}' is the column of a link '{link}', but no line gives "
                f"'{holder}' a link '{link}' and no class is named '{names.pascal(link)}'",
                ctx.at(*path, column),
                f"draw the line: `{holder} --> Target : {link}`, or drop the FK marker",
            )
            return
        fields[link] = FieldSpec.model_validate({"type": target, "relation": "ForeignKey"})
        ctx.source.locs.setdefault((*path, link), ctx.at(*path, column))
        ctx.source.locs.setdefault((*path, link, "type"), ctx.at(*path, column, "type"))

    def _described(self, label: Label, reading: LineReading, at: Loc) -> None:
        attr = self._derived_name(reading)
        self.ctx.warning(
            "DJG310",
            f"the label '{label.text}' is read as a description of the link: the key is "
            f"'{reading.holder.name}.{attr}'",
            at,
            "label a line with a noun (`: author`) to name the key",
        )

    def _derived_name(self, reading: LineReading) -> str:
        candidates = _candidates(self, reading.holder.name, reading.target)
        return candidates[0] if len(candidates) == 1 else names.snake(reading.target)

    def _attach(self, index: int, link: LinkSpec, reading: LineReading) -> None:
        """Merge the line into the attribute it repeats, or add the attribute."""
        self._flip_to_declaring_side(reading)
        holder = reading.holder.name
        name = self._existing(index, reading)
        if name is None:
            return
        fields = self.fields[holder]
        spec = reading.derived
        if name in fields:
            written = _as_dict(fields[name])
            if _collection(written["type"]) and spec.get("relation") != "ManyToMany":
                spec = {k: v for k, v in spec.items() if k != "on_delete"}
                spec["relation"] = "ManyToMany"
            spec = {**spec, **written}
            if reading.attr != name:  # found by its type, not named by the label
                self._merged(index, f"the attribute '{holder}.{name}'")
            self.ctx.origins[(holder, name)] = Origin.MERGED
        else:
            self.ctx.origins[(holder, name)] = Origin.LINE
        reverse = self._reverse_collection(reading, spec) if reading.kind != "ManyToMany" else None
        if reverse is not None:
            self._merged(index, f"the collection '{reading.target}.{reverse}'")
            self.ctx.origins[(holder, name)] = Origin.MERGED
        fields[name] = FieldSpec.model_validate(spec)
        self.linked.add((holder, name))
        self.drawn.append(
            _Drawn(index, link.left, link.right, holder, name, reading.attr is not None)
        )
        path = ("entities", holder, "fields", name)
        for key, loc in reading.where.items():
            self.ctx.source.locs.setdefault((*path, key) if key else path, loc)

    def _flip_to_declaring_side(self, reading: LineReading) -> None:
        """A OneToOne or ManyToMany the other class declares as an attribute is held there."""
        holder, target = reading.holder.name, reading.target
        if (
            reading.kind in {"ManyToMany", "OneToOne"}
            and holder != target
            and not _candidates(self, holder, target)
            and len(_candidates(self, target, holder)) == 1
        ):
            if reading.attr is not None:
                reading.derived["related_name"] = reading.attr
            reading.derived["type"] = holder
            reading.holder, reading.target, reading.attr = self.ctx.drafts[target], holder, None
            reading.where["type"], reading.where[""] = reading.where[""], reading.where["type"]

    def _existing(self, index: int, reading: LineReading) -> str | None:
        """The attribute name the line gives or merges into; None after a clash, reported."""
        holder, target = reading.holder.name, reading.target
        fields = self.fields[holder]
        name = reading.attr
        if name is not None:
            spec = fields.get(name)
            if spec is None or (
                class_named(_as_dict(spec)["type"]) == target and (holder, name) not in self.linked
            ):
                return name
            self._clash(index, holder, name)
            return None
        candidates = _candidates(self, holder, target)
        if len(candidates) == 1:
            return candidates[0]
        if self._drawn_back(index):
            return None
        name = names.snake(target)
        if name not in fields:
            return name
        self._clash(index, holder, name)
        return None

    def _drawn_back(self, index: int) -> bool:
        """Whether an unnamed line is an earlier unnamed line drawn the other way: then it is
        that link again, merged into it with a warning."""
        link = self.ctx.doc.links[index]
        earlier = next(
            (d for d in self.drawn if not d.named and (d.left, d.right) == (link.right, link.left)),
            None,
        )
        if earlier is None:
            return False
        self.ctx.warning(
            "DJG312",
            f"two lines merged into one link, '{earlier.holder}.{earlier.attr}': this line "
            "draws it again the other way",
            self.ctx.at("links", index),
            "label the lines (`: author`, `: reviewer`) if they are two links",
        )
        return True

    def _clash(self, index: int, holder: str, name: str) -> None:
        """Two links that end with the same name on one class: an error naming both lines."""
        ctx = self.ctx
        earlier = next((d for d in self.drawn if d.holder == holder and d.attr == name), None)
        if earlier is not None:
            first = ctx.at("links", earlier.index)
            message = (
                f"this line and the line at {first.line}:{first.col} both give '{holder}.{name}'"
            )
        else:
            message = f"'{holder}' already has an attribute '{name}'"
        ctx.error(
            "DJG206",
            message,
            ctx.at("links", index),
            "name each link with a label: `A --> B : name`",
        )

    def _merged(self, index: int, what: str) -> None:
        self.ctx.warning(
            "DJG312",
            f"{what} and this line are merged into one link",
            self.ctx.at("links", index),
            "label the line with another name if they are two links",
        )

    def _reverse_collection(self, reading: LineReading, spec: dict[str, Any]) -> str | None:
        """A collection of the holder declared on the target is the key's reverse accessor:
        it is removed from the target and names the key's `related_name`; its name, if any."""
        holder, target = reading.holder.name, reading.target
        if holder == target:
            return None
        collections = [
            n
            for n in _candidates(self, target, holder)
            if _collection(_as_dict(self.fields[target][n])["type"])
        ]
        if len(collections) != 1:
            return None
        name = collections[0]
        del self.fields[target][name]
        spec.setdefault("related_name", names.snake(name))
        return name

    def _enum_link(self, index: int, link: LinkSpec) -> None:
        """A line between an entity and an enumeration is a choice field on the entity."""
        ctx = self.ctx
        if link.left in ctx.enums and link.right in ctx.enums:
            return
        holder_is_left = link.right in ctx.enums
        holder, enum = (link.left, link.right) if holder_is_left else (link.right, link.left)
        label = read_label(link.label) if link.label else None
        name = label.name if label and label.reading is Reading.ROLE else ""
        name = name or names.snake(enum)
        fields = self.fields[holder]
        if name in fields and class_named(_as_dict(fields[name])["type"]) != enum:
            self._clash(index, holder, name)
            return
        if name not in fields:
            fields[name] = FieldSpec.model_validate({"type": enum})
            path = ("entities", holder, "fields", name)
            ctx.source.locs.setdefault(path, ctx.at("links", index))
            end = "right" if holder_is_left else "left"
            ctx.source.locs.setdefault((*path, "type"), ctx.at("links", index, end))


def _as_dict(spec: FieldSpec | str) -> dict[str, Any]:
    """The options an attribute writes, as the line's derived spec is written."""
    if isinstance(spec, str):
        return {"type": spec}
    return spec.model_dump(exclude_unset=True, mode="json")


def _is_link_column(spec: FieldSpec | str) -> bool:
    return isinstance(spec, FieldSpec) and spec.link_column


def _collection(type_text: str) -> bool:
    return COLLECTION.match(type_text.strip()) is not None


def _candidates(links: _Links, holder: str, target: str) -> list[str]:
    """The holder's attributes no line merged into yet whose type names `target`."""
    return [
        name
        for name, spec in links.fields[holder].items()
        if (holder, name) not in links.linked and class_named(_as_dict(spec)["type"]) == target
    ]
