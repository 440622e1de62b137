"""What `djgen validate` says about a model, as data.

The terminal prints it and `djgen serve` answers it as JSON, so both show the same reading of
the same model: apps and their entities (with who reads and writes each), every resolved
relation and how it was read, enumerations and the project's switches.
"""

from __future__ import annotations

from dataclasses import dataclass

from djgen.lowering.policy import summary as access_summary
from djgen.model import Entity, Project, Relation
from djgen.names import count
from djgen.vocabulary import RelationKind

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
    access: str | None  # who reads and writes it; None for an abstract entity
    text: str  # the line `validate` prints


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
    text: str  # the line `validate` prints


@dataclass(frozen=True)
class Summary:
    project: str
    counts: dict[str, int]  # apps, entities, fields, relations, enums
    apps: tuple[AppLine, ...]
    relations: tuple[RelationLine, ...]
    enums: dict[str, tuple[str, ...]]
    features: str
    headline: str  # `project blog — 1 app, 5 entities, …`, printed after the file name


def summarise(project: Project) -> Summary:
    """The model as `djgen validate` reads it back to its author."""
    relations = tuple(
        _relation(holder, rel) for holder in project.entities for rel in holder.relations
    )
    counts = {
        "apps": len(project.apps),
        "entities": len(project.entities),
        "fields": sum(len(e.fields) for e in project.entities),
        "relations": len(relations),
        "enums": len(project.enums),
    }
    counted = ", ".join(count(counts[key], word) for key, word in _COUNTED)
    return Summary(
        project=project.name,
        counts=counts,
        apps=tuple(
            AppLine(app.name, tuple(_entity(project, e) for e in project.app_entities(app.name)))
            for app in project.apps
        ),
        relations=relations,
        enums={enum.name: tuple(m.value for m in enum.members) for enum in project.enums},
        features=_features(project),
        headline=f"project {project.name} — {counted}",
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
    url = f"/api/{project.features.api_version}/{entity.url}/" if concrete else None
    fields, relations = len(entity.all_fields), len(entity.all_relations)
    where = f" {url}" if url else ""
    extra = f" ({', '.join(marks)})" if marks else ""
    return EntityLine(
        name=entity.name,
        fields=fields,
        relations=relations,
        url=url,
        marks=marks,
        access=access_summary(project, entity) if concrete else None,
        text=f"{entity.name}: {count(fields, 'field')}, "
        f"{count(relations, 'relation')}{where}{extra}",
    )


def _relation(holder: Entity, rel: Relation) -> RelationLine:
    details = [rel.kind.value, f"reverse {rel.target}.{rel.related_name}"]
    if rel.on_delete:
        details.append(f"on_delete {rel.on_delete.value}")
    details.append("required" if rel.required else "optional")
    if rel.through:
        details.append(f"through {rel.through}")
    details.append(_DRAWN[rel.drawn])
    arrow = "⇄" if rel.kind is RelationKind.MANY_TO_MANY else "→"
    return RelationLine(
        holder=holder.name,
        name=rel.name,
        kind=rel.kind.value,
        target=rel.target,
        details=tuple(details),
        text=f"{holder.name}.{rel.name} {arrow} {rel.target} ({', '.join(details)})",
    )


def _features(project: Project) -> str:
    f = project.features
    switches = [name for name in ("throttling", "cors") if getattr(f, name)]
    for name in ("cqrs", "event_sourcing", "websockets"):
        chosen = getattr(f, name)
        if chosen:
            switches.append(name if chosen is True else f"{name}({','.join(chosen)})")
    return (
        f"auth={f.auth.value} cache={f.cache.value} "
        f"pagination={f.pagination.value} api={f.api_version} {' '.join(switches)}"
    )
