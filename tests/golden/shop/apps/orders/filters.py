"""Query filters of the Orders API, named as django-filter names them:
`?field=`, `?field__lookup=`, `?field__in=a,b`."""

from apps.core.filters import (
    COMPARISON_LOOKUPS,
    DATE_LOOKUPS,
    EQUALITY_LOOKUPS,
    TEXT_LOOKUPS,
    FilterSet,
)

from .models import Order, OrderLine


class OrderFilter(FilterSet):
    class Meta:
        model = Order
        fields = {
            "number": TEXT_LOOKUPS,
            "status": EQUALITY_LOOKUPS,
            "total": COMPARISON_LOOKUPS,
            "placed_at": DATE_LOOKUPS,
            "notes": TEXT_LOOKUPS,
            "created_at": DATE_LOOKUPS,
            "customer": EQUALITY_LOOKUPS,
        }


class OrderLineFilter(FilterSet):
    class Meta:
        model = OrderLine
        fields = {
            "quantity": COMPARISON_LOOKUPS,
            "unit_price": COMPARISON_LOOKUPS,
            "order": EQUALITY_LOOKUPS,
            "product": EQUALITY_LOOKUPS,
        }
