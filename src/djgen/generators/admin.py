"""The admin of every app: one ModelAdmin per concrete entity, UserAdmin for the user model."""

from __future__ import annotations

from dataclasses import dataclass

from djgen.lowering.imports import Import, Imports
from djgen.lowering.meta import attribute_name
from djgen.lowering.names import app_import
from djgen.model import ABSTRACT_USER_FIELDS, ABSTRACT_USER_RELATIONS, App, Entity, Field, Project
from djgen.render import render
from djgen.vocabulary import FieldType, RelationKind

# Columns too long or too opaque for a changelist.
NOT_LISTED = frozenset({FieldType.TEXT, FieldType.JSON, FieldType.BINARY})
FILTERED = frozenset({FieldType.BOOLEAN, FieldType.ENUM, FieldType.DATE, FieldType.DATETIME})
SEARCHABLE = frozenset(
    {FieldType.STRING, FieldType.SLUG, FieldType.EMAIL, FieldType.TEXT, FieldType.URL}
)
MAX_COLUMNS = 6
# Fields AbstractUser defines; Django's UserAdmin already lays them out.
USER_ADMIN_FIELDS = frozenset({*ABSTRACT_USER_FIELDS, *ABSTRACT_USER_RELATIONS})
ADMIN = Import("django.contrib", "admin")
# Django's UserAdmin, by how the user model's admin uses it (see `user_admin_kind`).
USER_ADMIN = {
    "subclass": Import("django.contrib.auth.admin", "UserAdmin", "BaseUserAdmin"),
    "plain": Import("django.contrib.auth.admin", "UserAdmin"),
}


@dataclass(frozen=True)
class Inline:
    """A tabular inline for the through entity of a many-to-many the holder declares."""

    through: Entity
    autocomplete_fields: tuple[str, ...]


@dataclass(frozen=True)
class ModelAdmin:
    entity: Entity
    list_display: tuple[str, ...]
    list_select_related: tuple[str, ...]
    list_filter: tuple[str, ...]
    search_fields: tuple[str, ...]
    autocomplete_fields: tuple[str, ...]
    readonly_fields: tuple[str, ...]
    key: str | None  # a text key: chosen when a row is added, read-only after
    date_hierarchy: str | None
    inlines: tuple[Inline, ...]
    extra_fields: tuple[str, ...]  # the user model: fields UserAdmin does not know


def is_auto(field: Field) -> bool:
    return field.auto_now or field.auto_now_add


def search_fields(entity: Entity) -> tuple[str, ...]:
    """The entity's search fields, else its text fields, else the key (every admin searches, so
    every relation can use an autocomplete widget)."""
    if entity.search:
        return tuple(attribute_name(entity, name) for name in entity.search)
    if entity.is_user:
        return ("username", "first_name", "last_name", "email")
    text = [f.name for f in entity.all_fields if f.type in SEARCHABLE and not f.write_only]
    return tuple(text[:3]) or ("id",)


def list_display(entity: Entity) -> tuple[str, ...]:
    """The display field, then choices and flags, keys, and other short columns."""
    first = attribute_name(entity, entity.display_field) if entity.display_field else "__str__"
    listed = [f for f in entity.all_fields if f.type not in NOT_LISTED and not f.write_only]
    keys = [r for r in entity.all_relations if r.kind is not RelationKind.MANY_TO_MANY]
    columns = [
        first,
        *(f.name for f in listed if f.type in (FieldType.ENUM, FieldType.BOOLEAN)),
        *(r.name for r in keys if not r.write_only),
        *(f.name for f in listed if f.type not in (FieldType.ENUM, FieldType.BOOLEAN)),
    ]
    return tuple(dict.fromkeys(columns))[:MAX_COLUMNS]


def inlines(project: Project, entity: Entity) -> tuple[Inline, ...]:
    """Through entities of the entity's own many-to-manys that point back at it exactly once."""
    found: list[Inline] = []
    for relation in entity.relations:
        if relation.through is None:
            continue
        through = project.entity(relation.through)
        keys = [r for r in through.all_relations if r.kind is not RelationKind.MANY_TO_MANY]
        if sum(r.target == entity.name for r in keys) != 1:
            continue
        others = tuple(r.name for r in keys if r.target != entity.name)
        found.append(Inline(through, others))
    return tuple(found)


def model_admin(project: Project, entity: Entity) -> ModelAdmin:
    columns = list_display(entity)
    keys = [r for r in entity.all_relations if r.kind is not RelationKind.MANY_TO_MANY]
    key_names = {r.name for r in keys}
    filters = [f.name for f in entity.all_fields if f.type in FILTERED and not f.write_only]
    filters += [r.name for r in keys]
    autocomplete = [r.name for r in entity.all_relations if r.through is None]
    auto = [f.name for f in entity.all_fields if is_auto(f)]
    has_created = any(
        f.name == "created_at" and f.type is FieldType.DATETIME for f in entity.all_fields
    )
    extra: tuple[str, ...] = ()
    if entity.is_user:
        extra = tuple(
            name
            for name in (
                *(f.name for f in entity.all_fields if not is_auto(f)),
                *(r.name for r in entity.all_relations if r.through is None),
            )
            if name not in USER_ADMIN_FIELDS
        )
        auto = []
    return ModelAdmin(
        entity=entity,
        list_display=columns,
        list_select_related=tuple(c for c in columns if c in key_names),
        list_filter=tuple(filters),
        search_fields=search_fields(entity),
        autocomplete_fields=tuple(autocomplete),
        readonly_fields=tuple(auto),
        key=entity.key.name if entity.key is not None else None,
        date_hierarchy="created_at" if has_created else None,
        inlines=inlines(project, entity),
        extra_fields=extra,
    )


def user_admin_kind(admins: list[ModelAdmin]) -> str | None:
    """ "subclass" when the user model has fields Django's UserAdmin does not show, "plain"
    when Django's UserAdmin serves as it is, None when the app has no user model."""
    user = next((a for a in admins if a.entity.is_user), None)
    if user is None:
        return None
    return "subclass" if user.extra_fields or user.autocomplete_fields else "plain"


def admin_module(project: Project, app: App) -> str:
    entities = [e for e in project.app_entities(app.name) if not e.abstract]
    admins = [model_admin(project, e) for e in entities]
    user_admin = user_admin_kind(admins)
    imports = Imports(ADMIN)
    if user_admin is not None:
        imports.add(USER_ADMIN[user_admin])
    for model in (m for a in admins for m in (a.entity, *(i.through for i in a.inlines))):
        imports.add(app_import(model.app, "models", model.name, from_app=app.name))
    return render(
        "app/admin.py.jinja", admins=admins, imports=imports.lines(), user_admin=user_admin
    )


def generate(project: Project) -> dict[str, str]:
    """`apps/<app>/admin.py` for every app."""
    return {
        f"apps/{app.name}/admin.py": admin_module(project, app)
        for app in project.apps
        if any(not e.abstract for e in project.app_entities(app.name))
    }
