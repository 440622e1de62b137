"""Routes each command and query to its one handler. A command runs in one transaction: what
it writes is committed together or not at all, and the events it publishes are delivered
only once that transaction commits."""

from collections.abc import Callable
from typing import Any, TypeVar

from django.db import IntegrityError, transaction
from django.db.models import ProtectedError, RestrictedError

from .errors import Conflict
from .messages import Command, Query

Handler = Callable[[Any], Any]
H = TypeVar("H", bound=Handler)

_handlers: dict[type[Command | Query], Handler] = {}


class Unregistered(LookupError):
    """A command or query of a kind that no handler handles."""


class AlreadyRegistered(RuntimeError):
    """A second handler for a kind of command or query that has one."""


def name_of(handler: Handler) -> str:
    return f"{handler.__module__}.{handler.__qualname__}"


def handles(kind: type[Command | Query]) -> Callable[[H], H]:
    """Register the decorated function as the one handler of `kind`."""

    def register(handler: H) -> H:
        if kind in _handlers:
            raise AlreadyRegistered(
                f"{kind.__qualname__} is already handled by {name_of(_handlers[kind])}"
            )
        _handlers[kind] = handler
        return handler

    return register


def handler_of(message: Command | Query) -> Handler:
    kind = type(message)
    try:
        return _handlers[kind]
    except KeyError:
        raise Unregistered(
            f"No handler is registered for {kind.__module__}.{kind.__qualname__}: "
            f"decorate one with @handles({kind.__name__}) in its app's handlers.py"
        ) from None


def dispatch(command: Command) -> Any:
    """Run the command's handler in one transaction and return what it returns. A unique
    value taken, or a row still referred to, is a Conflict."""
    if not isinstance(command, Command):
        raise TypeError(f"dispatch() takes a command, not {type(command).__name__}")
    handler = handler_of(command)
    try:
        with transaction.atomic():
            return handler(command)
    except (ProtectedError, RestrictedError) as error:
        raise Conflict("Other records still refer to this one.") from error
    except IntegrityError as error:
        raise Conflict() from error


def ask(query: Query) -> Any:
    """Run the query's handler and return its answer."""
    if not isinstance(query, Query):
        raise TypeError(f"ask() takes a query, not {type(query).__name__}")
    return handler_of(query)(query)
