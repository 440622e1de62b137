from django.urls import path
from rest_framework.routers import SimpleRouter

from apps.orders.views import OrderViewSet

from .views import AddressViewSet, CustomerViewSet

app_name = "customers"

router = SimpleRouter()
router.register("customers", CustomerViewSet, basename="customer")
router.register("addresses", AddressViewSet, basename="address")

# The rows that point at one parent, listed by their own viewset: /<parent>/<pk>/<rows>/.
urlpatterns = [
    *router.urls,
    path(
        "customers/<int:parent_pk>/addresses/",
        AddressViewSet.as_view({"get": "list"}, parent_field="customer"),
        name="customer-addresses",
    ),
    path(
        "customers/<int:parent_pk>/orders/",
        OrderViewSet.as_view({"get": "list"}, parent_field="customer"),
        name="customer-orders",
    ),
]
