"""The queries of the Customers app. Each reads among `rows`: every row unless
given, the rows the user may read when a viewset asks. handlers.py answers each."""

from dataclasses import dataclass, field

from django.db.models import QuerySet

from apps.core.cqrs import Query

from .models import Address, Customer


@dataclass(frozen=True, kw_only=True)
class GetCustomer(Query):
    """The customer `id` (a URL's text too), with all its detail shows."""

    id: int | str
    rows: QuerySet[Customer] = field(default_factory=Customer.objects.all)


@dataclass(frozen=True, kw_only=True)
class ListCustomer(Query):
    """Customers, with all a list shows of them."""

    rows: QuerySet[Customer] = field(default_factory=Customer.objects.all)


@dataclass(frozen=True, kw_only=True)
class GetAddress(Query):
    """The address `id` (a URL's text too), with all its detail shows."""

    id: int | str
    rows: QuerySet[Address] = field(default_factory=Address.objects.all)


@dataclass(frozen=True, kw_only=True)
class ListAddress(Query):
    """Addresses, with all a list shows of them."""

    rows: QuerySet[Address] = field(default_factory=Address.objects.all)
