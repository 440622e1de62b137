from decimal import Decimal

from django.contrib.auth.models import AbstractUser
from django.core import validators
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse


class User(AbstractUser):
    class Meta:
        ordering = ["pk"]
        verbose_name = "user"
        verbose_name_plural = "users"
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                name="catalog_user_email_ci_uniq",
                condition=~models.Q(email=""),
            )
        ]

    def get_absolute_url(self) -> str:
        return reverse("catalog:user-detail", kwargs={"pk": self.pk})


class Category(models.Model):
    name = models.CharField(max_length=100, unique=True)
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, related_name="children", null=True, blank=True
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "category"
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("catalog:category-detail", kwargs={"pk": self.pk})


class Country(models.Model):
    """A country the shop ships to, keyed by its ISO code."""

    code = models.CharField(
        primary_key=True,
        max_length=2,
        validators=[
            validators.RegexValidator(
                "/", inverse_match=True, message="A key cannot contain '/'."
            ),
            validators.MinLengthValidator(2),
            validators.RegexValidator("^(?:[A-Z]{2})$"),
        ],
        help_text="ISO 3166 alpha-2 code",
    )
    name = models.CharField(max_length=100, unique=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = "country"
        verbose_name_plural = "countries"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("catalog:country-detail", kwargs={"pk": self.pk})


class Product(models.Model):
    sku = models.CharField(
        max_length=32,
        unique=True,
        validators=[validators.RegexValidator("^(?:[A-Z]{3}-[0-9]{4})$")],
        help_text="Stock keeping unit, e.g. ABC-1234",
    )
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, default="")
    price = models.DecimalField(
        max_digits=10,
        decimal_places=2,
        validators=[validators.MinValueValidator(Decimal("0"))],
    )
    stock = models.PositiveIntegerField(default=0)
    active = models.BooleanField(default=True)
    weight_kg = models.FloatField(
        null=True, blank=True, validators=[validators.MinValueValidator(0.0)]
    )
    category = models.ForeignKey(
        "catalog.Category", on_delete=models.PROTECT, related_name="products"
    )
    ships_to = models.ManyToManyField(
        "catalog.Country",
        db_table="catalog_product_ships_to",
        related_name="products",
        blank=True,
    )

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = "product"
        verbose_name_plural = "products"
        indexes = [models.Index(fields=["name"], name="product_ord_idx")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("catalog:product-detail", kwargs={"pk": self.pk})
