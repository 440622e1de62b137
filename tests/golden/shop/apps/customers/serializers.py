from rest_framework import serializers

from apps.core.serializers import (
    DetailSerializer,
    Reference,
    RelatedList,
    WriteSerializer,
)

from .models import Address, Customer


class CustomerSerializer(WriteSerializer):
    class Meta:
        model = Customer
        fields = ["id", "phone", "loyalty_points", "birth_date", "user"]
        read_only_fields = ["user"]


class CustomerListSerializer(serializers.ModelSerializer):
    user = Reference(read_only=True)

    class Meta:
        model = Customer
        fields = ["id", "phone", "loyalty_points", "birth_date", "user"]


class CustomerDetailSerializer(DetailSerializer):
    user = Reference(read_only=True)
    addresses = RelatedList(view_name="customers:customer-addresses")
    orders = RelatedList(view_name="customers:customer-orders")

    class Meta:
        model = Customer
        fields = [
            "id",
            "phone",
            "loyalty_points",
            "birth_date",
            "user",
            "addresses",
            "orders",
        ]
        depth = 1


class AddressSerializer(WriteSerializer):
    class Meta:
        model = Address
        fields = ["id", "kind", "line1", "city", "postal_code", "country", "customer"]


class AddressListSerializer(serializers.ModelSerializer):
    customer = Reference(read_only=True)

    class Meta:
        model = Address
        fields = ["id", "kind", "line1", "city", "postal_code", "country", "customer"]


class AddressDetailSerializer(DetailSerializer):
    class Meta:
        model = Address
        fields = ["id", "kind", "line1", "city", "postal_code", "country", "customer"]
        depth = 1
