"""Real time over WebSockets (Django Channels): each streamed entity's changes reach the
sockets of the users who may read them through the REST API, and `notify()` reaches one
user's sockets. docs/websockets.md is the client's guide."""

from .notifications import notify
from .streams import Stream

__all__ = ["Stream", "notify"]
