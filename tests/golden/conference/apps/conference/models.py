from decimal import Decimal

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core import validators
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse

from .choices import Language, Level, SponsorTier, TalkFormat


class User(AbstractUser):
    class Meta:
        ordering = ["pk"]
        verbose_name = "user"
        verbose_name_plural = "users"
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                name="conference_user_email_ci_uniq",
                condition=~models.Q(email=""),
            )
        ]

    def get_absolute_url(self) -> str:
        return reverse("conference:user-detail", kwargs={"pk": self.pk})


class Room(models.Model):
    """A room talks are held in."""

    name = models.CharField(max_length=40, unique=True)
    seats = models.IntegerField(
        validators=[validators.MinValueValidator(1), validators.MaxValueValidator(2000)]
    )
    floor = models.BigIntegerField(null=True, blank=True)
    accessible = models.BooleanField(null=True, blank=True)

    class Meta:
        db_table = "conference_room"
        ordering = ["pk"]
        verbose_name = "room"
        verbose_name_plural = "rooms"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("conference:room-detail", kwargs={"pk": self.pk})


class Speaker(models.Model):
    """Someone who gives talks."""

    full_name = models.CharField(
        max_length=120,
        validators=[validators.MinLengthValidator(2)],
        help_text="As printed in the programme.",
    )
    email = models.CharField(
        max_length=255,
        unique=True,
        validators=[validators.RegexValidator(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")],
    )
    biography = models.TextField(blank=True, default="")
    photo = models.ImageField(upload_to="conference/speaker/", null=True, blank=True)
    rating = models.FloatField(
        null=True,
        blank=True,
        validators=[
            validators.MinValueValidator(0.0),
            validators.MaxValueValidator(5.0),
        ],
    )
    fee = models.DecimalField(
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[validators.MinValueValidator(Decimal("0"))],
    )
    account = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        related_name="speaker",
        null=True,
        blank=True,
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "speaker"
        verbose_name_plural = "speakers"

    def __str__(self) -> str:
        return self.full_name

    def get_absolute_url(self) -> str:
        return reverse("conference:speaker-detail", kwargs={"pk": self.pk})


class Talk(models.Model):
    title = models.CharField(max_length=120)
    level = models.CharField(max_length=12, choices=Level.choices)
    format = models.CharField(
        max_length=8, choices=TalkFormat.choices, blank=True, default=""
    )
    language = models.CharField(
        max_length=7, choices=Language.choices, blank=True, default=""
    )
    day = models.DateField()
    starts_at = models.TimeField()
    length = models.DurationField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    slides = models.FileField(upload_to="conference/talk/", null=True, blank=True)
    score = models.FloatField(null=True, blank=True)
    reference = models.UUIDField(unique=True, null=True, blank=True)
    speaker = models.ForeignKey(
        "conference.Speaker",
        on_delete=models.PROTECT,
        related_name="talks",
        help_text="The speaker who proposed it.",
    )
    room = models.ForeignKey(
        "conference.Room",
        on_delete=models.SET_NULL,
        related_name="talks",
        null=True,
        blank=True,
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        related_name="talks",
        null=True,
        blank=True,
    )
    tags = models.ManyToManyField(
        "conference.Tag",
        db_table="conference_talk_tags",
        related_name="talks",
        blank=True,
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "talk"
        verbose_name_plural = "talks"

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("conference:talk-detail", kwargs={"pk": self.pk})


class Tag(models.Model):
    label = models.CharField(
        max_length=30, unique=True, validators=[validators.MinLengthValidator(2)]
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "tag"
        verbose_name_plural = "tags"

    def __str__(self) -> str:
        return self.label

    def get_absolute_url(self) -> str:
        return reverse("conference:tag-detail", kwargs={"pk": self.pk})


class Material(models.Model):
    """Attachments a speaker sends with a talk."""

    name = models.CharField(max_length=255)
    file = models.FileField(upload_to="conference/material/", null=True, blank=True)
    talk = models.ForeignKey(
        "conference.Talk", on_delete=models.CASCADE, related_name="materials"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "material"
        verbose_name_plural = "materials"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("conference:material-detail", kwargs={"pk": self.pk})


class Sponsor(models.Model):
    name = models.CharField(max_length=255, unique=True)
    tier = models.CharField(max_length=6, choices=SponsorTier.choices)

    class Meta:
        ordering = ["pk"]
        verbose_name = "sponsor"
        verbose_name_plural = "sponsors"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("conference:sponsor-detail", kwargs={"pk": self.pk})
