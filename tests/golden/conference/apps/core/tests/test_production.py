"""Production settings: they refuse to start without a secret key, and with a
production-like environment they pass Django's deployment check."""

import json
import os
import secrets
import subprocess
import sys

from django.conf import settings

SHOW_SETTINGS = """
import json, logging
from django.conf import settings
logging.getLogger("probe").warning("hello")
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
    "SECURE_SSL_REDIRECT": settings.SECURE_SSL_REDIRECT,
    "SECURE_PROXY_SSL_HEADER": settings.SECURE_PROXY_SSL_HEADER,
    "SECURE_HSTS_SECONDS": settings.SECURE_HSTS_SECONDS,
    "SESSION_COOKIE_SECURE": settings.SESSION_COOKIE_SECURE,
    "CSRF_COOKIE_SECURE": settings.CSRF_COOKIE_SECURE,
    "STATICFILES": settings.STORAGES["staticfiles"]["BACKEND"],
}))
"""


SHOW_DATABASE_AND_DOCS = """
import json
from django.conf import settings
from django.urls import get_resolver
print(json.dumps({
    "CONN_MAX_AGE": settings.DATABASES["default"]["CONN_MAX_AGE"],
    "OPTIONS": settings.DATABASES["default"].get("OPTIONS", {}),
    "routes": [name for name in get_resolver().reverse_dict if isinstance(name, str)],
    "renderers": settings.REST_FRAMEWORK.get("DEFAULT_RENDERER_CLASSES"),
}))
"""
POSTGRESQL = "postgres://app:app@db.example.com:5432/app"
DOCS = {"schema", "docs", "redoc"}


def manage(*args: str, **variables: str) -> subprocess.CompletedProcess:
    """Run manage.py under production settings, with `variables` in the environment."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.prod",
        "DJANGO_ALLOWED_HOSTS": "api.example.com,example.org",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        **variables,
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def test_refuses_to_start_without_a_secret_key():
    done = manage("check", DJANGO_SECRET_KEY="")

    assert done.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in done.stderr
    assert "Traceback" not in done.stderr


def test_passes_the_deployment_check():
    done = manage("check", "--deploy", "--fail-level", "WARNING")

    assert done.returncode == 0, done.stderr


def test_hardened_settings_and_json_logs():
    done = manage("shell", "-v", "0", "-c", SHOW_SETTINGS, DJANGO_DEBUG="True")

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "DEBUG": False,
        "ALLOWED_HOSTS": ["api.example.com", "example.org"],
        "SECURE_SSL_REDIRECT": True,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
        "SECURE_HSTS_SECONDS": 31536000,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "STATICFILES": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    }
    log = json.loads(done.stderr.strip().splitlines()[-1])
    assert log["level"] == "WARNING"
    assert log["message"] == "hello"
    assert log["request_id"] == "-"


def show(**variables: str) -> dict:
    """The database settings, the named routes and the renderers under production settings."""
    done = manage("shell", "-c", SHOW_DATABASE_AND_DOCS, **variables)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])  # after the shell's own greeting


def test_postgresql_connections_come_from_a_bounded_pool():
    shown = show(DATABASE_URL=POSTGRESQL, DATABASE_POOL_MAX_SIZE="8")

    assert shown["CONN_MAX_AGE"] == 0
    assert shown["OPTIONS"]["pool"] == {"min_size": 1, "max_size": 8, "timeout": 10.0}


def test_no_connection_outlives_its_request_without_a_pool():
    shown = show(DATABASE_URL="sqlite:///:memory:")

    assert shown["CONN_MAX_AGE"] == 0
    assert "pool" not in shown["OPTIONS"]


def test_the_docs_and_the_browsable_api_are_off_unless_asked():
    off, on = show(), show(DJANGO_API_DOCS="true")

    assert not DOCS & set(off["routes"])
    assert off["renderers"] == ["apps.core.renderers.JSONRenderer"]
    assert set(on["routes"]) >= DOCS
    assert on["renderers"] == [
        "apps.core.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ]
