from rest_framework import viewsets

from apps.core.cache import CachedResponseMixin
from apps.core.cqrs.api import CommandQueryViewSetMixin
from apps.core.events.api import EventSourcedViewSetMixin
from apps.core.ownership import OwnedViewSetMixin
from apps.core.pagination import LimitOffsetPagination
from apps.core.permissions import AccessPolicy, IsOwnerOrAdmin, ReadOnly
from apps.core.viewsets import RelationalViewSetMixin

from .commands import DeleteOrder, DeleteOrderLine
from .filters import OrderFilter, OrderLineFilter
from .models import Order, OrderLine
from .queries import GetOrder, GetOrderLine, ListOrder, ListOrderLine
from .serializers import (
    OrderDetailSerializer,
    OrderLineDetailSerializer,
    OrderLineListSerializer,
    OrderLineSerializer,
    OrderListSerializer,
    OrderSerializer,
)


class OrderViewSet(
    EventSourcedViewSetMixin,
    CachedResponseMixin,
    CommandQueryViewSetMixin,
    OwnedViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ModelViewSet,
):
    queryset = Order.objects.all()
    list_query = ListOrder
    get_query = GetOrder
    delete_command = DeleteOrder
    reference_columns = {
        "customer": ["phone"],
    }
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
    CommandQueryViewSetMixin,
    OwnedViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ModelViewSet,
):
    queryset = OrderLine.objects.all()
    list_query = ListOrderLine
    get_query = GetOrderLine
    delete_command = DeleteOrderLine
    reference_columns = {
        "order": ["number"],
        "product": ["name"],
    }
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
