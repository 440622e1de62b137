from django.urls import path
from rest_framework.routers import SimpleRouter

from apps.customers.views import AddressViewSet
from apps.orders.views import OrderLineViewSet

from .views import CategoryViewSet, CountryViewSet, ProductViewSet, UserViewSet

app_name = "catalog"

router = SimpleRouter()
router.register("users", UserViewSet, basename="user")
router.register("categories", CategoryViewSet, basename="category")
router.register("countries", CountryViewSet, basename="country")
router.register("products", ProductViewSet, basename="product")

# The rows that point at one parent, listed by their own viewset: /<parent>/<pk>/<rows>/.
urlpatterns = [
    *router.urls,
    path(
        "categories/<int:parent_pk>/children/",
        CategoryViewSet.as_view({"get": "list"}, parent_field="parent"),
        name="category-children",
    ),
    path(
        "categories/<int:parent_pk>/products/",
        ProductViewSet.as_view({"get": "list"}, parent_field="category"),
        name="category-products",
    ),
    path(
        "countries/<str:parent_pk>/products/",
        ProductViewSet.as_view({"get": "list"}, parent_field="ships_to"),
        name="country-products",
    ),
    path(
        "countries/<str:parent_pk>/addresses/",
        AddressViewSet.as_view({"get": "list"}, parent_field="country"),
        name="country-addresses",
    ),
    path(
        "products/<int:parent_pk>/order-lines/",
        OrderLineViewSet.as_view({"get": "list"}, parent_field="product"),
        name="product-order-lines",
    ),
]
