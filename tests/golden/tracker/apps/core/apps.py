from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class CoreConfig(AppConfig):
    """What every app shares: pagination, health probes, management commands."""

    name = "apps.core"
    label = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        # Each app's command and query handlers, and the event subscribers (apps.core.cqrs).
        autodiscover_modules("handlers", "subscribers")
        # Each app's entity streams, which subscribe to its events (apps.core.sockets).
        autodiscover_modules("streams")
        from apps.core import checks  # noqa: F401  (registers the deployment checks)
