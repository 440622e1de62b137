"""The queries of the Orders app. Each reads among `rows`: every row unless
given, the rows the user may read when a viewset asks. handlers.py answers each."""

from dataclasses import dataclass, field

from django.db.models import QuerySet

from apps.core.cqrs import Query

from .models import Order, OrderLine


@dataclass(frozen=True, kw_only=True)
class GetOrder(Query):
    """The order `id` (a URL's text too), with all its detail shows."""

    id: int | str
    rows: QuerySet[Order] = field(default_factory=Order.objects.all)


@dataclass(frozen=True, kw_only=True)
class ListOrder(Query):
    """Orders, with all a list shows of them."""

    rows: QuerySet[Order] = field(default_factory=Order.objects.all)


@dataclass(frozen=True, kw_only=True)
class GetOrderLine(Query):
    """The order line `id` (a URL's text too), with all its detail shows."""

    id: int | str
    rows: QuerySet[OrderLine] = field(default_factory=OrderLine.objects.all)


@dataclass(frozen=True, kw_only=True)
class ListOrderLine(Query):
    """Order lines, with all a list shows of them."""

    rows: QuerySet[OrderLine] = field(default_factory=OrderLine.objects.all)
