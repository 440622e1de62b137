"""Relations: attributes whose type is an entity become ForeignKeys, OneToOnes or ManyToManys.

Decides the kind (a collection is a ManyToMany), whether the link is required, and `on_delete`;
rejects links to abstract entities, misspelled targets, bad related names and through models
that lack a key to both ends. Reverse names are decided later, in `reverse_names`.
"""

from __future__ import annotations

import keyword
from collections import Counter

from djgen import names
from djgen.defaults import default_on_delete
from djgen.errors import did_you_mean
from djgen.frontends.document import FieldSpec
from djgen.model import Relation
from djgen.resolve.field_types import KEY_OPTIONS, M2M_OPTIONS
from djgen.resolve.options import flags_agree, not_applicable
from djgen.resolve.state import Context, Draft, Key
from djgen.vocabulary import OnDelete, RelationKind


def relation(
    ctx: Context, draft: Draft, name: str, spec: FieldSpec, key: Key, target: str, many: bool
) -> Relation | None:
    """The relation an attribute declares; None, reported, when something is wrong with it."""
    kind = _kind(ctx, spec, key, target, many)
    if kind is None:
        return None
    allowed = M2M_OPTIONS if kind is RelationKind.MANY_TO_MANY else KEY_OPTIONS
    ok = not not_applicable(ctx, spec, allowed, f"a {kind.value}", key)
    ok = flags_agree(ctx, spec, key) and ok
    ok = _target_ok(ctx, draft, name, key, target) and ok
    required = spec.required if spec.required is not None else True
    if required and target == draft.name and kind is not RelationKind.MANY_TO_MANY:
        ctx.warning(
            "DJG305",
            f"'{draft.name}.{name}' points at its own entity, so it is made optional: "
            "the first row has nothing to point at",
            ctx.at(*key),
            "mark it optional to say so",
        )
        required = False
    on_delete = None
    if kind is not RelationKind.MANY_TO_MANY:
        on_delete = OnDelete(spec.on_delete.value) if spec.on_delete else None
        on_delete = on_delete or default_on_delete(required)
        if on_delete is OnDelete.SET_NULL and required:
            ctx.error(
                "DJG202",
                f"on_delete SET_NULL needs a nullable relation, but '{name}' is required",
                ctx.at(*key, "on_delete"),
                "make it optional, or use CASCADE, PROTECT or RESTRICT",
            )
            ok = False
    ok = _names_ok(ctx, spec, key) and ok
    if not ok:
        return None
    return Relation(
        name=name,
        api_name=name,
        kind=kind,
        target=target,
        required=required,
        on_delete=on_delete,
        related_name=spec.related_name or "",
        through=spec.through,
        read_only=spec.read_only,
        write_only=spec.write_only,
        help_text=spec.help,
        loc=ctx.at(*key),
    )


def _kind(ctx: Context, spec: FieldSpec, key: Key, target: str, many: bool) -> RelationKind | None:
    declared = RelationKind(spec.relation.value) if spec.relation else None
    if not many:
        return declared or RelationKind.FOREIGN_KEY
    if declared not in (None, RelationKind.MANY_TO_MANY):
        assert declared is not None
        ctx.error(
            "DJG211",
            f"a list of '{target}' is a ManyToMany, not a {declared.value}",
            ctx.at(*key, "relation"),
            f"write `type: {target}` for a {declared.value}",
        )
        return None
    return RelationKind.MANY_TO_MANY


def _target_ok(ctx: Context, draft: Draft, name: str, key: Key, target: str) -> bool:
    ok = True
    if ctx.drafts[target].spec.abstract:
        ctx.error(
            "DJG204",
            f"'{draft.name}.{name}' points at the abstract entity '{target}', which has no table",
            ctx.at(*key, "type"),
            "point at one of its concrete subclasses",
        )
        ok = False
    typo = ctx.misspelled(target)
    if typo is not None:
        ctx.error(
            "DJG204",
            f"relation target '{target}' is an empty class, named almost like another one",
            ctx.at(*key, "type"),
            typo,
        )
        ok = False
    return ok


def _names_ok(ctx: Context, spec: FieldSpec, key: Key) -> bool:
    ok = True
    if spec.related_name is not None and (
        not spec.related_name.isidentifier() or keyword.iskeyword(spec.related_name)
    ):
        ctx.error(
            "DJG210",
            f"related_name '{spec.related_name}' is not a Python identifier",
            ctx.at(*key, "related_name"),
            f"use '{names.identifier(spec.related_name)}'",
        )
        ok = False
    through = spec.through
    if through is not None and through not in ctx.drafts:
        ctx.error(
            "DJG204",
            f"through model '{through}' is not an entity",
            ctx.at(*key, "through"),
            did_you_mean(through, ctx.drafts),
        )
        ok = False
    return ok


def check_through(ctx: Context) -> None:
    """A through model needs a ForeignKey to each end of the ManyToMany it carries."""
    for draft in ctx.drafts.values():
        for rel in draft.relations:
            if rel.through is None:
                continue
            through = ctx.drafts[rel.through]
            keys = [
                r.target for r in ctx.all_relations(through) if r.kind is RelationKind.FOREIGN_KEY
            ]
            needed = Counter([draft.name, rel.target])
            missing = [t for t, n in needed.items() if keys.count(t) < n]
            if missing:
                ctx.error(
                    "DJG211",
                    f"through model '{through.name}' needs a ForeignKey to "
                    f"{' and '.join(repr(m) for m in missing)}",
                    ctx.at("entities", draft.name, "fields", rel.api_name, "through"),
                    f"add `{names.snake(missing[0])}: {missing[0]}` to '{through.name}'",
                )
