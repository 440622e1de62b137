"""The model layer of every app: its package, AppConfig, TextChoices and models."""

from __future__ import annotations

import re
from dataclasses import dataclass

from djgen.lowering.fields import field_decl, pk_decl, relation_decl
from djgen.lowering.imports import Import, Imports
from djgen.lowering.meta import meta_options, model_bases
from djgen.lowering.values import Call, source
from djgen.model import App, Entity, Project
from djgen.names import pascal
from djgen.render import render
from djgen.types import info
from djgen.vocabulary import FieldType

REVERSE = Import("django.urls", "reverse")


@dataclass(frozen=True)
class ModelClass:
    """What the models template prints for one entity."""

    entity: Entity
    docstring: str | None  # the class docstring's source, from the entity's description
    bases: tuple[str, ...]
    declarations: tuple[tuple[str, str], ...]  # attribute → field declaration source
    meta: tuple[tuple[str, str], ...]
    str_body: str | None  # the expression `__str__` returns; None: inherited
    url_name: str | None  # `<app>:<snake>-detail`; None for abstract models


def config_class(app: App) -> str:
    """The AppConfig's class name: `blog` → `BlogConfig`."""
    return f"{pascal(app.name)}Config"


def in_dependency_order(project: Project, app: App) -> list[Entity]:
    """The app's entities, declaration order kept, each parent before its children."""
    ordered: list[Entity] = []
    placed: set[str] = set()

    def place(entity: Entity) -> None:
        if entity.name in placed:
            return
        if entity.parent is not None and project.entity(entity.parent).app == app.name:
            place(project.entity(entity.parent))
        placed.add(entity.name)
        ordered.append(entity)

    for entity in project.app_entities(app.name):
        place(entity)
    return ordered


def docstring(text: str) -> str:
    """`text` as a triple-quoted docstring literal. Backslashes are escaped, and so is a
    carriage return (Python would read it as a line break) and every quote of a run that
    could close the literal: three or more, or at the end."""
    body = text.strip().replace("\\", "\\\\").replace("\r", "\\r")
    body = re.sub(r'"{3,}|"+$', lambda run: '\\"' * len(run.group()), body)
    return f'"""{body}"""'


def str_expression(entity: Entity) -> str | None:
    """What `__str__` returns: the display field (never None nor empty), else "<Name> <pk>".

    The user model keeps AbstractUser's `__str__` (the username) unless it names another field.
    """
    fallback = f'f"{entity.verbose_name.capitalize()} {{self.pk}}"'
    name = entity.display_field
    if entity.is_user and name in (None, "username"):
        return None
    field = next((f for f in entity.all_fields if name in (f.name, f.api_name)), None)
    if field is None:
        return fallback
    value = f"self.{field.name}"
    is_text = info(field.type).text or field.type is FieldType.ENUM
    if is_text:
        return value if field.required else f"{value} or {fallback}"
    if field.required:
        return f"str({value})"
    return f"{fallback} if {value} is None else str({value})"


def model_class(project: Project, entity: Entity, imports: Imports) -> ModelClass:
    """One entity's class; what its body names is added to `imports`."""
    bases = model_bases(project, entity, imports)
    pk = pk_decl(project, entity)
    decls: list[tuple[str, Call]] = [("id", pk)] if pk is not None else []
    decls += [(f.name, field_decl(project, entity, f)) for f in entity.fields]
    decls += [
        (r.name, relation_decl(project, entity, r)) for r in project.declared_relations(entity)
    ]
    declarations = tuple((name, source(decl, imports)) for name, decl in decls)
    meta = tuple((name, source(value, imports)) for name, value in meta_options(project, entity))
    url_name = None if entity.abstract else f"{entity.app}:{entity.snake}-detail"
    if url_name is not None:
        imports.add(REVERSE)
    str_body = None if entity.abstract else str_expression(entity)
    doc = docstring(entity.description) if entity.description else None
    return ModelClass(entity, doc, bases, declarations, meta, str_body, url_name)


def models_module(project: Project, app: App) -> str:
    imports = Imports()
    classes = [model_class(project, e, imports) for e in in_dependency_order(project, app)]
    return render("app/models.py.jinja", app=app, classes=classes, imports=imports.lines())


def generate(project: Project) -> dict[str, str]:
    """`apps/<app>/{__init__,apps,choices,models}.py` for every app."""
    files: dict[str, str] = {}
    for app in project.apps:
        package = f"apps/{app.name}"
        files[f"{package}/__init__.py"] = ""
        files[f"{package}/apps.py"] = render(
            "app/apps.py.jinja", app=app, config_class=config_class(app)
        )
        if app.enums:
            enums = [project.enum(name) for name in app.enums]
            files[f"{package}/choices.py"] = render("app/choices.py.jinja", enums=enums)
        files[f"{package}/models.py"] = models_module(project, app)
    return files
