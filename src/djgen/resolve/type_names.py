"""Type names: what an attribute's `type` names — a scalar type, an entity or an enumeration.

Reads collections (`List~T~`, `Set~T~`, `T[]`) and aliases (`int`, `Long`, `Instant`, …).
A name that is a slip away from a known one is reported as a misspelt type or relation
target, with that name as a hint; any other unknown name is undeclared, with a hint to declare
it as an enumeration or a class.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from djgen.errors import did_you_mean
from djgen.frontends.document import FieldSpec
from djgen.resolve.field_types import RELATION_OPTIONS, SCALAR_TYPES, given_options
from djgen.resolve.state import Context, Key, TypeRef

COLLECTION = re.compile(
    r"^(?:(?:list|set)\s*~\s*(?P<generic>.+?)\s*~|(?P<array>.+?)\s*\[\s*\])$", re.I
)


def class_named(type_text: str) -> str:
    """The name a type names, its collection taken off: `List~Tag~`, `Tag[]`, `Tag` → `Tag`."""
    found = COLLECTION.match(type_text.strip())
    if found is None:
        return type_text.strip()
    return (found.group("generic") or found.group("array")).strip()


def lookup(ctx: Context, text: str) -> TypeRef | None:
    if text in ctx.drafts:
        return TypeRef(entity=text)
    if text in ctx.enums:
        return TypeRef(enum=text)
    scalar = SCALAR_TYPES.get(text.casefold())
    return TypeRef(scalar=scalar) if scalar is not None else None


def parse_type(ctx: Context, spec: FieldSpec, key: Key) -> TypeRef | None:
    """What the attribute's type names; None, reported, when it names nothing known."""
    written = spec.type.strip()
    collection = COLLECTION.match(written)
    inner = (collection.group("generic") or collection.group("array")) if collection else None
    found = lookup(ctx, inner.strip() if inner is not None else written)
    if found is not None and not (inner is not None and COLLECTION.match(inner.strip())):
        found.many = inner is not None
        return found
    bad = inner.strip() if inner is not None else written
    hint = did_you_mean(bad, ctx.type_candidates)
    entity_hint = did_you_mean(bad, ctx.drafts)
    is_relation = RELATION_OPTIONS.intersection(given_options(spec))
    if is_relation or (entity_hint is not None and _misspelt(bad, ctx.drafts)):
        ctx.error(
            "DJG204",
            f"relation target '{bad}' is not an entity",
            ctx.at(*key, "type"),
            entity_hint,
        )
    elif hint is not None and _misspelt(bad, ctx.type_candidates):
        ctx.error("DJG201", f"unknown type '{bad}'", ctx.at(*key, "type"), hint)
    else:
        ctx.error(
            "DJG201",
            f"type '{bad}' is not declared",
            ctx.at(*key, "type"),
            f"declare it: `class {bad} {{ <<enumeration>> ... }}` for a choice of values, or "
            f"`class {bad}` for a linked entity; or use a built-in type such as String",
        )
    return None


def _misspelt(name: str, known: Iterable[str]) -> bool:
    """True when `name` is one small slip away from a known name (`Custmer`, `DateTim`), not
    merely like it (`OrderStatus` is not `Order`)."""
    folded = [k.casefold() for k in known]
    return bool(difflib.get_close_matches(name.casefold(), folded, n=1, cutoff=0.8))
