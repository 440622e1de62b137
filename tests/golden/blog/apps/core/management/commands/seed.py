"""`manage.py seed`: sample rows of every entity, made by the factories."""

from typing import Any, NamedTuple

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandParser
from django.db import models, transaction
from factory.django import DjangoModelFactory

from apps.blog.factories import (
    CategoryFactory,
    CommentFactory,
    PostFactory,
    TagFactory,
    UserFactory,
)
from apps.blog.models import Category, Comment, Post, Tag, User

LINKS_PER_ROW = 3
# Who signs in to write what a plain user may not; their password is the user factory's.
STAFF = "staff"
MEMBER = "member"  # holds every role
ROLES = ["editor"]


class Step(NamedTuple):
    """How one entity is seeded."""

    model: type[models.Model]
    factory: type[DjangoModelFactory[Any]]
    # Keys filled with an existing row, so N rows never cost N**depth related rows.
    reuse: tuple[tuple[str, type[models.Model]], ...] = ()
    # Many-to-many relations that get a few existing rows each.
    links: tuple[tuple[str, type[models.Model]], ...] = ()


# Every concrete entity, after the entities its required keys point at.
STEPS = (
    Step(
        User,
        UserFactory,
    ),
    Step(
        Category,
        CategoryFactory,
    ),
    Step(
        Tag,
        TagFactory,
    ),
    Step(
        Post,
        PostFactory,
        reuse=(
            ("author", User),
            ("category", Category),
        ),
        links=(("tags", Tag),),
    ),
    Step(
        Comment,
        CommentFactory,
        reuse=(
            ("post", Post),
            ("author", User),
        ),
    ),
)


def existing(
    relations: tuple[tuple[str, type[models.Model]], ...],
) -> dict[str, models.Model]:
    """A random existing row for each relation whose table has one; the factory makes the
    others."""
    picked: dict[str, models.Model] = {}
    for name, model in relations:
        row = model._default_manager.order_by("?").first()
        if row is not None:
            picked[name] = row
    return picked


class Command(BaseCommand):
    help = "Create sample rows of every entity through the factories."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--count",
            type=int,
            default=10,
            help="Rows to create per entity (default 10).",
        )

    @transaction.atomic
    def handle(self, *args, count: int, **options) -> None:
        # Unique values count on past the rows already there, so a second run adds new ones.
        UserFactory.reset_sequence(User.objects.count())
        CategoryFactory.reset_sequence(Category.objects.count())
        TagFactory.reset_sequence(Tag.objects.count())
        PostFactory.reset_sequence(Post.objects.count())
        for step in STEPS:
            for _ in range(count):
                row = step.factory.create(**existing(step.reuse))
                for name, target in step.links:
                    getattr(row, name).add(
                        *target._default_manager.order_by("?")[:LINKS_PER_ROW]
                    )
            self.stdout.write(
                f"{step.model._meta.verbose_name_plural}: {count} created, "
                f"{step.model._default_manager.count()} in total"
            )
        self.seed_writers()
        self.stdout.write(self.style.SUCCESS("Seeded."))

    def seed_writers(self) -> None:
        """A staff user, and a user who holds every role, unless they exist."""
        if not User.objects.filter(username=STAFF).exists():
            UserFactory.create(username=STAFF, is_staff=True)
        member = User.objects.filter(username=MEMBER).first()
        if member is None:
            member = UserFactory.create(username=MEMBER)
        member.groups.add(*Group.objects.filter(name__in=ROLES))
        self.stdout.write(f"users who write: {STAFF} (staff), {MEMBER} (every role)")
