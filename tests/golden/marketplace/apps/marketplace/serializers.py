from rest_framework import serializers

from apps.core.serializers import (
    DetailSerializer,
    Reference,
    RelatedList,
    WriteSerializer,
)

from .models import Customer, Group, Order, OrderLine, Product, Review, Seller, User


class UserSerializer(WriteSerializer):
    """The public view of a user: never the password nor the permissions."""

    class Meta:
        model = User
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "date_joined",
            "is_staff",
            "created_at",
        ]
        read_only_fields = ["date_joined", "is_staff", "created_at"]


class UserListSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "date_joined",
            "is_staff",
            "created_at",
        ]


class UserDetailSerializer(DetailSerializer):
    class Meta:
        model = User
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "date_joined",
            "is_staff",
            "created_at",
        ]


class CustomerSerializer(WriteSerializer):
    class Meta:
        model = Customer
        fields = ["id", "email", "created_at", "phone", "shipping_address"]
        read_only_fields = ["created_at"]


class CustomerListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Customer
        fields = ["id", "email", "created_at", "phone", "shipping_address"]


class CustomerDetailSerializer(DetailSerializer):
    orders = RelatedList(view_name="marketplace:customer-orders")
    reviews = RelatedList(view_name="marketplace:customer-reviews")

    class Meta:
        model = Customer
        fields = [
            "id",
            "email",
            "created_at",
            "phone",
            "shipping_address",
            "orders",
            "reviews",
        ]


class SellerSerializer(WriteSerializer):
    class Meta:
        model = Seller
        fields = ["id", "email", "created_at", "shop_name", "rating"]
        read_only_fields = ["created_at"]


class SellerListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Seller
        fields = ["id", "email", "created_at", "shop_name", "rating"]


class SellerDetailSerializer(DetailSerializer):
    products = RelatedList(view_name="marketplace:seller-products")

    class Meta:
        model = Seller
        fields = ["id", "email", "created_at", "shop_name", "rating", "products"]


class GroupSerializer(WriteSerializer):
    class Meta:
        model = Group
        fields = ["id", "name", "slug"]


class GroupListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Group
        fields = ["id", "name", "slug"]


class GroupDetailSerializer(DetailSerializer):
    products = RelatedList(view_name="marketplace:group-products")

    class Meta:
        model = Group
        fields = ["id", "name", "slug", "products"]


class ProductSerializer(WriteSerializer):
    class Meta:
        model = Product
        fields = [
            "id",
            "name",
            "description",
            "price",
            "stock",
            "status",
            "seller",
            "group",
        ]


class ProductListSerializer(serializers.ModelSerializer):
    seller = Reference(read_only=True)
    group = Reference(read_only=True)

    class Meta:
        model = Product
        fields = [
            "id",
            "name",
            "description",
            "price",
            "stock",
            "status",
            "seller",
            "group",
        ]


class ProductDetailSerializer(DetailSerializer):
    order_lines = RelatedList(view_name="marketplace:product-order-lines")
    reviews = RelatedList(view_name="marketplace:product-reviews")

    class Meta:
        model = Product
        fields = [
            "id",
            "name",
            "description",
            "price",
            "stock",
            "status",
            "seller",
            "group",
            "order_lines",
            "reviews",
        ]
        depth = 1


class OrderSerializer(WriteSerializer):
    class Meta:
        model = Order
        fields = ["id", "reference", "placed_on", "status", "customer"]


class OrderListSerializer(serializers.ModelSerializer):
    customer = Reference(read_only=True)

    class Meta:
        model = Order
        fields = ["id", "reference", "placed_on", "status", "customer"]


class OrderDetailSerializer(DetailSerializer):
    order_lines = RelatedList(view_name="marketplace:order-order-lines")

    class Meta:
        model = Order
        fields = ["id", "reference", "placed_on", "status", "customer", "order_lines"]
        depth = 1


class OrderLineSerializer(WriteSerializer):
    class Meta:
        model = OrderLine
        fields = ["id", "quantity", "unit_price", "order", "product"]


class OrderLineListSerializer(serializers.ModelSerializer):
    order = Reference(read_only=True)
    product = Reference(read_only=True)

    class Meta:
        model = OrderLine
        fields = ["id", "quantity", "unit_price", "order", "product"]


class OrderLineDetailSerializer(DetailSerializer):
    class Meta:
        model = OrderLine
        fields = ["id", "quantity", "unit_price", "order", "product"]
        depth = 1


class ReviewSerializer(WriteSerializer):
    class Meta:
        model = Review
        fields = ["id", "rating", "comment", "created_at", "customer", "product"]
        read_only_fields = ["created_at"]


class ReviewListSerializer(serializers.ModelSerializer):
    customer = Reference(read_only=True)
    product = Reference(read_only=True)

    class Meta:
        model = Review
        fields = ["id", "rating", "comment", "created_at", "customer", "product"]


class ReviewDetailSerializer(DetailSerializer):
    class Meta:
        model = Review
        fields = ["id", "rating", "comment", "created_at", "customer", "product"]
        depth = 1
