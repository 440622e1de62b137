"""Per-user notifications: `notify(user, kind, payload)` reaches every socket that user has
open on `ws/v1/notifications/`. By default a user is notified when someone else changes a
row they own (apps.core.sockets.streams); call it from any synchronous code for more."""

from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db.models import Model
from django.utils import timezone

from .groups import group_name


def notifications_group(user: Model | Any) -> str:
    """The group of one user's notification sockets; `user` is a user or a user's key."""
    return group_name("notifications", user.pk if isinstance(user, Model) else user)


def notify(user: Model | Any, kind: str, payload: dict[str, Any]) -> None:
    """Send `{"type": "notification", "kind", "data", "at"}` to the user's sockets; nothing
    is kept for a user with none open."""
    message = {
        "type": "notification",
        "kind": kind,
        "data": payload,
        "at": timezone.now().isoformat(),
    }
    async_to_sync(get_channel_layer().group_send)(
        notifications_group(user), {"type": "notification.message", "message": message}
    )
