from rest_framework import serializers

from apps.core.cqrs.api import CommandSerializerMixin
from apps.core.serializers import (
    DetailSerializer,
    Reference,
    RelatedList,
    TextReference,
    WriteSerializer,
)

from .commands import (
    CreateCategory,
    CreateCountry,
    CreateProduct,
    UpdateCategory,
    UpdateCountry,
    UpdateProduct,
)
from .models import Category, Country, Product, User


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
        ]
        read_only_fields = ["date_joined", "is_staff"]


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
        ]


class UserDetailSerializer(DetailSerializer):
    customer = Reference(read_only=True, allow_null=True)

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
            "customer",
        ]


class CategorySerializer(CommandSerializerMixin, WriteSerializer):
    create_command = CreateCategory
    update_command = UpdateCategory

    class Meta:
        model = Category
        fields = ["id", "name", "parent"]


class CategoryListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Category
        fields = ["id", "name", "parent"]

    def get_fields(self) -> dict[str, serializers.Field]:
        # Named like attributes every serializer field has: declared here, not on the class.
        return {
            **super().get_fields(),
            "parent": Reference(read_only=True, allow_null=True),
        }


class CategoryDetailSerializer(DetailSerializer):
    children = RelatedList(view_name="catalog:category-children")
    products = RelatedList(view_name="catalog:category-products")

    class Meta:
        model = Category
        fields = ["id", "name", "parent", "children", "products"]
        depth = 1


class CountrySerializer(CommandSerializerMixin, WriteSerializer):
    create_command = CreateCountry
    update_command = UpdateCountry

    class Meta:
        model = Country
        fields = ["code", "name"]
        create_only_fields = ["code"]


class CountryListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Country
        fields = ["code", "name"]


class CountryDetailSerializer(DetailSerializer):
    products = RelatedList(view_name="catalog:country-products")
    addresses = RelatedList(view_name="catalog:country-addresses")

    class Meta:
        model = Country
        fields = ["code", "name", "products", "addresses"]


class ProductSerializer(CommandSerializerMixin, WriteSerializer):
    create_command = CreateProduct
    update_command = UpdateProduct

    class Meta:
        model = Product
        fields = [
            "id",
            "sku",
            "name",
            "description",
            "price",
            "stock",
            "active",
            "weight_kg",
            "category",
            "ships_to",
        ]


class ProductListSerializer(serializers.ModelSerializer):
    category = Reference(read_only=True)
    ships_to = TextReference(many=True, read_only=True)

    class Meta:
        model = Product
        fields = [
            "id",
            "sku",
            "name",
            "description",
            "price",
            "stock",
            "active",
            "weight_kg",
            "category",
            "ships_to",
        ]


class ProductDetailSerializer(DetailSerializer):
    ships_to = TextReference(many=True, read_only=True)
    order_lines = RelatedList(view_name="catalog:product-order-lines")

    class Meta:
        model = Product
        fields = [
            "id",
            "sku",
            "name",
            "description",
            "price",
            "stock",
            "active",
            "weight_kg",
            "category",
            "ships_to",
            "order_lines",
        ]
        depth = 1
