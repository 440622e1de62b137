"""Factories for the Conference models: valid rows for tests and seed data."""

import datetime
import uuid

import factory
from factory import fuzzy
from factory.django import DjangoModelFactory

from apps.core.factories import matching

from .choices import Language, Level, SponsorTier, TalkFormat
from .models import Material, Room, Speaker, Sponsor, Tag, Talk, User


class UserFactory(DjangoModelFactory[User]):
    """Users log in with the password "password"."""

    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password("password")


class RoomFactory(DjangoModelFactory[Room]):
    class Meta:
        model = Room

    name = factory.Sequence(lambda n: f"name-{n}")
    seats = fuzzy.FuzzyInteger(1, 2000)
    floor = fuzzy.FuzzyInteger(0, 1000)
    accessible = factory.Faker("pybool")


class SpeakerFactory(DjangoModelFactory[Speaker]):
    class Meta:
        model = Speaker

    full_name = factory.Faker("text", max_nb_chars=120)
    email = factory.LazyFunction(
        lambda: matching(r"^[^@\s]{1,84}@[^@\s]{1,84}\.[^@\s]{1,84}$", 255, unique=True)
    )
    biography = factory.Faker("paragraph")
    rating = fuzzy.FuzzyFloat(0.0, 5.0)
    fee = fuzzy.FuzzyDecimal(0, 1000, precision=2)


class TalkFactory(DjangoModelFactory[Talk]):
    class Meta:
        model = Talk
        skip_postgeneration_save = True

    title = factory.Faker("text", max_nb_chars=120)
    level = fuzzy.FuzzyChoice(Level.values)
    format = fuzzy.FuzzyChoice(TalkFormat.values)
    language = fuzzy.FuzzyChoice(Language.values)
    day = factory.Faker("date_object")
    starts_at = factory.Faker("time_object")
    length = factory.Faker("time_delta", end_datetime="+30d")
    submitted_at = factory.Faker("date_time", tzinfo=datetime.UTC)
    published_at = factory.Faker("date_time", tzinfo=datetime.UTC)
    score = fuzzy.FuzzyFloat(0.0, 1000.0)
    reference = factory.LazyFunction(uuid.uuid4)
    speaker = factory.SubFactory(SpeakerFactory)

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if not create or not extracted:
            return
        self.tags.add(*extracted)


class TagFactory(DjangoModelFactory[Tag]):
    class Meta:
        model = Tag

    label = factory.Sequence(lambda n: f"label-{n}")


class MaterialFactory(DjangoModelFactory[Material]):
    class Meta:
        model = Material

    name = factory.Faker("text", max_nb_chars=200)
    talk = factory.SubFactory(TalkFactory)


class SponsorFactory(DjangoModelFactory[Sponsor]):
    class Meta:
        model = Sponsor

    name = factory.Sequence(lambda n: f"name-{n}")
    tier = fuzzy.FuzzyChoice(SponsorTier.values)
