"""Deployment checks of this project's own settings, run by `manage.py check --deploy`."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def check_cors_credentials(app_configs, **kwargs) -> list[Error]:
    """Browsers refuse credentials from a wildcard origin only when told `*`; corsheaders
    echoes the caller's origin instead, so every site on the web could act as the user."""
    if getattr(settings, "CORS_ALLOW_ALL_ORIGINS", False) and getattr(
        settings, "CORS_ALLOW_CREDENTIALS", False
    ):
        return [
            Error(
                "CORS allows every origin and sends credentials.",
                hint="List the trusted origins in CORS_ALLOWED_ORIGINS instead.",
                id="core.E001",
            )
        ]
    return []
