"""Factories for the Blog models: valid rows for tests and seed data."""

import datetime

import factory
from factory import fuzzy
from factory.django import DjangoModelFactory

from .choices import PostStatus
from .models import Category, Comment, Post, Tag, User


class UserFactory(DjangoModelFactory[User]):
    """Users log in with the password "password"."""

    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password("password")
    bio = factory.Faker("text", max_nb_chars=200)
    website = factory.Faker("url")


class CategoryFactory(DjangoModelFactory[Category]):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"name-{n}")
    slug = factory.Sequence(lambda n: f"slug-{n}")
    description = factory.Faker("paragraph")


class TagFactory(DjangoModelFactory[Tag]):
    class Meta:
        model = Tag

    name = factory.Sequence(lambda n: f"name-{n}")


class PostFactory(DjangoModelFactory[Post]):
    class Meta:
        model = Post
        skip_postgeneration_save = True

    title = factory.Faker("text", max_nb_chars=200)
    slug = factory.Sequence(lambda n: f"slug-{n}")
    content = factory.Faker("paragraph")
    excerpt = factory.Faker("text", max_nb_chars=200)
    status = fuzzy.FuzzyChoice(PostStatus.values)
    rating = fuzzy.FuzzyDecimal(0, 5, precision=1)
    view_count = fuzzy.FuzzyInteger(0, 1000)
    published_at = factory.Faker("date_time", tzinfo=datetime.UTC)
    author = factory.SubFactory(UserFactory)

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if not create or not extracted:
            return
        self.tags.add(*extracted)


class CommentFactory(DjangoModelFactory[Comment]):
    class Meta:
        model = Comment

    body = factory.Faker("text", max_nb_chars=200)
    approved = factory.Faker("pybool")
    post = factory.SubFactory(PostFactory)
    author = factory.SubFactory(UserFactory)
