import uuid
from decimal import Decimal

from django.conf import settings
from django.core import validators
from django.db import models
from django.urls import reverse

from apps.studio.choices import Condition

from .choices import AssetSize


class Item(models.Model):
    name = models.CharField(max_length=80)
    notes = models.TextField(blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Asset(Item):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    serial = models.CharField(
        max_length=16,
        unique=True,
        validators=[validators.RegexValidator("^(?:[A-Z]{2}-[0-9]{4,8})$")],
    )
    price = models.DecimalField(
        max_digits=12,
        decimal_places=2,
        validators=[validators.MinValueValidator(Decimal("0"))],
    )
    weight = models.FloatField(
        null=True, blank=True, validators=[validators.MinValueValidator(0.0)]
    )
    quantity = models.PositiveIntegerField(default=1)
    rank = models.SmallIntegerField(
        default=0,
        validators=[validators.MinValueValidator(-5), validators.MaxValueValidator(5)],
    )
    views = models.BigIntegerField(default=0)
    active = models.BooleanField(default=True)
    purchased_on = models.DateField(null=True, blank=True)
    opens_at = models.TimeField(null=True, blank=True)
    warranty = models.DurationField(null=True, blank=True)
    specs = models.JSONField(null=True, blank=True)
    labels = models.JSONField(null=True, blank=True)
    manual = models.FileField(upload_to="inventory/asset/", null=True, blank=True)
    blob = models.BinaryField(editable=True, null=True, blank=True)
    address = models.GenericIPAddressField(null=True, blank=True)
    website = models.URLField(max_length=200, blank=True, default="")
    contact = models.EmailField(max_length=254, blank=True, default="")
    token = models.UUIDField(null=True, blank=True)
    condition = models.CharField(
        max_length=6, choices=Condition.choices, blank=True, default=Condition.GOOD
    )
    size = models.CharField(
        max_length=1, choices=AssetSize.choices, blank=True, default=AssetSize.M
    )
    from_value = models.CharField(
        max_length=40,
        blank=True,
        default="",
        help_text="Where the asset came from",
        db_column="from",
    )
    class_value = models.CharField(
        max_length=20, blank=True, default="", db_column="class"
    )
    order = models.IntegerField(default=0)
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assets"
    )
    room = models.ForeignKey(
        "spaces.Room",
        on_delete=models.SET_NULL,
        related_name="assets",
        null=True,
        blank=True,
    )

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = "asset"
        verbose_name_plural = "assets"
        indexes = [models.Index(fields=["-created_at"], name="asset_ord_idx")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("inventory:asset-detail", kwargs={"pk": self.pk})

    def inspect(self, depth):
        """Declared in the domain model as `inspect(depth) -> dict`; yours to write."""
        raise NotImplementedError


class Vehicle(Item):
    plate = models.CharField(max_length=12, unique=True)
    seats = models.IntegerField(
        validators=[validators.MinValueValidator(1), validators.MaxValueValidator(90)]
    )
    driver = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        related_name="vehicles",
        null=True,
        blank=True,
    )

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = "vehicle"
        verbose_name_plural = "vehicles"
        indexes = [models.Index(fields=["-created_at"], name="vehicle_ord_idx")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("inventory:vehicle-detail", kwargs={"pk": self.pk})
