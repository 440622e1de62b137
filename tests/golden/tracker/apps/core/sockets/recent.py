"""The recent-events buffer: the last WEBSOCKET_RECENT_EVENTS messages the streams sent, each
numbered with a global `position` and a per-row `version`, from which a reconnecting socket
catches up (`?since=<position>`). In Redis when REDIS_URL is set, so that every process of
every machine numbers the same way; in this process's memory otherwise.

It is the log of every stream but those of event-sourced entities, whose log is the event
store (`apps.core.sockets.history`, where the project has any)."""

import json
import threading
from dataclasses import asdict, dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

import redis
from django.conf import settings

if TYPE_CHECKING:
    from apps.core.cqrs import Event

    from .streams import Stream


@dataclass(frozen=True)
class Entry:
    """One message as a stream sent it: to the readers of `stream`, about the row `row`,
    owned by the user whose key is `owner` (None: readable by every reader of the stream);
    `left` is the user who owned it until this change moved it to `owner`."""

    stream: str
    row: str
    owner: str | None
    message: dict[str, Any]
    left: str | None = None

    @property
    def position(self) -> int:
        return int(self.message["position"])

    def numbered(self, position: int, version: int) -> "Entry":
        return replace(
            self, message={**self.message, "position": position, "version": version}
        )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class TooOld(Exception):
    """The buffer no longer holds every message after the position asked for."""

    def __init__(self, oldest: int) -> None:
        super().__init__(f"Messages before position {oldest} are no longer kept.")
        self.oldest = oldest


class Log(Protocol):
    """What numbers a stream's messages and replays them to a socket catching up."""

    def number(self, stream: "Stream", event: "Event", entry: Entry) -> Entry:
        """The entry with its message's `position` and `version`."""
        ...

    def since(self, stream: "Stream", position: int) -> list[Entry]:
        """The stream's entries after `position`, oldest first; TooOld when some of them
        cannot be replayed."""
        ...


def size() -> int:
    """How many messages a socket catching up is replayed at most."""
    return int(settings.WEBSOCKET_RECENT_EVENTS)


def missed(entries: list[Entry], position: int, last: int) -> list[Entry]:
    """The entries after `position`, or TooOld when some of them are gone: the buffer's first
    is more than one past it, or the counter (at `last`) went past it with none kept."""
    if position > last or (
        position < last and (not entries or entries[0].position > position + 1)
    ):
        raise TooOld(entries[0].position if entries else last + 1)
    return [entry for entry in entries if entry.position > position]


class LocalBuffer:
    """The buffer of one process: enough for development and tests."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.entries: list[Entry] = []
        self.versions: dict[tuple[str, str], int] = {}
        self.last = 0

    def remember(self, entry: Entry) -> Entry:
        with self.lock:
            self.last += 1
            row = (entry.stream, entry.row)
            version = self.versions.get(row, 0) + 1
            self.versions[row] = version
            if entry.message["type"] == "deleted":
                del self.versions[row]
            numbered = entry.numbered(self.last, version)
            self.entries.append(numbered)
            del self.entries[: -size()]
            return numbered

    def since(self, position: int) -> list[Entry]:
        with self.lock:
            return missed(list(self.entries), position, self.last)

    def forget(self) -> None:
        with self.lock:
            self.entries.clear()
            self.versions.clear()
            self.last = 0


# Numbers an entry and keeps it, in one step that no other process can interleave.
REMEMBER = """
local position = redis.call('INCR', KEYS[1])
local version = redis.call('HINCRBY', KEYS[2], ARGV[1], 1)
if ARGV[3] == 'deleted' then redis.call('HDEL', KEYS[2], ARGV[1]) end
redis.call('RPUSH', KEYS[3], position .. ' ' .. version .. ' ' .. ARGV[2])
redis.call('LTRIM', KEYS[3], -tonumber(ARGV[4]), -1)
return {position, version}
"""


class RedisBuffer:
    """The buffer every process shares, under the project's WEBSOCKET_PREFIX."""

    def __init__(self, url: str, prefix: str) -> None:
        self.client = redis.Redis.from_url(url)
        self.keys = [
            f"{prefix}:ws:{name}" for name in ("position", "versions", "recent")
        ]
        self.script = self.client.register_script(REMEMBER)

    def remember(self, entry: Entry) -> Entry:
        body = json.dumps(entry.as_dict())
        row = f"{entry.stream} {entry.row}"
        kind = entry.message["type"]
        position, version = self.script(keys=self.keys, args=[row, body, kind, size()])
        return entry.numbered(int(position), int(version))

    def since(self, position: int) -> list[Entry]:
        with self.client.pipeline() as pipe:
            pipe.get(self.keys[0])
            pipe.lrange(self.keys[2], 0, -1)
            last, lines = pipe.execute()
        return missed([self.parse(line) for line in lines], position, int(last or 0))

    @staticmethod
    def parse(line: bytes) -> Entry:
        position, version, body = line.decode().split(" ", 2)
        return Entry(**json.loads(body)).numbered(int(position), int(version))

    def forget(self) -> None:
        self.client.delete(*self.keys)


@cache
def buffer() -> LocalBuffer | RedisBuffer:
    if settings.REDIS_URL:
        return RedisBuffer(settings.REDIS_URL, settings.WEBSOCKET_PREFIX)
    return LocalBuffer()


def remember(entry: Entry) -> Entry:
    """Number the entry (its message gets `position` and `version`) and keep it."""
    return buffer().remember(entry)


def since(position: int) -> list[Entry]:
    """The entries after `position`, oldest first; TooOld when some are no longer kept."""
    return buffer().since(position)


def forget() -> None:
    """Empty the buffer and restart the numbering (tests)."""
    buffer().forget()


class RecentEvents:
    """The log of a stream whose entity keeps no history: the recent-events buffer."""

    def number(self, stream: "Stream", event: "Event", entry: Entry) -> Entry:
        return remember(entry)

    def since(self, stream: "Stream", position: int) -> list[Entry]:
        return [entry for entry in since(position) if entry.stream == stream.label]


RECENT = RecentEvents()
