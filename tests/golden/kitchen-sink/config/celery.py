"""The Celery app. Its workers (`celery -A config worker`) run the asynchronous event
subscribers when CELERY_BROKER_URL is set; its settings are the CELERY_* Django settings."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

app = Celery("kitchen_sink")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Each app's tasks.py, and the task that delivers events to asynchronous subscribers.
app.autodiscover_tasks()
app.autodiscover_tasks(["apps.core.cqrs"])
