"""What a handler raises when the domain refuses a command or a query. The API answers each
with its status in the standard error envelope (apps.core.exceptions); code that dispatches
commands itself catches them like any exception."""

from typing import Any


class DomainError(Exception):
    """A refusal: `message` for people (None: the answer's usual wording), `details` by field."""

    def __init__(
        self, message: str | None = None, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message or type(self).__name__)
        self.message = message
        self.details = details or {}


class Invalid(DomainError):
    """The command breaks a rule of the data (400)."""


class Forbidden(DomainError):
    """The acting user may not do this (403)."""


class NotFound(DomainError):
    """No row has the given key, or none the asker may read (404)."""


class Conflict(DomainError):
    """The command contradicts the stored rows: a unique value taken, a row still referred
    to (409)."""
