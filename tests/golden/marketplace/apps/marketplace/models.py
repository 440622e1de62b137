from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse

from .choices import OrderStatus, ProductStatus


class User(AbstractUser):
    email = models.EmailField(max_length=254, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = "user"
        verbose_name_plural = "users"
        constraints = [
            models.UniqueConstraint(
                Lower("email"), name="marketplace_user_email_ci_uniq"
            )
        ]
        indexes = [models.Index(fields=["-created_at"], name="user_ord_idx")]

    def __str__(self) -> str:
        return self.email

    def get_absolute_url(self) -> str:
        return reverse("marketplace:user-detail", kwargs={"pk": self.pk})


class Customer(User):
    phone = models.CharField(max_length=255)
    shipping_address = models.CharField(max_length=255)

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = "customer"
        verbose_name_plural = "customers"

    def __str__(self) -> str:
        return self.phone

    def get_absolute_url(self) -> str:
        return reverse("marketplace:customer-detail", kwargs={"pk": self.pk})


class Seller(User):
    shop_name = models.CharField(max_length=255)
    rating = models.DecimalField(max_digits=10, decimal_places=2)

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = "seller"
        verbose_name_plural = "sellers"

    def __str__(self) -> str:
        return self.shop_name

    def get_absolute_url(self) -> str:
        return reverse("marketplace:seller-detail", kwargs={"pk": self.pk})


class Group(models.Model):
    name = models.CharField(max_length=255)
    slug = models.SlugField(max_length=50, unique=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = "group"
        verbose_name_plural = "groups"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("marketplace:group-detail", kwargs={"pk": self.pk})


class Product(models.Model):
    name = models.CharField(max_length=255)
    description = models.TextField()
    price = models.DecimalField(max_digits=10, decimal_places=2)
    stock = models.IntegerField()
    status = models.CharField(max_length=9, choices=ProductStatus.choices)
    seller = models.ForeignKey(
        "marketplace.Seller", on_delete=models.PROTECT, related_name="products"
    )
    group = models.ForeignKey(
        "marketplace.Group", on_delete=models.PROTECT, related_name="products"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "product"
        verbose_name_plural = "products"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("marketplace:product-detail", kwargs={"pk": self.pk})

    def validatePrice(self):
        """Declared in the domain model as `validatePrice() -> Boolean`; yours to write."""
        raise NotImplementedError

    def publish(self):
        """Declared in the domain model as `publish() -> void`; yours to write."""
        raise NotImplementedError

    def save_product(self):
        """Declared in the domain model as `save_product()`; yours to write."""
        raise NotImplementedError


class Order(models.Model):
    reference = models.CharField(max_length=255, unique=True)
    placed_on = models.DateField()
    status = models.CharField(max_length=7, choices=OrderStatus.choices)
    customer = models.ForeignKey(
        "marketplace.Customer", on_delete=models.PROTECT, related_name="orders"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "order"
        verbose_name_plural = "orders"

    def __str__(self) -> str:
        return self.reference

    def get_absolute_url(self) -> str:
        return reverse("marketplace:order-detail", kwargs={"pk": self.pk})

    def total(self):
        """Declared in the domain model as `total() -> Decimal`; yours to write."""
        raise NotImplementedError


class OrderLine(models.Model):
    quantity = models.IntegerField()
    unit_price = models.DecimalField(max_digits=10, decimal_places=2)
    order = models.ForeignKey(
        "marketplace.Order", on_delete=models.CASCADE, related_name="order_lines"
    )
    product = models.ForeignKey(
        "marketplace.Product", on_delete=models.PROTECT, related_name="order_lines"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "order line"
        verbose_name_plural = "order lines"

    def __str__(self) -> str:
        return f"Order line {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("marketplace:order_line-detail", kwargs={"pk": self.pk})


class Review(models.Model):
    rating = models.IntegerField()
    comment = models.CharField(max_length=255)
    created_at = models.DateTimeField(auto_now_add=True)
    customer = models.ForeignKey(
        "marketplace.Customer", on_delete=models.PROTECT, related_name="reviews"
    )
    product = models.ForeignKey(
        "marketplace.Product", on_delete=models.PROTECT, related_name="reviews"
    )

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = "review"
        verbose_name_plural = "reviews"
        indexes = [models.Index(fields=["-created_at"], name="review_ord_idx")]

    def __str__(self) -> str:
        return self.comment

    def get_absolute_url(self) -> str:
        return reverse("marketplace:review-detail", kwargs={"pk": self.pk})
