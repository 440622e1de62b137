"""Reverse names: the `related_name` of every relation, unique on the entity it points at.

A relation gets the plain name (the holder's plural, its snake name for a OneToOne, `children`
or `<name>_of` for a self-reference) unless that collides with a field, another reverse name or
a child table; then `<holders>_as_<relation>`, with a warning. A written `related_name` that
collides is an error. A relation inherited from an abstract entity is named per concrete
holder, so two children never share a reverse name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from djgen.defaults import plain_related_name
from djgen.model import Relation
from djgen.resolve.safe_names import USER_TAKEN_NAMES
from djgen.resolve.state import Context, Draft

# (the holder whose table has the key, the entity declaring the relation, the relation)
Realized = tuple[Draft, Draft, Relation]
# (holder, declaring entity, relation name) → reverse name
ReverseNames = dict[tuple[str, str, str], str]


def reverse_names(ctx: Context) -> ReverseNames:
    """Reverse names per (holder whose table has the key, declaring entity, relation)."""
    by_target = _realized(ctx)
    allocation = _Allocation(ctx)
    depth = {name: len(d.chain) for name, d in ctx.drafts.items()}
    for target in sorted(by_target, key=lambda t: (depth[t], t)):
        allocation.name_all(target, by_target[target])
    return allocation.final


def _realized(ctx: Context) -> dict[str, list[Realized]]:
    """Every relation, as realized in the table of each concrete entity that holds it."""
    by_target: dict[str, list[Realized]] = defaultdict(list)
    for draft in ctx.drafts.values():
        if draft.spec.abstract:
            continue
        # Only ancestors reached through abstract ones share this table.
        own_tables: list[str] = [draft.name]
        for ancestor in reversed(draft.chain):
            if not ctx.drafts[ancestor].spec.abstract:
                break
            own_tables.append(ancestor)
        for declaring in own_tables:
            for rel in ctx.drafts[declaring].relations:
                by_target[rel.target].append((draft, ctx.drafts[declaring], rel))
    return by_target


@dataclass
class _Allocation:
    ctx: Context
    final: ReverseNames = field(default_factory=dict)
    finals_on: dict[str, set[str]] = field(default_factory=dict)
    warned: set[tuple[object, str]] = field(default_factory=set)  # (where, name) reported

    def name_all(self, target: str, items: list[Realized]) -> None:
        """Name every relation to `target`; ancestors of `target` were named before."""
        taken = self._taken(target)
        explicit = Counter(
            rel.related_name
            for holder, declaring, rel in items
            if rel.name in declaring.explicit_related
        )
        # A relation inherited from an abstract entity yields to one its holder declares:
        # only the inherited one is renamed, so the result does not depend on whether the
        # other's name was written or derived (and survives a round trip through export).
        plain = Counter(
            plain_related_name(holder, rel)
            for holder, declaring, rel in items
            if rel.name not in declaring.explicit_related
        )
        plain_declared = Counter(
            plain_related_name(holder, rel)
            for holder, declaring, rel in items
            if rel.name not in declaring.explicit_related and holder is declaring
        )
        names_here: set[str] = set()
        for holder, declaring, rel in items:
            if rel.name in declaring.explicit_related:
                name = self._written(target, (holder, declaring, rel), explicit, taken)
            else:
                rivals = plain_declared if holder is declaring else plain
                clashes = taken | set(explicit)
                name = self._derived(target, (holder, declaring, rel), rivals, clashes, names_here)
            names_here.add(name)
            self.final[(holder.name, declaring.name, rel.name)] = name
        self.finals_on[target] = names_here

    def _taken(self, target: str) -> set[str]:
        """Names on `target` a reverse name may not take: its attributes, its children's."""
        ctx = self.ctx
        tdraft = ctx.drafts[target]
        taken = {f.name for f in ctx.all_fields(tdraft)}
        taken |= {r.name for r in ctx.all_relations(tdraft)}
        if tdraft.is_user:
            taken |= USER_TAKEN_NAMES
        for ancestor in tdraft.chain:
            taken |= self.finals_on.get(ancestor, set())
        for child in ctx.children.get(target, ()):
            taken.add(child.lower())
        return taken

    def _written(self, target: str, item: Realized, explicit: Counter[str], taken: set[str]) -> str:
        holder, declaring, rel = item
        name = rel.related_name
        where = ("entities", declaring.name, "fields", rel.api_name, "related_name")
        if (explicit[name] > 1 or name in taken) and (where, name) not in self.warned:
            self.warned.add((where, name))
            if name in taken:
                clash = f"'{target}.{name}' is already a field"
            elif holder is not declaring:
                clash = "every entity that inherits it gets the same reverse name"
            else:
                clash = f"another relation to '{target}' has the same related_name"
            self.ctx.error(
                "DJG209",
                f"related_name '{name}' of '{declaring.name}.{rel.api_name}' collides: {clash}",
                self.ctx.at(*where),
                "give each relation to the same entity its own related_name",
            )
        return name

    def _derived(
        self,
        target: str,
        item: Realized,
        rivals: Counter[str],
        clashes: set[str],
        names_here: set[str],
    ) -> str:
        holder, declaring, rel = item
        name = plain_related_name(holder, rel)
        if rivals[name] <= 1 and name not in clashes:
            return name
        loc = rel.loc or declaring.loc
        derived = f"{holder.plural}_as_{rel.name}"
        if derived in clashes or derived in names_here:
            self.ctx.error(
                "DJG209",
                f"no free reverse name for '{holder.name}.{rel.api_name}' on "
                f"'{target}': '{name}' and '{derived}' are taken",
                loc,
                "set related_name explicitly",
            )
        elif (loc, derived) not in self.warned:
            self.warned.add((loc, derived))
            self.ctx.warning(
                "DJG302",
                f"reverse name of '{holder.name}.{rel.api_name}' on '{target}' "
                f"is '{derived}', because '{name}' would collide",
                loc,
                f"set related_name to choose another name than '{derived}'",
            )
        return derived
