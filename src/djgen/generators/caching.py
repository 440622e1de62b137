"""Response caching with exact invalidation: which answers a write makes stale, derived from the
domain model, and the generated project's cache modules and tests.

An entity's cached answers show its own rows, the rows its relations point at (embedded in
lists and details) and the rows that point at it (counted in details). A write to any of those
bumps the entity's version, which every key of the entity carries.
"""

from __future__ import annotations

from dataclasses import dataclass

from djgen.lowering.imports import Import, Imports
from djgen.lowering.names import app_import, factory_class
from djgen.lowering.policy import access, cached, caching, per_user
from djgen.model import Entity, Field, Project, Relation
from djgen.render import render
from djgen.types import info
from djgen.vocabulary import ReadAccess

# Where the project's cached answers live, and their tests.
FILES = (
    "apps/core/cache.py",
    "apps/core/cache_views.py",
    "apps/core/signals.py",
    "apps/core/tests/test_cache.py",
    "docs/caching.md",
)


def label(entity: Entity) -> str:
    """The model's label, as Django spells it: `blog.Post`."""
    return f"{entity.app}.{entity.name}"


def family(project: Project, entity: Entity) -> set[str]:
    """The concrete entities that share rows with `entity` through multi-table inheritance:
    a child's row is also its parents' row, and a save sends the signal for the child only."""
    members = {entity.name}
    parent = entity.parent
    while parent is not None:
        members.add(parent)
        parent = project.entity(parent).parent
    grew = True
    while grew:
        children = {e.name for e in project.entities if e.parent in members} - members
        members |= children
        grew = bool(children)
    return {name for name in members if not project.entity(name).abstract}


def depends_on(project: Project, entity: Entity) -> set[str]:
    """The concrete entities whose rows an entity's answers show: its family, the targets of
    its relations and the holders of relations pointing at it, each with their families."""
    own = family(project, entity)
    shown = set(own)
    for name in own:
        member = project.entity(name)
        shown.update(r.target for r in member.all_relations)
        shown.update(holder.name for holder, _ in project.reverse_relations(name))
    found: set[str] = set()
    for name in shown:
        found |= family(project, project.entity(name))
    return found


def dependents(project: Project) -> dict[str, tuple[str, ...]]:
    """Model label → the labels whose versions a write to that model bumps: its own (for the
    per-entity cache manager) and every cached entity whose answers show its rows."""
    concrete = project.concrete_entities
    depends = {e.name: depends_on(project, e) for e in concrete if cached(project, e)}
    table: dict[str, tuple[str, ...]] = {}
    for changed in concrete:
        names = {changed.name} | {name for name, deps in depends.items() if changed.name in deps}
        table[label(changed)] = tuple(label(e) for e in concrete if e.name in names)
    return table


@dataclass(frozen=True)
class Embed:
    """A relation whose target's rows an entity's answers show; the tests change the target."""

    relation: Relation
    target: Entity
    attribute: str | None  # the target's field a test renames; None: the test saves it as is


@dataclass(frozen=True)
class CachedEntity:
    entity: Entity
    per_user: bool
    owner_lookup: str | None  # from a row to the user who owns it
    public: bool  # anonymous clients read it
    renamed: tuple[str, str] | None  # (attribute, API name) an update test changes
    embeds: tuple[Embed, ...]
    unrelated: Entity | None  # an entity whose writes must leave this one's answers cached


def _renamable(f: Field) -> bool:
    """Whether a test can change the field to a fresh factory value and read back the same
    string."""
    entry = info(f.type)
    return entry.text and entry.comparable and not (f.read_only or f.write_only or f.auto_now)


def renamable(entity: Entity) -> tuple[str, str] | None:
    if entity.is_user:
        return ("username", "username")
    fields = [f for f in entity.all_fields if _renamable(f)]
    preferred = [f for f in fields if f.name == entity.display_field] + fields
    return (preferred[0].name, preferred[0].api_name) if preferred else None


def cached_entity(project: Project, entity: Entity) -> CachedEntity:
    embeds = []
    for relation in entity.all_relations:
        if relation.through is not None or relation.write_only:
            continue  # written through the through entity's own endpoint
        target = project.entity(relation.target)
        if target.abstract:
            continue
        renamed = renamable(target)
        embeds.append(Embed(relation, target, renamed[0] if renamed else None))
    deps = depends_on(project, entity)
    unrelated = next((e for e in project.concrete_entities if e.name not in deps), None)
    rules = access(project, entity)
    return CachedEntity(
        entity,
        per_user(project, entity),
        rules.owned.lookup if rules.owned else None,
        rules.read is ReadAccess.PUBLIC,
        renamable(entity),
        tuple(embeds),
        unrelated,
    )


def generate(project: Project) -> dict[str, str]:
    """Nothing when `features.cache` is none; otherwise the cache modules of `apps/core/` and a
    cache test module per app with a cached entity."""
    if not caching(project):
        return {}
    entities = [e for e in project.concrete_entities if cached(project, e)]
    files = {
        path: render(
            f"caching/{path}.jinja",
            project=project,
            entities=entities,
            per_user={e.name for e in entities if per_user(project, e)},
            user_imports=user_imports(project.user).lines(),
        )
        for path in FILES
    }
    files["apps/core/cache_rules.py"] = render(
        "caching/apps/core/cache_rules.py.jinja",
        timeouts=[(label(e), e.cache_timeout) for e in entities],
        per_user=[label(e) for e in entities if per_user(project, e)],
        dependents=dependents(project),
    )
    for app in project.apps:
        here = [cached_entity(project, e) for e in entities if e.app == app.name]
        if here:
            files[f"apps/{app.name}/tests/test_cache.py"] = render(
                "caching/app/tests/test_cache.py.jinja",
                project=project,
                app=app,
                cached=here,
                imports=cache_test_imports(project, here).lines(),
            )
    return files


def user_imports(user: Entity) -> Imports:
    """The user model and its factory, which the shared cache tests make users with."""
    return Imports(
        app_import(user.app, "factories", factory_class(user)),
        app_import(user.app, "models", user.name),
    )


def cache_test_imports(project: Project, tests: list[CachedEntity]) -> Imports:
    """The factories a cache test module uses, and the helper that clears the cache."""
    used: list[Entity] = []
    for t in tests:
        used.append(t.entity)
        used.extend(embed.target for embed in t.embeds)
        if t.unrelated is not None:
            used.append(t.unrelated)
        if t.per_user:
            used.append(project.user)
    imports = Imports(Import("apps.core.testing", "clear_cache"))
    imports.add(*(app_import(e.app, "factories", factory_class(e)) for e in used))
    return imports
