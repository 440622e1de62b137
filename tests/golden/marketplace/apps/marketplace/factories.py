"""Factories for the Marketplace models: valid rows for tests and seed data."""

from typing import Any, cast

import factory
from factory import fuzzy
from factory.django import DjangoModelFactory

from .choices import OrderStatus, ProductStatus
from .models import Customer, Group, Order, OrderLine, Product, Review, Seller, User


class UserFactory(DjangoModelFactory[User]):
    """Users log in with the password "password"."""

    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password("password")


class CustomerFactory(UserFactory):
    class Meta:
        model = Customer

    phone = factory.Faker("text", max_nb_chars=200)
    shipping_address = factory.Faker("text", max_nb_chars=200)

    @classmethod
    def create(cls, **kwargs: Any) -> Customer:
        # What the parent factory makes is typed as the parent's model.
        return cast(Customer, super().create(**kwargs))

    @classmethod
    def build(cls, **kwargs: Any) -> Customer:
        return cast(Customer, super().build(**kwargs))


class SellerFactory(UserFactory):
    class Meta:
        model = Seller

    shop_name = factory.Faker("text", max_nb_chars=200)
    rating = fuzzy.FuzzyDecimal(0, 1000, precision=2)

    @classmethod
    def create(cls, **kwargs: Any) -> Seller:
        # What the parent factory makes is typed as the parent's model.
        return cast(Seller, super().create(**kwargs))

    @classmethod
    def build(cls, **kwargs: Any) -> Seller:
        return cast(Seller, super().build(**kwargs))


class GroupFactory(DjangoModelFactory[Group]):
    class Meta:
        model = Group

    name = factory.Faker("text", max_nb_chars=200)
    slug = factory.Sequence(lambda n: f"slug-{n}")


class ProductFactory(DjangoModelFactory[Product]):
    class Meta:
        model = Product

    name = factory.Faker("text", max_nb_chars=200)
    description = factory.Faker("paragraph")
    price = fuzzy.FuzzyDecimal(0, 1000, precision=2)
    stock = fuzzy.FuzzyInteger(0, 1000)
    status = fuzzy.FuzzyChoice(ProductStatus.values)
    seller = factory.SubFactory(SellerFactory)
    group = factory.SubFactory(GroupFactory)


class OrderFactory(DjangoModelFactory[Order]):
    class Meta:
        model = Order

    reference = factory.Sequence(lambda n: f"reference-{n}")
    placed_on = factory.Faker("date_object")
    status = fuzzy.FuzzyChoice(OrderStatus.values)
    customer = factory.SubFactory(CustomerFactory)


class OrderLineFactory(DjangoModelFactory[OrderLine]):
    class Meta:
        model = OrderLine

    quantity = fuzzy.FuzzyInteger(0, 1000)
    unit_price = fuzzy.FuzzyDecimal(0, 1000, precision=2)
    order = factory.SubFactory(OrderFactory)
    product = factory.SubFactory(ProductFactory)


class ReviewFactory(DjangoModelFactory[Review]):
    class Meta:
        model = Review

    rating = fuzzy.FuzzyInteger(0, 1000)
    comment = factory.Faker("text", max_nb_chars=200)
    customer = factory.SubFactory(CustomerFactory)
    product = factory.SubFactory(ProductFactory)
