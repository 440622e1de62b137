"""The resolved model written back as a YAML spec.

`djgen inspect --yaml` prints what a diagram meant in the spec's full form: every entity and
enumeration explicitly (the user model djgen adds and the enumerations made from inline choices
included), every value that differs from what the resolver would derive, nothing else. Loading
the output again gives the same model, byte for byte in `canonical_json()`.
"""

from __future__ import annotations

from typing import Any

import yaml

from djgen import names
from djgen.defaults import (
    DEFAULT_DECIMAL_PLACES,
    DEFAULT_MAX_DIGITS,
    default_max_length,
    default_on_delete,
    default_ordering,
    default_search,
    default_title,
    member_label,
    plain_related_name,
)
from djgen.frontends.document import SpecDocument
from djgen.frontends.signature import MethodSpec
from djgen.model import DEFAULT_CACHE_TIMEOUT, Entity, Enum, Field, Project, Relation
from djgen.types import info
from djgen.vocabulary import FieldType, PkType, RelationKind, Visibility


def to_yaml(project: Project) -> str:
    """The project as a YAML spec, keys in the order the spec documents them."""
    data = to_document(project).model_dump(mode="json", exclude_defaults=True)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def to_document(project: Project) -> SpecDocument:
    """The project as a spec document, explicit where the model was derived or synthesized."""
    data: dict[str, Any] = {"project": project.name}
    if project.title != default_title(project.name):
        data["title"] = project.title
    if project.description is not None:
        data["description"] = project.description
    if project.default_app != project.name:
        data["app"] = project.default_app
    features = project.features.model_dump(mode="json", exclude_defaults=True)
    if features:
        data["features"] = features
    data["entities"] = {e.name: _entity(project, e) for e in project.entities}
    if project.enums:
        data["enums"] = {e.name: _enum(project, e) for e in project.enums}
    return SpecDocument.model_validate(data)


def _enum(project: Project, enum: Enum) -> Any:
    values: list[str | dict[str, str]] = [
        m.value if m.label == member_label(m.name) else {m.value: m.label} for m in enum.members
    ]
    if enum.app != project.default_app:
        return {"app": enum.app, "values": values}
    return values


def _entity(project: Project, entity: Entity) -> dict[str, Any]:
    spec: dict[str, Any] = {}
    if entity.app != project.default_app:
        spec["app"] = entity.app
    if entity.description is not None:
        spec["description"] = entity.description
    if entity.abstract:
        spec["abstract"] = True
    if entity.parent is not None:
        spec["extends"] = entity.parent
    if entity.is_user and entity.name != "User":
        spec["user"] = True
    if entity.readonly:
        spec["readonly"] = True
    fields: dict[str, Any] = {}
    if entity.pk_type is PkType.UUID and _declares_key(project, entity):
        fields["id"] = {"type": "UUID"}
    fields.update({f.api_name: _field(project, f) for f in entity.fields})
    fields.update({r.api_name: _relation(project, entity, r) for r in entity.relations})
    if fields:
        spec["fields"] = fields
    if entity.methods:
        spec["methods"] = [
            MethodSpec(name=m.name, args=m.args, returns=m.returns) for m in entity.methods
        ]
    if entity.owner is not None:
        spec["owner"] = entity.owner
    if entity.visibility not in (None, Visibility.OWNER):
        spec["visibility"] = entity.visibility.value
    if permissions := entity.permissions.model_dump(mode="json", exclude_defaults=True):
        spec["permissions"] = permissions
    if entity.read is not None:
        spec["read"] = entity.read.value
    if entity.write is not None:
        spec["write"] = entity.write.value
    if not entity.inherit_owner:
        spec["inherit_owner"] = False
    if entity.search != default_search(entity.all_fields):
        spec["search"] = list(entity.search)
    if entity.ordering != default_ordering(entity.all_fields):
        spec["ordering"] = list(entity.ordering)
    if entity.pagination is not project.features.pagination:
        spec["pagination"] = entity.pagination.value
    if entity.cache_timeout is None:
        spec["cache"] = False
    elif entity.cache_timeout != DEFAULT_CACHE_TIMEOUT:
        spec["cache"] = {"timeout": entity.cache_timeout}
    if entity.unique_together:
        spec["unique_together"] = [list(group) for group in entity.unique_together]
    if entity.plural != names.plural(entity.snake):
        spec["plural"] = entity.plural
    if entity.db_table is not None:
        spec["table"] = entity.db_table
    return spec


def _declares_key(project: Project, entity: Entity) -> bool:
    """Whether the UUID key is the entity's own rather than one it inherits."""
    if entity.parent is None:
        return True
    parent = project.entity(entity.parent)
    return parent.abstract and parent.pk_type is not PkType.UUID


def _type_name(project: Project, ftype: FieldType) -> str:
    """The canonical spelling, lower-cased where an entity or enumeration has that name."""
    name = ftype.value
    shadowed = any(e.name == name for e in project.entities) or any(
        e.name == name for e in project.enums
    )
    return name.lower() if shadowed else name


def _field(project: Project, f: Field) -> dict[str, Any]:
    if f.item_type is not None:
        item = f.enum if f.item_type is FieldType.ENUM else _type_name(project, f.item_type)
        spec: dict[str, Any] = {"type": f"List~{item}~"}
    elif f.type is FieldType.ENUM:
        spec = {"type": f.enum}
    else:
        spec = {"type": _type_name(project, f.type)}
    if f.primary_key:
        spec["primary_key"] = True
    elif f.required != (f.default is None):
        spec["required"] = f.required
    if f.unique and not f.primary_key:
        spec["unique"] = True
    if f.index:
        spec["index"] = True
    default_max = default_max_length(f.type, primary_key=f.primary_key)
    if f.max_length is not None and f.max_length != default_max:
        spec["max"] = f.max_length
    if f.min_length is not None:
        spec["min"] = f.min_length
    if info(f.type).number:
        if f.max_value is not None:
            spec["max"] = f.max_value
        if f.min_value is not None:
            spec["min"] = f.min_value
    if f.default is not None:
        spec["default"] = f.default
    if f.pattern is not None:
        spec["pattern"] = f.pattern
    if f.read_only and not (f.auto_now or f.auto_now_add):
        spec["read_only"] = True
    if f.write_only:
        spec["write_only"] = True
    if f.staff_only:
        spec["staff_only"] = True
    if f.write_roles:
        spec["write_roles"] = list(f.write_roles)
    if f.help_text is not None:
        spec["help"] = f.help_text
    if f.type is FieldType.DECIMAL:
        if f.max_digits != DEFAULT_MAX_DIGITS:
            spec["max_digits"] = f.max_digits
        if f.decimal_places != DEFAULT_DECIMAL_PLACES:
            spec["decimal_places"] = f.decimal_places
    return spec


def _relation(project: Project, holder: Entity, r: Relation) -> dict[str, Any]:
    if r.kind is RelationKind.MANY_TO_MANY:
        spec: dict[str, Any] = {"type": f"List~{r.target}~"}
    else:
        spec = {"type": r.target}
        if r.kind is RelationKind.ONE_TO_ONE:
            spec["relation"] = r.kind.value
    if not r.required:
        spec["required"] = False
    if r.on_delete is not None and r.on_delete is not default_on_delete(r.required):
        spec["on_delete"] = r.on_delete.value
    if r.related_name != plain_related_name(holder, r):
        spec["related_name"] = r.related_name
    if r.through is not None:
        spec["through"] = r.through
    if r.read_only:
        spec["read_only"] = True
    if r.write_only:
        spec["write_only"] = True
    if r.help_text is not None:
        spec["help"] = r.help_text
    return spec
