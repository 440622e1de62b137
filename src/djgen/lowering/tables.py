"""The tables the migrations create: each concrete entity's columns as live Django fields.

The declarations of `fields.py` and the `Meta` options of `meta.py` are built into real Django
objects from their lowered values, as the models module declares them; each distinct field is
also written once as Django's migration writer writes it. The migration plan places these
columns into operations.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, cast

from django.apps import apps
from django.conf import SettingsReference, settings
from django.db import models
from django.db.migrations.serializer import BaseSerializer, DeconstructableSerializer
from django.db.migrations.writer import MigrationWriter
from django.db.models.options import DEFAULT_NAMES

from djgen.lowering.fields import MODELS, field_decl, pk_decl, relation_decl
from djgen.lowering.meta import meta_options
from djgen.lowering.values import Call, live
from djgen.model import Entity, Field, Project, Relation
from djgen.vocabulary import RelationKind

# How strongly a column needs its targets: a parent link cannot wait, a key can be added
# after its table, and a many-to-many is the first to defer.
PARENT, KEY, MANY = 0, 1, 2
STRENGTHS = (PARENT, KEY, MANY)
# Django's automatic key, as the AppConfig's default_auto_field makes it.
AUTO_KEY = MODELS.dot("BigAutoField")(
    auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
)

_lock = threading.Lock()


@dataclass(frozen=True)
class Written:
    """A field already written as migration source, with the imports that source needs.

    Entities share most declarations, so each distinct one is serialized once per project.
    """

    source: str
    imports: frozenset[str]


def as_field(written: Written) -> models.Field[Any, Any]:
    """A written field where an operation takes a field: the writer prints its source."""
    return cast("models.Field[Any, Any]", written)


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


def setup_django() -> None:
    """Set Django up once in this process, without a settings module or any environment:
    the auth app must be loaded for AbstractUser's fields to be read."""
    with _lock:
        if not settings.configured:
            settings.configure(
                INSTALLED_APPS=["django.contrib.auth", "django.contrib.contenttypes"]
            )
        if not apps.ready:
            # Only the app registry: django.setup() would also configure logging and URL
            # prefixes, importing mail, views and templates this process never uses.
            apps.populate(settings.INSTALLED_APPS)
        MigrationWriter.register_serializer(Written, WrittenSerializer)


def write(field: models.Field[Any, Any], *, to_user: bool = False) -> Written:
    """The field as makemigrations writes it.

    A relation to the user model is written `to=settings.AUTH_USER_MODEL`, as Django does for
    a swapped user model; this process has no such setting (it builds many projects), so the
    reference is put in here.
    """
    _, path, args, kwargs = field.deconstruct()
    if to_user:
        kwargs["to"] = SettingsReference(kwargs["to"], "AUTH_USER_MODEL")
    source, imports = DeconstructableSerializer.serialize_deconstructed(path, list(args), kwargs)
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


def _per_table(decl: Call) -> bool:
    """Whether the field depends on the table it lands in: a self-reference, or a templated
    related_name."""
    related_name = decl.kwarg("related_name")
    return "self" in decl.args or (isinstance(related_name, str) and "%(" in related_name)


class Tables:
    """Builds each concrete entity's table from the declarations the models module prints."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.cache: dict[tuple[Call, str], tuple[models.Field[Any, Any], Written]] = {}

    def table(self, entity: Entity) -> Table:
        from django.contrib.auth.models import AbstractUser, UserManager  # needs Django set up

        chain, parent = _table_chain(self.project, entity)
        declared: list[tuple[Entity, Field | Relation]] = [
            (model, field) for model in reversed(chain) for field in model.fields
        ]
        declared += [(entity, rel) for rel in self.project.declared_relations(entity)]
        text_key = any(f.primary_key for model in chain for f in model.fields)
        columns = [] if text_key and parent is None else [self.key(chain, parent)]
        managers: tuple[tuple[str, models.Manager[Any]], ...] = ()
        if entity.is_user:
            own = {item.name for _, item in declared}
            user_meta = AbstractUser._meta
            columns += [
                Column(field.name, field, write(field))
                for field in (*user_meta.local_fields, *user_meta.local_many_to_many)
                if field.name not in own
            ]
        if entity.is_user or _extends_user(self.project, entity):
            managers = (("objects", UserManager()),)  # its migration keeps the user manager
        columns += [self.column(entity, model, item) for model, item in declared]
        # The autodetector adds relations after the other fields, sorted by name.
        columns.sort(key=_position)
        meta = {name: live(value) for name, value in meta_options(self.project, entity)}
        indexes = tuple(meta.pop("indexes", ()))
        constraints = tuple(meta.pop("constraints", ()))
        options = {name: meta[name] for name in DEFAULT_NAMES if name in meta}
        bases = (label(parent).lower(),) if parent is not None else ()
        return Table(entity, tuple(columns), options, bases, managers, indexes, constraints)

    def key(self, chain: list[Entity], parent: Entity | None) -> Column:
        """The primary key unless it is a text field: the link to a concrete parent, a
        declared UUID, or Django's default, the automatic BigAutoField `id`."""
        if parent is not None:
            link: models.Field[Any, Any] = models.OneToOneField(
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
        key, written = self._field(decl or AUTO_KEY, primary_key=True)
        return Column("id", key, written)

    def column(self, entity: Entity, model: Entity, item: Field | Relation) -> Column:
        """A field as `model` declares it, on the table of `entity` (itself or a child)."""
        if isinstance(item, Field):
            decl = field_decl(self.project, model, item)
            return Column(item.name, *self._field(decl, primary_key=item.primary_key))
        decl = relation_decl(self.project, model, item)
        field, written = self._field(
            decl,
            label(entity) if _per_table(decl) else "",
            table=entity,
            to_user=item.target == self.project.user_model,
        )
        targets = {item.target} if item.through is None else {item.target, item.through}
        strength = MANY if item.kind is RelationKind.MANY_TO_MANY else KEY
        return Column(item.name, field, written, frozenset(targets - {entity.name}), strength)

    def _field(
        self,
        decl: Call,
        context: str = "",
        *,
        table: Entity | None = None,
        primary_key: bool = False,
        to_user: bool = False,
    ) -> tuple[models.Field[Any, Any], Written]:
        """The field a declaration makes once it joins a concrete model, and how it is written;
        built once per declaration and table-dependent context."""
        found = self.cache.get((decl, context))
        if found is None:
            field = live(decl)
            if primary_key:
                field.serialize = False  # as Django's Options.setup_pk does
            if table is not None:
                _contribute(field.remote_field, table)
            found = self.cache[decl, context] = (field, write(field, to_user=to_user))
        return found


def _contribute(remote: Any, table: Entity) -> None:
    """What Django does to a relation when it joins a concrete model's class."""
    if remote.model == "self":
        remote.model = label(table)
    if remote.related_name and "%(" in remote.related_name:
        name = table.name.lower()
        remote.related_name %= {"class": name, "model_name": name, "app_label": table.app}


def _extends_user(project: Project, entity: Entity) -> bool:
    """Whether a concrete ancestor is the user model: its children inherit `UserManager`."""
    parent = project.concrete_parent(entity)
    while parent is not None:
        if parent.is_user:
            return True
        parent = project.concrete_parent(parent)
    return False
