from rest_framework import viewsets

from apps.core.cache import CachedResponseMixin
from apps.core.ownership import OwnedViewSetMixin
from apps.core.pagination import LimitOffsetPagination
from apps.core.permissions import AccessPolicy, IsOwnerOrAdmin, ReadOnly
from apps.core.viewsets import RelationalViewSetMixin, related_count

from .filters import OrderFilter, OrderLineFilter
from .models import Order, OrderLine
from .serializers import (
    OrderDetailSerializer,
    OrderLineDetailSerializer,
    OrderLineListSerializer,
    OrderLineSerializer,
    OrderListSerializer,
    OrderSerializer,
)


class OrderViewSet(
    CachedResponseMixin,
    OwnedViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ModelViewSet,
):
    queryset = Order.objects.all()
    list_queryset = Order.objects.select_related("customer")
    detail_queryset = Order.objects.select_related("customer").annotate(
        lines_count=related_count(OrderLine, "order")
    )
    serializer_class = OrderSerializer
    list_serializer_class = OrderListSerializer
    detail_serializer_class = OrderDetailSerializer
    permission_classes = [AccessPolicy, IsOwnerOrAdmin | ReadOnly]
    read_access = "users"
    write_access = "users"
    owner_field = "customer__user"
    pagination_class = LimitOffsetPagination
    filterset_class = OrderFilter
    search_fields = ["number", "notes"]
    ordering_fields = [
        "id",
        "number",
        "status",
        "total",
        "placed_at",
        "notes",
        "created_at",
    ]
    ordering = ["-placed_at", "pk"]


class OrderLineViewSet(
    CachedResponseMixin,
    OwnedViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ModelViewSet,
):
    queryset = OrderLine.objects.all()
    list_queryset = OrderLine.objects.select_related("order", "product")
    detail_queryset = OrderLine.objects.select_related("order", "product")
    serializer_class = OrderLineSerializer
    list_serializer_class = OrderLineListSerializer
    detail_serializer_class = OrderLineDetailSerializer
    permission_classes = [AccessPolicy, IsOwnerOrAdmin | ReadOnly]
    read_access = "users"
    write_access = "users"
    owner_field = "order__customer__user"
    pagination_class = LimitOffsetPagination
    filterset_class = OrderLineFilter
    ordering_fields = ["id", "quantity", "unit_price"]
    ordering = ["pk"]
