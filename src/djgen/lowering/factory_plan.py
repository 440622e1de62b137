"""The factories of every concrete entity and the order the `seed` command fills them in:
which fields and relations each factory declares, how many-to-many relations are filled after
the row exists, and which rows a seeded row reuses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from djgen.lowering.factory_values import (
    declares,
    drawn_pattern,
    scalar_declaration,
    sequenced_fields,
)
from djgen.lowering.imports import Import, Imports
from djgen.lowering.names import app_import, app_module, factory_class
from djgen.model import ABSTRACT_USER_FIELDS, Entity, Project, Relation
from djgen.vocabulary import RelationKind

IMPORT_FACTORY = Import("factory")
IMPORT_MODEL_FACTORY = Import("factory.django", "DjangoModelFactory")
# What a user factory declares of AbstractUser's fields: a counted name, so it counts.
USER_DECLARATIONS = (
    ("username", 'factory.Sequence(lambda n: f"user{n}")'),
    ("email", 'factory.LazyAttribute(lambda user: f"{user.username}@example.com")'),
    ("password", 'factory.django.Password("password")'),
)


@dataclass(frozen=True)
class PostGeneration:
    """A many-to-many relation filled after the row exists: `Factory(tags=[a, b])`."""

    name: str
    through_factory: str | None = None  # the through entity's factory, as a name in scope
    through_import: Import | None = None  # imported inside the hook when in another app
    source: str | None = None  # the through entity's key to the holder
    target: str | None = None  # the through entity's key to the related row


@dataclass
class FactoryView:
    """One factory class: its base, its declarations as source, its post-generation hooks."""

    entity: Entity
    base: str
    declarations: list[tuple[str, str]] = field(default_factory=list)
    post_generation: list[PostGeneration] = field(default_factory=list)
    counted: bool = False  # a declaration draws on the factory's sequence counter


def factory_path(entity: Entity) -> str:
    """The dotted path factory-boy resolves lazily: safe across apps and for later classes."""
    return f"{app_module(entity.app, 'factories')}.{factory_class(entity)}"


def fresh_relations(entity: Entity) -> set[str]:
    """Relations a seeded row must not share with other rows: in a unique_together group that
    no sequenced scalar makes unique, every relation but the first gets a row of its own, so
    each combination is new while the first still reuses existing rows. A lone relation beside
    choices (`customer` with an address `kind`) gets a row of its own."""
    sequenced = sequenced_fields(entity)
    relations = {r.name for r in entity.all_relations}
    fresh: set[str] = set()
    for group in entity.unique_together:
        if not sequenced.intersection(group):
            in_group = [name for name in group if name in relations]
            fresh.update(in_group[1:] or in_group[:1])
    return fresh


def relation_declaration(
    project: Project, entity: Entity, defined: set[str], rel: Relation
) -> str | None:
    """A SubFactory for a required key to another entity; optional keys stay empty, and so
    does a key to the entity itself (a chain of parents would never end)."""
    if rel.kind is RelationKind.MANY_TO_MANY or not rel.required or rel.target == entity.name:
        return None
    target = project.entity(rel.target)
    reference = (
        factory_class(target)
        if target.name in defined and target.app == entity.app
        else f'"{factory_path(target)}"'
    )
    return f"factory.SubFactory({reference})"


def _through_keys(project: Project, holder: Entity, rel: Relation) -> tuple[str, str]:
    """The through entity's key to the holder and its key to the target, in Django's order."""
    through = project.entity(rel.through or "")
    keys = [r for r in through.all_relations if r.kind is not RelationKind.MANY_TO_MANY]
    source = next(r for r in keys if r.target == holder.name)
    target = next(r for r in keys if r.target == rel.target and r is not source)
    return source.name, target.name


def post_generation(project: Project, entity: Entity, rel: Relation) -> PostGeneration:
    if rel.through is None:
        return PostGeneration(rel.name)
    through = project.entity(rel.through)
    source, target = _through_keys(project, entity, rel)
    name = factory_class(through)
    local_import = None
    if through.app != entity.app:
        local_import = app_import(through.app, "factories", name)
    return PostGeneration(rel.name, name, local_import, source, target)


def _base(project: Project, entity: Entity) -> tuple[str, Imports, set[str]]:
    """The factory's base class, the imports it needs and the names the base declares."""
    parent = project.concrete_parent(entity)
    if parent is None:
        return "DjangoModelFactory", Imports(IMPORT_MODEL_FACTORY), set()
    base = factory_class(parent)
    inherited = {f.name for f in parent.all_fields} | {r.name for r in parent.all_relations}
    imports = Imports()
    if parent.app != entity.app:
        imports.add(app_import(parent.app, "factories", base))
    return base, imports, inherited


def build_view(project: Project, entity: Entity, defined: set[str]) -> tuple[FactoryView, Imports]:
    """The entity's factory and the imports it needs; `defined` names the factories already
    defined above it in the same module."""
    base, imports, inherited = _base(project, entity)
    view = FactoryView(entity, base)
    if entity.is_user:
        view.declarations += USER_DECLARATIONS
        view.counted = True
    for f in entity.all_fields:
        if f.name in inherited or not declares(f):
            continue
        if entity.is_user and f.name in ABSTRACT_USER_FIELDS:
            continue
        declaration = scalar_declaration(project, entity, f)
        view.declarations.append((f.name, declaration.source))
        view.counted |= declaration.counted
        imports.update(declaration.imports)
    for rel in entity.all_relations:
        if rel.name in inherited:
            continue
        if rel.kind is RelationKind.MANY_TO_MANY:
            view.post_generation.append(post_generation(project, entity, rel))
            continue
        source = relation_declaration(project, entity, defined, rel)
        if source is not None:
            view.declarations.append((rel.name, source))
    if view.declarations or view.post_generation or project.concrete_parent(entity) is None:
        imports.add(IMPORT_FACTORY)
    return view, imports


def dependencies_first(
    entities: Iterable[Entity], needs: Callable[[Entity], Iterable[Entity]]
) -> list[Entity]:
    """The entities, each after the entities it needs (depth first, in the given order where
    nothing says otherwise); a cycle is cut where it closes."""
    done: list[Entity] = []
    seen: set[str] = set()  # names: comparing the entities themselves is a deep comparison

    def visit(entity: Entity) -> None:
        if entity.name in seen:
            return
        seen.add(entity.name)
        for needed in needs(entity):
            visit(needed)
        done.append(entity)

    for entity in entities:
        visit(entity)
    return done


def ordered(project: Project, app: str) -> list[Entity]:
    """The app's concrete entities, each multi-table parent before its children."""

    def local_parent(entity: Entity) -> list[Entity]:
        parent = project.concrete_parent(entity)
        return [parent] if parent is not None and parent.app == app else []

    return dependencies_first(
        [e for e in project.app_entities(app) if not e.abstract], local_parent
    )


def seed_order(project: Project) -> list[Entity]:
    """Concrete entities, each after the entities its required keys and parent point at (a
    cycle of required keys is broken by the factories' SubFactories)."""

    def needs(entity: Entity) -> list[Entity]:
        parent = project.concrete_parent(entity)
        targets = [
            project.entity(rel.target)
            for rel in entity.all_relations
            if rel.kind is not RelationKind.MANY_TO_MANY and rel.target != entity.name
        ]
        return ([parent] if parent is not None else []) + targets

    return dependencies_first(project.concrete_entities, needs)


@dataclass(frozen=True)
class SeedStep:
    entity: Entity
    reuse: tuple[tuple[str, Entity], ...]  # relations filled with an existing row
    links: tuple[tuple[str, Entity], ...]  # plain many-to-many relations given a few rows
    resets_sequence: bool  # a root factory: its counter starts past the existing rows


def seed_steps(project: Project) -> list[SeedStep]:
    steps = []
    for entity in seed_order(project):
        fresh = fresh_relations(entity)
        reuse = tuple(
            (rel.name, project.entity(rel.target))
            for rel in entity.all_relations
            if rel.kind is RelationKind.FOREIGN_KEY and rel.name not in fresh
        )
        links = tuple(
            (rel.name, project.entity(rel.target))
            for rel in entity.all_relations
            if rel.kind is RelationKind.MANY_TO_MANY and rel.through is None
        )
        steps.append(SeedStep(entity, reuse, links, project.concrete_parent(entity) is None))
    return steps


def sequence_roots(project: Project) -> list[Entity]:
    """Root factories whose counter feeds a `factory.Sequence`: a factory shares its counter
    with the factory of its multi-table parent."""
    roots: dict[str, Entity] = {}
    for entity in seed_order(project):
        view, _ = build_view(project, entity, set())
        if not view.counted:
            continue
        root = entity
        while (parent := project.concrete_parent(root)) is not None:
            root = parent
        roots.setdefault(root.name, root)
    return list(roots.values())


@dataclass(frozen=True)
class Drawn:
    """A unique field whose factory draws its values from a pattern: the seed marks the values
    the rows already hold as taken, so a second run draws new ones."""

    entity: Entity  # the concrete entity whose table holds the field
    field: str
    pattern: str  # as source, as the factory writes it


def drawn_unique(project: Project) -> list[Drawn]:
    """Every unique field drawn from a pattern, once per table that holds it."""
    found = []
    for entity in seed_order(project):
        sequenced = sequenced_fields(entity)
        found += [
            Drawn(entity, f.name, drawn_pattern(f))
            for f in project.table_fields(entity)
            if f.pattern is not None and f.name in sequenced
        ]
    return found
