from rest_framework import viewsets

from apps.core.cache import CachedResponseMixin
from apps.core.cqrs.api import CommandQueryViewSetMixin
from apps.core.ownership import OwnedViewSetMixin
from apps.core.pagination import LimitOffsetPagination
from apps.core.permissions import AccessPolicy, IsOwnerOrAdmin, ReadOnly
from apps.core.viewsets import RelationalViewSetMixin

from .commands import DeleteAddress, DeleteCustomer
from .filters import AddressFilter, CustomerFilter
from .models import Address, Customer
from .queries import GetAddress, GetCustomer, ListAddress, ListCustomer
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
    CommandQueryViewSetMixin,
    OwnedViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ModelViewSet,
):
    queryset = Customer.objects.all()
    list_query = ListCustomer
    get_query = GetCustomer
    delete_command = DeleteCustomer
    reference_columns = {
        "user": ["username"],
    }
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
    CommandQueryViewSetMixin,
    OwnedViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ModelViewSet,
):
    queryset = Address.objects.all()
    list_query = ListAddress
    get_query = GetAddress
    delete_command = DeleteAddress
    reference_columns = {
        "customer": ["phone"],
        "country": ["name"],
    }
    serializer_class = AddressSerializer
    list_serializer_class = AddressListSerializer
    detail_serializer_class = AddressDetailSerializer
    permission_classes = [AccessPolicy, IsOwnerOrAdmin | ReadOnly]
    read_access = "users"
    write_access = "users"
    owner_field = "customer__user"
    pagination_class = LimitOffsetPagination
    filterset_class = AddressFilter
    search_fields = ["line1", "city", "postal_code"]
    ordering_fields = ["id", "kind", "line1", "city", "postal_code"]
    ordering = ["pk"]
