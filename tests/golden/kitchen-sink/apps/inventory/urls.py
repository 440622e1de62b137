from django.urls import path
from rest_framework.routers import SimpleRouter

from apps.spaces.views import MoveViewSet

from .views import AssetViewSet, VehicleViewSet

app_name = "inventory"

router = SimpleRouter()
router.register("assets", AssetViewSet, basename="asset")
router.register("vehicles", VehicleViewSet, basename="vehicle")

# The rows that point at one parent, listed by their own viewset: /<parent>/<pk>/<rows>/.
urlpatterns = [
    *router.urls,
    path(
        "assets/<uuid:parent_pk>/moves/",
        MoveViewSet.as_view({"get": "list"}, parent_field="asset"),
        name="asset-moves",
    ),
]
