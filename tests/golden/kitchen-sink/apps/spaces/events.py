"""What changes in the Spaces app, as its command handlers publish it once
the transaction commits. Hear of it with
`apps.core.cqrs.subscribe(BookingCreated, subscriber)`."""

from dataclasses import dataclass

from apps.core.cqrs import Created, Deleted, Updated


@dataclass(frozen=True, kw_only=True)
class BookingCreated(Created):
    """Published for each booking created."""


@dataclass(frozen=True, kw_only=True)
class BookingUpdated(Updated):
    """Published for each booking updated."""


@dataclass(frozen=True, kw_only=True)
class BookingDeleted(Deleted):
    """Published for each booking deleted."""


@dataclass(frozen=True, kw_only=True)
class AttendeeCreated(Created):
    """Published for each attendee created."""


@dataclass(frozen=True, kw_only=True)
class AttendeeUpdated(Updated):
    """Published for each attendee updated."""


@dataclass(frozen=True, kw_only=True)
class AttendeeDeleted(Deleted):
    """Published for each attendee deleted."""
