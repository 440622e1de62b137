from django.conf import settings
from django.core import validators
from django.db import models
from django.urls import reverse

from .choices import AddressKind


class Customer(models.Model):
    phone = models.CharField(
        max_length=20,
        blank=True,
        default="",
        validators=[validators.RegexValidator(r"^(?:\+?[0-9 ]{7,20})$")],
    )
    loyalty_points = models.PositiveIntegerField(default=0)
    birth_date = models.DateField(null=True, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="customer"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "customer"
        verbose_name_plural = "customers"

    def __str__(self) -> str:
        return self.phone or f"Customer {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("customers:customer-detail", kwargs={"pk": self.pk})


class Address(models.Model):
    kind = models.CharField(
        max_length=8,
        choices=AddressKind.choices,
        blank=True,
        default=AddressKind.SHIPPING,
    )
    line1 = models.CharField(max_length=200)
    city = models.CharField(max_length=100)
    postal_code = models.CharField(max_length=12)
    customer = models.ForeignKey(
        "customers.Customer", on_delete=models.CASCADE, related_name="addresses"
    )
    country = models.ForeignKey(
        "catalog.Country", on_delete=models.PROTECT, related_name="addresses"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "address"
        verbose_name_plural = "addresses"
        constraints = [
            models.UniqueConstraint(
                fields=["customer", "kind"], name="customers_address_customer_kind_uniq"
            )
        ]

    def __str__(self) -> str:
        return self.line1

    def get_absolute_url(self) -> str:
        return reverse("customers:address-detail", kwargs={"pk": self.pk})
