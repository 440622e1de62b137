"""Query filters of the Customers API, named as django-filter names them:
`?field=`, `?field__lookup=`, `?field__in=a,b`."""

from apps.core.filters import (
    COMPARISON_LOOKUPS,
    DATE_LOOKUPS,
    EQUALITY_LOOKUPS,
    TEXT_LOOKUPS,
    FilterSet,
)

from .models import Address, Customer


class CustomerFilter(FilterSet):
    class Meta:
        model = Customer
        fields = {
            "phone": TEXT_LOOKUPS,
            "loyalty_points": COMPARISON_LOOKUPS,
            "birth_date": [*DATE_LOOKUPS, "isnull"],
            "user": EQUALITY_LOOKUPS,
        }


class AddressFilter(FilterSet):
    class Meta:
        model = Address
        fields = {
            "kind": EQUALITY_LOOKUPS,
            "line1": TEXT_LOOKUPS,
            "city": TEXT_LOOKUPS,
            "postal_code": TEXT_LOOKUPS,
            "customer": EQUALITY_LOOKUPS,
            "country": EQUALITY_LOOKUPS,
        }
