"""Entity streams: each domain event of a streamed entity, once its transaction commits,
becomes one message to the sockets whose users may read the row, numbered in the recent-events
buffer. Who may read is the REST API's own answer: the stream asks the entity's viewset
(`apps.core.sockets.access`), so a socket never carries a row its user could not GET."""

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db.models import Model
from rest_framework.serializers import BaseSerializer
from rest_framework.utils.encoders import JSONEncoder
from rest_framework.viewsets import GenericViewSet

from apps.core.cqrs import Created, Deleted, Event, Query, ask, subscribe

from .groups import group_name
from .notifications import notify
from .recent import Entry, remember

KINDS = {Created: "created", Deleted: "deleted"}  # any other event: "updated"


def kind_of(event: Event) -> str:
    return next(
        (kind for base, kind in KINDS.items() if isinstance(event, base)), "updated"
    )


async def send_to_groups(groups: list[str], message: dict[str, Any]) -> None:
    """One trip to the event loop for every group: a write's request waits for it once."""
    layer = get_channel_layer()
    await asyncio.gather(*(layer.group_send(group, message) for group in groups))


def as_json(data: Any) -> Any:
    """The representation as the API writes it: decimals and dates as text, keys as JSON."""
    return json.loads(json.dumps(data, cls=JSONEncoder))


@dataclass(frozen=True)
class Stream:
    """The changes of one entity, served at `ws/<v>/<url>/`: `viewset` is its REST viewset
    (who may read which rows), `list_query` and `serializer` how its list reads and shows a
    row, `events` the domain events its commands publish."""

    entity: str
    url: str
    model: type[Model]
    viewset: type[GenericViewSet]
    list_query: Callable[..., Query]
    serializer: type[BaseSerializer[Any]]
    events: tuple[type[Event], ...]

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

    def representation(self, key: Any) -> dict[str, Any] | None:
        """The row as the API lists it, through the list query; None once it is gone."""
        rows = self.model._default_manager.filter(pk=key)
        row = ask(self.list_query(rows=rows)).first()
        return None if row is None else as_json(self.serializer(row).data)

    def owner_of(self, event: Event) -> str | None:
        """The key of the user who owns the event's row (through its parent for a row owned
        through a key); for a deleted row, read from its last stored values."""
        if self.owner_field is None:
            return None
        if not isinstance(event, Deleted):
            rows = self.model._default_manager.filter(pk=getattr(event, "id", None))
            found = rows.values_list(self.owner_field, flat=True).first()
            return None if found is None else str(found)
        key, _, above = self.owner_field.partition("__")
        parent = event.data.get(key)
        if not above or parent is None:
            return None if parent is None else str(parent)
        related: Any = self.model._meta.get_field(key).related_model
        found = (
            related._default_manager.filter(pk=parent)
            .values_list(above, flat=True)
            .first()
        )
        return None if found is None else str(found)

    def broadcast(self, event: Event) -> None:
        """Send the event's message to the stream's readers, the row's readers and, when
        someone else changed it, a notification to the row's owner."""
        kind = kind_of(event)
        key = getattr(event, "id", None)
        data = None if kind == "deleted" else self.representation(key)
        if kind != "deleted" and data is None:
            return  # deleted since: its deletion follows
        owner = self.owner_of(event)
        change = {"type": kind, "entity": self.entity, "id": key, "data": data}
        entry = remember(
            Entry(self.label, str(key), owner, {**change, "at": event.occurred_at})
        )
        groups = [self.group(), self.group("row", key)]
        if self.private and owner is not None:
            groups.append(self.group("owner", owner))
        message = {"type": "stream.message", "owner": owner, "message": entry.message}
        async_to_sync(send_to_groups)(groups, message)
        if owner is not None and owner != str(event.user_id):
            notify(owner, f"{self.label}.{kind}", {"entity": self.entity, "id": key})
