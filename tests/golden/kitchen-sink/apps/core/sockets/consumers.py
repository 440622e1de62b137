"""The consumers: an entity's stream (`ws/<v>/<plural>/`, or one row with
`ws/<v>/<plural>/<id>/`) and the user's notifications (`ws/<v>/notifications/`).

A socket is accepted, with the `bearer.<token>` subprotocol it offered (a browser drops a
connection whose answer selects none), once its access is checked and it listens to its
groups: a client that sees it open misses no message written after, and no database work of
the socket's overlaps the client's next request. A refused socket is accepted too, then closed
at once, so that its close code says why: 4401 not signed in, 4403 forbidden."""

from typing import Any
from urllib.parse import parse_qs

from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.contrib.auth.models import AnonymousUser

from .access import NOT_SIGNED_IN, Refused, audience
from .notifications import notifications_group
from .recent import Entry, TooOld
from .streams import Stream
from .threads import in_thread


class SocketConsumer(AsyncJsonWebsocketConsumer):
    """What both consumers share: the user, the query string, the groups they listen to."""

    async def accept_offered(self) -> None:
        await self.accept(subprotocol=self.scope.get("auth_subprotocol"))

    @property
    def user(self) -> Any:
        return self.scope.get("user") or AnonymousUser()

    def query(self, name: str) -> str | None:
        values = parse_qs(self.scope.get("query_string", b"").decode()).get(name)
        return values[0] if values else None

    async def join(self, *groups: str) -> None:
        """Listen to `groups` until the socket closes."""
        self.groups = list(groups)
        for group in groups:
            await self.channel_layer.group_add(group, self.channel_name)


class StreamConsumer(SocketConsumer):
    """The changes of `stream`'s rows the user may read, each once; with `?since=<position>`
    first those sent after that position, oldest first (a `gap` message instead when the
    stream's log cannot replay them all: reload over the REST API)."""

    owner: str | None = None  # set: only the rows of this owner
    row: str | None = None  # set: only this row
    position = 0  # the last position catching up read: later ones are live

    def __init__(self, stream: Stream) -> None:
        super().__init__()
        self.stream = stream

    async def connect(self) -> None:
        key = self.scope["url_route"]["kwargs"].get("key")
        try:
            found = await in_thread(audience)(self.stream.viewset, self.user, key)
        except Refused as refused:
            await self.accept_offered()
            await self.close(code=refused.code)
            return
        self.owner, self.row = found.owner, found.row
        if self.row is not None:
            await self.join(self.stream.group("row", self.row))
        elif self.owner is not None:
            await self.join(self.stream.group("owner", self.owner))
        else:
            await self.join(self.stream.group())
        missed = await self.missed()
        await self.accept_offered()
        for message in missed:
            await self.send_json(message)

    async def missed(self) -> list[dict[str, Any]]:
        """With `?since=`, the messages sent after that position that this socket carries,
        oldest first, or a `gap` message; nothing without."""
        asked = self.query("since")
        if asked is None:
            return []
        try:
            self.position = int(asked)
            entries = await in_thread(self.stream.since)(self.position)
        except (TooOld, ValueError) as error:
            oldest = error.oldest if isinstance(error, TooOld) else None
            return [
                {
                    "type": "gap",
                    "since": asked,
                    "oldest": oldest,
                    "message": "Some changes since that position can no longer be replayed: "
                    "reload the rows over the REST API, then follow from the next message.",
                }
            ]
        self.position = max([self.position, *(entry.position for entry in entries)])
        shown = [
            self.shown(entry) for entry in entries if self.row in (None, entry.row)
        ]
        return [message for message in shown if message is not None]

    def shown(self, entry: Entry) -> dict[str, Any] | None:
        """The entry's message as the user may see it: whole when they read the row, as
        `removed` when this change took the row out of their view, else nothing."""
        if self.owner is None or entry.owner == self.owner:
            return entry.message
        if entry.left == self.owner:
            return self.stream.removed(entry.message)
        return None

    async def stream_message(self, event: dict[str, Any]) -> None:
        """A live message, unless catching up sent it already."""
        entry = Entry(**event["entry"])
        message = self.shown(entry) if entry.position > self.position else None
        if message is not None:
            await self.send_json(message)


class NotificationConsumer(SocketConsumer):
    """The signed-in user's own notifications."""

    async def connect(self) -> None:
        if not self.user.is_authenticated:
            await self.accept_offered()
            await self.close(code=NOT_SIGNED_IN)
            return
        await self.join(notifications_group(self.user.pk))
        await self.accept_offered()

    async def notification_message(self, event: dict[str, Any]) -> None:
        await self.send_json(event["message"])
