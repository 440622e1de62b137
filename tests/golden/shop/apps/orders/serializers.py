from rest_framework import serializers

from apps.core.cqrs.api import CommandSerializerMixin
from apps.core.serializers import (
    DetailSerializer,
    Reference,
    RelatedList,
    WriteSerializer,
)

from .commands import CreateOrder, CreateOrderLine, UpdateOrder, UpdateOrderLine
from .models import Order, OrderLine


class OrderSerializer(CommandSerializerMixin, WriteSerializer):
    create_command = CreateOrder
    update_command = UpdateOrder

    class Meta:
        model = Order
        fields = [
            "id",
            "number",
            "status",
            "total",
            "placed_at",
            "notes",
            "created_at",
            "customer",
        ]
        read_only_fields = ["created_at"]


class OrderListSerializer(serializers.ModelSerializer):
    customer = Reference(read_only=True)

    class Meta:
        model = Order
        fields = [
            "id",
            "number",
            "status",
            "total",
            "placed_at",
            "notes",
            "created_at",
            "customer",
        ]


class OrderDetailSerializer(DetailSerializer):
    lines = RelatedList(view_name="orders:order-lines")

    class Meta:
        model = Order
        fields = [
            "id",
            "number",
            "status",
            "total",
            "placed_at",
            "notes",
            "created_at",
            "customer",
            "lines",
        ]
        depth = 1


class OrderLineSerializer(CommandSerializerMixin, WriteSerializer):
    create_command = CreateOrderLine
    update_command = UpdateOrderLine

    class Meta:
        model = OrderLine
        fields = ["id", "quantity", "unit_price", "order", "product"]


class OrderLineListSerializer(serializers.ModelSerializer):
    order = Reference(read_only=True)
    product = Reference(read_only=True)

    class Meta:
        model = OrderLine
        fields = ["id", "quantity", "unit_price", "order", "product"]


class OrderLineDetailSerializer(DetailSerializer):
    class Meta:
        model = OrderLine
        fields = ["id", "quantity", "unit_price", "order", "product"]
        depth = 1
