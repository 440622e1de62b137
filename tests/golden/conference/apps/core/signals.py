"""Writes invalidate the cached answers that show them: every save, delete and many-to-many
change bumps the versions apps.core.cache_rules lists for the model. Connected once, by
CoreConfig.ready."""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save

from apps.core.cache import invalidate
from apps.core.cache_rules import DEPENDENTS

LINKS_CHANGED = frozenset({"post_add", "post_remove", "post_clear"})


def rows_changed(sender, using, **kwargs) -> None:
    invalidate(sender._meta.label, using)


def links_changed(sender, instance, action, model, using, **kwargs) -> None:
    """Both ends changed: a post shows its tags, and a tag may count its posts."""
    if action in LINKS_CHANGED:
        invalidate(instance._meta.label, using)
        invalidate(model._meta.label, using)


def connect() -> None:
    for label in DEPENDENTS:
        model = apps.get_model(label)
        post_save.connect(
            rows_changed, sender=model, dispatch_uid=f"cache-save-{label}"
        )
        post_delete.connect(
            rows_changed, sender=model, dispatch_uid=f"cache-delete-{label}"
        )
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(
                links_changed,
                sender=field.remote_field.through,
                dispatch_uid=f"cache-links-{label}.{field.name}",
            )
