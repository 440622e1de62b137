"""Factories for the Catalog models: valid rows for tests and seed data."""

import factory
from factory import fuzzy
from factory.django import DjangoModelFactory

from apps.core.factories import matching

from .models import Category, Country, Product, User


class UserFactory(DjangoModelFactory[User]):
    """Users log in with the password "password"."""

    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password("password")


class CategoryFactory(DjangoModelFactory[Category]):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"name-{n}")


class CountryFactory(DjangoModelFactory[Country]):
    class Meta:
        model = Country

    code = factory.LazyFunction(lambda: matching("^(?:[A-Z]{2})$", 2, unique=True))
    name = factory.Sequence(lambda n: f"name-{n}")


class ProductFactory(DjangoModelFactory[Product]):
    class Meta:
        model = Product
        skip_postgeneration_save = True

    sku = factory.LazyFunction(
        lambda: matching("^(?:[A-Z]{3}-[0-9]{4})$", 32, unique=True)
    )
    name = factory.Faker("text", max_nb_chars=200)
    description = factory.Faker("paragraph")
    price = fuzzy.FuzzyDecimal(0, 1000, precision=2)
    stock = fuzzy.FuzzyInteger(0, 1000)
    active = factory.Faker("pybool")
    weight_kg = fuzzy.FuzzyFloat(0.0, 1000.0)
    category = factory.SubFactory(CategoryFactory)

    @factory.post_generation
    def ships_to(self, create, extracted, **kwargs):
        if not create or not extracted:
            return
        self.ships_to.add(*extracted)
