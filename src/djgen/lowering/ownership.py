"""Who owns a row: the user its `owner` key names, or, for an entity without one, the owner of
the row its required keys lead to (an order line belongs to whoever owns its order).

The chain of keys is computed here once per project: the shortest one, the first declared
among equals, through required single-valued keys only (a row without a parent would belong
to no one), never through an entity that opts out with `inherit_owner: false`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from djgen.model import Entity, Project, Relation
from djgen.vocabulary import RelationKind, Visibility


@dataclass(frozen=True)
class Ownership:
    """The keys from an entity to the user who owns its rows: `(author,)` for an owned entity,
    `(order, customer, user)` for a line of an order of a customer owned by `user`."""

    path: tuple[Relation, ...]
    root: Entity  # the owned entity the path ends at, whose `owner` is the last key

    @property
    def lookup(self) -> str:
        """The path as a Django lookup: `order__customer__user`."""
        return "__".join(r.name for r in self.path)

    @property
    def inherited(self) -> bool:
        """Whether the rows belong to the owner of another row, not to a key of their own."""
        return len(self.path) > 1

    @property
    def key(self) -> Relation:
        """The entity's own key on the path: the owner, or the parent that leads to it."""
        return self.path[0]

    @property
    def parent_lookup(self) -> str:
        """From the parent the key points at to the user: `customer__user`."""
        return "__".join(r.name for r in self.path[1:])

    @property
    def private(self) -> bool:
        """Whether users who are not staff read only their own rows."""
        return self.root.visibility is not Visibility.ALL

    @property
    def words(self) -> str:
        """The path for people: `order → customer → user`."""
        return " → ".join(r.api_name for r in self.path)


def ownership(project: Project, entity: Entity) -> Ownership | None:
    """Who owns the entity's rows, if anyone does."""
    return _ownerships(_Same(project)).get(entity.name)


class _Same:
    """A project as a cache key by identity: hashing or comparing two whole projects, once per
    entity asked about, costs more than the walk it would save."""

    __slots__ = ("project",)

    def __init__(self, project: Project) -> None:
        self.project = project

    def __hash__(self) -> int:
        return id(self.project)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.project is self.project


def _links(entity: Entity) -> tuple[Relation, ...]:
    """The keys a row cannot be without: required foreign keys and one-to-ones."""
    return tuple(
        r for r in entity.all_relations if r.required and r.kind is not RelationKind.MANY_TO_MANY
    )


@lru_cache(maxsize=16)
def _ownerships(same: _Same) -> dict[str, Ownership]:
    project = same.project
    found: dict[str, Ownership | None] = {}

    def walk(entity: Entity, visiting: frozenset[str]) -> Ownership | None:
        if entity.name in found:
            return found[entity.name]
        if entity.owner is not None:
            owner = next(r for r in entity.all_relations if r.name == entity.owner)
            found[entity.name] = Ownership((owner,), entity)
            return found[entity.name]
        best: Ownership | None = None
        if entity.inherit_owner and not entity.is_user:
            for relation in _links(entity):
                if relation.target in visiting:
                    continue  # a cycle of required keys: resolve reports it
                above = walk(project.entity(relation.target), visiting | {entity.name})
                if above is not None and (best is None or len(above.path) + 1 < len(best.path)):
                    best = Ownership((relation, *above.path), above.root)
        found[entity.name] = best
        return best

    for entity in project.concrete_entities:
        walk(entity, frozenset())
    return {name: owned for name, owned in found.items() if owned is not None}
