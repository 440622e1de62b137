from django.db.models import QuerySet
from rest_framework import permissions, viewsets

from apps.core.cache import CachedResponseMixin
from apps.core.pagination import LimitOffsetPagination
from apps.core.permissions import AccessPolicy
from apps.core.viewsets import RelationalViewSetMixin, related_count
from apps.orders.models import OrderLine

from .filters import CategoryFilter, ProductFilter, UserFilter
from .models import Category, Product, User
from .serializers import (
    CategoryDetailSerializer,
    CategoryListSerializer,
    CategorySerializer,
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
    """Users, for signed-in clients only: staff see every account, others their own. Accounts
    change through authentication."""

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

    def get_queryset(self) -> QuerySet[User]:
        queryset = super().get_queryset()
        user = self.request.user
        if user.is_staff or getattr(self, "swagger_fake_view", False):
            return queryset
        return queryset.filter(pk=user.pk)


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
    permission_classes = [AccessPolicy]
    read_access = "public"
    write_access = "staff"
    pagination_class = LimitOffsetPagination
    filterset_class = CategoryFilter
    search_fields = ["name"]
    ordering_fields = ["id", "name"]
    ordering = ["pk"]


class ProductViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = Product.objects.all()
    list_queryset = Product.objects.select_related("category")
    detail_queryset = Product.objects.select_related("category").annotate(
        order_lines_count=related_count(OrderLine, "product")
    )
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
