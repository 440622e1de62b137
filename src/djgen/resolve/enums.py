"""Enumerations: those a spec declares and those its inline `choices` make.

Decides each member's Python name and label, and rejects empty enumerations, values that
cannot become a Python name and values given twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from djgen import names
from djgen.defaults import member_label, member_name
from djgen.frontends.document import EnumSpec, EnumValue
from djgen.model import Enum, EnumMember
from djgen.resolve.declarations import check_app, check_class_name
from djgen.resolve.state import Context, Draft, Key

RawMember = tuple[str, str | None, Key]  # value, label as written, where


def collect_enums(ctx: Context) -> None:
    for name, spec in ctx.doc.enums.items():
        key = ("enums", name)
        app = spec.app if isinstance(spec, EnumValue) and spec.app else ctx.default_app
        if app != ctx.default_app:
            check_app(ctx, app, (*key, "app"))
        check_class_name(ctx, name, key, app)
        if name in ctx.drafts:
            ctx.error(
                "DJG203",
                f"'{name}' is both an entity and an enumeration",
                ctx.at(*key),
                "rename one of them",
            )
            continue
        members = make_members(ctx, _raw_members(spec, key), key)
        ctx.enums[name] = Enum(name=name, app=app, members=members, loc=ctx.at(*key))


def _raw_members(spec: EnumSpec, key: Key) -> list[RawMember]:
    """Members from any of the spec's forms; member i is located at (..., "values", i)."""
    items: Any = spec.values if isinstance(spec, EnumValue) else spec
    pairs: list[tuple[str, str | None]] = []
    if isinstance(items, dict):
        pairs = [(str(v), str(label)) for v, label in items.items()]
    else:
        for item in items:
            if isinstance(item, dict):
                pairs.extend((str(v), str(label)) for v, label in item.items())
            else:
                pairs.append((str(item), None))
    return [(v, label, (*key, "values", i)) for i, (v, label) in enumerate(pairs)]


def make_members(ctx: Context, raw: Sequence[RawMember], key: Key) -> tuple[EnumMember, ...]:
    if not raw:
        ctx.error("DJG214", "an enumeration needs at least one value", ctx.at(*key))
        return ()
    members: list[EnumMember] = []
    seen_names: set[str] = set()
    seen_values: set[str] = set()
    for value, label, where in raw:
        mname = member_name(value) if value.strip() else ""
        if not mname.strip("_"):
            ctx.error(
                "DJG214",
                f"enumeration value '{value}' cannot be made a Python name",
                ctx.at(*where),
                "use letters or digits",
            )
            continue
        if value in seen_values or mname in seen_names:
            ctx.error(
                "DJG214",
                f"enumeration value '{value}' (member {mname}) is given twice",
                ctx.at(*where),
                "remove the duplicate",
            )
            continue
        seen_values.add(value)
        seen_names.add(mname)
        members.append(EnumMember(name=mname, value=value, label=label or member_label(mname)))
    return tuple(members)


def inline_enum(ctx: Context, draft: Draft, name: str, choices: list[str], key: Key) -> str | None:
    """The enumeration `<Entity><Field>` an attribute's `choices` make; None after a problem."""
    enum_name = f"{draft.name}{names.pascal(name)}"
    where = (*key, "choices")
    if enum_name in ctx.enums or enum_name in ctx.drafts:
        ctx.error(
            "DJG203",
            f"the choices of '{draft.name}.{name}' make an enumeration '{enum_name}', "
            "but that name is taken",
            ctx.at(*where),
            f"declare the enumeration once and write `type: {enum_name}`, or rename it",
        )
        return None
    raw = [(str(c), None, (*where, i)) for i, c in enumerate(choices)]
    members = make_members(ctx, raw, where)
    if not members:
        return None
    ctx.enums[enum_name] = Enum(name=enum_name, app=draft.app, members=members, loc=ctx.at(*where))
    return enum_name
