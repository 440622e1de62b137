from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class EventsConfig(AppConfig):
    """The event store of the event-sourced entities (docs/event-sourcing.md)."""

    name = "apps.core.events"
    label = "events"
    verbose_name = "Event store"

    def ready(self) -> None:
        # Each app's upcasters, which turn old payloads into the current shape on read.
        autodiscover_modules("upcasters")
