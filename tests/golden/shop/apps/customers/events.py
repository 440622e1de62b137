"""What changes in the Customers app, as its command handlers publish it once
the transaction commits. Hear of it with
`apps.core.cqrs.subscribe(CustomerCreated, subscriber)`."""

from dataclasses import dataclass

from apps.core.cqrs import Created, Deleted, Updated


@dataclass(frozen=True, kw_only=True)
class CustomerCreated(Created):
    """Published for each customer created."""


@dataclass(frozen=True, kw_only=True)
class CustomerUpdated(Updated):
    """Published for each customer updated."""


@dataclass(frozen=True, kw_only=True)
class CustomerDeleted(Deleted):
    """Published for each customer deleted."""


@dataclass(frozen=True, kw_only=True)
class AddressCreated(Created):
    """Published for each address created."""


@dataclass(frozen=True, kw_only=True)
class AddressUpdated(Updated):
    """Published for each address updated."""


@dataclass(frozen=True, kw_only=True)
class AddressDeleted(Deleted):
    """Published for each address deleted."""
