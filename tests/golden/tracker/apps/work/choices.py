"""Enumerations of the work app, stored as their values."""

from django.db import models


class IssueKind(models.TextChoices):
    BUG = "BUG", "Bug"
    TASK = "TASK", "Task"
    STORY = "STORY", "User story"
