from django.db.models import Prefetch, QuerySet
from rest_framework import permissions, viewsets

from apps.core.cache import CachedResponseMixin
from apps.core.ownership import OwnedViewSetMixin
from apps.core.pagination import LimitOffsetPagination
from apps.core.permissions import AccessPolicy, IsOwnerOrAdmin, ReadOnly
from apps.core.viewsets import RelationalViewSetMixin, related_count
from apps.inventory.models import Asset, Vehicle
from apps.spaces.models import Booking, Room

from .filters import (
    CameraFilter,
    FolderFilter,
    MemberFilter,
    StatementFilter,
    StewardshipFilter,
)
from .models import Camera, Folder, Member, Statement, Stewardship
from .serializers import (
    CameraDetailSerializer,
    CameraListSerializer,
    CameraSerializer,
    FolderDetailSerializer,
    FolderListSerializer,
    FolderSerializer,
    MemberDetailSerializer,
    MemberListSerializer,
    MemberSerializer,
    StatementDetailSerializer,
    StatementListSerializer,
    StatementSerializer,
    StewardshipDetailSerializer,
    StewardshipListSerializer,
    StewardshipSerializer,
)


class MemberViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ReadOnlyModelViewSet
):
    """Users, for signed-in clients only: staff see every account, others their own. Accounts
    change through authentication."""

    queryset = Member.objects.all()
    list_queryset = Member.objects.prefetch_related(
        Prefetch("mentors", queryset=Member.objects.only("display_name"))
    )
    detail_queryset = Member.objects.prefetch_related(
        Prefetch("mentors", queryset=Member.objects.only("display_name"))
    ).annotate(
        mentors_of_count=related_count(Member, "mentors"),
        statements_count=related_count(Statement, "holder"),
        stewardships_count=related_count(Stewardship, "member"),
        assets_count=related_count(Asset, "member"),
        vehicles_count=related_count(Vehicle, "driver"),
        rooms_count=related_count(Room, "stewards"),
        bookings_count=related_count(Booking, "booked_by"),
    )
    reference_columns = {
        "mentors": ["display_name"],
    }
    serializer_class = MemberSerializer
    list_serializer_class = MemberListSerializer
    detail_serializer_class = MemberDetailSerializer
    permission_classes = [permissions.IsAuthenticated]
    pagination_class = LimitOffsetPagination
    filterset_class = MemberFilter
    search_fields = ["display_name", "bio"]
    ordering_fields = ["id", "username", "date_joined", "display_name", "bio"]
    ordering = ["pk"]

    def get_queryset(self) -> QuerySet[Member]:
        queryset = super().get_queryset()
        user = self.request.user
        if user.is_staff or getattr(self, "swagger_fake_view", False):
            return queryset
        return queryset.filter(pk=user.pk)


class FolderViewSet(CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Folder.objects.all()
    list_queryset = Folder.objects.select_related("parent")
    detail_queryset = Folder.objects.select_related("parent", "room").annotate(
        children_count=related_count(Folder, "parent")
    )
    reference_columns = {
        "parent": ["name"],
    }
    serializer_class = FolderSerializer
    list_serializer_class = FolderListSerializer
    detail_serializer_class = FolderDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "users"
    pagination_class = LimitOffsetPagination
    filterset_class = FolderFilter
    search_fields = ["name"]
    ordering_fields = ["id", "name"]
    ordering = ["pk"]


class StatementViewSet(
    CachedResponseMixin,
    OwnedViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ModelViewSet,
):
    """Statements are read-only in the API, except for admins."""

    queryset = Statement.objects.all()
    list_queryset = Statement.objects.select_related("holder")
    detail_queryset = Statement.objects.select_related("holder")
    reference_columns = {
        "holder": ["display_name"],
    }
    serializer_class = StatementSerializer
    list_serializer_class = StatementListSerializer
    detail_serializer_class = StatementDetailSerializer
    permission_classes = [AccessPolicy, IsOwnerOrAdmin | ReadOnly]
    read_access = "users"
    write_access = "staff"
    owner_field = "holder"
    pagination_class = LimitOffsetPagination
    filterset_class = StatementFilter
    ordering_fields = ["id", "total", "issued_on"]
    ordering = ["pk"]


class CameraViewSet(CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Camera.objects.all()
    list_queryset = Camera.objects.select_related("member", "room")
    detail_queryset = Camera.objects.select_related("member", "room").prefetch_related(
        Prefetch("room__stewards", queryset=Member.objects.only("pk"))
    )
    reference_columns = {
        "member": ["display_name"],
        "room": ["code"],
    }
    serializer_class = CameraSerializer
    list_serializer_class = CameraListSerializer
    detail_serializer_class = CameraDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = LimitOffsetPagination
    filterset_class = CameraFilter
    search_fields = ["name", "notes", "serial", "contact", "from_value", "class_value"]
    ordering_fields = [
        "id",
        "name",
        "notes",
        "created_at",
        "updated_at",
        "serial",
        "price",
        "weight",
        "quantity",
        "rank",
        "views",
        "active",
        "purchased_on",
        "opens_at",
        "warranty",
        "address",
        "website",
        "contact",
        "token",
        "condition",
        "size",
        "order",
        "megapixels",
    ]
    ordering = ["-created_at", "pk"]


class StewardshipViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = Stewardship.objects.all()
    list_queryset = Stewardship.objects.select_related("room", "member")
    detail_queryset = Stewardship.objects.select_related(
        "room", "member"
    ).prefetch_related(Prefetch("room__stewards", queryset=Member.objects.only("pk")))
    reference_columns = {
        "room": ["code"],
        "member": ["display_name"],
    }
    serializer_class = StewardshipSerializer
    list_serializer_class = StewardshipListSerializer
    detail_serializer_class = StewardshipDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = LimitOffsetPagination
    filterset_class = StewardshipFilter
    ordering_fields = ["id", "since", "lead"]
    ordering = ["pk"]
