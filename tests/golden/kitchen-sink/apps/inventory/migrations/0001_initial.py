import uuid
from decimal import Decimal

import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Asset",
            fields=[
                (
                    "id",
                    models.UUIDField(
                        default=uuid.uuid4,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                ("name", models.CharField(max_length=80)),
                ("notes", models.TextField(blank=True, default="")),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "serial",
                    models.CharField(
                        max_length=16,
                        unique=True,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^(?:[A-Z]{2}-[0-9]{4,8})$"
                            )
                        ],
                    ),
                ),
                (
                    "price",
                    models.DecimalField(
                        decimal_places=2,
                        max_digits=12,
                        validators=[
                            django.core.validators.MinValueValidator(Decimal("0"))
                        ],
                    ),
                ),
                (
                    "weight",
                    models.FloatField(
                        blank=True,
                        null=True,
                        validators=[django.core.validators.MinValueValidator(0.0)],
                    ),
                ),
                ("quantity", models.PositiveIntegerField(default=1)),
                (
                    "rank",
                    models.SmallIntegerField(
                        default=0,
                        validators=[
                            django.core.validators.MinValueValidator(-5),
                            django.core.validators.MaxValueValidator(5),
                        ],
                    ),
                ),
                ("views", models.BigIntegerField(default=0)),
                ("active", models.BooleanField(default=True)),
                ("purchased_on", models.DateField(blank=True, null=True)),
                ("opens_at", models.TimeField(blank=True, null=True)),
                ("warranty", models.DurationField(blank=True, null=True)),
                ("specs", models.JSONField(blank=True, null=True)),
                ("labels", models.JSONField(blank=True, null=True)),
                (
                    "manual",
                    models.FileField(
                        blank=True, null=True, upload_to="inventory/asset/"
                    ),
                ),
                ("blob", models.BinaryField(blank=True, editable=True, null=True)),
                ("address", models.GenericIPAddressField(blank=True, null=True)),
                ("website", models.URLField(blank=True, default="")),
                ("contact", models.EmailField(blank=True, default="", max_length=254)),
                ("token", models.UUIDField(blank=True, null=True)),
                (
                    "condition",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("NEW", "Brand new"),
                            ("GOOD", "Good"),
                            ("WORN", "Worn"),
                            ("BROKEN", "Broken"),
                        ],
                        default="GOOD",
                        max_length=6,
                    ),
                ),
                (
                    "size",
                    models.CharField(
                        blank=True,
                        choices=[("S", "S"), ("M", "M"), ("L", "L")],
                        default="M",
                        max_length=1,
                    ),
                ),
                (
                    "from_value",
                    models.CharField(
                        blank=True,
                        db_column="from",
                        default="",
                        help_text="Where the asset came from",
                        max_length=40,
                    ),
                ),
                (
                    "class_value",
                    models.CharField(
                        blank=True, db_column="class", default="", max_length=20
                    ),
                ),
                ("order", models.IntegerField(default=0)),
            ],
            options={
                "verbose_name": "asset",
                "verbose_name_plural": "assets",
                "ordering": ["-created_at", "pk"],
                "indexes": [models.Index(fields=["-created_at"], name="asset_ord_idx")],
            },
        ),
        migrations.CreateModel(
            name="Vehicle",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("name", models.CharField(max_length=80)),
                ("notes", models.TextField(blank=True, default="")),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                ("plate", models.CharField(max_length=12, unique=True)),
                (
                    "seats",
                    models.IntegerField(
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(90),
                        ]
                    ),
                ),
            ],
            options={
                "verbose_name": "vehicle",
                "verbose_name_plural": "vehicles",
                "ordering": ["-created_at", "pk"],
                "indexes": [
                    models.Index(fields=["-created_at"], name="vehicle_ord_idx")
                ],
            },
        ),
    ]
