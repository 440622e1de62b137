"""The commands of the Customers app: the changes a client may ask for, with the
data the write serializer validated and the user who asks. handlers.py handles each."""

from dataclasses import dataclass

from apps.core.cqrs import Command, Data


@dataclass(frozen=True, kw_only=True)
class CreateCustomer(Command):
    """Create one customer: `data` holds a value for each field to set."""

    data: Data


@dataclass(frozen=True, kw_only=True)
class UpdateCustomer(Command):
    """Change the customer `id`: `data` holds the fields to change (all of them
    for a PUT, those sent for a PATCH)."""

    id: int
    data: Data


@dataclass(frozen=True, kw_only=True)
class DeleteCustomer(Command):
    """Delete the customer `id`."""

    id: int


@dataclass(frozen=True, kw_only=True)
class CreateAddress(Command):
    """Create one address: `data` holds a value for each field to set."""

    data: Data


@dataclass(frozen=True, kw_only=True)
class UpdateAddress(Command):
    """Change the address `id`: `data` holds the fields to change (all of them
    for a PUT, those sent for a PATCH)."""

    id: int
    data: Data


@dataclass(frozen=True, kw_only=True)
class DeleteAddress(Command):
    """Delete the address `id`."""

    id: int
