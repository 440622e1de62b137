import uuid
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core import validators
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse

from .choices import PostStatus


class User(AbstractUser):
    bio = models.TextField(max_length=2000, blank=True, default="")
    website = models.URLField(max_length=200, blank=True, default="")

    class Meta:
        ordering = ["pk"]
        verbose_name = "user"
        verbose_name_plural = "users"
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                name="blog_user_email_ci_uniq",
                condition=~models.Q(email=""),
            )
        ]

    def get_absolute_url(self) -> str:
        return reverse("blog:user-detail", kwargs={"pk": self.pk})


class Category(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=50, unique=True)
    description = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["pk"]
        verbose_name = "category"
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("blog:category-detail", kwargs={"pk": self.pk})


class Tag(models.Model):
    name = models.CharField(max_length=50, unique=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = "tag"
        verbose_name_plural = "tags"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("blog:tag-detail", kwargs={"pk": self.pk})


class Post(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=50, unique=True)
    content = models.TextField()
    excerpt = models.CharField(max_length=500, blank=True, default="")
    status = models.CharField(
        max_length=9, choices=PostStatus.choices, blank=True, default=PostStatus.DRAFT
    )
    rating = models.DecimalField(
        max_digits=3,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[
            validators.MinValueValidator(Decimal("0")),
            validators.MaxValueValidator(Decimal("5")),
        ],
    )
    view_count = models.IntegerField(
        default=0, validators=[validators.MinValueValidator(0)]
    )
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    tags = models.ManyToManyField(
        "blog.Tag", db_table="blog_post_tags", related_name="posts", blank=True
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="posts"
    )
    category = models.ForeignKey(
        "blog.Category",
        on_delete=models.SET_NULL,
        related_name="posts",
        null=True,
        blank=True,
    )

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = "post"
        verbose_name_plural = "posts"
        indexes = [models.Index(fields=["-created_at"], name="post_ord_idx")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("blog:post-detail", kwargs={"pk": self.pk})

    def publish(self, at):
        """Declared in the domain model as `publish(at) -> None`; yours to write."""
        raise NotImplementedError

    def word_count(self):
        """Declared in the domain model as `word_count() -> int`; yours to write."""
        raise NotImplementedError


class Comment(models.Model):
    body = models.TextField(max_length=2000)
    approved = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    post = models.ForeignKey(
        "blog.Post", on_delete=models.CASCADE, related_name="comments"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="comments"
    )

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = "comment"
        verbose_name_plural = "comments"
        indexes = [models.Index(fields=["-created_at"], name="comment_ord_idx")]

    def __str__(self) -> str:
        return f"Comment {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("blog:comment-detail", kwargs={"pk": self.pk})
