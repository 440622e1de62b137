from django.urls import path
from rest_framework.routers import SimpleRouter

from .views import (
    MaterialViewSet,
    RoomViewSet,
    SpeakerViewSet,
    SponsorViewSet,
    TagViewSet,
    TalkViewSet,
    UserViewSet,
)

app_name = "conference"

router = SimpleRouter()
router.register("users", UserViewSet, basename="user")
router.register("rooms", RoomViewSet, basename="room")
router.register("speakers", SpeakerViewSet, basename="speaker")
router.register("talks", TalkViewSet, basename="talk")
router.register("tags", TagViewSet, basename="tag")
router.register("materials", MaterialViewSet, basename="material")
router.register("sponsors", SponsorViewSet, basename="sponsor")

# The rows that point at one parent, listed by their own viewset: /<parent>/<pk>/<rows>/.
urlpatterns = [
    *router.urls,
    path(
        "users/<int:parent_pk>/talks/",
        TalkViewSet.as_view({"get": "list"}, parent_field="reviewer"),
        name="user-talks",
    ),
    path(
        "rooms/<int:parent_pk>/talks/",
        TalkViewSet.as_view({"get": "list"}, parent_field="room"),
        name="room-talks",
    ),
    path(
        "speakers/<int:parent_pk>/talks/",
        TalkViewSet.as_view({"get": "list"}, parent_field="speaker"),
        name="speaker-talks",
    ),
    path(
        "talks/<int:parent_pk>/materials/",
        MaterialViewSet.as_view({"get": "list"}, parent_field="talk"),
        name="talk-materials",
    ),
    path(
        "tags/<int:parent_pk>/talks/",
        TalkViewSet.as_view({"get": "list"}, parent_field="tags"),
        name="tag-talks",
    ),
]
