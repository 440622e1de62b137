"""The resolved model written as JHipster's JDL: `djgen inspect --format jdl`.

A project born from JDL loads back from this output into the same model. What JDL cannot say
(text types finer than String, defaults, ownership, permissions, a ManyToMany's through
entity, limit/offset pagination) is written as a `//` comment where it is lost, so a reader
sees it; every key and relation JDL can say is written, and nothing the JDL frontend would
derive by itself.
"""

from __future__ import annotations

import inflection

from djgen import names
from djgen.defaults import default_max_length, default_on_delete, member_label, plain_related_name
from djgen.model import Entity, Enum, Field, Project, Relation
from djgen.types import info
from djgen.vocabulary import Auth, CacheBackend, FieldType, OnDelete, Pagination, RelationKind

# djgen type → the JDL type of the same meaning, and whether the JDL frontend reads it back as
# that type (when not, the field says its djgen type in a comment).
JDL_TYPES: dict[FieldType, tuple[str, bool]] = {
    FieldType.STRING: ("String", True),
    FieldType.TEXT: ("TextBlob", True),
    FieldType.SLUG: ("String", False),
    FieldType.EMAIL: ("String", False),
    FieldType.URL: ("String", False),
    FieldType.UUID: ("UUID", True),
    FieldType.INTEGER: ("Integer", True),
    FieldType.BIG_INTEGER: ("Long", True),
    FieldType.SMALL_INTEGER: ("Integer", False),
    FieldType.POSITIVE_INTEGER: ("Integer", False),
    FieldType.FLOAT: ("Float", True),
    FieldType.DECIMAL: ("BigDecimal", True),
    FieldType.BOOLEAN: ("Boolean", True),
    FieldType.DATE: ("LocalDate", True),
    FieldType.DATETIME: ("Instant", True),
    FieldType.TIME: ("LocalTime", True),
    FieldType.DURATION: ("Duration", True),
    FieldType.JSON: ("TextBlob", False),
    FieldType.FILE: ("AnyBlob", True),
    FieldType.IMAGE: ("ImageBlob", True),
    FieldType.BINARY: ("Blob", False),
    FieldType.IP_ADDRESS: ("String", False),
}
RELATIONSHIPS = {
    RelationKind.FOREIGN_KEY: "ManyToOne",
    RelationKind.ONE_TO_ONE: "OneToOne",
    RelationKind.MANY_TO_MANY: "ManyToMany",
}
ON_DELETE = {
    OnDelete.CASCADE: "CASCADE",
    OnDelete.SET_NULL: "SET NULL",
    OnDelete.RESTRICT: "RESTRICT",
    OnDelete.PROTECT: "NO ACTION",
}


def to_jdl(project: Project) -> str:
    """The project as JDL: its applications, enumerations, entities, relationships, options."""
    blocks = _applications(project)
    blocks += [_enum(enum) for enum in project.enums]
    blocks += [_entity(project, e) for e in project.entities if _declared(e)]
    blocks += _relationships(project)
    blocks += _options(project)
    return "\n\n".join(blocks) + "\n"


def _declared(entity: Entity) -> bool:
    """Whether the entity is written: JHipster's built-in User is not, unless it has fields."""
    return not (entity.is_user and entity.name == "User" and not entity.fields)


def _applications(project: Project) -> list[str]:
    """One application per app: the first, the project's, as the gateway of the others."""
    config = []
    if project.features.auth is not Auth.NONE:
        config.append(f"authenticationType {project.features.auth.value}")
    if project.features.cache is CacheBackend.NONE:
        config.append("cacheProvider no")
    if len(project.apps) == 1:
        return [_application(project.name, config, "*")]
    blocks = []
    for i, app in enumerate(project.apps):
        kind = "gateway" if i == 0 else "microservice"
        listed = [e for e in app.entities if _declared(project.entity(e))]
        entities = ", ".join(listed) if listed else None
        base = project.name if i == 0 else app.name
        blocks.append(_application(base, [f"applicationType {kind}", *config], entities))
    return blocks


def _application(base: str, config: list[str], entities: str | None) -> str:
    settings = "".join(f"    {line}\n" for line in [f"baseName {base}", *config])
    listed = "" if entities is None else f"  entities {entities}\n"
    return f"application {{\n  config {{\n{settings}  }}\n{listed}}}"


def _doc(text: str | None, indent: str) -> str:
    if text is None:
        return ""
    lines = text.replace("*/", "* /").split("\n")
    if len(lines) == 1:
        return f"{indent}/** {lines[0]} */\n"
    body = "".join(f"{indent} * {line}".rstrip() + "\n" for line in lines)
    return f"{indent}/**\n{body}{indent} */\n"


def _enum(enum: Enum) -> str:
    members = []
    for m in enum.members:
        label = "" if m.label == member_label(m.name) else f'("{_quoted(m.label)}")'
        written = m.value if m.value.isidentifier() else m.name
        lost = "" if written == m.value else f"  // djgen: stored as {m.value!r}"
        members.append(f"  {written}{label},{lost}")
    members[-1] = members[-1].replace(",", "", 1) if members else ""
    return f"enum {enum.name} {{\n" + "\n".join(members) + "\n}"


def _entity(project: Project, entity: Entity) -> str:
    table = "" if entity.db_table is None else f" ({entity.db_table})"
    head = f"{_doc(entity.description, '')}entity {entity.name}{table}"
    lost = _lost_options(entity)
    fields = [_field(f) for f in entity.fields]
    if not fields and not lost:
        return head
    return head + " {\n" + "".join(lost) + "\n".join(fields) + "\n}"


def _lost_options(entity: Entity) -> list[str]:
    """What the entity says that JDL cannot, as comments in its body."""
    lost = []
    if entity.owner is not None:
        lost.append(f"owner {entity.owner}")
    if entity.parent is not None:
        lost.append(f"extends {entity.parent}")
    if entity.abstract:
        lost.append("abstract")
    if entity.pagination is Pagination.LIMIT_OFFSET:
        lost.append("limit/offset pagination")
    return [f"  // djgen: {item}\n" for item in lost]


def _field(f: Field) -> str:
    if f.type is FieldType.ENUM:
        jdl_type, exact = str(f.enum), True
    elif f.item_type is not None:
        jdl_type, exact = "TextBlob", False
    else:
        jdl_type, exact = JDL_TYPES[f.type]
    rules = ["required"] if f.required and not f.primary_key else []
    if f.unique and not f.primary_key:
        rules.append("unique")
    lengths = f.max_length != default_max_length(f.type, primary_key=f.primary_key)
    if f.min_length is not None:
        rules.append(f"minlength({f.min_length})")
    if f.max_length is not None and lengths:
        rules.append(f"maxlength({f.max_length})")
    if info(f.type).number:
        rules += [
            f"{k}({v})" for k, v in (("min", f.min_value), ("max", f.max_value)) if v is not None
        ]
    if f.pattern is not None:
        escaped = f.pattern.replace("/", "\\/")
        rules.append(f"pattern(/{escaped}/)")
    notes = [] if exact else [f.type.value if f.item_type is None else f"List~{f.item_type.value}~"]
    if f.default is not None:
        notes.append(f"default {f.default!r}")
    comment = f"  // djgen: {', '.join(notes)}" if notes else ""
    key = ["@Id"] if f.primary_key else []
    line = " ".join([*key, _camel(f.api_name), jdl_type, *rules])
    return f"{_doc(f.help_text, '  ')}  {line}{comment}"


def _relationships(project: Project) -> list[str]:
    """Relationship blocks in the order of the relations, so each entity's come back in its
    order: a new block wherever the kind changes."""
    runs: list[tuple[RelationKind, list[str]]] = []
    for entity in project.entities:
        for r in entity.relations:
            if not runs or runs[-1][0] is not r.kind:
                runs.append((r.kind, []))
            runs[-1][1].append(_relationship(project, entity, r))
    return [
        f"relationship {RELATIONSHIPS[kind]} {{\n" + "\n".join(lines) + "\n}"
        for kind, lines in runs
    ]


def _relationship(project: Project, holder: Entity, r: Relation) -> str:
    many = r.kind is RelationKind.MANY_TO_MANY
    injected = _singular(r.api_name) if many else r.api_name
    required = " required" if r.required else ""
    source = f"{holder.name}{{{_camel(injected)}{required}}}"
    target = r.target
    reverse = _reverse(holder, r)
    if reverse is not None:
        target += f"{{{_camel(reverse)}}}"
    elif r.target == "User" and not _declared(project.entity(r.target)):
        target += " with builtInEntity"
    annotation = ""
    if r.on_delete is not None and r.on_delete is not default_on_delete(r.required):
        annotation = f'@OnDelete("{ON_DELETE[r.on_delete]}") '
    lost = f"  // djgen: through {r.through}" if r.through else ""
    return f"{_doc(r.help_text, '  ')}  {annotation}{source} to {target}{lost}"


def _reverse(holder: Entity, r: Relation) -> str | None:
    """The name the target's side injects, as the JDL frontend reads it back into the
    related name; None where djgen derives the name by itself (the plain one, or one made
    distinct from a colliding name, which no singular gives back)."""
    if r.related_name == plain_related_name(holder, r):
        return None
    if r.kind is RelationKind.ONE_TO_ONE:
        return r.related_name
    single = _singular(r.related_name)
    return single if names.plural(single) == r.related_name else None


def _singular(plural: str) -> str:
    """`tags` → `tag`, `line_items` → `line_item`: the last word made singular."""
    head, _, last = plural.rpartition("_")
    single = inflection.singularize(last)
    return f"{head}_{single}" if head else single


def _camel(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _quoted(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _options(project: Project) -> list[str]:
    """Infinite scroll where an entity pages by cursor (page numbers are JDL's default)."""
    lines = []
    cursor = [e.name for e in project.entities if e.pagination is Pagination.CURSOR]
    if cursor:
        lines.append(f"paginate {', '.join(cursor)} with infinite-scroll")
    read_only = [e.name for e in project.entities if e.readonly]
    if read_only:
        lines.append(f"readOnly {', '.join(read_only)}")
    return lines
