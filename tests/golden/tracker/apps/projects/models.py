from django.core import validators
from django.db import models
from django.urls import reverse


class Project(models.Model):
    key = models.CharField(
        max_length=10,
        unique=True,
        validators=[validators.RegexValidator("^(?:[A-Z][A-Z0-9]+)$")],
    )
    name = models.CharField(max_length=120)
    description = models.TextField(blank=True, default="")
    archived = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = "project"
        verbose_name_plural = "projects"
        indexes = [models.Index(fields=["-created_at"], name="project_ord_idx")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("projects:project-detail", kwargs={"pk": self.pk})


class Sprint(models.Model):
    name = models.CharField(max_length=80)
    starts_on = models.DateField()
    ends_on = models.DateField()
    goal = models.TextField(blank=True, default="")
    project = models.ForeignKey(
        "projects.Project", on_delete=models.CASCADE, related_name="sprints"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "sprint"
        verbose_name_plural = "sprints"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("projects:sprint-detail", kwargs={"pk": self.pk})
