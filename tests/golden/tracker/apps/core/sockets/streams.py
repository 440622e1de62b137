"""Entity streams: each domain event of a streamed entity, once its transaction commits,
becomes one message to the sockets whose users may read the row, numbered by the stream's log
(the recent-events buffer, or the event store for an event-sourced entity). Who may read is
the REST API's own answer: the stream asks the entity's viewset (`apps.core.sockets.access`),
so a socket never carries a row its user could not GET."""

import asyncio
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import connection
from django.db.models import Model
from rest_framework.serializers import BaseSerializer
from rest_framework.utils.encoders import JSONEncoder
from rest_framework.viewsets import GenericViewSet

from apps.core.cqrs import Created, Deleted, Event, Query, ask, rows, subscribe

from .groups import group_name
from .notifications import notify
from .recent import RECENT, Entry, Log

KINDS = {Created: "created", Deleted: "deleted"}  # any other event: "updated"


def kind_of(event_type: type[Event]) -> str:
    return next(
        (kind for base, kind in KINDS.items() if issubclass(event_type, base)),
        "updated",
    )


async def send_to_groups(groups: list[str], message: dict[str, Any]) -> None:
    """One trip to the event loop for every group: a write's request waits for it once."""
    layer = get_channel_layer()
    await asyncio.gather(*(layer.group_send(group, message) for group in groups))


def release_connection() -> None:
    """Give the write's pooled database connection back before the fan-out waits on the
    channel layer: a request holding it meanwhile starves the others of the pool. Not inside
    a transaction (an outer atomic block, a test's), nor without a pool, where the request's
    next query would open a new connection."""
    pooled = connection.settings_dict.get("OPTIONS", {}).get("pool")
    if pooled and not connection.in_atomic_block:
        connection.close()


def as_json(data: Any) -> Any:
    """The representation as the API writes it: decimals and dates as text, keys as JSON."""
    return json.loads(json.dumps(data, cls=JSONEncoder))


@dataclass(frozen=True)
class Stream:
    """The changes of one entity, served at `ws/<v>/<url>/`: `viewset` is its REST viewset
    (who may read which rows), `list_query` and `serializer` how its list reads and shows a
    row (its key under `key_name`), `events` the domain events its commands publish, `log`
    what numbers its messages and replays them."""

    entity: str
    url: str
    model: type[Model]
    key_name: str
    viewset: type[GenericViewSet]
    list_query: Callable[..., Query]
    serializer: type[BaseSerializer[Any]]
    events: tuple[type[Event], ...]
    log: Log = RECENT

    @property
    def label(self) -> str:
        return self.model._meta.label_lower

    @property
    def owner_field(self) -> str | None:
        """The lookup from a row to its owner, as the viewset declares it."""
        return getattr(self.viewset, "owner_field", None)

    @property
    def private(self) -> bool:
        """Whether users who are not staff read only the rows they own."""
        return self.owner_field is not None and (
            getattr(self.viewset, "owner_visibility", "owner") != "all"
        )

    def group(self, *parts: object) -> str:
        return group_name(self.label, *parts)

    def listen(self) -> None:
        for event_type in self.events:
            subscribe(event_type, self.broadcast)

    def since(self, position: int) -> list[Entry]:
        """The stream's entries after `position`, oldest first (TooOld: not all of them)."""
        return self.log.since(self, position)

    def representations(self, keys: Iterable[Any]) -> dict[str, dict[str, Any]]:
        """The rows of `keys` that still exist as the API lists them, by key as text."""
        found = ask(
            self.list_query(rows=self.model._default_manager.filter(pk__in=keys))
        )
        return {str(rows.key(row)): as_json(self.serializer(row).data) for row in found}

    def key_only(self, key: Any) -> dict[str, Any]:
        """What a message shows of a row its user no longer reads, or that is gone."""
        return {self.key_name: key}

    def removed(self, message: dict[str, Any]) -> dict[str, Any]:
        """The message an owner's sockets get when the row passed to another owner."""
        return {**message, "type": "removed", "data": self.key_only(message["id"])}

    def owners(self, keys: Iterable[Any]) -> dict[str, str]:
        """The key of the user who owns each row of `keys` that still exists (none for an
        entity without owners)."""
        if self.owner_field is None:
            return {}
        found = self.model._default_manager.filter(pk__in=keys)
        pairs = found.values_list("pk", self.owner_field)
        return {
            str(rows.json_value(pk)): str(owner)
            for pk, owner in pairs
            if owner is not None
        }

    def owner_in(self, values: dict[str, Any]) -> str | None:
        """The owner's key from a row's stored values (an event's), through its parent for
        a row owned through a key."""
        if self.owner_field is None:
            return None
        key, _, above = self.owner_field.partition("__")
        parent = values.get(key)
        if not above or parent is None:
            return None if parent is None else str(parent)
        related: Any = self.model._meta.get_field(key).related_model
        found = (
            related._default_manager.filter(pk=parent)
            .values_list(above, flat=True)
            .first()
        )
        return None if found is None else str(found)

    def previous_owner(self, changes: dict[str, Any], owner: str | None) -> str | None:
        """Who owned the row before `changes`, when they moved it to another owner."""
        key = (self.owner_field or "").partition("__")[0]
        if key not in changes:
            return None
        previous = self.owner_in({key: changes[key]["old"]})
        return None if previous == owner else previous

    def entry(self, event: Event) -> Entry | None:
        """The event as this stream tells it, not yet numbered; None for a row deleted
        since (its deletion follows)."""
        key = getattr(event, "id", None)
        kind = kind_of(type(event))
        owner = left = None
        if kind == "deleted":
            data: dict[str, Any] | None = self.key_only(key)
            owner = self.owner_in(getattr(event, "data", {}))
        else:
            data = self.representations([key]).get(str(key))
            owner = self.owners([key]).get(str(key))
            left = self.previous_owner(getattr(event, "changes", {}), owner)
        if data is None:
            return None
        message = {"type": kind, "entity": self.entity, "id": key, "data": data}
        return Entry(
            self.label, str(key), owner, {**message, "at": event.occurred_at}, left
        )

    def broadcast(self, event: Event) -> None:
        """Send the event's message to the stream's readers, the row's readers, its owner's
        (and its previous owner's, told it left their view) and, when someone else changed
        it, a notification to the row's owner."""
        found = self.entry(event)
        if found is None:
            return
        entry = self.log.number(self, event, found)
        groups = [self.group(), self.group("row", entry.row)]
        if self.private:
            groups += [self.group("owner", o) for o in (entry.owner, entry.left) if o]
        message = {"type": "stream.message", "entry": entry.as_dict()}
        release_connection()
        async_to_sync(send_to_groups)(groups, message)
        owner, kind = entry.owner, entry.message["type"]
        if owner is not None and owner != str(event.user_id):
            notify(
                owner,
                f"{self.label}.{kind}",
                {"entity": self.entity, "id": entry.message["id"]},
            )
