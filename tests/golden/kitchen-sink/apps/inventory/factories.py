"""Factories for the Inventory models: valid rows for tests and seed data."""

import uuid

import factory
from factory import fuzzy
from factory.django import DjangoModelFactory

from apps.core.factories import matching
from apps.studio.choices import Condition

from .choices import AssetSize
from .models import Asset, Vehicle


class AssetFactory(DjangoModelFactory[Asset]):
    class Meta:
        model = Asset

    name = factory.Faker("text", max_nb_chars=80)
    notes = factory.Faker("paragraph")
    serial = factory.LazyFunction(
        lambda: matching("^(?:[A-Z]{2}-[0-9]{4,8})$", 16, unique=True)
    )
    price = fuzzy.FuzzyDecimal(0, 1000, precision=2)
    weight = fuzzy.FuzzyFloat(0.0, 1000.0)
    quantity = fuzzy.FuzzyInteger(0, 1000)
    rank = fuzzy.FuzzyInteger(-5, 5)
    views = fuzzy.FuzzyInteger(0, 1000)
    active = factory.Faker("pybool")
    purchased_on = factory.Faker("date_object")
    opens_at = factory.Faker("time_object")
    warranty = factory.Faker("time_delta", end_datetime="+30d")
    specs = factory.Faker(
        "pydict", nb_elements=3, variable_nb_elements=False, value_types=[str, int]
    )
    labels = factory.Faker("words", nb=3)
    blob = factory.Faker("binary", length=32)
    address = factory.Faker("ipv4")
    website = factory.Faker("url")
    contact = factory.Faker("email")
    token = factory.LazyFunction(uuid.uuid4)
    condition = fuzzy.FuzzyChoice(Condition.values)
    size = fuzzy.FuzzyChoice(AssetSize.values)
    from_value = factory.Faker("text", max_nb_chars=40)
    class_value = factory.Faker("text", max_nb_chars=20)
    order = fuzzy.FuzzyInteger(0, 1000)
    member = factory.SubFactory("apps.studio.factories.MemberFactory")


class VehicleFactory(DjangoModelFactory[Vehicle]):
    class Meta:
        model = Vehicle

    name = factory.Faker("text", max_nb_chars=80)
    notes = factory.Faker("paragraph")
    plate = factory.Sequence(lambda n: f"plate-{n}")
    seats = fuzzy.FuzzyInteger(1, 90)
