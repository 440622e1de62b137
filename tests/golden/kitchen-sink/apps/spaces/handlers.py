"""The handlers of the Spaces app's commands and queries, one each. A command's
handler writes through the model and publishes what changed (delivered once the transaction
commits); a query's handler loads up front all that its answer shows, so that reading a page
of rows takes as many queries as reading one."""

from django.db.models import Prefetch, QuerySet

from apps.core.cqrs import handles, publish, rows
from apps.core.events.store import record
from apps.core.viewsets import related_count
from apps.studio.models import Member

from .commands import (
    CreateAttendee,
    CreateBooking,
    DeleteAttendee,
    DeleteBooking,
    UpdateAttendee,
    UpdateBooking,
)
from .events import (
    AttendeeCreated,
    AttendeeDeleted,
    AttendeeUpdated,
    BookingCreated,
    BookingDeleted,
    BookingUpdated,
)
from .models import Attendee, Booking
from .queries import GetAttendee, GetBooking, ListAttendee, ListBooking


@handles(CreateBooking)
def create_booking(command: CreateBooking) -> Booking:
    data = rows.owned_by(command.data, "booked_by", command.user)
    row = rows.create(Booking, data)
    record(
        BookingCreated(
            id=rows.key(row),
            data=rows.stored(row, data),
            user_id=command.user_id,
            request_id=command.request_id,
        ),
        Booking,
    )
    return row


@handles(UpdateBooking)
def update_booking(command: UpdateBooking) -> Booking:
    row = rows.locked(Booking, command.id)
    rows.check_owner(row, "booked_by", command.user)
    changes = rows.update(row, command.data)
    record(
        BookingUpdated(
            id=rows.key(row),
            changes=changes,
            user_id=command.user_id,
            request_id=command.request_id,
        ),
        Booking,
        command.expected_version,
    )
    return row


@handles(DeleteBooking)
def delete_booking(command: DeleteBooking) -> None:
    row = rows.locked(Booking, command.id)
    rows.check_owner(row, "booked_by", command.user)
    event = BookingDeleted(
        id=rows.key(row),
        data=rows.stored(row),
        user_id=command.user_id,
        request_id=command.request_id,
    )
    row.delete()
    record(event, Booking, command.expected_version)


@handles(ListBooking)
def list_bookings(query: ListBooking) -> QuerySet[Booking]:
    return query.rows.select_related("room", "booked_by")


@handles(GetBooking)
def get_booking(query: GetBooking) -> Booking:
    return rows.find(
        query.rows.select_related("room", "booked_by")
        .prefetch_related(
            Prefetch("room__stewards", queryset=Member.objects.only("pk"))
        )
        .annotate(attendees_count=related_count(Attendee, "booking")),
        query.id,
    )


@handles(CreateAttendee)
def create_attendee(command: CreateAttendee) -> Attendee:
    row = rows.create(Attendee, command.data)
    publish(
        AttendeeCreated(
            id=rows.key(row),
            data=rows.stored(row, command.data),
            user_id=command.user_id,
            request_id=command.request_id,
        )
    )
    return row


@handles(UpdateAttendee)
def update_attendee(command: UpdateAttendee) -> Attendee:
    row = rows.locked(Attendee, command.id)
    changes = rows.update(row, command.data)
    publish(
        AttendeeUpdated(
            id=rows.key(row),
            changes=changes,
            user_id=command.user_id,
            request_id=command.request_id,
        )
    )
    return row


@handles(DeleteAttendee)
def delete_attendee(command: DeleteAttendee) -> None:
    row = rows.locked(Attendee, command.id)
    event = AttendeeDeleted(
        id=rows.key(row),
        data=rows.stored(row),
        user_id=command.user_id,
        request_id=command.request_id,
    )
    row.delete()
    publish(event)


@handles(ListAttendee)
def list_attendees(query: ListAttendee) -> QuerySet[Attendee]:
    return query.rows.select_related("booking")


@handles(GetAttendee)
def get_attendee(query: GetAttendee) -> Attendee:
    return rows.find(query.rows.select_related("booking"), query.id)
