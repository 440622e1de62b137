"""The commands of the Spaces app: the changes a client may ask for, with the
data the write serializer validated and the user who asks. handlers.py handles each."""

from dataclasses import dataclass

from apps.core.cqrs import Command, Data


@dataclass(frozen=True, kw_only=True)
class CreateBooking(Command):
    """Create one booking: `data` holds a value for each field to set."""

    data: Data


@dataclass(frozen=True, kw_only=True)
class UpdateBooking(Command):
    """Change the booking `id`: `data` holds the fields to change (all of them
    for a PUT, those sent for a PATCH)."""

    id: int
    data: Data


@dataclass(frozen=True, kw_only=True)
class DeleteBooking(Command):
    """Delete the booking `id`."""

    id: int


@dataclass(frozen=True, kw_only=True)
class CreateAttendee(Command):
    """Create one attendee: `data` holds a value for each field to set."""

    data: Data


@dataclass(frozen=True, kw_only=True)
class UpdateAttendee(Command):
    """Change the attendee `id`: `data` holds the fields to change (all of them
    for a PUT, those sent for a PATCH)."""

    id: int
    data: Data


@dataclass(frozen=True, kw_only=True)
class DeleteAttendee(Command):
    """Delete the attendee `id`."""

    id: int
