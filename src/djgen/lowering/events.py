"""Event sourcing: which entities keep their history in the event store, and the names of
what it generates for each.

An entity named by `features.event_sourcing` (every concrete entity when it is `true`), or
extending an entity it names, is event-sourced unless it is the user model, whose API never
writes: its command handlers append their domain events to the store in the transaction that
changes the row (`Cqrs.sourced`). Event sourcing implies CQRS for those entities.
"""

from __future__ import annotations

from djgen.lowering.cqrs import Cqrs, cqrs, cqrs_entities
from djgen.lowering.imports import Import
from djgen.model import Project

CORE = "apps.core.events"
VIEWSET_MIXIN = Import(f"{CORE}.api", "EventSourcedViewSetMixin")


def sourced(project: Project) -> list[Cqrs]:
    """The event-sourced entities' commands and events, in project order."""
    return [c for c in (cqrs(project, e) for e in cqrs_entities(project)) if c.sourced]


def enabled(project: Project) -> bool:
    return bool(sourced(project))


def app_sourced(project: Project, app: str) -> list[Cqrs]:
    return [c for c in sourced(project) if c.entity.app == app]


def stream_type(c: Cqrs) -> str:
    """The model label the store files the entity's streams under: `catalog.Product`."""
    return f"{c.entity.app}.{c.entity.name}"
