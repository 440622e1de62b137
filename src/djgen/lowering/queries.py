"""What each read serializer reads, and the queryset that loads all of it up front.

Lists read an entity's fields and its forward relations as compact references (key and
display text); details read the related objects one level deep (each shown by its own
serializer, whose many-to-many keys are read too) where their readers may read them, users
and others' private rows as references, reverse one-to-ones as references and the other
reverse relations as counts. The query plans are derived from those reads, never listed
by hand: `select_related` for single-valued relations, `prefetch_related` with `Prefetch(...
.only(...))` for many-valued ones, annotated subquery counts for reverse relations. So a
list, a detail or a nested list runs the same number of queries whatever the number of rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from djgen.lowering.imports import Import
from djgen.lowering.names import app_import, detail_serializer_class, list_serializer_class
from djgen.lowering.policy import access
from djgen.lowering.values import Call, Symbol, Value
from djgen.model import Entity, Field, Project, Relation
from djgen.names import kebab
from djgen.vocabulary import PkType, ReadAccess, RelationKind

# The AbstractUser field the user model displays as, unless its entity names another.
USERNAME = "username"
# The read serializers' bases and fields: DRF's, and those of the project's core app.
MODEL_SERIALIZER = Symbol(Import("rest_framework", "serializers"), "ModelSerializer")
CORE_SERIALIZERS = "apps.core.serializers"
DETAIL_SERIALIZER = Symbol(Import(CORE_SERIALIZERS, "DetailSerializer"))
REFERENCES = {
    PkType.BIG_AUTO: Symbol(Import(CORE_SERIALIZERS, "Reference")),
    PkType.UUID: Symbol(Import(CORE_SERIALIZERS, "UUIDReference")),
    PkType.TEXT: Symbol(Import(CORE_SERIALIZERS, "TextReference")),
}
# How a URL carries a key of each type: the path converter of a nested route. A text key is
# any text without '/' (Django's `str`), and a viewset's detail route takes the same, where
# DRF's default would refuse a '.'.
KEY_CONVERTERS = {PkType.BIG_AUTO: "int", PkType.UUID: "uuid", PkType.TEXT: "str"}
TEXT_KEY_REGEX = "[^/]+"
RELATED_LIST = Symbol(Import(CORE_SERIALIZERS, "RelatedList"))
# What a query plan's source names.
PREFETCH = Import("django.db.models", "Prefetch")
RELATED_COUNT = Import("apps.core.viewsets", "related_count")


@dataclass(frozen=True)
class Reverse:
    """A relation seen from its target: `holder.relation` points at the entity."""

    holder: Entity
    relation: Relation

    @property
    def name(self) -> str:
        return self.relation.related_name

    @property
    def single(self) -> bool:
        """A reverse one-to-one: at most one row, shown as a reference."""
        return self.relation.kind is RelationKind.ONE_TO_ONE


@dataclass(frozen=True)
class Prefetch:
    """`Prefetch(path, queryset=<model>.objects.only(*only))`; a bare path without `model`."""

    path: str
    model: Entity | None = None
    only: tuple[str, ...] = ()


@dataclass(frozen=True)
class Count:
    """`<name>_count`: the holder's rows whose `field` is the outer row."""

    name: str
    holder: Entity
    field: str


@dataclass(frozen=True)
class QueryPlan:
    select_related: tuple[str, ...] = ()
    prefetch: tuple[Prefetch, ...] = ()
    counts: tuple[Count, ...] = ()

    @property
    def loads(self) -> bool:
        """Whether the plan loads anything beyond the entity's own rows."""
        return bool(self.select_related or self.prefetch or self.counts)

    @property
    def models(self) -> tuple[Entity, ...]:
        """The models the plan's source names besides the entity's own."""
        found = [p.model for p in self.prefetch if p.model is not None]
        found += [c.holder for c in self.counts]
        return tuple({e.name: e for e in found}.values())

    def imports(self, app: str) -> list[Import]:
        """What the plan's source names besides the entity's model, seen from a module of
        `app`."""
        found = [app_import(e.app, "models", e.name, from_app=app) for e in self.models]
        if any(p.model is not None for p in self.prefetch):
            found.append(PREFETCH)
        if self.counts:
            found.append(RELATED_COUNT)
        return found

    @property
    def queries(self) -> int:
        """The queries the plan runs for one page or one row: the main one and a prefetch
        per many-valued path (counts and single-valued relations join the main one)."""
        return 1 + len(self.prefetch)

    def source(self, model: str) -> str:
        """The queryset as Python source, e.g. `Post.objects.select_related("author")`."""
        return self.applied(f"{model}.objects", bare="all()")

    def applied(self, queryset: str, bare: str | None = None) -> str:
        """The plan applied to `queryset` (source), e.g. `rows.select_related("author")`;
        `queryset.<bare>` when the plan loads nothing, or `queryset` itself without `bare`."""
        calls = [queryset]
        if self.select_related:
            calls.append(f"select_related({_strings(self.select_related)})")
        if self.prefetch:
            calls.append(f"prefetch_related({', '.join(map(_prefetch, self.prefetch))})")
        if self.counts:
            annotations = ", ".join(
                f'{c.name}_count=related_count({c.holder.name}, "{c.field}")' for c in self.counts
            )
            calls.append(f"annotate({annotations})")
        if len(calls) == 1 and bare is not None:
            calls.append(bare)
        return ".".join(calls)


def _strings(items: tuple[str, ...]) -> str:
    return ", ".join(f'"{item}"' for item in items)


def _prefetch(item: Prefetch) -> str:
    if item.model is None:
        return f'"{item.path}"'
    return (
        f'Prefetch("{item.path}", queryset={item.model.name}.objects.only({_strings(item.only)}))'
    )


def key_type(project: Project, entity: Entity) -> PkType:
    """The type of the entity's key: a multi-table child shares its root's."""
    while entity.parent is not None and not project.entity(entity.parent).abstract:
        entity = project.entity(entity.parent)
    return entity.pk_type


def readable_relations(entity: Entity) -> tuple[Relation, ...]:
    return tuple(r for r in entity.all_relations if not r.write_only)


def many(relation: Relation) -> bool:
    return relation.kind is RelationKind.MANY_TO_MANY


def reverse_relations(project: Project, entity: Entity) -> tuple[Reverse, ...]:
    """Every relation a concrete model declares towards the entity, in declaration order."""
    return tuple(
        Reverse(holder, relation) for holder, relation in project.declared_reverse(entity.name)
    )


def display_columns(project: Project, entity: Entity) -> tuple[str, ...]:
    """The columns `__str__` reads (the key is always loaded): the display field's."""
    if entity.display_field is None:
        return (USERNAME,) if entity.is_user else ("pk",)
    field = next(
        (f for f in entity.all_fields if entity.display_field in (f.name, f.api_name)), None
    )
    return (field.name,) if field is not None else ("pk",)


def reference_columns(project: Project, entity: Entity) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Per relation a list reads, the columns of the related row its text is made of."""
    return tuple(
        (r.name, display_columns(project, project.entity(r.target)))
        for r in readable_relations(entity)
    )


def _reference_prefetch(project: Project, relation: Relation) -> Prefetch:
    """The rows of a many-to-many read as references: their keys and display text only."""
    target = project.entity(relation.target)
    return Prefetch(relation.name, target, display_columns(project, target))


def list_plan(project: Project, entity: Entity) -> QueryPlan:
    """A list reads each forward relation as a reference: the key and the display text."""
    relations = readable_relations(entity)
    return QueryPlan(
        select_related=tuple(r.name for r in relations if not many(r)),
        prefetch=tuple(_reference_prefetch(project, r) for r in relations if many(r)),
    )


def embedded(project: Project, holder: Entity, relation: Relation) -> bool:
    """Whether a detail shows the related row whole, not as a reference: only when whoever
    reads the holder may read that row too. Never a user (their email and flags are theirs);
    a row private to its owner only under a holder owned through it; a row for signed-in
    users only under a holder that is too."""
    target = project.entity(relation.target)
    if target.is_user:
        return False
    shown, reader = access(project, target), access(project, holder)
    if shown.private:
        owned = reader.owned
        return owned is not None and owned.inherited and owned.key.name == relation.name
    return not (shown.read is ReadAccess.USERS and reader.read is ReadAccess.PUBLIC)


def detail_plan(project: Project, entity: Entity) -> QueryPlan:
    """A detail reads related objects whole (or as references, when not `embedded`), with
    their own many-to-many keys, reverse one-to-ones as references, and counts of the other
    reverse relations."""
    relations = readable_relations(entity)
    whole = [r for r in relations if embedded(project, entity, r)]
    reverse = reverse_relations(project, entity)
    prefetch = [
        Prefetch(r.name) if r in whole else _reference_prefetch(project, r)
        for r in relations
        if many(r)
    ]
    for relation in whole:
        target = project.entity(relation.target)
        prefetch += [
            Prefetch(f"{relation.name}__{inner.name}", project.entity(inner.target), ("pk",))
            for inner in readable_relations(target)
            if many(inner)
        ]
    return QueryPlan(
        select_related=(
            *(r.name for r in relations if not many(r)),
            *(r.name for r in reverse if r.single),
        ),
        prefetch=tuple(prefetch),
        counts=tuple(Count(r.name, r.holder, r.relation.name) for r in reverse if not r.single),
    )


Options = tuple[tuple[str, tuple[tuple[str, Value], ...]], ...]  # API name → option values


@dataclass(frozen=True)
class ReadSerializer:
    """`<Entity>ListSerializer` or `<Entity>DetailSerializer`."""

    entity: Entity
    name: str
    base: Symbol  # the class it derives from
    declared: tuple[tuple[str, Call], ...]  # API name → field declaration
    fields: tuple[str, ...]
    extra_kwargs: Options
    depth: int  # Meta.depth: 1 shows related objects one level deep


@dataclass(frozen=True)
class NestedRoute:
    """`<parent url>/<parent_pk>/<reverse url>/`: the holder's list of one parent's rows."""

    parent: Entity
    reverse: Reverse
    converter: str  # the path converter of the parent's key

    @property
    def path(self) -> str:
        return f"{self.parent.url}/<{self.converter}:parent_pk>/{kebab(self.reverse.name)}/"

    @property
    def name(self) -> str:
        return f"{self.parent.snake}-{kebab(self.reverse.name)}"


def reference(project: Project, relation: Relation | Reverse) -> Call:
    """A compact `{id, display}` read of a related row."""
    options: list[tuple[str, Value]] = []
    if isinstance(relation, Reverse):
        target = relation.holder
        options += [("read_only", True), ("allow_null", True)]
    else:
        target = project.entity(relation.target)
        if many(relation):
            options.append(("many", True))
        if relation.api_name != relation.name:
            options.append(("source", relation.name))
        options.append(("read_only", True))
        if not many(relation) and not relation.required:
            options.append(("allow_null", True))
    return Call(REFERENCES[key_type(project, target)], (), tuple(options))


def _sources(entity: Entity, names: tuple[str, ...], relations: bool) -> Options:
    """`source` options for the renamed fields among `names` (and relations, if asked)."""
    items: tuple[Field | Relation, ...] = (
        *entity.all_fields,
        *(entity.all_relations if relations else ()),
    )
    return tuple(
        (item.api_name, (("source", item.name),))
        for item in items
        if item.api_name != item.name and item.api_name in names
    )


def read_serializers(
    project: Project, entity: Entity, readable: tuple[str, ...]
) -> tuple[ReadSerializer, ReadSerializer]:
    """The list serializer (relations as references) and the detail serializer (related
    objects one level deep; reverse relations as references or as counts with a URL), over
    the `readable` API names of the entity's own serializer."""
    relations = readable_relations(entity)
    listed = ReadSerializer(
        entity,
        list_serializer_class(entity),
        MODEL_SERIALIZER,
        tuple((r.api_name, reference(project, r)) for r in relations),
        readable,
        _sources(entity, readable, relations=False),
        depth=0,
    )
    referenced = tuple(
        (r.api_name, reference(project, r))
        for r in relations
        if r.api_name in readable and not embedded(project, entity, r)
    )
    counted = tuple(
        (
            r.name,
            reference(project, r)
            if r.single
            else RELATED_LIST(view_name=f"{entity.app}:{nested_route(project, r).name}"),
        )
        for r in reverse_relations(project, entity)
    )
    detailed = ReadSerializer(
        entity,
        detail_serializer_class(entity),
        DETAIL_SERIALIZER,
        referenced + counted,
        (*readable, *(name for name, _ in counted)),
        _sources(entity, tuple(n for n in readable if n not in dict(referenced)), relations=True),
        depth=1 if relations else 0,
    )
    return listed, detailed


def nested_route(project: Project, reverse: Reverse) -> NestedRoute:
    parent = project.entity(reverse.relation.target)
    return NestedRoute(parent, reverse, KEY_CONVERTERS[key_type(project, parent)])


def lookup_value_regex(project: Project, entity: Entity) -> str | None:
    """What a detail route of the entity's viewset accepts as a key, where DRF's default
    (anything but '/' and '.') does not serve: a text key may hold a '.'."""
    return TEXT_KEY_REGEX if key_type(project, entity) is PkType.TEXT else None


def nested_routes(project: Project, parent: Entity) -> tuple[NestedRoute, ...]:
    """A nested list per many-valued reverse relation of the parent."""
    return tuple(
        nested_route(project, r) for r in reverse_relations(project, parent) if not r.single
    )
