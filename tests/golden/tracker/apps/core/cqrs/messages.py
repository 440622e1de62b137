"""The three kinds of message. A command asks for a change on behalf of a user, a query asks
for rows, an event says what changed. All are frozen dataclasses; an event holds JSON values
only, so that it reaches a Celery worker exactly as it left."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, TypedDict

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from .context import current_request_id

# What a write serializer validated: model attribute → value (rows for relations).
Data = Mapping[str, Any]


@dataclass(frozen=True, kw_only=True)
class Command:
    """A change asked for by `user` (None: by the project itself, as a management command or
    a task), during the request `request_id`. Exactly one handler handles each kind, in one
    transaction; its data cannot be changed on the way."""

    user: AbstractBaseUser | AnonymousUser | None = None
    request_id: str | None = field(default_factory=current_request_id)
    # The version of the row's events the asker read (event sourcing): the handler refuses
    # the change if another came first (Conflict). None: whatever the version.
    expected_version: int | None = None

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, dict):
                object.__setattr__(self, item.name, MappingProxyType(dict(value)))

    @property
    def user_id(self) -> Any:
        """The acting user's key, as events carry it; None for the project or an anonymous
        client."""
        if self.user is None or not self.user.is_authenticated:
            return None
        return self.user.pk


@dataclass(frozen=True, kw_only=True)
class Query:
    """A question about the rows; its handler answers without changing anything."""


def now() -> str:
    return timezone.now().isoformat()


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True, kw_only=True)
class Event:
    """Something that happened, told to subscribers once its transaction has committed.
    `event_id` tells a redelivered event (a retried task) from a new one."""

    user_id: Any = None  # the key of the user whose command caused it
    request_id: str | None = None
    event_id: str = field(default_factory=new_id)
    occurred_at: str = field(default_factory=now)  # ISO 8601, UTC


class Change(TypedDict):
    old: Any
    new: Any


@dataclass(frozen=True, kw_only=True)
class Created(Event):
    """A row was created: its key, and its stored values by field (relations as keys)."""

    id: Any
    data: dict[str, Any]


@dataclass(frozen=True, kw_only=True)
class Updated(Event):
    """A row was updated: each field that changed, with its old and new value."""

    id: Any
    changes: dict[str, Change]


@dataclass(frozen=True, kw_only=True)
class Deleted(Event):
    """A row was deleted: its key, and its stored values as they were."""

    id: Any
    data: dict[str, Any]
