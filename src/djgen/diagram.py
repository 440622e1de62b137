"""The domain model drawn as a Mermaid `erDiagram`: one box per table, one line per key.

The generated README and `djgen inspect --format mermaid` show it, so the user sees the tables
the diagram became: keys marked PK/FK/UK, fields inherited from abstract entities inside their
subclasses' boxes, multi-table inheritance as the parent link it is, and crow's-foot
cardinalities read from each relation's kind and nullability.
"""

from __future__ import annotations

from djgen.model import Entity, Field, Project, Relation
from djgen.vocabulary import FieldType, PkType, RelationKind

# Crow's-foot ends, as (holder side, target side), by kind and by whether the key is required.
_ENDS: dict[tuple[RelationKind, bool], tuple[str, str]] = {
    (RelationKind.FOREIGN_KEY, True): ("}o", "||"),
    (RelationKind.FOREIGN_KEY, False): ("}o", "o|"),
    (RelationKind.ONE_TO_ONE, True): ("|o", "||"),
    (RelationKind.ONE_TO_ONE, False): ("|o", "o|"),
    (RelationKind.MANY_TO_MANY, True): ("}o", "|{"),
    (RelationKind.MANY_TO_MANY, False): ("}o", "o{"),
}


def er_diagram(project: Project) -> str:
    """The project's tables and keys as Mermaid source, ending with a newline."""
    lines = ["erDiagram"]
    links: list[str] = []
    for entity in project.concrete_entities:
        lines.append(f"    {entity.name} {{")
        lines.extend(f"        {row}" for row in _rows(project, entity))
        lines.append("    }")
        links.extend(_links(project, entity))
    lines.extend(links)
    return "\n".join(lines) + "\n"


def _table(project: Project, entity: Entity) -> tuple[tuple[Field, ...], tuple[Relation, ...]]:
    """What this entity's own table holds: its fields and those of abstract ancestors."""
    relations = entity.relations
    inherited = {r.name: r for r in entity.inherited_relations}
    parent = entity.parent
    while parent is not None and project.entity(parent).abstract:
        ancestor = project.entity(parent)
        relations = tuple(inherited[r.name] for r in ancestor.relations) + relations
        parent = ancestor.parent
    return project.table_fields(entity), relations


def _key_type(entity: Entity) -> str:
    if entity.key is not None:
        return entity.key.type.value
    return "UUID" if entity.pk_type is PkType.UUID else "BigInteger"


def _rows(project: Project, entity: Entity) -> list[str]:
    fields, relations = _table(project, entity)
    concrete_parent = project.concrete_parent(entity)
    if concrete_parent is not None:
        rows = [f"{_key_type(entity)} {concrete_parent.snake}_ptr_id PK, FK"]
    elif entity.key is None:
        rows = [f"{_key_type(entity)} id PK"]
    else:
        rows = []  # the text key is the first field
    rows.extend(_field_row(f) for f in fields)
    rows.extend(
        f"{_key_type(project.entity(r.target))} {r.column or r.name + '_id'} FK"
        for r in relations
        if r.kind is not RelationKind.MANY_TO_MANY
    )
    return rows


def _field_row(field: Field) -> str:
    if field.item_type is not None:
        kind = "JSON"
    elif field.type is FieldType.ENUM and field.enum is not None:
        kind = field.enum
    else:
        kind = field.type.value
    row = f"{kind} {field.column or field.name}"
    if field.primary_key:
        return f"{row} PK"
    return f"{row} UK" if field.unique else row


def _links(project: Project, entity: Entity) -> list[str]:
    found: list[str] = []
    parent = project.concrete_parent(entity)
    if parent is not None:
        found.append(f'    {entity.name} |o--|| {parent.name} : "extends"')
    for relation in _table(project, entity)[1]:
        if relation.through is not None:
            continue  # the through entity's own keys draw this link
        holder_end, target_end = _ENDS[(relation.kind, relation.required)]
        found.append(
            f"    {entity.name} {holder_end}--{target_end} {relation.target} : {relation.name}"
        )
    return found
