from rest_framework import serializers

from apps.core.cqrs.api import CommandSerializerMixin
from apps.core.serializers import (
    DetailSerializer,
    Reference,
    RelatedList,
    TextReference,
    WriteSerializer,
)

from .commands import CreateAddress, CreateCustomer, UpdateAddress, UpdateCustomer
from .models import Address, Customer


class CustomerSerializer(CommandSerializerMixin, WriteSerializer):
    create_command = CreateCustomer
    update_command = UpdateCustomer

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


class AddressSerializer(CommandSerializerMixin, WriteSerializer):
    create_command = CreateAddress
    update_command = UpdateAddress

    class Meta:
        model = Address
        fields = ["id", "kind", "line1", "city", "postal_code", "customer", "country"]


class AddressListSerializer(serializers.ModelSerializer):
    customer = Reference(read_only=True)
    country = TextReference(read_only=True)

    class Meta:
        model = Address
        fields = ["id", "kind", "line1", "city", "postal_code", "customer", "country"]


class AddressDetailSerializer(DetailSerializer):
    class Meta:
        model = Address
        fields = ["id", "kind", "line1", "city", "postal_code", "customer", "country"]
        depth = 1
