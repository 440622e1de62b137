"""The sockets' URLs and the application that serves them: origins checked against
ALLOWED_HOSTS, the user signed in by token or session, then each URL's consumer."""

from typing import Any

from channels.auth import AuthMiddlewareStack
from channels.routing import URLRouter
from channels.security.websocket import AllowedHostsOriginValidator, OriginValidator
from django.urls import path

from apps.core.sockets import Stream
from apps.core.sockets.auth import TokenAuthMiddleware
from apps.core.sockets.consumers import NotificationConsumer, StreamConsumer
from apps.spaces import streams as spaces_streams

PREFIX = "ws/v1"
STREAMS: list[Stream] = [*spaces_streams.STREAMS]

websocket_urlpatterns = [
    path(f"{PREFIX}/notifications/", NotificationConsumer.as_asgi()),
]
for stream in STREAMS:
    url = f"{PREFIX}/{stream.url}/"
    websocket_urlpatterns += [
        path(url, StreamConsumer.as_asgi(stream=stream)),
        path(url + "<str:key>/", StreamConsumer.as_asgi(stream=stream)),
    ]


class HostsOriginValidator(OriginValidator):
    """Channels' AllowedHostsOriginValidator, which reads ALLOWED_HOSTS once, reading it
    when each socket opens, as Django reads it for each request."""

    def valid_origin(self, parsed_origin: Any) -> bool:
        current = AllowedHostsOriginValidator(self.application)
        return bool(current.valid_origin(parsed_origin))


websockets = HostsOriginValidator(
    AuthMiddlewareStack(TokenAuthMiddleware(URLRouter(websocket_urlpatterns))),
    [],
)
