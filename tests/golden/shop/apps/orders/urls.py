from django.urls import path
from rest_framework.routers import SimpleRouter

from .views import OrderLineViewSet, OrderViewSet

app_name = "orders"

router = SimpleRouter()
router.register("orders", OrderViewSet, basename="order")
router.register("order-lines", OrderLineViewSet, basename="order_line")

# The rows that point at one parent, listed by their own viewset: /<parent>/<pk>/<rows>/.
urlpatterns = [
    *router.urls,
    path(
        "orders/<int:parent_pk>/lines/",
        OrderLineViewSet.as_view({"get": "list"}, parent_field="order"),
        name="order-lines",
    ),
]
