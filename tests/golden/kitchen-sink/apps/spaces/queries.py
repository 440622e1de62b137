"""The queries of the Spaces app. Each reads among `rows`: every row unless
given, the rows the user may read when a viewset asks. handlers.py answers each."""

from dataclasses import dataclass, field

from django.db.models import QuerySet

from apps.core.cqrs import Query

from .models import Attendee, Booking


@dataclass(frozen=True, kw_only=True)
class GetBooking(Query):
    """The booking `id` (a URL's text too), with all its detail shows."""

    id: int | str
    rows: QuerySet[Booking] = field(default_factory=Booking.objects.all)


@dataclass(frozen=True, kw_only=True)
class ListBooking(Query):
    """Bookings, with all a list shows of them."""

    rows: QuerySet[Booking] = field(default_factory=Booking.objects.all)


@dataclass(frozen=True, kw_only=True)
class GetAttendee(Query):
    """The attendee `id` (a URL's text too), with all its detail shows."""

    id: int | str
    rows: QuerySet[Attendee] = field(default_factory=Attendee.objects.all)


@dataclass(frozen=True, kw_only=True)
class ListAttendee(Query):
    """Attendees, with all a list shows of them."""

    rows: QuerySet[Attendee] = field(default_factory=Attendee.objects.all)
