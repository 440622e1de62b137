"""Factories for the Studio models: valid rows for tests and seed data."""

from typing import Any, cast

import factory
from factory import fuzzy
from factory.django import DjangoModelFactory

from apps.inventory.factories import AssetFactory

from .models import Camera, Folder, Member, Statement, Stewardship


class MemberFactory(DjangoModelFactory[Member]):
    """Users log in with the password "password"."""

    class Meta:
        model = Member
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password("password")
    display_name = factory.Faker("text", max_nb_chars=200)
    bio = factory.Faker("text", max_nb_chars=200)

    @factory.post_generation
    def mentors(self, create, extracted, **kwargs):
        if not create or not extracted:
            return
        self.mentors.add(*extracted)


class FolderFactory(DjangoModelFactory[Folder]):
    class Meta:
        model = Folder

    name = factory.Faker("text", max_nb_chars=60)


class StatementFactory(DjangoModelFactory[Statement]):
    class Meta:
        model = Statement

    total = fuzzy.FuzzyDecimal(0, 1000, precision=2)
    issued_on = factory.Faker("date_object")
    holder = factory.SubFactory(MemberFactory)


class CameraFactory(AssetFactory):
    class Meta:
        model = Camera

    megapixels = fuzzy.FuzzyDecimal(0, 999, precision=1)

    @classmethod
    def create(cls, **kwargs: Any) -> Camera:
        # What the parent factory makes is typed as the parent's model.
        return cast(Camera, super().create(**kwargs))

    @classmethod
    def build(cls, **kwargs: Any) -> Camera:
        return cast(Camera, super().build(**kwargs))


class StewardshipFactory(DjangoModelFactory[Stewardship]):
    class Meta:
        model = Stewardship

    since = factory.Faker("date_object")
    lead = factory.Faker("pybool")
    room = factory.SubFactory("apps.spaces.factories.RoomFactory")
    member = factory.SubFactory(MemberFactory)
