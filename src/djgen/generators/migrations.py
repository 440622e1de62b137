"""Every app's initial migrations, emitted from the domain model.

`makemigrations` takes many seconds on a large model and grows faster than linearly, so the
migrations are built here with Django's own pieces instead: the declarations of `fields.py` and
the Meta options of `meta.py` are evaluated into real Django objects, put into `CreateModel` and
`AddField` operations, and printed by Django's `MigrationWriter`. The models template prints the
very same declarations, so `makemigrations --check` in the generated project finds no changes.

Operations are ordered the way the autodetector orders them: a model is created after the
models its keys point at; a cycle inside an app is cut by adding the closing field after the
models exist; a cycle between apps moves the closing fields into a second migration of the app
that holds them.
"""

from __future__ import annotations

import datetime
import functools
import heapq
import threading
import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import CodeType, SimpleNamespace
from typing import Any

import django
from django.apps import apps
from django.conf import SettingsReference, settings
from django.core import validators
from django.db import migrations, models
from django.db.migrations.operations.base import Operation
from django.db.migrations.serializer import BaseSerializer, DeconstructableSerializer
from django.db.migrations.writer import MigrationWriter
from django.db.models.options import DEFAULT_NAMES
from django.utils import timezone

from djgen.lowering.fields import field_decl, pk_decl, relation_decl
from djgen.lowering.meta import meta_options
from djgen.model import Entity, Field, Project, Relation, RelationKind

INITIAL = "0001_initial"
SECOND = "0002_initial"  # the autodetector names every migration of a new app "initial"
# The user model's groups and permissions point into auth: depend on its latest migration.
AUTH_LEAF = ("auth", "0012_alter_user_first_name_max_length")
SWAPPABLE_USER = ("__setting__", "AUTH_USER_MODEL")

# How strongly a column needs its targets: a parent link cannot wait, a key can be added
# after its table, and a many-to-many is the first to defer.
PARENT, KEY, MANY = 0, 1, 2
STRENGTHS = (PARENT, KEY, MANY)
# Django's automatic key, as the AppConfig's default_auto_field makes it.
AUTO_KEY = (
    'models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")'
)

_lock = threading.Lock()


@dataclass(frozen=True)
class Written:
    """A field already written as migration source, with the imports that source needs.

    Entities share most declarations, so each distinct one is serialized once per project.
    """

    source: str
    imports: frozenset[str]


class WrittenSerializer(BaseSerializer):
    def serialize(self) -> tuple[str, set[str]]:
        return self.value.source, set(self.value.imports)


@dataclass(frozen=True)
class Column:
    """A field of a table and the entities that must exist before it can be created."""

    name: str
    field: models.Field[Any, Any]
    written: Written
    targets: frozenset[str] = frozenset()
    strength: int = KEY


@dataclass(frozen=True)
class Table:
    """One concrete entity's table: what its `CreateModel`, `AddIndex` and `AddConstraint`
    operations say, before the columns are placed."""

    entity: Entity
    columns: tuple[Column, ...]
    options: dict[str, Any]
    bases: tuple[str, ...]
    managers: tuple[tuple[str, models.Manager[Any]], ...]
    indexes: tuple[models.Index, ...]
    constraints: tuple[models.BaseConstraint, ...]

    @property
    def model_name(self) -> str:
        return self.entity.name.lower()


def _django() -> None:
    """Set Django up once in this process, without a settings module or any environment:
    the auth app must be loaded for AbstractUser's fields to be read."""
    with _lock:
        if not settings.configured:
            settings.configure(
                INSTALLED_APPS=["django.contrib.auth", "django.contrib.contenttypes"]
            )
        if not apps.ready:
            django.setup()
        MigrationWriter.register_serializer(Written, WrittenSerializer)


@functools.lru_cache(maxsize=4096)
def _compiled(source: str) -> CodeType:
    return compile(source, "<djgen declaration>", "eval")


class Evaluator:
    """Evaluates generated declaration source with the names a models module imports.

    Enumerations become real TextChoices built from the domain model, so `choices=` and enum
    defaults deconstruct to the values the generated choices modules define.
    """

    def __init__(self, project: Project) -> None:
        self.namespace: dict[str, Any] = {
            "models": models,
            "validators": validators,
            "Decimal": Decimal,
            "timezone": timezone,
            "datetime": datetime,
            "uuid": uuid,
            "settings": SimpleNamespace(AUTH_USER_MODEL=label(project.user)),
        }
        for enum in project.enums:
            members = [(m.name, (m.value, m.label)) for m in enum.members]
            self.namespace[enum.name] = models.TextChoices(enum.name, members)

    def __call__(self, source: str) -> Any:
        return eval(_compiled(source), self.namespace)  # our own declarations, never input


def write(field: models.Field[Any, Any], *, to_user: bool = False) -> Written:
    """The field as makemigrations writes it.

    A relation to the user model is written `to=settings.AUTH_USER_MODEL`, as Django does for
    a swapped user model; this process has no such setting (it builds many projects), so the
    reference is put in here.
    """
    _, path, args, kwargs = field.deconstruct()
    if to_user:
        kwargs["to"] = SettingsReference(kwargs["to"], "AUTH_USER_MODEL")
    source, imports = DeconstructableSerializer.serialize_deconstructed(path, args, kwargs)
    return Written(source, frozenset(imports))


def label(entity: Entity) -> str:
    return f"{entity.app}.{entity.name}"


def _table_chain(project: Project, entity: Entity) -> tuple[list[Entity], Entity | None]:
    """The entity and its abstract ancestors, whose fields share its table (root last), and
    its concrete parent, if it has one."""
    chain = [entity]
    while chain[-1].parent is not None:
        parent = project.entity(chain[-1].parent)
        if not parent.abstract:
            return chain, parent
        chain.append(parent)
    return chain, None


def _position(column: Column) -> tuple[int, str]:
    """Where makemigrations lists a field: the key first, then the other fields in declaration
    order, then the relations sorted by name (the autodetector adds them one by one)."""
    if column.field.primary_key:
        return (0, "")
    if column.field.is_relation:
        return (2, column.name)
    return (1, "")


class Tables:
    """Builds each concrete entity's table from the declarations the models module prints."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.evaluate = Evaluator(project)
        self.cache: dict[tuple[str, str], tuple[models.Field[Any, Any], Written]] = {}

    def table(self, entity: Entity) -> Table:
        from django.contrib.auth.models import AbstractUser, UserManager  # needs Django set up

        chain, parent = _table_chain(self.project, entity)
        declared: list[tuple[Entity, Field | Relation]] = [
            (model, field) for model in reversed(chain) for field in model.fields
        ]
        declared += [(entity, rel) for rel in self.project.declared_relations(entity)]
        columns = [self.key(chain, parent)]
        managers: tuple[tuple[str, models.Manager[Any]], ...] = ()
        if entity.is_user:
            own = {item.name for _, item in declared}
            user_meta = AbstractUser._meta
            columns += [
                Column(field.name, field, write(field))
                for field in (*user_meta.local_fields, *user_meta.local_many_to_many)
                if field.name not in own
            ]
            managers = (("objects", UserManager()),)
        columns += [self.column(entity, model, item) for model, item in declared]
        # The autodetector adds relations after the other fields, sorted by name.
        columns.sort(key=_position)
        meta = {name: self.evaluate(source) for name, source in meta_options(self.project, entity)}
        indexes = tuple(meta.pop("indexes", ()))
        constraints = tuple(meta.pop("constraints", ()))
        options = {name: meta[name] for name in DEFAULT_NAMES if name in meta}
        bases = (label(parent).lower(),) if parent is not None else ()
        return Table(entity, tuple(columns), options, bases, managers, indexes, constraints)

    def key(self, chain: list[Entity], parent: Entity | None) -> Column:
        """The primary key: the link to a concrete parent, a declared UUID, or Django's
        default, the automatic BigAutoField `id`."""
        if parent is not None:
            link = models.OneToOneField(
                label(parent),
                on_delete=models.CASCADE,
                parent_link=True,
                auto_created=True,
                primary_key=True,
                serialize=False,
            )
            name = f"{parent.name.lower()}_ptr"
            return Column(name, link, write(link), frozenset({parent.name}), PARENT)
        decl = next(filter(None, (pk_decl(self.project, model) for model in chain)), None)
        source = decl.source() if decl is not None else AUTO_KEY
        key, written = self._field(source, "key", primary_key=True)
        return Column("id", key, written)

    def column(self, entity: Entity, model: Entity, item: Field | Relation) -> Column:
        """A field as `model` declares it, on the table of `entity` (itself or a child)."""
        if isinstance(item, Field):
            source = field_decl(self.project, model, item).source()
            return Column(item.name, *self._field(source))
        source = relation_decl(self.project, model, item).source()
        # A self-reference and a templated related_name depend on the table they land in.
        per_table = '"self"' in source or "%(" in source
        field, written = self._field(
            source,
            label(entity) if per_table else "",
            table=entity,
            to_user=item.target == self.project.user_model,
        )
        targets = {item.target} if item.through is None else {item.target, item.through}
        strength = MANY if item.kind is RelationKind.MANY_TO_MANY else KEY
        return Column(item.name, field, written, frozenset(targets - {entity.name}), strength)

    def _field(
        self,
        source: str,
        context: str = "",
        *,
        table: Entity | None = None,
        primary_key: bool = False,
        to_user: bool = False,
    ) -> tuple[models.Field[Any, Any], Written]:
        """The field a declaration makes once it joins a concrete model, and how it is written;
        evaluated once per declaration and table-dependent context."""
        found = self.cache.get((source, context))
        if found is None:
            field = self.evaluate(source)
            if primary_key:
                field.serialize = False  # as Django's Options.setup_pk does
            if table is not None:
                _contribute(field.remote_field, table)
            found = self.cache[source, context] = (field, write(field, to_user=to_user))
        return found


def _contribute(remote: Any, table: Entity) -> None:
    """What Django does to a relation when it joins a concrete model's class."""
    if remote.model == "self":
        remote.model = label(table)
    if remote.related_name and "%(" in remote.related_name:
        name = table.name.lower()
        remote.related_name %= {"class": name, "model_name": name, "app_label": table.app}


def dependency_order(nodes: Sequence[str], needs: Mapping[str, Sequence[set[str]]]) -> list[str]:
    """`nodes`, each after what it needs, in the given order where nothing says otherwise.

    `needs[node]` lists what the node needs by strength, strongest first. Where a cycle leaves
    no node ready, the first node whose strongest needs are met goes next and the weakest of
    its unmet needs are cut: the caller adds the fields behind them once their targets exist.
    """
    index = {node: i for i, node in enumerate(nodes)}
    waiting = {
        node: [{n for n in level if n in index and n != node} for level in needs[node]]
        for node in nodes
    }
    dependents: dict[str, list[str]] = defaultdict(list)
    for node, levels in waiting.items():
        for level in levels:
            for needed in level:
                dependents[needed].append(node)
    ready = [index[node] for node in nodes if not any(waiting[node])]
    heapq.heapify(ready)
    placed: list[str] = []
    done: set[str] = set()
    while len(placed) < len(nodes):
        node = nodes[heapq.heappop(ready)] if ready else _cut(nodes, waiting, done)
        if node in done:
            continue
        done.add(node)
        placed.append(node)
        for dependent in dependents[node]:
            if dependent in done:
                continue
            for level in waiting[dependent]:
                level.discard(node)
            if not any(waiting[dependent]):
                heapq.heappush(ready, index[dependent])
    return placed


def _cut(nodes: Sequence[str], waiting: Mapping[str, list[set[str]]], done: set[str]) -> str:
    """The node that breaks a cycle: the first whose needs are met down to the weakest kind
    possible."""
    strengths = len(waiting[nodes[0]])
    for kept in range(strengths - 1, 0, -1):
        for node in nodes:
            if node not in done and not any(waiting[node][:kept]):
                return node
    raise ValueError(f"inheritance forms a cycle among {sorted(set(nodes) - done)}")


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

    def migrations(self, app: str) -> list[migrations.Migration]:
        """The app's initial migration, and a second one where a cycle between apps needs it."""
        # The autodetector visits new models by name; so do we, for the same order.
        tables = sorted(
            (self.tables[e.name] for e in self.project.app_entities(app) if not e.abstract),
            key=lambda table: table.model_name,
        )
        if not tables:
            return []
        later = [(t, c) for t in tables for c in t.columns if self._waits(t, c)]
        deferred = {(t.entity.name, c.name) for t, c in later}
        now = {
            t.entity.name: [c for c in t.columns if (t.entity.name, c.name) not in deferred]
            for t in tables
        }
        needs = {
            name: [{t for c in columns if c.strength == s for t in c.targets} for s in STRENGTHS]
            for name, columns in now.items()
        }
        order = [self.tables[name] for name in dependency_order(list(now), needs)]
        creates: list[migrations.CreateModel] = []
        added: list[tuple[Table, Column]] = []
        dependencies: set[tuple[str, str]] = {AUTH_LEAF} if app == self.project.user.app else set()
        created: set[str] = set()
        after_first: list[Any] = []
        second: list[Any] = _add_fields(later)
        for table in order:
            fields = []
            for column in now[table.entity.name]:
                dependencies.update(self._dependency(t) for t in self._foreign(table, column))
                if all(t in created or self.app_of[t] != app for t in column.targets):
                    fields.append((column.name, column.written))
                else:
                    added.append((table, column))
            created.add(table.entity.name)
            # Indexes and constraints go into the CreateModel unless a field they cover comes
            # later; then they follow it, where the optimizer would leave them.
            options = dict(table.options)
            present = {name for name, _ in fields}
            for option, item, operation in _indexes_and_constraints(table):
                covered = {name.removeprefix("-") for name in getattr(item, "fields", ())}
                if covered <= present:
                    options.setdefault(option, []).append(item)
                elif any((table.entity.name, name) in deferred for name in covered):
                    second.append(operation)
                else:
                    after_first.append(operation)
            creates.append(
                migrations.CreateModel(
                    name=table.entity.name,
                    fields=fields,
                    options=options,
                    bases=table.bases or None,
                    managers=list(table.managers),
                )
            )
        first: list[Any] = [*creates, *_add_fields(added), *after_first]
        planned = [_migration(app, INITIAL, first, dependencies)]
        if second:
            dependencies = {(app, INITIAL)}
            for table, column in later:
                dependencies.update(self._dependency(t) for t in self._foreign(table, column))
            planned.append(_migration(app, SECOND, second, dependencies))
        return planned


def _indexes_and_constraints(table: Table) -> list[tuple[str, Any, Operation]]:
    """Meta's indexes and constraints: the option, the object, and the operation adding it."""
    return [
        *(
            ("indexes", index, migrations.AddIndex(table.model_name, index))
            for index in table.indexes
        ),
        *(
            ("constraints", constraint, migrations.AddConstraint(table.model_name, constraint))
            for constraint in table.constraints
        ),
    ]


def _add_fields(columns: list[tuple[Table, Column]]) -> list[migrations.AddField]:
    return [
        migrations.AddField(model_name=table.model_name, name=column.name, field=column.written)
        for table, column in columns
    ]


def _migration(
    app: str, name: str, operations: list[Any], dependencies: set[tuple[str, str]]
) -> migrations.Migration:
    migration = migrations.Migration(name, app)
    migration.initial = True
    migration.dependencies = sorted(dependencies)
    migration.operations = operations
    return migration


def generate(project: Project) -> dict[str, str]:
    """`apps/<app>/migrations/`: the package and its migrations, for every app."""
    files = {f"apps/{app.name}/migrations/__init__.py": "" for app in project.apps}
    _django()
    planner = Planner(project)
    for app in project.apps:
        for migration in planner.migrations(app.name):
            writer = MigrationWriter(migration, include_header=False)
            files[f"apps/{app.name}/migrations/{migration.name}.py"] = writer.as_string()
    return files


_last_plan: list[tuple[Project, dict[str, list[str]]]] = []  # the last project's names


def migration_names(project: Project, app: str) -> list[str]:
    """The names of an app's generated migrations, in order, for migrations that follow them.
    Planned once per project: several generators ask, app by app."""
    if not _last_plan or _last_plan[0][0] is not project:
        _django()
        planner = Planner(project)
        names = {a.name: [m.name for m in planner.migrations(a.name)] for a in project.apps}
        _last_plan[:] = [(project, names)]
    return list(_last_plan[0][1][app])
