"""WebSockets: which entities stream their changes, and the names and imports of what the
WebSockets generator writes for each.

An entity named by `features.websockets` (every concrete entity when it is `true`) streams
its domain events to the sockets of the users who may read its rows, unless it is the user
model, whose API never writes and so publishes nothing. WebSockets imply CQRS for the entities
they stream (`lowering.cqrs`): the events a stream carries are the ones its commands publish
after commit. Per-user notifications exist as soon as the feature is on.
"""

from __future__ import annotations

from dataclasses import dataclass

from djgen.lowering.cqrs import Cqrs, chooses, cqrs
from djgen.lowering.imports import Import, Imports
from djgen.lowering.names import app_import, list_serializer_class, viewset_class
from djgen.lowering.policy import access
from djgen.model import Entity, Project
from djgen.vocabulary import Auth

CORE = "apps.core.sockets"
# The runtime of a project with sockets: Channels, its Redis layer, and daphne, which runs
# sockets under `manage.py runserver` and which channels.testing needs.
CHANNELS = ("channels>=4.2,<5", "channels-redis>=4.2,<5", "daphne>=4.1,<5")
# What uvicorn speaks the WebSocket protocol with (its standard extra brings it too).
UVICORN_SOCKETS = "websockets>=14,<18"
# The tests talk to consumers from async tests; djgen's own end-to-end run uses a real client.
PYTEST_ASYNCIO = "pytest-asyncio>=1.0,<2"


def streamed_entities(project: Project) -> tuple[Entity, ...]:
    """The concrete entities whose changes stream over sockets, in project order."""
    chosen = project.features.websockets
    return tuple(e for e in project.concrete_entities if not e.is_user and chooses(chosen, e.name))


def enabled(project: Project) -> bool:
    """Whether the project serves sockets at all (notifications need no streamed entity)."""
    return bool(project.features.websockets)


@dataclass(frozen=True)
class Stream:
    """What the WebSockets generator writes for one entity."""

    entity: Entity
    commands: Cqrs  # the events the stream carries

    @property
    def name(self) -> str:
        return self.entity.name

    @property
    def constant(self) -> str:
        """The module-level name of the stream in its app's `streams.py`: `PURCHASE_ORDERS`."""
        return self.entity.plural.upper()

    @property
    def viewset(self) -> str:
        return viewset_class(self.entity)

    @property
    def sourced(self) -> bool:
        """Whether the event store numbers and replays its messages."""
        return self.commands.sourced


def stream(project: Project, entity: Entity) -> Stream:
    return Stream(entity=entity, commands=cqrs(project, entity))


def app_streams(project: Project, app: str) -> list[Stream]:
    return [stream(project, e) for e in streamed_entities(project) if e.app == app]


def streams_imports(app: str, items: list[Stream]) -> Imports:
    """What an app's `streams.py` names: the core's Stream, and each entity's model, viewset,
    list query, list serializer and events."""
    imports = Imports(Import(CORE, "Stream"))
    for s in items:
        e = s.entity
        imports.add(
            app_import(app, "models", e.name, from_app=app),
            app_import(app, "views", s.viewset, from_app=app),
            app_import(app, "queries", s.commands.list, from_app=app),
            app_import(app, "serializers", list_serializer_class(e), from_app=app),
            *(app_import(app, "events", name, from_app=app) for name in s.commands.events),
        )
    if any(s.sourced for s in items):
        imports.add(Import(f"{CORE}.history", "EVENT_STORE"))
    return imports


def replays_history(project: Project) -> bool:
    """Whether a streamed entity is event-sourced, and the sockets read the event store."""
    return any(stream(project, e).sourced for e in streamed_entities(project))


def routing_imports(project: Project) -> Imports:
    """What the sockets' routing names: Channels' wrappers, the consumers, each app's
    streams module."""
    imports = Imports(
        Import("channels.auth", "AuthMiddlewareStack"),
        Import("channels.routing", "URLRouter"),
        Import("channels.security.websocket", "AllowedHostsOriginValidator"),
        Import("channels.security.websocket", "OriginValidator"),
        Import("typing", "Any"),
        Import("django.urls", "path"),
        Import(f"{CORE}.consumers", "NotificationConsumer"),
        Import(f"{CORE}.consumers", "StreamConsumer"),
        Import(CORE, "Stream"),
    )
    if uses_jwt(project):
        imports.add(Import(f"{CORE}.auth", "TokenAuthMiddleware"))
    apps = streaming_apps(project)
    imports.add(*(Import(f"apps.{app}", "streams", f"{app}_streams") for app in apps))
    return imports


def streaming_apps(project: Project) -> list[str]:
    return [app.name for app in project.apps if app_streams(project, app.name)]


def uses_jwt(project: Project) -> bool:
    return project.features.auth is Auth.JWT


def sample(project: Project) -> Stream | None:
    """The stream the generated socket tests write through: the first one without an owner,
    else the first one (its rows are then written by their owners)."""
    items = [stream(project, e) for e in streamed_entities(project)]
    unowned = [s for s in items if s.entity.owner is None]
    return next(iter(unowned or items), None)


def owned_sample(project: Project) -> Stream | None:
    """A stream of rows that only their owners and staff read, and that a signed-in user
    creates (and so owns), for the tests that another user never hears of them; None when no
    streamed entity is such."""
    return next(
        (
            stream(project, e)
            for e in streamed_entities(project)
            if e.owner is not None and private_and_user_made(project, e)
        ),
        None,
    )


def private_and_user_made(project: Project, entity: Entity) -> bool:
    rules = access(project, entity)
    return rules.private and "create" in rules.user_writes
