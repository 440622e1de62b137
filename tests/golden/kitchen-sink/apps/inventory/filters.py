"""Query filters of the Inventory API, named as django-filter names them:
`?field=`, `?field__lookup=`, `?field__in=a,b`."""

from apps.core.filters import (
    BOOLEAN_LOOKUPS,
    COMPARISON_LOOKUPS,
    DATE_LOOKUPS,
    EQUALITY_LOOKUPS,
    TEXT_LOOKUPS,
    FilterSet,
)

from .models import Asset, Vehicle


class AssetFilter(FilterSet):
    class Meta:
        model = Asset
        fields = {
            "name": TEXT_LOOKUPS,
            "notes": TEXT_LOOKUPS,
            "created_at": DATE_LOOKUPS,
            "updated_at": DATE_LOOKUPS,
            "serial": TEXT_LOOKUPS,
            "price": COMPARISON_LOOKUPS,
            "weight": [*COMPARISON_LOOKUPS, "isnull"],
            "quantity": COMPARISON_LOOKUPS,
            "rank": COMPARISON_LOOKUPS,
            "views": COMPARISON_LOOKUPS,
            "active": BOOLEAN_LOOKUPS,
            "purchased_on": [*DATE_LOOKUPS, "isnull"],
            "opens_at": [*COMPARISON_LOOKUPS, "isnull"],
            "warranty": [*COMPARISON_LOOKUPS, "isnull"],
            "address": [*EQUALITY_LOOKUPS, "isnull"],
            "website": TEXT_LOOKUPS,
            "contact": TEXT_LOOKUPS,
            "token": [*EQUALITY_LOOKUPS, "isnull"],
            "condition": EQUALITY_LOOKUPS,
            "size": EQUALITY_LOOKUPS,
            "order": COMPARISON_LOOKUPS,
            "member": EQUALITY_LOOKUPS,
            "room": [*EQUALITY_LOOKUPS, "isnull"],
        }


class VehicleFilter(FilterSet):
    class Meta:
        model = Vehicle
        fields = {
            "name": TEXT_LOOKUPS,
            "notes": TEXT_LOOKUPS,
            "created_at": DATE_LOOKUPS,
            "updated_at": DATE_LOOKUPS,
            "plate": TEXT_LOOKUPS,
            "seats": COMPARISON_LOOKUPS,
            "driver": [*EQUALITY_LOOKUPS, "isnull"],
        }
