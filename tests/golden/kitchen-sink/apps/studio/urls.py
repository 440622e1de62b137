from django.urls import path
from rest_framework.routers import SimpleRouter

from apps.inventory.views import AssetViewSet, VehicleViewSet
from apps.spaces.views import BookingViewSet, RoomViewSet

from .views import (
    CameraViewSet,
    FolderViewSet,
    MemberViewSet,
    StatementViewSet,
    StewardshipViewSet,
)

app_name = "studio"

router = SimpleRouter()
router.register("members", MemberViewSet, basename="member")
router.register("folders", FolderViewSet, basename="folder")
router.register("statements", StatementViewSet, basename="statement")
router.register("cameras", CameraViewSet, basename="camera")
router.register("stewardships", StewardshipViewSet, basename="stewardship")

# The rows that point at one parent, listed by their own viewset: /<parent>/<pk>/<rows>/.
urlpatterns = [
    *router.urls,
    path(
        "members/<int:parent_pk>/mentors-of/",
        MemberViewSet.as_view({"get": "list"}, parent_field="mentors"),
        name="member-mentors-of",
    ),
    path(
        "members/<int:parent_pk>/statements/",
        StatementViewSet.as_view({"get": "list"}, parent_field="holder"),
        name="member-statements",
    ),
    path(
        "members/<int:parent_pk>/stewardships/",
        StewardshipViewSet.as_view({"get": "list"}, parent_field="member"),
        name="member-stewardships",
    ),
    path(
        "members/<int:parent_pk>/assets/",
        AssetViewSet.as_view({"get": "list"}, parent_field="member"),
        name="member-assets",
    ),
    path(
        "members/<int:parent_pk>/vehicles/",
        VehicleViewSet.as_view({"get": "list"}, parent_field="driver"),
        name="member-vehicles",
    ),
    path(
        "members/<int:parent_pk>/rooms/",
        RoomViewSet.as_view({"get": "list"}, parent_field="stewards"),
        name="member-rooms",
    ),
    path(
        "members/<int:parent_pk>/bookings/",
        BookingViewSet.as_view({"get": "list"}, parent_field="booked_by"),
        name="member-bookings",
    ),
    path(
        "folders/<int:parent_pk>/children/",
        FolderViewSet.as_view({"get": "list"}, parent_field="parent"),
        name="folder-children",
    ),
]
