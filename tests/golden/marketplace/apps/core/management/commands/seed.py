"""`manage.py seed`: sample rows of every entity, made by the factories."""

from typing import Any, NamedTuple

from django.core.management.base import BaseCommand, CommandParser
from django.db import models, transaction
from factory.django import DjangoModelFactory

from apps.marketplace.factories import (
    CustomerFactory,
    GroupFactory,
    OrderFactory,
    OrderLineFactory,
    ProductFactory,
    ReviewFactory,
    SellerFactory,
    UserFactory,
)
from apps.marketplace.models import (
    Customer,
    Group,
    Order,
    OrderLine,
    Product,
    Review,
    Seller,
    User,
)

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
        Customer,
        CustomerFactory,
    ),
    Step(
        Seller,
        SellerFactory,
    ),
    Step(
        Group,
        GroupFactory,
    ),
    Step(
        Product,
        ProductFactory,
        reuse=(
            ("seller", Seller),
            ("group", Group),
        ),
    ),
    Step(
        Order,
        OrderFactory,
        reuse=(("customer", Customer),),
    ),
    Step(
        OrderLine,
        OrderLineFactory,
        reuse=(
            ("order", Order),
            ("product", Product),
        ),
    ),
    Step(
        Review,
        ReviewFactory,
        reuse=(
            ("customer", Customer),
            ("product", Product),
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
        GroupFactory.reset_sequence(Group.objects.count())
        OrderFactory.reset_sequence(Order.objects.count())
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
