"""Query filters of the Catalog API, named as django-filter names them:
`?field=`, `?field__lookup=`, `?field__in=a,b`."""

from apps.core.filters import (
    BOOLEAN_LOOKUPS,
    COMPARISON_LOOKUPS,
    DATE_LOOKUPS,
    EQUALITY_LOOKUPS,
    TEXT_LOOKUPS,
    FilterSet,
)

from .models import Category, Country, Product, User


class UserFilter(FilterSet):
    class Meta:
        model = User
        fields = {
            "username": TEXT_LOOKUPS,
            "date_joined": DATE_LOOKUPS,
        }


class CategoryFilter(FilterSet):
    class Meta:
        model = Category
        fields = {
            "name": TEXT_LOOKUPS,
            "parent": [*EQUALITY_LOOKUPS, "isnull"],
        }


class CountryFilter(FilterSet):
    class Meta:
        model = Country
        fields = {
            "code": TEXT_LOOKUPS,
            "name": TEXT_LOOKUPS,
        }


class ProductFilter(FilterSet):
    class Meta:
        model = Product
        fields = {
            "sku": TEXT_LOOKUPS,
            "name": TEXT_LOOKUPS,
            "description": TEXT_LOOKUPS,
            "price": COMPARISON_LOOKUPS,
            "stock": COMPARISON_LOOKUPS,
            "active": BOOLEAN_LOOKUPS,
            "weight_kg": [*COMPARISON_LOOKUPS, "isnull"],
            "category": EQUALITY_LOOKUPS,
            "ships_to": EQUALITY_LOOKUPS,
        }
