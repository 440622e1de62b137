"""Enumerations of the customers app, stored as their values."""

from django.db import models


class AddressKind(models.TextChoices):
    SHIPPING = "SHIPPING", "Shipping"
    BILLING = "BILLING", "Billing"
