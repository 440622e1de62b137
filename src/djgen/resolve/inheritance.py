"""Inheritance: each entity's parent and chain of ancestors, and what it inherits.

Decides which `extends` are valid (an entity, not an enumeration; the user model only from an
abstract one), breaks cycles among entities and rejects them among apps, rejects attributes
that redefine an inherited one, and derives the primary key type along the chain.
"""

from __future__ import annotations

from djgen.errors import did_you_mean
from djgen.resolve.state import Context, Draft
from djgen.vocabulary import PkType


def link_parents(ctx: Context) -> None:
    """Set every draft's parent and its chain of ancestors, root first."""
    for draft in ctx.drafts.values():
        parent = draft.spec.extends
        if parent is None:
            continue
        key = ("entities", draft.name, "extends")
        if parent in ctx.unstored:
            ctx.warning(
                "DJG311",
                f"'{draft.name}' inherits from '{parent}', which is not stored (an interface, "
                "a service, …): the inheritance is ignored",
                ctx.at(*key),
            )
        elif parent not in ctx.drafts:
            what = "an enumeration" if parent in ctx.enums else "not an entity"
            ctx.error(
                "DJG212",
                f"'{draft.name}' extends '{parent}', which is {what}",
                ctx.at(*key),
                did_you_mean(parent, ctx.drafts) if parent not in ctx.enums else None,
            )
        elif draft.is_user and not ctx.drafts[parent].spec.abstract:
            ctx.error(
                "DJG212",
                f"the user model '{draft.name}' cannot extend the concrete entity '{parent}'",
                ctx.at(*key),
                f"make '{parent}' abstract",
            )
        else:
            draft.parent = parent
    _break_cycles(ctx)
    _check_app_cycles(ctx)
    for draft in ctx.drafts.values():
        chain: list[str] = []
        parent = draft.parent
        while parent is not None:
            chain.append(parent)
            parent = ctx.drafts[parent].parent
        draft.chain = chain[::-1]


def _break_cycles(ctx: Context) -> None:
    """Follow each chain once; a chain that meets itself is reported at one member."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for start in ctx.drafts:
        path: list[str] = []
        name: str | None = start
        while name is not None and state.get(name) is None:
            state[name] = 1
            path.append(name)
            name = ctx.drafts[name].parent
        if name is not None and state[name] == 1:
            cycle = path[path.index(name) :]
            member = min(cycle)
            ctx.error(
                "DJG205",
                f"inheritance cycle: {' → '.join([*cycle, cycle[0]])}",
                ctx.at("entities", member, "extends"),
                "remove one of the extends",
            )
            for n in cycle:
                ctx.drafts[n].parent = None
        for n in path:
            state[n] = 2


def check_inherited_conflicts(ctx: Context, draft: Draft) -> None:
    """An attribute or method named like one an ancestor already has is an error."""
    inherited: dict[str, str] = {}
    for ancestor in draft.chain:
        for item in ctx.drafts[ancestor].attributes:
            inherited.setdefault(item.name, ancestor)
            inherited.setdefault(item.api_name, ancestor)
    if not inherited:
        return
    for item in draft.attributes:
        owner = inherited.get(item.name) or inherited.get(item.api_name)
        if owner is not None:
            ctx.error(
                "DJG206",
                f"'{draft.name}.{item.api_name}' is already defined by its parent '{owner}'",
                item.loc or draft.loc,
                f"remove it from '{draft.name}', or rename it",
            )
    for method in draft.methods:
        owner = inherited.get(method.name)
        if owner is not None:
            ctx.error(
                "DJG206",
                f"method '{draft.name}.{method.name}' has the name of a field of '{owner}'",
                method.loc or draft.loc,
                "rename the method",
            )


def check_keys(ctx: Context, draft: Draft) -> None:
    """A table has one key. A text key is declared once along an inheritance chain: never by
    the child of a concrete parent (whose key is the link to it), nor beside an abstract
    ancestor's own key, nor inherited by the user model."""
    for name in draft.chain:
        ancestor = ctx.drafts[name]
        if ancestor.pk_type is PkType.TEXT and draft.is_user:
            ctx.error(
                "DJG212",
                f"the user model '{draft.name}' cannot extend '{name}', whose key is text",
                ctx.at("entities", draft.name, "extends"),
                f"give '{name}' an Integer or a UUID key",
            )
            return
        # A concrete ancestor's table has a key; an abstract one declares a UUID or a text key.
        declares = ancestor.pk_type in (PkType.UUID, PkType.TEXT)
        owns_key = not ancestor.spec.abstract or declares
        text = PkType.TEXT in (draft.pk_type, ancestor.pk_type)
        if draft.pk_loc is not None and owns_key and text:
            ctx.error(
                "DJG206",
                f"'{draft.name}' declares a primary key, but its parent '{name}' already has one",
                draft.pk_loc,
                f"remove the key of '{draft.name}': it is the key of '{name}'",
            )
            return


def realizer(ctx: Context, draft: Draft, index: int) -> Draft | None:
    """The entity whose table holds what ancestor `draft.chain[index]` declares."""
    for name in (*draft.chain[index:], draft.name):
        if not ctx.drafts[name].spec.abstract:
            return ctx.drafts[name]
    return None


def pk_type(ctx: Context, draft: Draft) -> PkType:
    """A concrete parent's key is the child's too; an abstract parent's, unless redeclared."""
    if draft.parent is None:
        return draft.pk_type or PkType.BIG_AUTO
    parent = ctx.drafts[draft.parent]
    if not parent.spec.abstract:
        return pk_type(ctx, parent)
    return draft.pk_type or pk_type(ctx, parent)


def _check_app_cycles(ctx: Context) -> None:
    """Apps whose concrete parents lead back to themselves: each app's migrations would need
    the other's first. Reported once per cycle, at the `extends` that closes it."""
    needs: dict[str, dict[str, str]] = {}  # app → {app of a concrete parent: child}
    for draft in ctx.drafts.values():
        parent = ctx.drafts[draft.parent] if draft.parent is not None else None
        if parent is not None and not parent.spec.abstract and parent.app != draft.app:
            needs.setdefault(draft.app, {}).setdefault(parent.app, draft.name)
    reported: set[frozenset[str]] = set()
    for start in sorted(needs):
        path = _path_back(needs, start, [start])
        if path is None or frozenset(path) in reported:
            continue
        reported.add(frozenset(path))
        child = needs[path[-1]][start]
        ctx.error(
            "DJG205",
            f"inheritance between apps forms a cycle: {' → '.join([*path, start])}",
            ctx.at("entities", child, "extends"),
            "put these classes in one namespace, or make one of the parents abstract",
        )


def _path_back(needs: dict[str, dict[str, str]], start: str, path: list[str]) -> list[str] | None:
    """A path of apps from `path[-1]` back to `start`, if there is one."""
    for app in sorted(needs.get(path[-1], {})):
        if app == start:
            return path
        if app not in path:
            found = _path_back(needs, start, [*path, app])
            if found is not None:
                return found
    return None
