"""Production settings: secrets from the environment, HTTPS only, compressed static files.

Behind a proxy that terminates TLS, the proxy must set X-Forwarded-Proto.
"""

import sys

from .base import *  # noqa: F403
from .base import DATABASES, LOGGING, REST_FRAMEWORK, SECRET_KEY, env

if not SECRET_KEY:
    sys.exit("DJANGO_SECRET_KEY is not set; production settings need a secret key.")

DEBUG = False

LOGGING["handlers"]["console"]["formatter"] = "json"

# Connections are returned after every request, under WSGI and ASGI alike: under ASGI each
# request runs in a thread of its own, and persistent connections would pile up until the
# database refuses more. On PostgreSQL each worker process keeps a bounded pool instead
# (psycopg's): the workers times DATABASE_POOL_MAX_SIZE must stay below max_connections.
DATABASES["default"]["CONN_MAX_AGE"] = 0
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env.int("DATABASE_POOL_MIN_SIZE", default=1),
        "max_size": env.int("DATABASE_POOL_MAX_SIZE", default=4),
        # Seconds a request waits for a free connection before it fails.
        "timeout": env.float("DATABASE_POOL_TIMEOUT", default=10.0),
    }

# The schema, Swagger UI, ReDoc and the browsable API are not public in production unless
# DJANGO_API_DOCS says so; the API answers JSON only.
API_DOCS = env.bool("DJANGO_API_DOCS", default=False)
if not API_DOCS:
    REST_FRAMEWORK["DEFAULT_RENDERER_CLASSES"] = ["apps.core.renderers.JSONRenderer"]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
# Load balancers probe these over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/$", r"^ready/$"]
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}
