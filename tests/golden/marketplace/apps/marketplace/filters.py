"""Query filters of the Marketplace API, named as django-filter names them:
`?field=`, `?field__lookup=`, `?field__in=a,b`."""

from apps.core.filters import (
    COMPARISON_LOOKUPS,
    DATE_LOOKUPS,
    EQUALITY_LOOKUPS,
    TEXT_LOOKUPS,
    FilterSet,
)

from .models import Customer, Group, Order, OrderLine, Product, Review, Seller, User


class UserFilter(FilterSet):
    class Meta:
        model = User
        fields = {
            "username": TEXT_LOOKUPS,
            "date_joined": DATE_LOOKUPS,
            "email": TEXT_LOOKUPS,
            "created_at": DATE_LOOKUPS,
        }


class CustomerFilter(FilterSet):
    class Meta:
        model = Customer
        fields = {
            "email": TEXT_LOOKUPS,
            "created_at": DATE_LOOKUPS,
            "phone": TEXT_LOOKUPS,
            "shipping_address": TEXT_LOOKUPS,
        }


class SellerFilter(FilterSet):
    class Meta:
        model = Seller
        fields = {
            "email": TEXT_LOOKUPS,
            "created_at": DATE_LOOKUPS,
            "shop_name": TEXT_LOOKUPS,
            "rating": COMPARISON_LOOKUPS,
        }


class GroupFilter(FilterSet):
    class Meta:
        model = Group
        fields = {
            "name": TEXT_LOOKUPS,
            "slug": TEXT_LOOKUPS,
        }


class ProductFilter(FilterSet):
    class Meta:
        model = Product
        fields = {
            "name": TEXT_LOOKUPS,
            "description": TEXT_LOOKUPS,
            "price": COMPARISON_LOOKUPS,
            "stock": COMPARISON_LOOKUPS,
            "status": EQUALITY_LOOKUPS,
            "seller": EQUALITY_LOOKUPS,
            "group": EQUALITY_LOOKUPS,
        }


class OrderFilter(FilterSet):
    class Meta:
        model = Order
        fields = {
            "reference": TEXT_LOOKUPS,
            "placed_on": DATE_LOOKUPS,
            "status": EQUALITY_LOOKUPS,
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


class ReviewFilter(FilterSet):
    class Meta:
        model = Review
        fields = {
            "rating": COMPARISON_LOOKUPS,
            "comment": TEXT_LOOKUPS,
            "created_at": DATE_LOOKUPS,
            "customer": EQUALITY_LOOKUPS,
            "product": EQUALITY_LOOKUPS,
        }
