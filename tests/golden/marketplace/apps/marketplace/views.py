from django.db.models import QuerySet
from rest_framework import permissions, viewsets

from apps.core.cache import CachedResponseMixin
from apps.core.pagination import PageNumberPagination
from apps.core.permissions import AccessPolicy
from apps.core.viewsets import RelationalViewSetMixin, related_count

from .filters import (
    CustomerFilter,
    GroupFilter,
    OrderFilter,
    OrderLineFilter,
    ProductFilter,
    ReviewFilter,
    SellerFilter,
    UserFilter,
)
from .models import Customer, Group, Order, OrderLine, Product, Review, Seller, User
from .serializers import (
    CustomerDetailSerializer,
    CustomerListSerializer,
    CustomerSerializer,
    GroupDetailSerializer,
    GroupListSerializer,
    GroupSerializer,
    OrderDetailSerializer,
    OrderLineDetailSerializer,
    OrderLineListSerializer,
    OrderLineSerializer,
    OrderListSerializer,
    OrderSerializer,
    ProductDetailSerializer,
    ProductListSerializer,
    ProductSerializer,
    ReviewDetailSerializer,
    ReviewListSerializer,
    ReviewSerializer,
    SellerDetailSerializer,
    SellerListSerializer,
    SellerSerializer,
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
    serializer_class = UserSerializer
    list_serializer_class = UserListSerializer
    detail_serializer_class = UserDetailSerializer
    permission_classes = [permissions.IsAuthenticated]
    pagination_class = PageNumberPagination
    filterset_class = UserFilter
    search_fields = ["email"]
    ordering_fields = ["id", "username", "date_joined", "email", "created_at"]
    ordering = ["-created_at", "pk"]

    def get_queryset(self) -> QuerySet[User]:
        queryset = super().get_queryset()
        user = self.request.user
        if user.is_staff or getattr(self, "swagger_fake_view", False):
            return queryset
        return queryset.filter(pk=user.pk)


class CustomerViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = Customer.objects.all()
    detail_queryset = Customer.objects.annotate(
        orders_count=related_count(Order, "customer"),
        reviews_count=related_count(Review, "customer"),
    )
    serializer_class = CustomerSerializer
    list_serializer_class = CustomerListSerializer
    detail_serializer_class = CustomerDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = CustomerFilter
    search_fields = ["email", "phone", "shipping_address"]
    ordering_fields = ["id", "email", "created_at", "phone", "shipping_address"]
    ordering = ["-created_at", "pk"]


class SellerViewSet(CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Seller.objects.all()
    detail_queryset = Seller.objects.annotate(
        products_count=related_count(Product, "seller")
    )
    serializer_class = SellerSerializer
    list_serializer_class = SellerListSerializer
    detail_serializer_class = SellerDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = SellerFilter
    search_fields = ["email", "shop_name"]
    ordering_fields = ["id", "email", "created_at", "shop_name", "rating"]
    ordering = ["-created_at", "pk"]


class GroupViewSet(CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Group.objects.all()
    detail_queryset = Group.objects.annotate(
        products_count=related_count(Product, "group")
    )
    serializer_class = GroupSerializer
    list_serializer_class = GroupListSerializer
    detail_serializer_class = GroupDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = GroupFilter
    search_fields = ["name", "slug"]
    ordering_fields = ["id", "name", "slug"]
    ordering = ["pk"]


class ProductViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = Product.objects.all()
    list_queryset = Product.objects.select_related("seller", "group")
    detail_queryset = Product.objects.select_related("seller", "group").annotate(
        order_lines_count=related_count(OrderLine, "product"),
        reviews_count=related_count(Review, "product"),
    )
    reference_columns = {
        "seller": ["shop_name"],
        "group": ["name"],
    }
    serializer_class = ProductSerializer
    list_serializer_class = ProductListSerializer
    detail_serializer_class = ProductDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = ProductFilter
    search_fields = ["name", "description"]
    ordering_fields = ["id", "name", "description", "price", "stock", "status"]
    ordering = ["pk"]


class OrderViewSet(CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Order.objects.all()
    list_queryset = Order.objects.select_related("customer")
    detail_queryset = Order.objects.select_related("customer").annotate(
        order_lines_count=related_count(OrderLine, "order")
    )
    reference_columns = {
        "customer": ["phone"],
    }
    serializer_class = OrderSerializer
    list_serializer_class = OrderListSerializer
    detail_serializer_class = OrderDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = OrderFilter
    search_fields = ["reference"]
    ordering_fields = ["id", "reference", "placed_on", "status"]
    ordering = ["pk"]


class OrderLineViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = OrderLine.objects.all()
    list_queryset = OrderLine.objects.select_related("order", "product")
    detail_queryset = OrderLine.objects.select_related("order", "product")
    reference_columns = {
        "order": ["reference"],
        "product": ["name"],
    }
    serializer_class = OrderLineSerializer
    list_serializer_class = OrderLineListSerializer
    detail_serializer_class = OrderLineDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = OrderLineFilter
    ordering_fields = ["id", "quantity", "unit_price"]
    ordering = ["pk"]


class ReviewViewSet(CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Review.objects.all()
    list_queryset = Review.objects.select_related("customer", "product")
    detail_queryset = Review.objects.select_related("customer", "product")
    reference_columns = {
        "customer": ["phone"],
        "product": ["name"],
    }
    serializer_class = ReviewSerializer
    list_serializer_class = ReviewListSerializer
    detail_serializer_class = ReviewDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = ReviewFilter
    search_fields = ["comment"]
    ordering_fields = ["id", "rating", "comment", "created_at"]
    ordering = ["-created_at", "pk"]
