"""The recent-events buffer: the last WEBSOCKET_RECENT_EVENTS messages the streams sent, each
numbered with a global `position` and a per-row `version`, from which a reconnecting socket
catches up (`?since=<position>`). In Redis when REDIS_URL is set, so that every process of
every machine numbers the same way; in this process's memory otherwise.

`since()` is the one way consumers read it: a stream of event-sourced rows can answer from
its event store there instead."""

import json
import threading
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import redis
from django.conf import settings


@dataclass(frozen=True)
class Entry:
    """One message as a stream sent it: to the readers of `stream`, about the row `row`,
    owned by the user whose key is `owner` (None: readable by every reader of the stream)."""

    stream: str
    row: str
    owner: str | None
    message: dict[str, Any]

    @property
    def position(self) -> int:
        return int(self.message["position"])

    def numbered(self, position: int, version: int) -> "Entry":
        return replace(
            self, message={**self.message, "position": position, "version": version}
        )


class TooOld(Exception):
    """The buffer no longer holds every message after the position asked for."""

    def __init__(self, oldest: int) -> None:
        super().__init__(f"Messages before position {oldest} are no longer kept.")
        self.oldest = oldest


def size() -> int:
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
        body = json.dumps([entry.stream, entry.row, entry.owner, entry.message])
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
        stream, row, owner, message = json.loads(body)
        return Entry(stream, row, owner, message).numbered(int(position), int(version))

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
