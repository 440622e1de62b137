from rest_framework import serializers

from apps.core.serializers import (
    DetailSerializer,
    Reference,
    RelatedList,
    WriteSerializer,
)

from .models import Asset, Vehicle


class AssetSerializer(WriteSerializer):
    class Meta:
        model = Asset
        fields = [
            "id",
            "name",
            "notes",
            "created_at",
            "updated_at",
            "serial",
            "price",
            "weight",
            "quantity",
            "rank",
            "views",
            "active",
            "purchased_on",
            "opens_at",
            "warranty",
            "specs",
            "labels",
            "manual",
            "blob",
            "address",
            "website",
            "contact",
            "token",
            "condition",
            "size",
            "from",
            "class",
            "order",
            "member",
            "room",
        ]
        read_only_fields = ["created_at", "updated_at"]
        extra_kwargs = {
            "from": {"source": "from_value"},
            "class": {"source": "class_value"},
        }


class AssetListSerializer(serializers.ModelSerializer):
    member = Reference(read_only=True)
    room = Reference(read_only=True, allow_null=True)

    class Meta:
        model = Asset
        fields = [
            "id",
            "name",
            "notes",
            "created_at",
            "updated_at",
            "serial",
            "price",
            "weight",
            "quantity",
            "rank",
            "views",
            "active",
            "purchased_on",
            "opens_at",
            "warranty",
            "specs",
            "labels",
            "manual",
            "blob",
            "address",
            "website",
            "contact",
            "token",
            "condition",
            "size",
            "from",
            "class",
            "order",
            "member",
            "room",
        ]
        extra_kwargs = {
            "from": {"source": "from_value"},
            "class": {"source": "class_value"},
        }


class AssetDetailSerializer(DetailSerializer):
    member = Reference(read_only=True)
    moves = RelatedList(view_name="inventory:asset-moves")

    class Meta:
        model = Asset
        fields = [
            "id",
            "name",
            "notes",
            "created_at",
            "updated_at",
            "serial",
            "price",
            "weight",
            "quantity",
            "rank",
            "views",
            "active",
            "purchased_on",
            "opens_at",
            "warranty",
            "specs",
            "labels",
            "manual",
            "blob",
            "address",
            "website",
            "contact",
            "token",
            "condition",
            "size",
            "from",
            "class",
            "order",
            "member",
            "room",
            "moves",
        ]
        extra_kwargs = {
            "from": {"source": "from_value"},
            "class": {"source": "class_value"},
        }
        depth = 1


class VehicleSerializer(WriteSerializer):
    class Meta:
        model = Vehicle
        fields = [
            "id",
            "name",
            "notes",
            "created_at",
            "updated_at",
            "plate",
            "seats",
            "driver",
        ]
        read_only_fields = ["created_at", "updated_at"]


class VehicleListSerializer(serializers.ModelSerializer):
    driver = Reference(read_only=True, allow_null=True)

    class Meta:
        model = Vehicle
        fields = [
            "id",
            "name",
            "notes",
            "created_at",
            "updated_at",
            "plate",
            "seats",
            "driver",
        ]


class VehicleDetailSerializer(DetailSerializer):
    driver = Reference(read_only=True, allow_null=True)

    class Meta:
        model = Vehicle
        fields = [
            "id",
            "name",
            "notes",
            "created_at",
            "updated_at",
            "plate",
            "seats",
            "driver",
        ]
        depth = 1
