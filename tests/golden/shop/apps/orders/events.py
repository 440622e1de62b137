"""What changes in the Orders app, as its command handlers publish it once
the transaction commits. Hear of it with
`apps.core.cqrs.subscribe(OrderCreated, subscriber)`."""

from dataclasses import dataclass

from apps.core.cqrs import Created, Deleted, Updated


@dataclass(frozen=True, kw_only=True)
class OrderCreated(Created):
    """Published for each order created."""


@dataclass(frozen=True, kw_only=True)
class OrderUpdated(Updated):
    """Published for each order updated."""


@dataclass(frozen=True, kw_only=True)
class OrderDeleted(Deleted):
    """Published for each order deleted."""


@dataclass(frozen=True, kw_only=True)
class OrderLineCreated(Created):
    """Published for each order line created."""


@dataclass(frozen=True, kw_only=True)
class OrderLineUpdated(Updated):
    """Published for each order line updated."""


@dataclass(frozen=True, kw_only=True)
class OrderLineDeleted(Deleted):
    """Published for each order line deleted."""
