"""Enumerations of the studio app, stored as their values."""

from django.db import models


class Condition(models.TextChoices):
    NEW = "NEW", "Brand new"
    GOOD = "GOOD", "Good"
    WORN = "WORN", "Worn"
    BROKEN = "BROKEN", "Broken"
