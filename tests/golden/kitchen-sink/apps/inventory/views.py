from django.db.models import Prefetch
from rest_framework import viewsets

from apps.core.cache import CachedResponseMixin
from apps.core.pagination import LimitOffsetPagination
from apps.core.permissions import AccessPolicy
from apps.core.viewsets import RelationalViewSetMixin, related_count
from apps.spaces.models import Move
from apps.studio.models import Member

from .filters import AssetFilter, VehicleFilter
from .models import Asset, Vehicle
from .serializers import (
    AssetDetailSerializer,
    AssetListSerializer,
    AssetSerializer,
    VehicleDetailSerializer,
    VehicleListSerializer,
    VehicleSerializer,
)


class AssetViewSet(CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Asset.objects.all()
    list_queryset = Asset.objects.select_related("member", "room")
    detail_queryset = (
        Asset.objects.select_related("member", "room")
        .prefetch_related(
            Prefetch("room__stewards", queryset=Member.objects.only("pk"))
        )
        .annotate(moves_count=related_count(Move, "asset"))
    )
    reference_columns = {
        "member": ["display_name"],
        "room": ["code"],
    }
    serializer_class = AssetSerializer
    list_serializer_class = AssetListSerializer
    detail_serializer_class = AssetDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = LimitOffsetPagination
    filterset_class = AssetFilter
    search_fields = ["name", "notes"]
    ordering_fields = [
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
        "address",
        "website",
        "contact",
        "token",
        "condition",
        "size",
        "order",
    ]
    ordering = ["-created_at", "pk"]


class VehicleViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = Vehicle.objects.all()
    list_queryset = Vehicle.objects.select_related("driver")
    detail_queryset = Vehicle.objects.select_related("driver")
    reference_columns = {
        "driver": ["display_name"],
    }
    serializer_class = VehicleSerializer
    list_serializer_class = VehicleListSerializer
    detail_serializer_class = VehicleDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = LimitOffsetPagination
    filterset_class = VehicleFilter
    search_fields = ["name", "notes", "plate"]
    ordering_fields = [
        "id",
        "name",
        "notes",
        "created_at",
        "updated_at",
        "plate",
        "seats",
    ]
    ordering = ["-created_at", "pk"]
