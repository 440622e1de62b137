"""The Spaces app's entity streams: each entity's domain events, sent once
committed to the sockets of the users its REST viewset lets read the row."""

from apps.core.sockets import Stream
from apps.core.sockets.history import EVENT_STORE

from .events import (
    AttendeeCreated,
    AttendeeDeleted,
    AttendeeUpdated,
    BookingCreated,
    BookingDeleted,
    BookingUpdated,
)
from .models import Attendee, Booking
from .queries import ListAttendee, ListBooking
from .serializers import AttendeeListSerializer, BookingListSerializer
from .views import AttendeeViewSet, BookingViewSet

BOOKINGS = Stream(
    entity="Booking",
    url="bookings",
    model=Booking,
    key_name="id",
    viewset=BookingViewSet,
    list_query=ListBooking,
    serializer=BookingListSerializer,
    events=(
        BookingCreated,
        BookingUpdated,
        BookingDeleted,
    ),
    log=EVENT_STORE,
)

ATTENDEES = Stream(
    entity="Attendee",
    url="attendees",
    model=Attendee,
    key_name="id",
    viewset=AttendeeViewSet,
    list_query=ListAttendee,
    serializer=AttendeeListSerializer,
    events=(
        AttendeeCreated,
        AttendeeUpdated,
        AttendeeDeleted,
    ),
)

STREAMS = [BOOKINGS, ATTENDEES]
for stream in STREAMS:
    stream.listen()
