"""Commands, queries and domain events. The API's writes go through `dispatch`, its reads
through `ask`; what a command changed reaches the subscribers of its events once its
transaction commits. docs/cqrs.md follows a request through them and says how to add to them.
"""

from .bus import publish, subscribe, unsubscribe
from .dispatcher import AlreadyRegistered, Unregistered, ask, dispatch, handles
from .errors import Conflict, DomainError, Forbidden, Invalid, NotFound
from .messages import Command, Created, Data, Deleted, Event, Query, Updated

__all__ = [
    "AlreadyRegistered",
    "Command",
    "Conflict",
    "Created",
    "Data",
    "Deleted",
    "DomainError",
    "Event",
    "Forbidden",
    "Invalid",
    "NotFound",
    "Query",
    "Unregistered",
    "Updated",
    "ask",
    "dispatch",
    "handles",
    "publish",
    "subscribe",
    "unsubscribe",
]
