from django.db.models import Prefetch
from rest_framework import permissions, viewsets

from apps.core.cache import CachedResponseMixin
from apps.core.pagination import CursorPagination, LimitOffsetPagination
from apps.core.permissions import HasRole
from apps.core.viewsets import RelationalViewSetMixin, related_count
from apps.customers.models import Address
from apps.orders.models import OrderLine

from .filters import CategoryFilter, CountryFilter, ProductFilter, UserFilter
from .models import Category, Country, Product, User
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
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ReadOnlyModelViewSet
):
    """Users, for signed-in clients only; accounts change through authentication."""

    queryset = User.objects.all()
    detail_queryset = User.objects.select_related("customer")
    serializer_class = UserSerializer
    list_serializer_class = UserListSerializer
    detail_serializer_class = UserDetailSerializer
    permission_classes = [permissions.IsAuthenticated]
    pagination_class = LimitOffsetPagination
    filterset_class = UserFilter
    ordering_fields = ["id", "username", "date_joined"]
    ordering = ["pk"]


class CategoryViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = Category.objects.all()
    list_queryset = Category.objects.select_related("parent")
    detail_queryset = Category.objects.select_related("parent").annotate(
        children_count=related_count(Category, "parent"),
        products_count=related_count(Product, "category"),
    )
    serializer_class = CategorySerializer
    list_serializer_class = CategoryListSerializer
    detail_serializer_class = CategoryDetailSerializer
    pagination_class = LimitOffsetPagination
    filterset_class = CategoryFilter
    search_fields = ["name"]
    ordering_fields = ["id", "name"]
    ordering = ["pk"]


class CountryViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = Country.objects.all()
    detail_queryset = Country.objects.annotate(
        products_count=related_count(Product, "ships_to"),
        addresses_count=related_count(Address, "country"),
    )
    serializer_class = CountrySerializer
    list_serializer_class = CountryListSerializer
    detail_serializer_class = CountryDetailSerializer
    pagination_class = CursorPagination
    filterset_class = CountryFilter
    search_fields = ["code", "name"]
    ordering_fields = ["code", "name"]
    ordering = ["name", "pk"]
    lookup_value_regex = "[^/]+"


class ProductViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = Product.objects.all()
    list_queryset = Product.objects.select_related("category").prefetch_related(
        Prefetch("ships_to", queryset=Country.objects.only("name"))
    )
    detail_queryset = (
        Product.objects.select_related("category")
        .prefetch_related("ships_to")
        .annotate(order_lines_count=related_count(OrderLine, "product"))
    )
    serializer_class = ProductSerializer
    list_serializer_class = ProductListSerializer
    detail_serializer_class = ProductDetailSerializer
    permission_classes = [permissions.IsAuthenticatedOrReadOnly, HasRole]
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
