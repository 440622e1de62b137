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
