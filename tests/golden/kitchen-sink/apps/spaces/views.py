from django.db.models import Prefetch
from rest_framework import viewsets

from apps.core.cache import CachedResponseMixin
from apps.core.cqrs.api import CommandQueryViewSetMixin
from apps.core.events.api import EventSourcedViewSetMixin
from apps.core.ownership import OwnedViewSetMixin
from apps.core.pagination import CursorPagination, LimitOffsetPagination
from apps.core.permissions import AccessPolicy, IsOwnerOrAdmin, ReadOnly
from apps.core.viewsets import RelationalViewSetMixin, related_count
from apps.inventory.models import Asset
from apps.studio.models import Member, Stewardship

from .commands import DeleteAttendee, DeleteBooking
from .filters import AttendeeFilter, BookingFilter, LogFilter, MoveFilter, RoomFilter
from .models import Attendee, Booking, Log, Move, Room
from .queries import GetAttendee, GetBooking, ListAttendee, ListBooking
from .serializers import (
    AttendeeDetailSerializer,
    AttendeeListSerializer,
    AttendeeSerializer,
    BookingDetailSerializer,
    BookingListSerializer,
    BookingSerializer,
    LogDetailSerializer,
    LogListSerializer,
    LogSerializer,
    MoveDetailSerializer,
    MoveListSerializer,
    MoveSerializer,
    RoomDetailSerializer,
    RoomListSerializer,
    RoomSerializer,
)


class RoomViewSet(CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Room.objects.all()
    list_queryset = Room.objects.select_related("folder").prefetch_related(
        Prefetch("stewards", queryset=Member.objects.only("display_name"))
    )
    detail_queryset = (
        Room.objects.select_related("folder")
        .prefetch_related(
            Prefetch("stewards", queryset=Member.objects.only("display_name"))
        )
        .annotate(
            stewardships_count=related_count(Stewardship, "room"),
            assets_count=related_count(Asset, "room"),
            bookings_count=related_count(Booking, "room"),
            moves_as_source_count=related_count(Move, "source"),
            moves_as_target_count=related_count(Move, "target"),
            logs_count=related_count(Log, "room"),
        )
    )
    reference_columns = {
        "stewards": ["display_name"],
        "folder": ["name"],
    }
    serializer_class = RoomSerializer
    list_serializer_class = RoomListSerializer
    detail_serializer_class = RoomDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "public"
    write_access = "staff"
    pagination_class = LimitOffsetPagination
    filterset_class = RoomFilter
    search_fields = ["code"]
    ordering_fields = ["id", "code", "capacity"]
    ordering = ["pk"]


class BookingViewSet(
    EventSourcedViewSetMixin,
    CachedResponseMixin,
    CommandQueryViewSetMixin,
    OwnedViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ModelViewSet,
):
    queryset = Booking.objects.all()
    list_query = ListBooking
    get_query = GetBooking
    delete_command = DeleteBooking
    reference_columns = {
        "room": ["code"],
        "booked_by": ["display_name"],
    }
    serializer_class = BookingSerializer
    list_serializer_class = BookingListSerializer
    detail_serializer_class = BookingDetailSerializer
    permission_classes = [AccessPolicy, IsOwnerOrAdmin | ReadOnly]
    read_access = "users"
    write_access = "users"
    owner_field = "booked_by"
    pagination_class = CursorPagination
    filterset_class = BookingFilter
    search_fields = ["purpose"]
    ordering_fields = ["id", "starts_at", "ends_at", "purpose"]
    ordering = ["pk"]


class AttendeeViewSet(
    CachedResponseMixin,
    CommandQueryViewSetMixin,
    OwnedViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ModelViewSet,
):
    queryset = Attendee.objects.all()
    list_query = ListAttendee
    get_query = GetAttendee
    delete_command = DeleteAttendee
    reference_columns = {
        "booking": ["purpose"],
    }
    serializer_class = AttendeeSerializer
    list_serializer_class = AttendeeListSerializer
    detail_serializer_class = AttendeeDetailSerializer
    permission_classes = [AccessPolicy, IsOwnerOrAdmin | ReadOnly]
    read_access = "users"
    write_access = "users"
    owner_field = "booking__booked_by"
    pagination_class = LimitOffsetPagination
    filterset_class = AttendeeFilter
    search_fields = ["name"]
    ordering_fields = ["id", "name", "confirmed"]
    ordering = ["pk"]


class MoveViewSet(CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Move.objects.all()
    list_queryset = Move.objects.select_related("asset", "source", "target")
    detail_queryset = Move.objects.select_related(
        "asset", "source", "target"
    ).prefetch_related(
        Prefetch("source__stewards", queryset=Member.objects.only("pk")),
        Prefetch("target__stewards", queryset=Member.objects.only("pk")),
    )
    reference_columns = {
        "asset": ["name"],
        "source": ["code"],
        "target": ["code"],
    }
    serializer_class = MoveSerializer
    list_serializer_class = MoveListSerializer
    detail_serializer_class = MoveDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = LimitOffsetPagination
    filterset_class = MoveFilter
    search_fields = ["reason"]
    ordering_fields = ["id", "moved_at", "reason"]
    ordering = ["pk"]


class LogViewSet(CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet):
    """Logs are read-only in the API, except for admins."""

    queryset = Log.objects.all()
    list_queryset = Log.objects.select_related("room")
    detail_queryset = Log.objects.select_related("room").prefetch_related(
        Prefetch("room__stewards", queryset=Member.objects.only("pk"))
    )
    reference_columns = {
        "room": ["code"],
    }
    serializer_class = LogSerializer
    list_serializer_class = LogListSerializer
    detail_serializer_class = LogDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = LimitOffsetPagination
    filterset_class = LogFilter
    search_fields = ["message"]
    ordering_fields = ["id", "message", "created_at"]
    ordering = ["-created_at", "pk"]
