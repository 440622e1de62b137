"""Factories for the Orders models: valid rows for tests and seed data."""

import datetime

import factory
from factory import fuzzy
from factory.django import DjangoModelFactory

from apps.catalog.choices import OrderStatus

from .models import Order, OrderLine


class OrderFactory(DjangoModelFactory[Order]):
    class Meta:
        model = Order

    number = factory.Sequence(lambda n: f"number-{n}")
    status = fuzzy.FuzzyChoice(OrderStatus.values)
    total = fuzzy.FuzzyDecimal(0, 1000, precision=2)
    placed_at = factory.Faker("date_time", tzinfo=datetime.UTC)
    notes = factory.Faker("paragraph")
    customer = factory.SubFactory("apps.customers.factories.CustomerFactory")


class OrderLineFactory(DjangoModelFactory[OrderLine]):
    class Meta:
        model = OrderLine

    quantity = fuzzy.FuzzyInteger(1, 1001)
    unit_price = fuzzy.FuzzyDecimal(0, 1000, precision=2)
    order = factory.SubFactory(OrderFactory)
    product = factory.SubFactory("apps.catalog.factories.ProductFactory")
