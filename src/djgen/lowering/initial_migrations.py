"""Every app's initial migrations, as Django `Migration` objects built from the tables.

`makemigrations` takes many seconds on a large model and grows faster than linearly, so the
operations are planned here with Django's own pieces instead: each table becomes a
`CreateModel`, and columns that cannot be created with it become `AddField`s.

Operations are ordered the way the autodetector orders them: a model is created after the
models its keys point at; a cycle inside an app is cut by adding the closing field after the
models exist; a cycle between apps moves the closing fields into a second migration of the app
that holds them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.migrations import AddConstraint, AddField, AddIndex, CreateModel, Migration
from django.db.migrations.operations.base import Operation

from djgen.lowering.dependency_order import dependency_order
from djgen.lowering.tables import STRENGTHS, Column, Table, Tables, as_field, setup_django
from djgen.model import Project

INITIAL = "0001_initial"
SECOND = "0002_initial"  # the autodetector names every migration of a new app "initial"
# The user model's groups and permissions point into auth: depend on its latest migration.
AUTH_LEAF = ("auth", "0012_alter_user_first_name_max_length")
SWAPPABLE_USER = ("__setting__", "AUTH_USER_MODEL")


@dataclass
class _Draft:
    """One app's first migration while its models are placed, and what spills into a second.

    `deferred` names the (entity, column) pairs that wait for a later app: a cycle between
    apps."""

    deferred: set[tuple[str, str]]
    second: list[Operation]
    dependencies: set[tuple[str, str]]
    creates: list[CreateModel] = field(default_factory=list)
    added: list[tuple[Table, Column]] = field(default_factory=list)
    after_first: list[Operation] = field(default_factory=list)
    created: set[str] = field(default_factory=set)


class Planner:
    """Places every column into a CreateModel or an AddField of the right migration."""

    def __init__(self, project: Project) -> None:
        self.project = project
        build = Tables(project)
        self.tables = {e.name: build.table(e) for e in project.concrete_entities}
        self.app_of = {e.name: e.app for e in project.entities}
        app_names = [app.name for app in project.apps]
        needs: dict[str, list[set[str]]] = {app: [set() for _ in STRENGTHS] for app in app_names}
        for table in self.tables.values():
            for column in table.columns:
                for target in self._foreign(table, column):
                    needs[table.entity.app][column.strength].add(self.app_of[target])
        order = dependency_order(app_names, needs)
        self.position = {app: i for i, app in enumerate(order)}

    def _foreign(self, table: Table, column: Column) -> list[str]:
        """The column's targets in other apps."""
        return [t for t in column.targets if self.app_of[t] != table.entity.app]

    def _waits(self, table: Table, column: Column) -> bool:
        """Whether the column points into an app that comes later: a cycle between apps."""
        here = self.position[table.entity.app]
        return any(self.position[self.app_of[t]] > here for t in column.targets)

    def _dependency(self, target: str) -> tuple[str, str]:
        if target == self.project.user_model:
            return SWAPPABLE_USER
        return (self.app_of[target], INITIAL)

    def migrations(self, app: str) -> list[Migration]:
        """The app's initial migration, and a second one where a cycle between apps needs it."""
        # The autodetector visits new models by name; so do we, for the same order.
        tables = sorted(
            (self.tables[e.name] for e in self.project.app_entities(app) if not e.abstract),
            key=lambda table: table.model_name,
        )
        if not tables:
            return []
        later = [(t, c) for t in tables for c in t.columns if self._waits(t, c)]
        draft = _Draft(
            deferred={(t.entity.name, c.name) for t, c in later},
            second=list(_add_fields(later)),
            dependencies={AUTH_LEAF} if app == self.project.user.app else set(),
        )
        now = {
            t.entity.name: [c for c in t.columns if (t.entity.name, c.name) not in draft.deferred]
            for t in tables
        }
        for table in self._creation_order(now):
            draft.creates.append(self._create(app, table, now[table.entity.name], draft))
        first = [*draft.creates, *_add_fields(draft.added), *draft.after_first]
        planned = [_migration(app, INITIAL, first, draft.dependencies)]
        if draft.second:
            dependencies = {(app, INITIAL)}
            for table, column in later:
                dependencies.update(self._dependency(t) for t in self._foreign(table, column))
            planned.append(_migration(app, SECOND, draft.second, dependencies))
        return planned

    def _creation_order(self, now: dict[str, list[Column]]) -> list[Table]:
        """The app's tables, each after the tables its columns need, strongest needs first."""
        needs = {
            name: [{t for c in columns if c.strength == s for t in c.targets} for s in STRENGTHS]
            for name, columns in now.items()
        }
        return [self.tables[name] for name in dependency_order(list(now), needs)]

    def _create(self, app: str, table: Table, columns: list[Column], draft: _Draft) -> CreateModel:
        """The table's CreateModel with the columns whose targets exist already; the others
        are added after the app's models, as the autodetector does."""
        fields = []
        for column in columns:
            draft.dependencies.update(self._dependency(t) for t in self._foreign(table, column))
            if all(t in draft.created or self.app_of[t] != app for t in column.targets):
                fields.append((column.name, as_field(column.written)))
            else:
                draft.added.append((table, column))
        draft.created.add(table.entity.name)
        # Indexes and constraints go into the CreateModel unless a field they cover comes
        # later; then they follow it, where the optimizer would leave them.
        options = dict(table.options)
        present = {name for name, _ in fields}
        for option, item, operation in _indexes_and_constraints(table):
            covered = {name.removeprefix("-") for name in getattr(item, "fields", ())}
            if covered <= present:
                options.setdefault(option, []).append(item)
            elif any((table.entity.name, name) in draft.deferred for name in covered):
                draft.second.append(operation)
            else:
                draft.after_first.append(operation)
        return CreateModel(
            name=table.entity.name,
            fields=fields,
            options=options,
            bases=table.bases or None,
            managers=list(table.managers),
        )


def _indexes_and_constraints(table: Table) -> list[tuple[str, Any, Operation]]:
    """Meta's indexes and constraints: the option, the object, and the operation adding it."""
    return [
        *(("indexes", index, AddIndex(table.model_name, index)) for index in table.indexes),
        *(
            ("constraints", constraint, AddConstraint(table.model_name, constraint))
            for constraint in table.constraints
        ),
    ]


def _add_fields(columns: list[tuple[Table, Column]]) -> list[AddField]:
    return [
        AddField(model_name=table.model_name, name=column.name, field=as_field(column.written))
        for table, column in columns
    ]


def _migration(
    app: str, name: str, operations: list[Any], dependencies: set[tuple[str, str]]
) -> Migration:
    """A migration as a migration file declares one: a subclass with class attributes."""
    declared = {"initial": True, "dependencies": sorted(dependencies), "operations": operations}
    migration_class: type[Migration] = type("Migration", (Migration,), declared)
    return migration_class(name, app)


_last_plan: list[tuple[Project, dict[str, list[Migration]]]] = []  # the last project's plan


def plan(project: Project) -> dict[str, list[Migration]]:
    """Every app's initial migrations, in order, by app name. Planned once per project: the
    migrations generator writes them, and the features' migrations ask for their names."""
    if not _last_plan or _last_plan[0][0] is not project:
        setup_django()
        planner = Planner(project)
        planned = {app.name: planner.migrations(app.name) for app in project.apps}
        _last_plan[:] = [(project, planned)]
    return _last_plan[0][1]


def migration_names(project: Project, app: str) -> list[str]:
    """The names of an app's generated migrations, in order, for migrations that follow them."""
    return [migration.name for migration in plan(project)[app]]
