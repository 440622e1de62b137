from decimal import Decimal

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core import validators
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse

from apps.inventory.models import Asset


class Member(AbstractUser):
    display_name = models.CharField(max_length=255)
    bio = models.TextField(max_length=1000, blank=True, default="")
    avatar = models.ImageField(upload_to="studio/member/", null=True, blank=True)
    mentors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        symmetrical=False,
        db_table="studio_member_mentors",
        related_name="mentors_of",
        blank=True,
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "member"
        verbose_name_plural = "members"
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                name="studio_member_email_ci_uniq",
                condition=~models.Q(email=""),
            )
        ]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("studio:member-detail", kwargs={"pk": self.pk})


class Folder(models.Model):
    name = models.CharField(max_length=60)
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        related_name="children",
        null=True,
        blank=True,
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "folder"
        verbose_name_plural = "folders"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("studio:folder-detail", kwargs={"pk": self.pk})


class Statement(models.Model):
    total = models.DecimalField(
        max_digits=10,
        decimal_places=2,
        validators=[validators.MinValueValidator(Decimal("0"))],
    )
    issued_on = models.DateField()
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="statements"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "statement"
        verbose_name_plural = "statements"

    def __str__(self) -> str:
        return f"Statement {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("studio:statement-detail", kwargs={"pk": self.pk})


class Camera(Asset):
    megapixels = models.DecimalField(max_digits=4, decimal_places=1)

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = "camera"
        verbose_name_plural = "cameras"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("studio:camera-detail", kwargs={"pk": self.pk})


class Stewardship(models.Model):
    since = models.DateField()
    lead = models.BooleanField(default=False)
    room = models.ForeignKey(
        "spaces.Room", on_delete=models.CASCADE, related_name="stewardships"
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="stewardships"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "stewardship"
        verbose_name_plural = "stewardships"

    def __str__(self) -> str:
        return f"Stewardship {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("studio:stewardship-detail", kwargs={"pk": self.pk})
