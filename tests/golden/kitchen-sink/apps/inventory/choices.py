"""Enumerations of the inventory app, stored as their values."""

from django.db import models


class AssetSize(models.TextChoices):
    S = "S", "S"
    M = "M", "M"
    L = "L", "L"
