from django.db.models import QuerySet
from rest_framework import permissions, viewsets

from apps.core.cache import CachedResponseMixin
from apps.core.cqrs.api import CommandQueryViewSetMixin
from apps.core.events.api import EventSourcedViewSetMixin
from apps.core.pagination import CursorPagination, LimitOffsetPagination
from apps.core.permissions import AccessPolicy
from apps.core.viewsets import RelationalViewSetMixin

from .commands import DeleteCategory, DeleteCountry, DeleteProduct
from .filters import CategoryFilter, CountryFilter, ProductFilter, UserFilter
from .models import Category, Country, Product, User
from .queries import (
    GetCategory,
    GetCountry,
    GetProduct,
    GetUser,
    ListCategory,
    ListCountry,
    ListProduct,
    ListUser,
)
from .serializers import (
    CategoryDetailSerializer,
    CategoryListSerializer,
    CategorySerializer,
    CountryDetailSerializer,
    CountryListSerializer,
    CountrySerializer,
    ProductDetailSerializer,
    ProductListSerializer,
    ProductSerializer,
    UserDetailSerializer,
    UserListSerializer,
    UserSerializer,
)


class UserViewSet(
    CachedResponseMixin,
    CommandQueryViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ReadOnlyModelViewSet,
):
    """Users, for signed-in clients only: staff see every account, others their own. Accounts
    change through authentication."""

    queryset = User.objects.all()
    list_query = ListUser
    get_query = GetUser
    serializer_class = UserSerializer
    list_serializer_class = UserListSerializer
    detail_serializer_class = UserDetailSerializer
    permission_classes = [permissions.IsAuthenticated]
    pagination_class = LimitOffsetPagination
    filterset_class = UserFilter
    ordering_fields = ["id", "username", "date_joined"]
    ordering = ["pk"]

    def get_queryset(self) -> QuerySet[User]:
        queryset = super().get_queryset()
        user = self.request.user
        if user.is_staff or getattr(self, "swagger_fake_view", False):
            return queryset
        return queryset.filter(pk=user.pk)


class CategoryViewSet(
    CachedResponseMixin,
    CommandQueryViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ModelViewSet,
):
    queryset = Category.objects.all()
    list_query = ListCategory
    get_query = GetCategory
    delete_command = DeleteCategory
    reference_columns = {
        "parent": ["name"],
    }
    serializer_class = CategorySerializer
    list_serializer_class = CategoryListSerializer
    detail_serializer_class = CategoryDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "public"
    write_access = "staff"
    pagination_class = LimitOffsetPagination
    filterset_class = CategoryFilter
    search_fields = ["name"]
    ordering_fields = ["id", "name"]
    ordering = ["pk"]


class CountryViewSet(
    CachedResponseMixin,
    CommandQueryViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ModelViewSet,
):
    queryset = Country.objects.all()
    list_query = ListCountry
    get_query = GetCountry
    delete_command = DeleteCountry
    serializer_class = CountrySerializer
    list_serializer_class = CountryListSerializer
    detail_serializer_class = CountryDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = CursorPagination
    filterset_class = CountryFilter
    search_fields = ["code", "name"]
    ordering_fields = ["code", "name"]
    ordering = ["name", "pk"]
    lookup_value_regex = "[^/]+"


class ProductViewSet(
    EventSourcedViewSetMixin,
    CachedResponseMixin,
    CommandQueryViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ModelViewSet,
):
    queryset = Product.objects.all()
    list_query = ListProduct
    get_query = GetProduct
    delete_command = DeleteProduct
    reference_columns = {
        "category": ["name"],
        "ships_to": ["name"],
    }
    serializer_class = ProductSerializer
    list_serializer_class = ProductListSerializer
    detail_serializer_class = ProductDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "public"
    write_access = "staff"
    required_roles = {
        "create": ["catalog_manager"],
        "update": ["catalog_manager"],
        "delete": ["catalog_manager"],
    }
    pagination_class = LimitOffsetPagination
    filterset_class = ProductFilter
    search_fields = ["name", "description", "sku"]
    ordering_fields = [
        "id",
        "sku",
        "name",
        "description",
        "price",
        "stock",
        "active",
        "weight_kg",
    ]
    ordering = ["name", "pk"]
