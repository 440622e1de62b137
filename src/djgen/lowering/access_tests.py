"""What the generated tests of an entity's policy do: which client writes and reads in its
API tests, what a plain signed-in user is refused, and, for rows owned through a key, the
parent rows the tests make and the answers they expect under another user's parent.

Derived from `lowering.policy.access`, the same rules the viewsets print.
"""

from __future__ import annotations

from dataclasses import dataclass

from djgen.lowering.listing import exposed_relations
from djgen.lowering.ownership import ownership
from djgen.lowering.policy import Access, access
from djgen.lowering.queries import nested_route, reverse_relations
from djgen.lowering.test_data import missing_key
from djgen.model import Entity, Project, Relation
from djgen.vocabulary import ReadAccess, RelationKind, WriteAccess

# The requests each kind of write is sent as.
METHODS = {"create": ("post",), "update": ("put", "patch"), "delete": ("delete",)}


@dataclass(frozen=True)
class Clients:
    """Who the API tests of an entity send requests as (conftest fixtures)."""

    rules: Access
    writer: str  # writes in the CRUD tests: auth_client (holding `roles`) or admin_client
    roles: tuple[str, ...]  # the roles the writer is given
    reader: str  # reads every row the tests make: api_client, auth_client or admin_client
    owns: str | None  # keyword that makes a row the signed-in user owns: `author=user`
    refused: tuple[str, ...]  # the methods a signed-in user without roles is refused

    @property
    def anonymous_reads(self) -> bool:
        return self.rules.read is ReadAccess.PUBLIC


def clients(project: Project, entity: Entity) -> Clients:
    rules = access(project, entity)
    owned = rules.owned
    named = {kind for kind, _ in rules.roles}
    covered = all(kind in named or kind in rules.user_writes for kind in METHODS)
    by_user = covered and not (owned is not None and owned.inherited)
    if rules.private:
        reader = "admin_client"
    else:
        reader = "api_client" if rules.read is ReadAccess.PUBLIC else "auth_client"
    refused = [m for kind in METHODS if kind not in rules.user_writes for m in METHODS[kind]]
    return Clients(
        rules,
        writer="auth_client" if by_user else "admin_client",
        roles=tuple(dict.fromkeys(r for _, roles in rules.roles for r in roles)) if by_user else (),
        reader=reader,
        owns=f"{owned.lookup}=user" if owned is not None else None,
        refused=() if rules.is_open else tuple(refused),
    )


@dataclass(frozen=True)
class ParentTests:
    """The tests of an entity owned through a key to its parent."""

    entity: Entity
    key: Relation
    parent: Entity
    parent_lookup: str  # from a parent row to its owner: `customer__user`
    private: bool  # users read only the rows under their own parents
    filtered: bool  # the list has a `?<key>=` filter
    nested: str | None  # URL name of the nested list of one parent's rows
    sibling: str | None  # the parent's own key that a second parent of one owner shares
    owner_writes: bool  # the owner of the parent writes rows under it
    roles: tuple[str, ...]  # what the owner needs besides for every kind of write
    missing: str  # a key of no parent, as source


def parent_tests(project: Project, entity: Entity) -> ParentTests | None:
    """None unless the entity's rows are owned through a key."""
    rules = access(project, entity)
    owned = rules.owned
    if owned is None or not owned.inherited:
        return None
    parent = project.entity(owned.key.target)
    above = ownership(project, parent)
    assert above is not None
    first = above.key
    nested = next(
        (
            nested_route(project, r)
            for r in reverse_relations(project, parent)
            if r.holder.name == entity.name and r.relation.name == owned.key.name and not r.single
        ),
        None,
    )
    return ParentTests(
        entity,
        owned.key,
        parent,
        owned.parent_lookup,
        rules.private,
        filtered=owned.key in exposed_relations(entity),
        nested=f"{parent.app}:{nested.name}" if nested is not None else None,
        sibling=first.name if first.kind is RelationKind.FOREIGN_KEY else None,
        owner_writes=rules.write is WriteAccess.USERS and not entity.readonly,
        roles=tuple(dict.fromkeys(r for _, roles in rules.roles for r in roles)),
        missing=missing_key(project, parent),
    )
