"""gunicorn's settings; gunicorn reads this file from the working directory by itself.

WSGI: `gunicorn config.wsgi`
ASGI: `gunicorn config.asgi -k uvicorn_worker.UvicornWorker`
"""

import multiprocessing
import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, so that a slow leak never grows without bound.
max_requests = 1000
max_requests_jitter = 100
# The project logs each request itself, as one line with its request id: no access log.
accesslog = None
errorlog = "-"
# Addresses of the proxies whose X-Forwarded-* headers are believed.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
