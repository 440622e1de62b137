from django.urls import path
from rest_framework.routers import SimpleRouter

from apps.inventory.views import AssetViewSet
from apps.studio.views import StewardshipViewSet

from .views import AttendeeViewSet, BookingViewSet, LogViewSet, MoveViewSet, RoomViewSet

app_name = "spaces"

router = SimpleRouter()
router.register("rooms", RoomViewSet, basename="room")
router.register("bookings", BookingViewSet, basename="booking")
router.register("attendees", AttendeeViewSet, basename="attendee")
router.register("moves", MoveViewSet, basename="move")
router.register("logs", LogViewSet, basename="log")

# The rows that point at one parent, listed by their own viewset: /<parent>/<pk>/<rows>/.
urlpatterns = [
    *router.urls,
    path(
        "rooms/<int:parent_pk>/stewardships/",
        StewardshipViewSet.as_view({"get": "list"}, parent_field="room"),
        name="room-stewardships",
    ),
    path(
        "rooms/<int:parent_pk>/assets/",
        AssetViewSet.as_view({"get": "list"}, parent_field="room"),
        name="room-assets",
    ),
    path(
        "rooms/<int:parent_pk>/bookings/",
        BookingViewSet.as_view({"get": "list"}, parent_field="room"),
        name="room-bookings",
    ),
    path(
        "rooms/<int:parent_pk>/moves-as-source/",
        MoveViewSet.as_view({"get": "list"}, parent_field="source"),
        name="room-moves-as-source",
    ),
    path(
        "rooms/<int:parent_pk>/moves-as-target/",
        MoveViewSet.as_view({"get": "list"}, parent_field="target"),
        name="room-moves-as-target",
    ),
    path(
        "rooms/<int:parent_pk>/logs/",
        LogViewSet.as_view({"get": "list"}, parent_field="room"),
        name="room-logs",
    ),
    path(
        "bookings/<int:parent_pk>/attendees/",
        AttendeeViewSet.as_view({"get": "list"}, parent_field="booking"),
        name="booking-attendees",
    ),
]
