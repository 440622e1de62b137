"""Safe names: attributes named like something Python or Django reserves are renamed.

`class`, `save`, `objects`, `name_`, `a__b` or a clash with a key's `<name>_id` column get a
`_value` suffix in the model; the API keeps the spec's name, and so does the database column
where it can. Each rename is a warning, never an error, unless the safe name is taken too.
"""

from __future__ import annotations

import keyword
import re
from typing import Any, TypeVar

from djgen import names
from djgen.model import ABSTRACT_USER_FIELDS, ABSTRACT_USER_RELATIONS, Field, Relation
from djgen.resolve.state import Context, Draft
from djgen.vocabulary import RelationKind

A = TypeVar("A", Field, Relation)

# Names the user model's class already answers to: its fields plus reverse accessors that
# Django's auth and admin apps and the JWT blacklist add to it.
USER_TAKEN_NAMES = frozenset(
    {*ABSTRACT_USER_FIELDS, *ABSTRACT_USER_RELATIONS, "logentry", "outstandingtoken"}
)


def safe_names(ctx: Context, draft: Draft) -> None:
    """Rename attributes whose names Python or Django reserve, keeping column and API name."""
    attnames = {f"{r.name}_id" for r in draft.relations if r.kind is not RelationKind.MANY_TO_MANY}
    taken = {a.name for a in draft.attributes}
    draft.fields = [_safe(ctx, draft, f, attnames, taken) for f in draft.fields]
    draft.relations = [_safe(ctx, draft, r, attnames, taken) for r in draft.relations]


def _safe(ctx: Context, draft: Draft, item: A, attnames: set[str], taken: set[str]) -> A:
    """The attribute under a safe name, or as it is when its name is fine or cannot change."""
    reason = reserved_reason(item.name, attnames)
    if reason is None:
        return item
    new = re.sub(r"_{2,}", "_", item.name).rstrip("_") + "_value"
    if new in taken:
        ctx.error(
            "DJG206",
            f"'{item.name}' {reason} and its safe name '{new}' is already taken",
            item.loc or draft.loc,
            "rename one of the attributes",
        )
        return item
    taken.add(new)
    update = _renamed(draft, item, new, reason)
    kept = "the API field and the database column keep"
    if update.get("column") != item.name:
        kept = "the API field keeps"
    ctx.warning(
        "DJG301",
        f"'{draft.name}.{item.name}' {reason}: it is renamed '{new}' in the model; "
        f"{kept} the name '{item.name}'",
        item.loc or draft.loc,
    )
    return item.model_copy(update=update)


def _renamed(draft: Draft, item: Field | Relation, new: str, reason: str) -> dict[str, Any]:
    """The changes that rename `item` to `new`, its column kept where it can be."""
    update: dict[str, Any] = {"name": new}
    if isinstance(item, Relation):
        if item.kind is not RelationKind.MANY_TO_MANY:
            update["column"] = f"{item.name}_id"
        if item.name in draft.explicit_related:
            draft.explicit_related.add(new)
    elif not reason.startswith("clashes"):
        # A clash with a key's `<name>_id` cannot keep that column: the key uses it.
        update["column"] = item.name
    return update


def reserved_reason(name: str, attnames: set[str]) -> str | None:
    """Why an attribute name cannot be used as is, or None."""
    if keyword.iskeyword(name):
        return "is a Python keyword"
    if name in names.DJANGO_RESERVED_ATTRIBUTES:
        return "is reserved by Django's Model"
    if name.endswith("_"):
        return "ends with '_', which Django forbids"
    if "__" in name:
        return "contains '__', Django's lookup separator"
    if name in attnames:
        return f"clashes with the column attribute of the key '{name[:-3]}'"
    return None
