from rest_framework import viewsets

from apps.core.cache import CachedResponseMixin
from apps.core.ownership import OwnedViewSetMixin
from apps.core.pagination import LimitOffsetPagination
from apps.core.permissions import AccessPolicy, IsOwnerOrAdmin, ReadOnly
from apps.core.viewsets import RelationalViewSetMixin, related_count
from apps.orders.models import Order

from .filters import AddressFilter, CustomerFilter
from .models import Address, Customer
from .serializers import (
    AddressDetailSerializer,
    AddressListSerializer,
    AddressSerializer,
    CustomerDetailSerializer,
    CustomerListSerializer,
    CustomerSerializer,
)


class CustomerViewSet(
    CachedResponseMixin,
    OwnedViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ModelViewSet,
):
    queryset = Customer.objects.all()
    list_queryset = Customer.objects.select_related("user")
    detail_queryset = Customer.objects.select_related("user").annotate(
        addresses_count=related_count(Address, "customer"),
        orders_count=related_count(Order, "customer"),
    )
    serializer_class = CustomerSerializer
    list_serializer_class = CustomerListSerializer
    detail_serializer_class = CustomerDetailSerializer
    permission_classes = [AccessPolicy, IsOwnerOrAdmin | ReadOnly]
    read_access = "users"
    write_access = "users"
    owner_field = "user"
    pagination_class = LimitOffsetPagination
    filterset_class = CustomerFilter
    search_fields = ["phone"]
    ordering_fields = ["id", "phone", "loyalty_points", "birth_date"]
    ordering = ["pk"]


class AddressViewSet(
    CachedResponseMixin,
    OwnedViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ModelViewSet,
):
    queryset = Address.objects.all()
    list_queryset = Address.objects.select_related("customer")
    detail_queryset = Address.objects.select_related("customer")
    serializer_class = AddressSerializer
    list_serializer_class = AddressListSerializer
    detail_serializer_class = AddressDetailSerializer
    permission_classes = [AccessPolicy, IsOwnerOrAdmin | ReadOnly]
    read_access = "users"
    write_access = "users"
    owner_field = "customer__user"
    pagination_class = LimitOffsetPagination
    filterset_class = AddressFilter
    search_fields = ["line1", "city", "postal_code", "country"]
    ordering_fields = ["id", "kind", "line1", "city", "postal_code", "country"]
    ordering = ["pk"]
