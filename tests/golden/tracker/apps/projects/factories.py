"""Factories for the Projects models: valid rows for tests and seed data."""

import factory
from factory.django import DjangoModelFactory

from apps.core.factories import matching

from .models import Project, Sprint


class ProjectFactory(DjangoModelFactory[Project]):
    class Meta:
        model = Project

    key = factory.LazyFunction(
        lambda: matching("^(?:[A-Z][A-Z0-9]{1,9})$", 10, unique=True)
    )
    name = factory.Faker("text", max_nb_chars=120)
    description = factory.Faker("paragraph")
    archived = factory.Faker("pybool")


class SprintFactory(DjangoModelFactory[Sprint]):
    class Meta:
        model = Sprint

    name = factory.Faker("text", max_nb_chars=80)
    starts_on = factory.Faker("date_object")
    ends_on = factory.Faker("date_object")
    goal = factory.Faker("paragraph")
    project = factory.SubFactory(ProjectFactory)
