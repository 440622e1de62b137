"""Where an entity and its columns were in the previous model: same names, or the names the
spec declares them renamed from (`renamed_from`). Plain model reading, no Django: both the
next migration's renames and the full-text index migration need it."""

from __future__ import annotations

from djgen.model import Entity, Field, Project, Relation

Column = Field | Relation


def columns(project: Project, entity: Entity) -> dict[str, Column]:
    """The fields and relations stored in the entity's own table, by name."""
    items: tuple[Column, ...] = (*project.table_fields(entity), *project.declared_relations(entity))
    return {item.name: item for item in items}


def previous_entity(previous: Project, current: Project, entity: Entity) -> Entity | None:
    """The entity as the previous model had it: same name, or the one it is renamed from."""
    names = {e.name: e for e in previous.concrete_entities}
    if entity.name in names:
        return names[entity.name]
    old = entity.renamed_from
    if old is not None and old in names and old not in {e.name for e in current.entities}:
        return names[old]
    return None


def renamed_column(old: dict[str, Column], new: dict[str, Column], item: Column) -> str | None:
    """The previous name of a column declared renamed, when the rename can apply: the old
    name existed and is not taken in the new table."""
    source = item.renamed_from
    if source is None or item.name in old or source in new:
        return None
    return source if source in old else None


def renamed_columns(
    previous: Project, before: Entity, current: Project, entity: Entity
) -> dict[str, str]:
    """The entity's columns declared renamed from one of its previous version, `before`:
    previous name → new name."""
    old, new = columns(previous, before), columns(current, entity)
    return {
        source: item.name
        for item in new.values()
        if (source := renamed_column(old, new, item)) is not None
    }
