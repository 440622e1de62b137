"""gunicorn's settings; gunicorn reads this file from the working directory by itself.

WSGI: `gunicorn config.wsgi`
ASGI: `gunicorn config.asgi -k uvicorn_worker.UvicornWorker`
"""

import multiprocessing
import os
from typing import Any

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# Recycle workers now and then, so that a slow leak never grows without bound; the jitter
# spreads the restarts, so workers never restart together. A worker that restarts takes no
# new connection and finishes the requests it is serving, for as long as any may take.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = max_requests // 2
graceful_timeout = timeout
# Idle keep-alive connections (ASGI workers) outlive the idle timeout of the proxy in front
# (60 s on most load balancers): the proxy closes them, never reusing one being closed here.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "75"))
# The project logs each request itself, as one line with its request id: no access log.
accesslog = None
errorlog = "-"
# Addresses of the proxies whose X-Forwarded-* headers are believed.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def on_starting(server: Any) -> None:
    """Workers that keep connections alive (ASGI) restart only when GUNICORN_MAX_REQUESTS
    asks: a restart closes their idle connections, and a client may be sending its next
    request on one of them at that moment. WSGI workers close every connection after its
    answer, so their restarts break nothing."""
    if (
        server.cfg.worker_class_str != "sync"
        and "GUNICORN_MAX_REQUESTS" not in os.environ
    ):
        server.cfg.set("max_requests", 0)
