"""Commands, queries and events: which entities have them, and the names and imports of what
CQRS generates for each.

An entity named by `features.cqrs` (every concrete entity when it is `true`) gets the queries
`Get<E>` and `List<E>`, whose handlers load what the entity's detail and list show (the query
plans of `lowering.queries`), and, unless it is the user model (whose API never writes), the
commands `Create<E>`, `Update<E>` and `Delete<E>` with the events `<E>Created`, `<E>Updated`
and `<E>Deleted` their handlers publish.
"""

from __future__ import annotations

from dataclasses import dataclass

from djgen.lowering.imports import Import, Imports
from djgen.lowering.names import app_import
from djgen.lowering.queries import QueryPlan, detail_plan, key_type, list_plan
from djgen.model import Entity, Project
from djgen.vocabulary import PkType

CORE = "apps.core.cqrs"
UUID = Import("uuid", "UUID")
# What an event-sourced entity's handlers append and publish their events with.
RECORD = Import("apps.core.events.store", "record")
# What the API modules name of the core package.
COMMAND_SERIALIZER = Import(f"{CORE}.api", "CommandSerializerMixin")
COMMAND_QUERY_VIEWSET = Import(f"{CORE}.api", "CommandQueryViewSetMixin")
# Celery runs the asynchronous subscribers: a runtime dependency of a CQRS project only.
CELERY = "celery[redis]>=5.4,<6"


def chooses(chosen: bool | tuple[str, ...], *names: str) -> bool:
    """Whether a feature's choice (`true`, or entity names) takes the entity `names` stand
    for: its own name, and its `lineage` where naming a parent takes the children too (event
    sourcing)."""
    return chosen if isinstance(chosen, bool) else any(name in chosen for name in names)


def lineage(project: Project, entity: Entity) -> tuple[str, ...]:
    """The entity's name and its ancestors', nearest first."""
    found = [entity.name]
    while (parent := project.entity(found[-1]).parent) is not None:
        found.append(parent)
    return tuple(found)


def cqrs_entities(project: Project) -> tuple[Entity, ...]:
    """The concrete entities whose API goes through commands and queries, in project order:
    those `features.cqrs` names, and those it implies, the event-sourced ones and the streamed
    ones (their sockets carry the events the commands publish)."""
    return tuple(e for e in project.concrete_entities if _takes(project, e))


def _takes(project: Project, entity: Entity) -> bool:
    """Whether CQRS takes a concrete entity."""
    f = project.features
    return chooses(f.cqrs, entity.name) or (
        not entity.is_user
        and (
            chooses(f.event_sourcing, *lineage(project, entity))
            or chooses(f.websockets, entity.name)
        )
    )


def enabled(project: Project) -> bool:
    return bool(cqrs_entities(project))


def is_cqrs(project: Project, entity: Entity) -> bool:
    """Whether the entity is one of `cqrs_entities`, without listing them (asked per entity)."""
    own = project.entity(entity.name)
    return not own.abstract and _takes(project, own)


@dataclass(frozen=True)
class Cqrs:
    """What CQRS generates for one entity."""

    entity: Entity
    writes: bool  # commands and events; the user model's API only reads
    sourced: bool  # its handlers append their events to the event store (event sourcing)
    key: str  # the annotation of the row's key in commands: `int`, `UUID` or `str`
    list_plan: QueryPlan
    detail_plan: QueryPlan

    @property
    def name(self) -> str:
        return self.entity.name

    @property
    def create(self) -> str:
        return f"Create{self.name}"

    @property
    def update(self) -> str:
        return f"Update{self.name}"

    @property
    def delete(self) -> str:
        return f"Delete{self.name}"

    @property
    def get(self) -> str:
        return f"Get{self.name}"

    @property
    def list(self) -> str:
        return f"List{self.name}"

    @property
    def created(self) -> str:
        return f"{self.name}Created"

    @property
    def updated(self) -> str:
        return f"{self.name}Updated"

    @property
    def deleted(self) -> str:
        return f"{self.name}Deleted"

    @property
    def commands(self) -> tuple[str, ...]:
        return (self.create, self.update, self.delete) if self.writes else ()

    @property
    def queries(self) -> tuple[str, str]:
        return (self.get, self.list)

    @property
    def events(self) -> tuple[str, ...]:
        return (self.created, self.updated, self.deleted) if self.writes else ()

    @property
    def list_rows(self) -> str:
        """What the list handler answers, as source: the query's rows with the list's plan."""
        return self.list_plan.applied("query.rows")

    @property
    def detail_rows(self) -> str:
        return self.detail_plan.applied("query.rows")


# How commands and queries annotate a row's key, by the kind of key.
KEY_ANNOTATIONS = {PkType.BIG_AUTO: "int", PkType.UUID: "UUID", PkType.TEXT: "str"}


def cqrs(project: Project, entity: Entity) -> Cqrs:
    return Cqrs(
        entity=entity,
        writes=not entity.is_user,
        sourced=not entity.is_user
        and chooses(project.features.event_sourcing, *lineage(project, entity)),
        key=KEY_ANNOTATIONS[key_type(project, entity)],
        list_plan=list_plan(project, entity),
        detail_plan=detail_plan(project, entity),
    )


def app_cqrs(project: Project, app: str) -> list[Cqrs]:
    return [cqrs(project, e) for e in cqrs_entities(project) if e.app == app]


def commands_imports(items: list[Cqrs]) -> Imports:
    imports = Imports(Import("dataclasses", "dataclass"), Import(CORE, "Command"))
    if any(c.writes for c in items):
        imports.add(Import(CORE, "Data"))
    if any(c.writes and c.key == "UUID" for c in items):
        imports.add(UUID)
    return imports


def queries_imports(app: str, items: list[Cqrs]) -> Imports:
    imports = Imports(
        Import("dataclasses", "dataclass"),
        Import("dataclasses", "field"),
        Import("django.db.models", "QuerySet"),
        Import(CORE, "Query"),
    )
    imports.add(*(app_import(app, "models", c.name, from_app=app) for c in items))
    if any(c.key == "UUID" for c in items):
        imports.add(UUID)
    return imports


def events_imports(items: list[Cqrs]) -> Imports:
    imports = Imports(Import("dataclasses", "dataclass"))
    imports.add(*(Import(CORE, base) for base in ("Created", "Updated", "Deleted")))
    return imports


def handlers_imports(app: str, items: list[Cqrs]) -> Imports:
    """The models, messages and plans the app's handlers name, and the row helpers."""
    imports = Imports(
        Import("django.db.models", "QuerySet"), Import(CORE, "handles"), Import(CORE, "rows")
    )
    for c in items:
        imports.add(app_import(app, "models", c.name, from_app=app))
        imports.update(c.list_plan.imports(app), c.detail_plan.imports(app))
        imports.add(*(app_import(app, "queries", name, from_app=app) for name in c.queries))
        imports.add(*(app_import(app, "commands", name, from_app=app) for name in c.commands))
        imports.add(*(app_import(app, "events", name, from_app=app) for name in c.events))
        if c.writes:
            imports.add(RECORD if c.sourced else Import(CORE, "publish"))
    return imports


def sample(project: Project) -> Cqrs | None:
    """An entity the shared CQRS tests write through commands: the first that has them, one
    without an owner if there is one (its commands need no user)."""
    writable = [cqrs(project, e) for e in cqrs_entities(project) if not e.is_user]
    unowned = [c for c in writable if c.entity.owner is None]
    return next(iter(unowned or writable), None)
