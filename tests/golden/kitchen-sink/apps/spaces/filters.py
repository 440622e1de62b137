"""Query filters of the Spaces API, named as django-filter names them:
`?field=`, `?field__lookup=`, `?field__in=a,b`."""

from apps.core.filters import (
    BOOLEAN_LOOKUPS,
    COMPARISON_LOOKUPS,
    DATE_LOOKUPS,
    EQUALITY_LOOKUPS,
    TEXT_LOOKUPS,
    FilterSet,
)

from .models import Attendee, Booking, Log, Move, Room


class RoomFilter(FilterSet):
    class Meta:
        model = Room
        fields = {
            "code": TEXT_LOOKUPS,
            "capacity": COMPARISON_LOOKUPS,
            "stewards": EQUALITY_LOOKUPS,
            "folder": [*EQUALITY_LOOKUPS, "isnull"],
        }


class BookingFilter(FilterSet):
    class Meta:
        model = Booking
        fields = {
            "starts_at": DATE_LOOKUPS,
            "ends_at": DATE_LOOKUPS,
            "purpose": TEXT_LOOKUPS,
            "room": EQUALITY_LOOKUPS,
            "booked_by": EQUALITY_LOOKUPS,
        }


class AttendeeFilter(FilterSet):
    class Meta:
        model = Attendee
        fields = {
            "name": TEXT_LOOKUPS,
            "confirmed": BOOLEAN_LOOKUPS,
            "booking": EQUALITY_LOOKUPS,
        }


class MoveFilter(FilterSet):
    class Meta:
        model = Move
        fields = {
            "moved_at": DATE_LOOKUPS,
            "reason": TEXT_LOOKUPS,
            "asset": EQUALITY_LOOKUPS,
            "source": EQUALITY_LOOKUPS,
            "target": EQUALITY_LOOKUPS,
        }


class LogFilter(FilterSet):
    class Meta:
        model = Log
        fields = {
            "message": TEXT_LOOKUPS,
            "created_at": DATE_LOOKUPS,
            "room": EQUALITY_LOOKUPS,
        }
