from decimal import Decimal

from django.core import validators
from django.db import models
from django.urls import reverse
from django.utils import timezone

from apps.catalog.choices import OrderStatus


class Order(models.Model):
    number = models.CharField(max_length=20, unique=True)
    status = models.CharField(
        max_length=9,
        choices=OrderStatus.choices,
        blank=True,
        default=OrderStatus.PENDING,
    )
    total = models.DecimalField(
        max_digits=12,
        decimal_places=2,
        default=Decimal("0"),
        validators=[validators.MinValueValidator(Decimal("0"))],
    )
    placed_at = models.DateTimeField(default=timezone.now)
    notes = models.TextField(blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    customer = models.ForeignKey(
        "customers.Customer", on_delete=models.PROTECT, related_name="orders"
    )

    class Meta:
        ordering = ["-placed_at", "pk"]
        verbose_name = "order"
        verbose_name_plural = "orders"
        indexes = [models.Index(fields=["-placed_at"], name="order_ord_idx")]

    def __str__(self) -> str:
        return self.number

    def get_absolute_url(self) -> str:
        return reverse("orders:order-detail", kwargs={"pk": self.pk})

    def recalculate_total(self):
        """Declared in the domain model as `recalculate_total() -> Decimal`; yours to write."""
        raise NotImplementedError


class OrderLine(models.Model):
    quantity = models.PositiveIntegerField(
        default=1, validators=[validators.MinValueValidator(1)]
    )
    unit_price = models.DecimalField(
        max_digits=10,
        decimal_places=2,
        validators=[validators.MinValueValidator(Decimal("0"))],
    )
    order = models.ForeignKey(
        "orders.Order", on_delete=models.CASCADE, related_name="lines"
    )
    product = models.ForeignKey(
        "catalog.Product", on_delete=models.PROTECT, related_name="order_lines"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "order line"
        verbose_name_plural = "order lines"
        constraints = [
            models.UniqueConstraint(
                fields=["order", "product"], name="orders_order_line_order_product_uniq"
            )
        ]

    def __str__(self) -> str:
        return f"Order line {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("orders:order_line-detail", kwargs={"pk": self.pk})
