"""Production settings: secrets from the environment, HTTPS only, compressed static files.

Behind a proxy that terminates TLS, the proxy must set X-Forwarded-Proto.
"""

import sys

from .base import *  # noqa: F403
from .base import DATABASES, LOGGING, SECRET_KEY

if not SECRET_KEY:
    sys.exit("DJANGO_SECRET_KEY is not set; production settings need a secret key.")

DEBUG = False

LOGGING["handlers"]["console"]["formatter"] = "json"

DATABASES["default"]["CONN_MAX_AGE"] = 60
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

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
