"""`manage.py seed`: sample rows of every entity, made by the factories."""

from typing import Any, NamedTuple

from django.core.management.base import BaseCommand, CommandParser
from django.db import models, transaction
from factory.django import DjangoModelFactory

from apps.core.factories import taken
from apps.inventory.factories import AssetFactory, VehicleFactory
from apps.inventory.models import Asset, Vehicle
from apps.spaces.factories import (
    AttendeeFactory,
    BookingFactory,
    LogFactory,
    MoveFactory,
    RoomFactory,
)
from apps.spaces.models import Attendee, Booking, Log, Move, Room
from apps.studio.factories import (
    CameraFactory,
    FolderFactory,
    MemberFactory,
    StatementFactory,
    StewardshipFactory,
)
from apps.studio.models import Camera, Folder, Member, Statement, Stewardship

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
        Member,
        MemberFactory,
        links=(("mentors", Member),),
    ),
    Step(
        Folder,
        FolderFactory,
        reuse=(("parent", Folder),),
    ),
    Step(
        Statement,
        StatementFactory,
        reuse=(("holder", Member),),
    ),
    Step(
        Room,
        RoomFactory,
    ),
    Step(
        Asset,
        AssetFactory,
        reuse=(
            ("member", Member),
            ("room", Room),
        ),
    ),
    Step(
        Camera,
        CameraFactory,
        reuse=(
            ("member", Member),
            ("room", Room),
        ),
    ),
    Step(
        Stewardship,
        StewardshipFactory,
        reuse=(
            ("room", Room),
            ("member", Member),
        ),
    ),
    Step(
        Vehicle,
        VehicleFactory,
        reuse=(("driver", Member),),
    ),
    Step(
        Booking,
        BookingFactory,
        reuse=(
            ("room", Room),
            ("booked_by", Member),
        ),
    ),
    Step(
        Attendee,
        AttendeeFactory,
        reuse=(("booking", Booking),),
    ),
    Step(
        Move,
        MoveFactory,
        reuse=(
            ("asset", Asset),
            ("source", Room),
            ("target", Room),
        ),
    ),
    Step(
        Log,
        LogFactory,
        reuse=(("room", Room),),
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
        MemberFactory.reset_sequence(Member.objects.count())
        RoomFactory.reset_sequence(Room.objects.count())
        VehicleFactory.reset_sequence(Vehicle.objects.count())
        BookingFactory.reset_sequence(Booking.objects.count())
        # Values drawn from a pattern skip those the rows already there hold.
        taken(
            "^(?:[A-Z]{2}-[0-9]{4,8})$", Asset.objects.values_list("serial", flat=True)
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
        if not Member.objects.filter(username=STAFF).exists():
            MemberFactory.create(username=STAFF, is_staff=True)
        self.stdout.write(f"users who write: {STAFF} (staff)")
