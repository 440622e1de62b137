from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core import validators
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse

from .choices import IssueKind


class Issue(models.Model):
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True, default="")
    kind = models.CharField(
        max_length=5, choices=IssueKind.choices, blank=True, default=IssueKind.TASK
    )
    priority = models.SmallIntegerField(
        default=3,
        validators=[validators.MinValueValidator(1), validators.MaxValueValidator(5)],
    )
    estimate = models.DurationField(null=True, blank=True)
    order = models.IntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    project = models.ForeignKey(
        "projects.Project", on_delete=models.CASCADE, related_name="issues"
    )
    sprint = models.ForeignKey(
        "projects.Sprint",
        on_delete=models.SET_NULL,
        related_name="issues",
        null=True,
        blank=True,
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        related_name="children",
        null=True,
        blank=True,
    )
    labels = models.ManyToManyField(
        "work.Label", db_table="work_issue_labels", related_name="issues", blank=True
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        related_name="issues_as_assignee",
        null=True,
        blank=True,
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="issues_as_reporter",
    )

    class Meta:
        ordering = ["priority", "-created_at", "pk"]
        verbose_name = "issue"
        verbose_name_plural = "issues"
        indexes = [
            models.Index(fields=["priority", "-created_at"], name="issue_ord_idx")
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("work:issue-detail", kwargs={"pk": self.pk})

    def close(self, resolution):
        """Declared in the domain model as `close(resolution) -> None`; yours to write."""
        raise NotImplementedError


class Label(models.Model):
    name = models.CharField(max_length=40, unique=True)
    color = models.CharField(
        max_length=7, validators=[validators.RegexValidator("^(?:#[0-9a-fA-F]{6})$")]
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "label"
        verbose_name_plural = "labels"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("work:label-detail", kwargs={"pk": self.pk})


class Activity(models.Model):
    message = models.CharField(max_length=300)
    created_at = models.DateTimeField(auto_now_add=True)
    issue = models.ForeignKey(
        "work.Issue", on_delete=models.CASCADE, related_name="activities"
    )

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = "activity"
        verbose_name_plural = "activities"
        indexes = [models.Index(fields=["-created_at"], name="activity_ord_idx")]

    def __str__(self) -> str:
        return self.message

    def get_absolute_url(self) -> str:
        return reverse("work:activity-detail", kwargs={"pk": self.pk})


class User(AbstractUser):
    class Meta:
        ordering = ["pk"]
        verbose_name = "user"
        verbose_name_plural = "users"
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                name="work_user_email_ci_uniq",
                condition=~models.Q(email=""),
            )
        ]

    def get_absolute_url(self) -> str:
        return reverse("work:user-detail", kwargs={"pk": self.pk})
