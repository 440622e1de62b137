from django.db.models import Prefetch, QuerySet
from rest_framework import permissions, viewsets

from apps.core.cache import CachedResponseMixin
from apps.core.pagination import CursorPagination, PageNumberPagination
from apps.core.permissions import AccessPolicy
from apps.core.viewsets import RelationalViewSetMixin, related_count

from .filters import (
    MaterialFilter,
    RoomFilter,
    SpeakerFilter,
    SponsorFilter,
    TagFilter,
    TalkFilter,
    UserFilter,
)
from .models import Material, Room, Speaker, Sponsor, Tag, Talk, User
from .serializers import (
    MaterialDetailSerializer,
    MaterialListSerializer,
    MaterialSerializer,
    RoomDetailSerializer,
    RoomListSerializer,
    RoomSerializer,
    SpeakerDetailSerializer,
    SpeakerListSerializer,
    SpeakerSerializer,
    SponsorDetailSerializer,
    SponsorListSerializer,
    SponsorSerializer,
    TagDetailSerializer,
    TagListSerializer,
    TagSerializer,
    TalkDetailSerializer,
    TalkListSerializer,
    TalkSerializer,
    UserDetailSerializer,
    UserListSerializer,
    UserSerializer,
)


class UserViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ReadOnlyModelViewSet
):
    """Users, for signed-in clients only: staff see every account, others their own. Accounts
    change through authentication."""

    queryset = User.objects.all()
    detail_queryset = User.objects.select_related("speaker").annotate(
        talks_count=related_count(Talk, "reviewer")
    )
    serializer_class = UserSerializer
    list_serializer_class = UserListSerializer
    detail_serializer_class = UserDetailSerializer
    permission_classes = [permissions.IsAuthenticated]
    pagination_class = PageNumberPagination
    filterset_class = UserFilter
    ordering_fields = ["id", "username", "date_joined"]
    ordering = ["pk"]

    def get_queryset(self) -> QuerySet[User]:
        queryset = super().get_queryset()
        user = self.request.user
        if user.is_staff or getattr(self, "swagger_fake_view", False):
            return queryset
        return queryset.filter(pk=user.pk)


class RoomViewSet(CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Room.objects.all()
    detail_queryset = Room.objects.annotate(talks_count=related_count(Talk, "room"))
    serializer_class = RoomSerializer
    list_serializer_class = RoomListSerializer
    detail_serializer_class = RoomDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = RoomFilter
    search_fields = ["name"]
    ordering_fields = ["id", "name", "seats", "floor", "accessible"]
    ordering = ["pk"]


class SpeakerViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = Speaker.objects.all()
    list_queryset = Speaker.objects.select_related("account")
    detail_queryset = Speaker.objects.select_related("account").annotate(
        talks_count=related_count(Talk, "speaker")
    )
    reference_columns = {
        "account": ["username"],
    }
    serializer_class = SpeakerSerializer
    list_serializer_class = SpeakerListSerializer
    detail_serializer_class = SpeakerDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = CursorPagination
    filterset_class = SpeakerFilter
    search_fields = ["full_name", "email", "biography"]
    ordering_fields = ["id", "full_name", "email", "biography"]
    ordering = ["pk"]


class TalkViewSet(CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Talk.objects.all()
    list_queryset = Talk.objects.select_related(
        "speaker", "room", "reviewer"
    ).prefetch_related(Prefetch("tags", queryset=Tag.objects.only("label")))
    detail_queryset = (
        Talk.objects.select_related("speaker", "room", "reviewer")
        .prefetch_related("tags")
        .annotate(materials_count=related_count(Material, "talk"))
    )
    reference_columns = {
        "speaker": ["full_name"],
        "room": ["name"],
        "reviewer": ["username"],
        "tags": ["label"],
    }
    serializer_class = TalkSerializer
    list_serializer_class = TalkListSerializer
    detail_serializer_class = TalkDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = TalkFilter
    search_fields = ["title"]
    ordering_fields = [
        "id",
        "title",
        "level",
        "format",
        "language",
        "day",
        "starts_at",
        "length",
        "submitted_at",
        "published_at",
        "score",
        "reference",
    ]
    ordering = ["pk"]


class TagViewSet(CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Tag.objects.all()
    detail_queryset = Tag.objects.annotate(talks_count=related_count(Talk, "tags"))
    serializer_class = TagSerializer
    list_serializer_class = TagListSerializer
    detail_serializer_class = TagDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = TagFilter
    search_fields = ["label"]
    ordering_fields = ["id", "label"]
    ordering = ["pk"]


class MaterialViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = Material.objects.all()
    list_queryset = Material.objects.select_related("talk")
    detail_queryset = Material.objects.select_related("talk").prefetch_related(
        Prefetch("talk__tags", queryset=Tag.objects.only("pk"))
    )
    reference_columns = {
        "talk": ["title"],
    }
    serializer_class = MaterialSerializer
    list_serializer_class = MaterialListSerializer
    detail_serializer_class = MaterialDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = MaterialFilter
    search_fields = ["name"]
    ordering_fields = ["id", "name"]
    ordering = ["pk"]


class SponsorViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    """Sponsors are read-only in the API, except for admins."""

    queryset = Sponsor.objects.all()
    serializer_class = SponsorSerializer
    list_serializer_class = SponsorListSerializer
    detail_serializer_class = SponsorDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = SponsorFilter
    search_fields = ["name"]
    ordering_fields = ["id", "name", "tier"]
    ordering = ["pk"]
