"""Entities: each draft, with what it inherits and its reverse names, becomes an `Entity`.

Decides which ancestor's table holds an inherited relation (and so its reverse name), each
ManyToMany's join table, and assembles the entity from the other passes' results.
"""

from __future__ import annotations

from typing import Any

from djgen import names
from djgen.defaults import plain_related_name
from djgen.model import Entity, Field, Relation
from djgen.resolve import entity_options as options
from djgen.resolve.inheritance import pk_type, realizer
from djgen.resolve.reverse_names import ReverseNames, reverse_names
from djgen.resolve.state import Context, Draft
from djgen.vocabulary import RelationKind


def m2m_table(app: str, holder_snake: str, relation: str) -> str:
    return f"{app}_{holder_snake}_{relation}"


def finish_entities(ctx: Context) -> dict[str, Entity]:
    for draft in ctx.drafts.values():
        if draft.parent is not None and not draft.spec.abstract:
            ctx.children[draft.parent].append(draft.name)
    reverse = reverse_names(ctx)
    return {draft.name: _entity(ctx, draft, reverse) for draft in ctx.drafts.values()}


def _named(
    ctx: Context, rel: Relation, holder: str, declaring: Draft, reverse: ReverseNames
) -> Relation:
    name = reverse.get((holder, declaring.name, rel.name))
    if name is None:  # declared on an abstract entity and not realized in this table
        name = rel.related_name or plain_related_name(declaring, rel)
    update: dict[str, Any] = {"related_name": name}
    if rel.kind is RelationKind.MANY_TO_MANY and rel.through is None:
        table = ctx.drafts[holder]  # each concrete holder has its own join table
        update["db_table"] = m2m_table(table.app, table.snake, rel.api_name)
    return rel.model_copy(update=update)


def _inherited(
    ctx: Context, draft: Draft, reverse: ReverseNames
) -> tuple[list[Field], list[Relation]]:
    """The fields and relations `draft` inherits, root first, named for the table holding them."""
    fields: list[Field] = []
    relations: list[Relation] = []
    for i, ancestor_name in enumerate(draft.chain):
        ancestor = ctx.drafts[ancestor_name]
        table = realizer(ctx, draft, i)
        holder = table.name if table is not None else ancestor.name
        fields.extend(ancestor.fields)
        relations.extend(_named(ctx, r, holder, ancestor, reverse) for r in ancestor.relations)
    return fields, relations


def _entity(ctx: Context, draft: Draft, reverse: ReverseNames) -> Entity:
    inherited_fields, inherited_relations = _inherited(ctx, draft, reverse)
    own_relations = tuple(_named(ctx, r, draft.name, draft, reverse) for r in draft.relations)
    all_fields = (*inherited_fields, *draft.fields)
    all_relations = (*inherited_relations, *own_relations)
    key = ("entities", draft.name)
    spec = draft.spec
    owner = options.owner(ctx, draft, all_relations, key)
    read, write = options.access(ctx, draft, key)
    return Entity(
        name=draft.name,
        app=draft.app,
        description=spec.description,
        pk_type=pk_type(ctx, draft),
        fields=tuple(draft.fields),
        relations=own_relations,
        inherited_fields=tuple(inherited_fields),
        inherited_relations=tuple(inherited_relations),
        abstract=spec.abstract,
        parent=draft.parent,
        is_user=draft.is_user,
        readonly=spec.readonly,
        owner=owner,
        visibility=options.visibility(ctx, draft, owner, key),
        permissions=options.permissions(ctx, draft, key),
        read=read,
        write=write,
        inherit_owner=spec.inherit_owner,
        search=options.search(ctx, draft, all_fields, all_relations, key),
        ordering=options.ordering(ctx, draft, all_fields, all_relations, key),
        pagination=options.pagination(ctx, draft),
        cache_timeout=options.cache_timeout(spec.cache),
        methods=tuple(draft.methods),
        unique_together=options.unique_together(ctx, draft, all_fields, all_relations, key),
        display_field=options.display_field(all_fields),
        db_table=spec.table,
        snake=draft.snake,
        plural=draft.plural,
        url=names.kebab(draft.plural),
        verbose_name=names.human(draft.snake),
        verbose_name_plural=names.human(draft.plural),
        renamed_from=spec.renamed_from,
        loc=draft.loc,
    )
