"""Settings for the test suite: fast password hashing, a throwaway secret key. The database
and cache follow DATABASE_URL and REDIS_URL when set, SQLite (in memory) and local memory
otherwise."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import CACHES, env

SECRET_KEY = env(
    "DJANGO_SECRET_KEY", default="django-insecure-test-only-key-not-for-any-real-use"
)
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests empty the cache under their own prefix, never a development server's entries.
CACHES["default"]["KEY_PREFIX"] = "conference-test"
# Look static files up per request, so tests need no collectstatic beforehand.
WHITENOISE_AUTOREFRESH = True
MEDIA_ROOT = Path(
    tempfile.mkdtemp(prefix="media-")
)  # uploads never land in the project
