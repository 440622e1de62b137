"""Factories for the Customers models: valid rows for tests and seed data."""

import factory
from factory import fuzzy
from factory.django import DjangoModelFactory

from apps.core.factories import matching

from .choices import AddressKind
from .models import Address, Customer


class CustomerFactory(DjangoModelFactory[Customer]):
    class Meta:
        model = Customer

    phone = factory.LazyFunction(lambda: matching(r"^(?:\+?[0-9 ]{7,20})$", 20))
    loyalty_points = fuzzy.FuzzyInteger(0, 1000)
    birth_date = factory.Faker("date_object")
    user = factory.SubFactory("apps.catalog.factories.UserFactory")


class AddressFactory(DjangoModelFactory[Address]):
    class Meta:
        model = Address

    kind = fuzzy.FuzzyChoice(AddressKind.values)
    line1 = factory.Faker("text", max_nb_chars=200)
    city = factory.Faker("text", max_nb_chars=100)
    postal_code = factory.Faker("text", max_nb_chars=12)
    customer = factory.SubFactory(CustomerFactory)
    country = factory.SubFactory("apps.catalog.factories.CountryFactory")
