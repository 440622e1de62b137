"""Cycles of required keys: rows that cannot be inserted, since each needs the other first.

A User that must have a Basket that must have a User has no first row; nor do its factories,
which would recurse. One link drawn twice was merged before this pass (`links`), so a cycle
left here is an error naming it, with a hint to make one key optional.
"""

from __future__ import annotations

from djgen.model import Relation
from djgen.resolve.state import Context
from djgen.vocabulary import RelationKind

# (holder, relation) of a required key that is not to its own entity
Edge = tuple[str, Relation]


def check_key_cycles(ctx: Context) -> None:
    """Report each cycle of required ForeignKeys and OneToOnes once, at its first key."""
    edges = _required_keys(ctx)
    reported: set[frozenset[str]] = set()
    for start in sorted(edges):
        cycle = _cycle_from(start, edges)
        if cycle is None or frozenset(h for h, _ in cycle) in reported:
            continue
        reported.add(frozenset(h for h, _ in cycle))
        path = " → ".join(f"{h}.{r.api_name}" for h, r in cycle) + f" → {cycle[0][0]}"
        holder, first = cycle[0]
        ctx.error(
            "DJG220",
            f"required keys form a cycle, so no row can be inserted first: {path}",
            first.loc or ctx.drafts[holder].loc,
            "make one of these keys optional (`optional`, or `0..1` on the line)",
        )


def _required_keys(ctx: Context) -> dict[str, list[Edge]]:
    edges: dict[str, list[Edge]] = {}
    for name, draft in ctx.drafts.items():
        if draft.spec.abstract:
            continue
        edges[name] = [
            (name, r)
            for r in ctx.all_relations(draft)
            if r.required and r.kind is not RelationKind.MANY_TO_MANY and r.target != name
        ]
    return edges


def _cycle_from(start: str, edges: dict[str, list[Edge]]) -> list[Edge] | None:
    """A shortest cycle of keys through `start`, by breadth-first search; None if none."""
    came_from: dict[str, list[Edge]] = {start: []}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for edge in edges.get(node, ()):
                target = edge[1].target
                if target == start:
                    return [*came_from[node], edge]
                if target not in came_from:
                    came_from[target] = [*came_from[node], edge]
                    following.append(target)
        frontier = following
    return None
