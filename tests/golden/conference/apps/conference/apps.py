from django.apps import AppConfig


class ConferenceConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "apps.conference"
    label = "conference"
    verbose_name = "Conference"
