"""Factories for the Spaces models: valid rows for tests and seed data."""

import datetime

import factory
from factory import fuzzy
from factory.django import DjangoModelFactory

from .models import Attendee, Booking, Log, Move, Room


class RoomFactory(DjangoModelFactory[Room]):
    class Meta:
        model = Room
        skip_postgeneration_save = True

    code = factory.Sequence(lambda n: f"code-{n}")
    capacity = fuzzy.FuzzyInteger(1, 1001)

    @factory.post_generation
    def stewards(self, create, extracted, **kwargs):
        if not create or not extracted:
            return
        from apps.studio.factories import StewardshipFactory

        for row in extracted:
            StewardshipFactory.create(room=self, member=row)


class BookingFactory(DjangoModelFactory[Booking]):
    class Meta:
        model = Booking

    starts_at = factory.Sequence(
        lambda n: (
            datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
            + datetime.timedelta(minutes=n)
        )
    )
    ends_at = factory.Faker("date_time", tzinfo=datetime.UTC)
    purpose = factory.Faker("text", max_nb_chars=200)
    room = factory.SubFactory(RoomFactory)
    booked_by = factory.SubFactory("apps.studio.factories.MemberFactory")


class AttendeeFactory(DjangoModelFactory[Attendee]):
    class Meta:
        model = Attendee

    name = factory.Faker("text", max_nb_chars=80)
    confirmed = factory.Faker("pybool")
    booking = factory.SubFactory(BookingFactory)


class MoveFactory(DjangoModelFactory[Move]):
    class Meta:
        model = Move

    moved_at = factory.Faker("date_time", tzinfo=datetime.UTC)
    reason = factory.Faker("paragraph")
    asset = factory.SubFactory("apps.inventory.factories.AssetFactory")
    source = factory.SubFactory(RoomFactory)
    target = factory.SubFactory(RoomFactory)


class LogFactory(DjangoModelFactory[Log]):
    class Meta:
        model = Log

    message = factory.Faker("text", max_nb_chars=200)
    room = factory.SubFactory(RoomFactory)
