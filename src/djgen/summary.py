"""What `djgen validate` says about a model, as data.

The terminal prints it and `djgen serve` answers it as JSON, so both show the same reading of
the same model: apps and their entities (with who reads and writes each), every resolved
relation and how it was read, enumerations and the project's switches.
"""

from __future__ import annotations

from dataclasses import dataclass

from djgen.lowering.policy import summary as access_summary
from djgen.model import Entity, Project, Relation, RelationKind
from djgen.names import plural

# Where a relation was read from.
_DRAWN = {
    "attribute": "from an attribute",
    "line": "from a line",
    "merged": "attribute and line merged",
}


# The counts of a summary, by key, and the word each is printed with.
_COUNTED = (
    ("apps", "app"),
    ("entities", "entity"),
    ("fields", "field"),
    ("relations", "relation"),
    ("enums", "enum"),
)


@dataclass(frozen=True)
class EntityLine:
    name: str
    fields: int
    relations: int
    url: str | None  # None for an abstract entity, which has no endpoint
    marks: tuple[str, ...]
    access: str | None

    @property
    def text(self) -> str:
        where = f" {self.url}" if self.url else ""
        extra = f" ({', '.join(self.marks)})" if self.marks else ""
        return (
            f"{self.name}: {count(self.fields, 'field')}, "
            f"{count(self.relations, 'relation')}{where}{extra}"
        )


@dataclass(frozen=True)
class AppLine:
    name: str
    entities: tuple[EntityLine, ...]


@dataclass(frozen=True)
class RelationLine:
    holder: str
    name: str
    kind: str
    target: str
    details: tuple[str, ...]

    @property
    def text(self) -> str:
        arrow = "⇄" if self.kind == RelationKind.MANY_TO_MANY.value else "→"
        return f"{self.holder}.{self.name} {arrow} {self.target} ({', '.join(self.details)})"


@dataclass(frozen=True)
class Summary:
    project: str
    counts: dict[str, int]  # apps, entities, fields, relations, enums
    apps: tuple[AppLine, ...]
    relations: tuple[RelationLine, ...]
    enums: dict[str, tuple[str, ...]]
    features: str

    @property
    def headline(self) -> str:
        """`project blog — 1 app, 4 entities, …`, after the file name."""
        counted = ", ".join(count(self.counts[key], word) for key, word in _COUNTED)
        return f"project {self.project} — {counted}"


def summarise(project: Project) -> Summary:
    """The model as `djgen validate` reads it back to its author."""
    relations = tuple(
        _relation(holder, rel) for holder in project.entities for rel in holder.relations
    )
    return Summary(
        project=project.name,
        counts={
            "apps": len(project.apps),
            "entities": len(project.entities),
            "fields": sum(len(e.fields) for e in project.entities),
            "relations": len(relations),
            "enums": len(project.enums),
        },
        apps=tuple(
            AppLine(app.name, tuple(_entity(project, e) for e in project.app_entities(app.name)))
            for app in project.apps
        ),
        relations=relations,
        enums={enum.name: tuple(m.value for m in enum.members) for enum in project.enums},
        features=_features(project),
    )


def _entity(project: Project, entity: Entity) -> EntityLine:
    marks = tuple(
        mark
        for mark, on in (
            ("abstract", entity.abstract),
            ("user model", entity.is_user),
            ("read-only", entity.readonly),
            (f"extends {entity.parent}", entity.parent),
            (f"text key {entity.key_name}", entity.key),
        )
        if on
    )
    concrete = not entity.abstract
    return EntityLine(
        name=entity.name,
        fields=len(entity.all_fields),
        relations=len(entity.all_relations),
        url=f"/api/{project.features.api_version}/{entity.url}/" if concrete else None,
        marks=marks,
        access=access_summary(project, entity) if concrete else None,
    )


def _relation(holder: Entity, rel: Relation) -> RelationLine:
    details = [rel.kind.value, f"reverse {rel.target}.{rel.related_name}"]
    if rel.on_delete:
        details.append(f"on_delete {rel.on_delete.value}")
    details.append("required" if rel.required else "optional")
    if rel.through:
        details.append(f"through {rel.through}")
    details.append(_DRAWN[rel.drawn])
    return RelationLine(holder.name, rel.name, rel.kind.value, rel.target, tuple(details))


def _features(project: Project) -> str:
    f = project.features
    switches = [name for name in ("throttling", "cors", "websockets") if getattr(f, name)]
    for name in ("cqrs", "event_sourcing"):
        chosen = getattr(f, name)
        if chosen:
            switches.append(name if chosen is True else f"{name}({','.join(chosen)})")
    return (
        f"auth={f.auth.value} cache={f.cache.value} "
        f"pagination={f.pagination.value} api={f.api_version} {' '.join(switches)}"
    )


def count(n: int, word: str) -> str:
    """`1 entity`, `4 entities`."""
    return f"{n} {word if n == 1 else plural(word)}"
