"""The event-sourced models, by label: their command handlers append to the event store."""

from django.apps import apps
from django.db.models import Model

SOURCED = ("spaces.Booking",)


def sourced_model(name: str) -> type[Model]:
    """An event-sourced model by its label (`catalog.Product`) or its name (`Product`)."""
    for label in SOURCED:
        if name in (label, label.rsplit(".", 1)[-1]):
            return apps.get_model(label)
    raise LookupError(f"{name} is not event-sourced; these are: {', '.join(SOURCED)}")
