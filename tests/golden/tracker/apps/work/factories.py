"""Factories for the Work models: valid rows for tests and seed data."""

import factory
from factory import fuzzy
from factory.django import DjangoModelFactory

from apps.core.factories import matching

from .choices import IssueKind
from .models import Activity, Issue, Label, User


class IssueFactory(DjangoModelFactory[Issue]):
    class Meta:
        model = Issue
        skip_postgeneration_save = True

    title = factory.Faker("text", max_nb_chars=200)
    description = factory.Faker("paragraph")
    kind = fuzzy.FuzzyChoice(IssueKind.values)
    priority = fuzzy.FuzzyInteger(1, 5)
    estimate = factory.Faker("time_delta", end_datetime="+30d")
    order = fuzzy.FuzzyInteger(0, 1000)
    project = factory.SubFactory("apps.projects.factories.ProjectFactory")
    reporter = factory.SubFactory("apps.work.factories.UserFactory")

    @factory.post_generation
    def labels(self, create, extracted, **kwargs):
        if not create or not extracted:
            return
        self.labels.add(*extracted)


class LabelFactory(DjangoModelFactory[Label]):
    class Meta:
        model = Label

    name = factory.Sequence(lambda n: f"name-{n}")
    color = factory.LazyFunction(lambda: matching("^(?:#[0-9a-fA-F]{6})$", 7))


class ActivityFactory(DjangoModelFactory[Activity]):
    class Meta:
        model = Activity

    message = factory.Faker("text", max_nb_chars=200)
    issue = factory.SubFactory(IssueFactory)


class UserFactory(DjangoModelFactory[User]):
    """Users log in with the password "password"."""

    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password("password")
