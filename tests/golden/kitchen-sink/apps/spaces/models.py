from django.conf import settings
from django.core import validators
from django.db import models
from django.urls import reverse
from django.utils import timezone


class Room(models.Model):
    code = models.SlugField(max_length=50, unique=True)
    capacity = models.IntegerField(validators=[validators.MinValueValidator(1)])
    stewards = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="studio.Stewardship",
        related_name="rooms",
        blank=True,
    )
    folder = models.OneToOneField(
        "studio.Folder",
        on_delete=models.SET_NULL,
        related_name="room",
        null=True,
        blank=True,
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "room"
        verbose_name_plural = "rooms"

    def __str__(self) -> str:
        return self.code

    def get_absolute_url(self) -> str:
        return reverse("spaces:room-detail", kwargs={"pk": self.pk})


class Booking(models.Model):
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    purpose = models.CharField(max_length=200, blank=True, default="")
    room = models.ForeignKey(
        "spaces.Room", on_delete=models.PROTECT, related_name="bookings"
    )
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="bookings"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "booking"
        verbose_name_plural = "bookings"
        constraints = [
            models.UniqueConstraint(
                fields=["room", "starts_at"], name="spaces_booking_room_starts_at_uniq"
            )
        ]

    def __str__(self) -> str:
        return self.purpose or f"Booking {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("spaces:booking-detail", kwargs={"pk": self.pk})


class Attendee(models.Model):
    name = models.CharField(max_length=80)
    confirmed = models.BooleanField(default=False)
    booking = models.ForeignKey(
        "spaces.Booking", on_delete=models.CASCADE, related_name="attendees"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "attendee"
        verbose_name_plural = "attendees"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("spaces:attendee-detail", kwargs={"pk": self.pk})


class Move(models.Model):
    moved_at = models.DateTimeField(default=timezone.now)
    reason = models.TextField(blank=True, default="")
    asset = models.ForeignKey(
        "inventory.Asset", on_delete=models.PROTECT, related_name="moves"
    )
    source = models.ForeignKey(
        "spaces.Room", on_delete=models.PROTECT, related_name="moves_as_source"
    )
    target = models.ForeignKey(
        "spaces.Room", on_delete=models.PROTECT, related_name="moves_as_target"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "move"
        verbose_name_plural = "moves"

    def __str__(self) -> str:
        return f"Move {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("spaces:move-detail", kwargs={"pk": self.pk})


class Log(models.Model):
    message = models.CharField(max_length=300)
    created_at = models.DateTimeField(auto_now_add=True)
    room = models.ForeignKey(
        "spaces.Room", on_delete=models.CASCADE, related_name="logs"
    )

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = "log"
        verbose_name_plural = "logs"
        indexes = [models.Index(fields=["-created_at"], name="log_ord_idx")]

    def __str__(self) -> str:
        return self.message

    def get_absolute_url(self) -> str:
        return reverse("spaces:log-detail", kwargs={"pk": self.pk})
