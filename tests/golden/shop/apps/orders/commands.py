"""The commands of the Orders app: the changes a client may ask for, with the
data the write serializer validated and the user who asks. handlers.py handles each."""

from dataclasses import dataclass

from apps.core.cqrs import Command, Data


@dataclass(frozen=True, kw_only=True)
class CreateOrder(Command):
    """Create one order: `data` holds a value for each field to set."""

    data: Data


@dataclass(frozen=True, kw_only=True)
class UpdateOrder(Command):
    """Change the order `id`: `data` holds the fields to change (all of them
    for a PUT, those sent for a PATCH)."""

    id: int
    data: Data


@dataclass(frozen=True, kw_only=True)
class DeleteOrder(Command):
    """Delete the order `id`."""

    id: int


@dataclass(frozen=True, kw_only=True)
class CreateOrderLine(Command):
    """Create one order line: `data` holds a value for each field to set."""

    data: Data


@dataclass(frozen=True, kw_only=True)
class UpdateOrderLine(Command):
    """Change the order line `id`: `data` holds the fields to change (all of them
    for a PUT, those sent for a PATCH)."""

    id: int
    data: Data


@dataclass(frozen=True, kw_only=True)
class DeleteOrderLine(Command):
    """Delete the order line `id`."""

    id: int
