from django.urls import path
from rest_framework.routers import SimpleRouter

from .views import (
    CustomerViewSet,
    GroupViewSet,
    OrderLineViewSet,
    OrderViewSet,
    ProductViewSet,
    ReviewViewSet,
    SellerViewSet,
    UserViewSet,
)

app_name = "marketplace"

router = SimpleRouter()
router.register("users", UserViewSet, basename="user")
router.register("customers", CustomerViewSet, basename="customer")
router.register("sellers", SellerViewSet, basename="seller")
router.register("groups", GroupViewSet, basename="group")
router.register("products", ProductViewSet, basename="product")
router.register("orders", OrderViewSet, basename="order")
router.register("order-lines", OrderLineViewSet, basename="order_line")
router.register("reviews", ReviewViewSet, basename="review")

# The rows that point at one parent, listed by their own viewset: /<parent>/<pk>/<rows>/.
urlpatterns = [
    *router.urls,
    path(
        "customers/<int:parent_pk>/orders/",
        OrderViewSet.as_view({"get": "list"}, parent_field="customer"),
        name="customer-orders",
    ),
    path(
        "customers/<int:parent_pk>/reviews/",
        ReviewViewSet.as_view({"get": "list"}, parent_field="customer"),
        name="customer-reviews",
    ),
    path(
        "sellers/<int:parent_pk>/products/",
        ProductViewSet.as_view({"get": "list"}, parent_field="seller"),
        name="seller-products",
    ),
    path(
        "groups/<int:parent_pk>/products/",
        ProductViewSet.as_view({"get": "list"}, parent_field="group"),
        name="group-products",
    ),
    path(
        "products/<int:parent_pk>/order-lines/",
        OrderLineViewSet.as_view({"get": "list"}, parent_field="product"),
        name="product-order-lines",
    ),
    path(
        "products/<int:parent_pk>/reviews/",
        ReviewViewSet.as_view({"get": "list"}, parent_field="product"),
        name="product-reviews",
    ),
    path(
        "orders/<int:parent_pk>/order-lines/",
        OrderLineViewSet.as_view({"get": "list"}, parent_field="order"),
        name="order-order-lines",
    ),
]
