from rest_framework import serializers

from apps.core.cqrs.api import CommandSerializerMixin
from apps.core.serializers import (
    DetailSerializer,
    Reference,
    RelatedList,
    UUIDReference,
    WriteSerializer,
)

from .commands import CreateAttendee, CreateBooking, UpdateAttendee, UpdateBooking
from .models import Attendee, Booking, Log, Move, Room


class RoomSerializer(WriteSerializer):
    class Meta:
        model = Room
        fields = ["id", "code", "capacity", "stewards", "folder"]
        read_only_fields = ["stewards"]


class RoomListSerializer(serializers.ModelSerializer):
    stewards = Reference(many=True, read_only=True)
    folder = Reference(read_only=True, allow_null=True)

    class Meta:
        model = Room
        fields = ["id", "code", "capacity", "stewards", "folder"]


class RoomDetailSerializer(DetailSerializer):
    stewards = Reference(many=True, read_only=True)
    folder = Reference(read_only=True, allow_null=True)
    stewardships = RelatedList(view_name="spaces:room-stewardships")
    assets = RelatedList(view_name="spaces:room-assets")
    bookings = RelatedList(view_name="spaces:room-bookings")
    moves_as_source = RelatedList(view_name="spaces:room-moves-as-source")
    moves_as_target = RelatedList(view_name="spaces:room-moves-as-target")
    logs = RelatedList(view_name="spaces:room-logs")

    class Meta:
        model = Room
        fields = [
            "id",
            "code",
            "capacity",
            "stewards",
            "folder",
            "stewardships",
            "assets",
            "bookings",
            "moves_as_source",
            "moves_as_target",
            "logs",
        ]
        depth = 1


class BookingSerializer(CommandSerializerMixin, WriteSerializer):
    create_command = CreateBooking
    update_command = UpdateBooking

    class Meta:
        model = Booking
        fields = ["id", "starts_at", "ends_at", "purpose", "room", "booked_by"]
        read_only_fields = ["booked_by"]


class BookingListSerializer(serializers.ModelSerializer):
    room = Reference(read_only=True)
    booked_by = Reference(read_only=True)

    class Meta:
        model = Booking
        fields = ["id", "starts_at", "ends_at", "purpose", "room", "booked_by"]


class BookingDetailSerializer(DetailSerializer):
    booked_by = Reference(read_only=True)
    attendees = RelatedList(view_name="spaces:booking-attendees")

    class Meta:
        model = Booking
        fields = [
            "id",
            "starts_at",
            "ends_at",
            "purpose",
            "room",
            "booked_by",
            "attendees",
        ]
        depth = 1


class AttendeeSerializer(CommandSerializerMixin, WriteSerializer):
    create_command = CreateAttendee
    update_command = UpdateAttendee

    class Meta:
        model = Attendee
        fields = ["id", "name", "confirmed", "booking"]


class AttendeeListSerializer(serializers.ModelSerializer):
    booking = Reference(read_only=True)

    class Meta:
        model = Attendee
        fields = ["id", "name", "confirmed", "booking"]


class AttendeeDetailSerializer(DetailSerializer):
    class Meta:
        model = Attendee
        fields = ["id", "name", "confirmed", "booking"]
        depth = 1


class MoveSerializer(WriteSerializer):
    class Meta:
        model = Move
        fields = ["id", "moved_at", "reason", "asset", "source", "target"]


class MoveListSerializer(serializers.ModelSerializer):
    asset = UUIDReference(read_only=True)
    target = Reference(read_only=True)

    class Meta:
        model = Move
        fields = ["id", "moved_at", "reason", "asset", "source", "target"]

    def get_fields(self) -> dict[str, serializers.Field]:
        # Named like attributes every serializer field has: declared here, not on the class.
        return {
            **super().get_fields(),
            "source": Reference(read_only=True),
        }


class MoveDetailSerializer(DetailSerializer):
    class Meta:
        model = Move
        fields = ["id", "moved_at", "reason", "asset", "source", "target"]
        depth = 1


class LogSerializer(WriteSerializer):
    class Meta:
        model = Log
        fields = ["id", "message", "created_at", "room"]
        read_only_fields = ["created_at"]


class LogListSerializer(serializers.ModelSerializer):
    room = Reference(read_only=True)

    class Meta:
        model = Log
        fields = ["id", "message", "created_at", "room"]


class LogDetailSerializer(DetailSerializer):
    class Meta:
        model = Log
        fields = ["id", "message", "created_at", "room"]
        depth = 1
