"""The benchmark diagram as JHipster's JDL, so that JHipster can generate the same domain.

Used by `startup.py --jhipster`: both generators run on one domain in one run on one machine,
and only their ratio is compared with a target (absolute times move with the machine).
The application is a backend-only monolith with JWT, as djgen generates; JHipster's own
users table stands for the `<<user>>` class, whose extra fields JDL cannot add to it.
"""

from __future__ import annotations

from djgen.export_jdl import JDL_TYPES as EXPORTED_TYPES
from djgen.export_jdl import RELATIONSHIPS
from djgen.model import Entity, Project
from djgen.vocabulary import FieldType

# The types `djgen inspect --format jdl` writes, but for the one JHipster 8 cannot generate:
# it has no time of day, so a Time field is a String here.
JDL_TYPES = {ftype: name for ftype, (name, _) in EXPORTED_TYPES.items()} | {
    FieldType.TIME: "String"
}


def _entity(entity: Entity) -> str:
    fields = []
    for field in entity.all_fields:
        kind = field.enum if field.type is FieldType.ENUM else JDL_TYPES[field.type]
        rules = ["required"] if field.required else []
        if field.unique:
            rules.append("unique")
        fields.append(" ".join([_camel(field.name), str(kind), *rules]))
    return f"entity {entity.name} {{\n  " + ",\n  ".join(fields) + "\n}"


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def jdl(project: Project) -> str:
    """The project's concrete entities, enumerations and relations as one JDL application."""
    entities = [e for e in project.entities if not e.abstract and not e.is_user]
    names = {e.name for e in entities}
    lines = [
        "application {\n  config {\n    baseName bench, applicationType monolith, "
        "packageName com.bench, authenticationType jwt, buildTool maven, "
        "skipClient true, databaseType sql, prodDatabaseType postgresql, "
        "devDatabaseType h2Disk, cacheProvider no, enableTranslation false\n  }\n"
        "  entities *\n}"
    ]
    lines += [f"enum {e.name} {{ {', '.join(m.name for m in e.members)} }}" for e in project.enums]
    lines += [_entity(e) for e in entities]
    for entity in entities:
        for relation in entity.all_relations:
            target = relation.target if relation.target in names else "User with builtInEntity"
            kind = RELATIONSHIPS[relation.kind]
            lines.append(
                f"relationship {kind} {{ {entity.name}{{{_camel(relation.name)}}} to {target} }}"
            )
    return "\n".join(lines) + "\n"
