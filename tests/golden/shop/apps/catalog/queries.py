"""The queries of the Catalog app. Each reads among `rows`: every row unless
given, the rows the user may read when a viewset asks. handlers.py answers each."""

from dataclasses import dataclass, field

from django.db.models import QuerySet

from apps.core.cqrs import Query

from .models import Category, Country, Product, User


@dataclass(frozen=True, kw_only=True)
class GetUser(Query):
    """The user `id` (a URL's text too), with all its detail shows."""

    id: int | str
    rows: QuerySet[User] = field(default_factory=User.objects.all)


@dataclass(frozen=True, kw_only=True)
class ListUser(Query):
    """Users, with all a list shows of them."""

    rows: QuerySet[User] = field(default_factory=User.objects.all)


@dataclass(frozen=True, kw_only=True)
class GetCategory(Query):
    """The category `id` (a URL's text too), with all its detail shows."""

    id: int | str
    rows: QuerySet[Category] = field(default_factory=Category.objects.all)


@dataclass(frozen=True, kw_only=True)
class ListCategory(Query):
    """Categories, with all a list shows of them."""

    rows: QuerySet[Category] = field(default_factory=Category.objects.all)


@dataclass(frozen=True, kw_only=True)
class GetCountry(Query):
    """The country `id` (a URL's text too), with all its detail shows."""

    id: str | str
    rows: QuerySet[Country] = field(default_factory=Country.objects.all)


@dataclass(frozen=True, kw_only=True)
class ListCountry(Query):
    """Countries, with all a list shows of them."""

    rows: QuerySet[Country] = field(default_factory=Country.objects.all)


@dataclass(frozen=True, kw_only=True)
class GetProduct(Query):
    """The product `id` (a URL's text too), with all its detail shows."""

    id: int | str
    rows: QuerySet[Product] = field(default_factory=Product.objects.all)


@dataclass(frozen=True, kw_only=True)
class ListProduct(Query):
    """Products, with all a list shows of them."""

    rows: QuerySet[Product] = field(default_factory=Product.objects.all)
