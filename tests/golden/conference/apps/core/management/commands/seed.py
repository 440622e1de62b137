"""`manage.py seed`: sample rows of every entity, made by the factories."""

from typing import Any, NamedTuple

from django.core.management.base import BaseCommand, CommandParser
from django.db import models, transaction
from factory.django import DjangoModelFactory

from apps.conference.factories import (
    MaterialFactory,
    RoomFactory,
    SpeakerFactory,
    SponsorFactory,
    TagFactory,
    TalkFactory,
    UserFactory,
)
from apps.conference.models import Material, Room, Speaker, Sponsor, Tag, Talk, User
from apps.core.factories import taken

LINKS_PER_ROW = 3
# Who signs in to write what a plain user may not; their password is the user factory's.
STAFF = "staff"


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
        Room,
        RoomFactory,
    ),
    Step(
        Speaker,
        SpeakerFactory,
    ),
    Step(
        Talk,
        TalkFactory,
        reuse=(
            ("speaker", Speaker),
            ("room", Room),
            ("reviewer", User),
        ),
        links=(("tags", Tag),),
    ),
    Step(
        Tag,
        TagFactory,
    ),
    Step(
        Material,
        MaterialFactory,
        reuse=(("talk", Talk),),
    ),
    Step(
        Sponsor,
        SponsorFactory,
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
        RoomFactory.reset_sequence(Room.objects.count())
        TagFactory.reset_sequence(Tag.objects.count())
        SponsorFactory.reset_sequence(Sponsor.objects.count())
        # Values drawn from a pattern skip those the rows already there hold.
        taken(
            r"^[^@\s]{1,84}@[^@\s]{1,84}\.[^@\s]{1,84}$",
            Speaker.objects.values_list("email", flat=True),
        )
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
        """A staff user, unless they exist."""
        if not User.objects.filter(username=STAFF).exists():
            UserFactory.create(username=STAFF, is_staff=True)
        self.stdout.write(f"users who write: {STAFF} (staff)")
