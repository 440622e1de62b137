"""The next migration of each changed app, planned by Django's own autodetector.

The previous model's tables, with the declared renames applied, are the state the existing
migrations leave; the new model's tables are the state to reach. The autodetector plans the
difference and numbers it after the migrations the project holds, which are read by name only:
nothing of the user's code is imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from django.db import models
from django.db.migrations import AddField, AlterField, CreateModel, Migration
from django.db.migrations.autodetector import MigrationAutodetector
from django.db.migrations.graph import MigrationGraph
from django.db.migrations.operations.base import Operation
from django.db.migrations.questioner import MigrationQuestioner
from django.db.migrations.writer import MigrationWriter
from django.utils import timezone

from djgen.errors import DjgenError
from djgen.lowering.model_changes import changed_tables, problems, rename_operations
from djgen.lowering.model_state import FieldKey, LoweredState, project_state
from djgen.lowering.tables import as_field
from djgen.model import Project


class _Questioner(MigrationQuestioner):
    """Answers what `makemigrations` would ask at a terminal. Renames come from the spec, and
    a missing value is reported before the autodetector runs, so it never asks for one."""

    def ask_initial(self, app_label: str) -> bool:
        return True  # a new app gets its initial migration

    def ask_not_null_addition(self, field_name: str, model_name: str) -> Any:
        raise AssertionError(f"{model_name}.{field_name} needs a value: checked before")

    def ask_not_null_alteration(self, field_name: str, model_name: str) -> Any:
        raise AssertionError(f"{model_name}.{field_name} needs a value: checked before")

    def ask_auto_now_add_addition(self, field_name: str, model_name: str) -> Any:
        return timezone.now  # what a user answers at makemigrations' prompt


@dataclass(frozen=True)
class NextMigration:
    app: str
    name: str
    source: str
    operations: tuple[str, ...]  # each operation described in one line

    @property
    def path(self) -> str:
        return f"apps/{self.app}/migrations/{self.name}.py"


def _graph(existing: dict[str, list[str]]) -> MigrationGraph:
    """The project's migrations by name, each app's in order: what numbering needs."""
    graph = MigrationGraph()
    for app, names in existing.items():
        previous = None
        for name in sorted(names):
            graph.add_node((app, name), None)
            if previous is not None:
                graph.add_dependency(None, (app, name), (app, previous))
            previous = name
    return graph


def _written(
    lowered: LoweredState, key: FieldKey, field: models.Field[Any, Any]
) -> models.Field[Any, Any]:
    written = lowered.written.get(key)
    return field if written is None else as_field(written)


def _write_fields_alike(migration: Migration, lowered: LoweredState) -> None:
    """Fields written as the initial migrations write them (the user model by its setting)."""
    app = migration.app_label
    for operation in migration.operations:
        if isinstance(operation, CreateModel):
            operation.fields = [
                (name, _written(lowered, (app, operation.name_lower, name), field))
                for name, field in operation.fields
            ]
        elif isinstance(operation, AddField | AlterField) and operation.preserve_default:
            key = (app, operation.model_name_lower, operation.name)
            operation.field = _written(lowered, key, operation.field)


def next_migrations(
    previous: Project, current: Project, existing: dict[str, list[str]]
) -> list[NextMigration]:
    """The migrations that take the database from `previous` to `current`, after `existing`
    (app → migration names). Raises DjgenError where the user must decide something."""
    found = problems(previous, current)
    if found:
        raise DjgenError(found)
    # Only the tables that may have changed, and those they point at: the others would cost
    # the autodetector the same comparison of every field for nothing.
    scope = changed_tables(previous, current)
    before = project_state(previous, None if scope is None else scope[0]).state
    renames = rename_operations(previous, current)
    for app, operations in renames.items():
        for operation in operations:
            operation.state_forwards(app, before)
    after = project_state(current, None if scope is None else scope[1])
    detector = MigrationAutodetector(before, after.state, _Questioner())
    # An app with tables is not new, though none of its tables is compared: no initial migration.
    detector.existing_apps |= {entity.app for entity in previous.concrete_entities}
    graph = _graph(existing)
    # The changes before they are numbered, so that the renames join them first.
    changes: dict[str, list[Migration]] = cast(Any, detector)._detect_changes(graph=graph)
    apps = {app.name for app in current.apps}
    changes = {app: planned for app, planned in changes.items() if app in apps}
    for app, operations in renames.items():
        planned = changes.setdefault(app, [])
        if not planned:
            planned.append(Migration("auto_1", app))
        cast(list[Operation], planned[0].operations)[:0] = operations  # a list per instance
    changes = detector.arrange_for_graph(changes, graph)
    written = []
    for app in sorted(changes):
        for migration in changes[app]:
            _write_fields_alike(migration, after)
            source = MigrationWriter(migration, include_header=False).as_string()
            described = tuple(operation.describe() for operation in migration.operations)
            written.append(NextMigration(app, migration.name, source, described))
    return written
