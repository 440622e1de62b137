"""A project's models as Django's migration state, built from the lowered tables.

`djgen update` hands two of these, the previous model's and the new one's, to Django's own
autodetector, which then plans the next migration exactly as `makemigrations` would in the
generated project, without importing a line of the user's code.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any, cast

from django.db import models
from django.db.migrations.state import ModelState, ProjectState

from djgen.lowering.tables import Tables, Written, setup_django
from djgen.model import Project

# (app label, model name in lower case, field name)
FieldKey = tuple[str, str, str]


@dataclass
class LoweredState:
    """The state, and each field as the initial migrations write it (`to=settings.
    AUTH_USER_MODEL` for the user model), so that the next migration writes fields alike."""

    state: ProjectState = field(default_factory=ProjectState)
    written: dict[FieldKey, Written] = field(default_factory=dict)


def _framework_models() -> list[ModelState]:
    """The models of Django's own apps that generated models point at: the user model's
    groups and permissions."""
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType

    return [ModelState.from_model(model) for model in (ContentType, Permission, Group)]


def _unbound(field: models.Field[Any, Any]) -> models.Field[Any, Any]:
    """The field, or a copy of it where it belongs to a class (AbstractUser's own fields): a
    state's fields belong to no model."""
    return cast(Any, field).clone() if hasattr(field, "model") else field


def project_state(project: Project, only: Collection[str] | None = None) -> LoweredState:
    """Every concrete entity's table as a `ModelState`, beside the framework models; only the
    entities named in `only`, when it is given."""
    setup_django()
    lowered = LoweredState()
    state = lowered.state
    for model in _framework_models():
        state.add_model(model)
    build = Tables(project)
    for entity in project.concrete_entities:
        if only is not None and entity.name not in only:
            continue
        table = build.table(entity)
        for column in table.columns:
            lowered.written[entity.app, table.model_name, column.name] = column.written
        options = dict(table.options)
        options["indexes"] = list(table.indexes)
        options["constraints"] = list(table.constraints)
        state.add_model(
            ModelState(
                entity.app,
                entity.name,
                [(column.name, _unbound(column.field)) for column in table.columns],
                options=options,
                bases=table.bases or None,
                managers=list(table.managers),
            )
        )
    return lowered
