"""ASGI entry point; production settings unless DJANGO_SETTINGS_MODULE says otherwise.

HTTP goes to Django, `ws/` to the socket consumers (apps.core.sockets).
"""

import os

from channels.routing import ProtocolTypeRouter
from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.prod")

# Django is set up before the consumers' modules import models.
http = get_asgi_application()

from apps.core.sockets.routing import websockets  # noqa: E402

application = ProtocolTypeRouter({"http": http, "websocket": websockets})
