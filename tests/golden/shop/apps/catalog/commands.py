"""The commands of the Catalog app: the changes a client may ask for, with the
data the write serializer validated and the user who asks. handlers.py handles each."""

from dataclasses import dataclass

from apps.core.cqrs import Command, Data


@dataclass(frozen=True, kw_only=True)
class CreateCategory(Command):
    """Create one category: `data` holds a value for each field to set."""

    data: Data


@dataclass(frozen=True, kw_only=True)
class UpdateCategory(Command):
    """Change the category `id`: `data` holds the fields to change (all of them
    for a PUT, those sent for a PATCH)."""

    id: int
    data: Data


@dataclass(frozen=True, kw_only=True)
class DeleteCategory(Command):
    """Delete the category `id`."""

    id: int


@dataclass(frozen=True, kw_only=True)
class CreateCountry(Command):
    """Create one country: `data` holds a value for each field to set."""

    data: Data


@dataclass(frozen=True, kw_only=True)
class UpdateCountry(Command):
    """Change the country `id`: `data` holds the fields to change (all of them
    for a PUT, those sent for a PATCH)."""

    id: str
    data: Data


@dataclass(frozen=True, kw_only=True)
class DeleteCountry(Command):
    """Delete the country `id`."""

    id: str


@dataclass(frozen=True, kw_only=True)
class CreateProduct(Command):
    """Create one product: `data` holds a value for each field to set."""

    data: Data


@dataclass(frozen=True, kw_only=True)
class UpdateProduct(Command):
    """Change the product `id`: `data` holds the fields to change (all of them
    for a PUT, those sent for a PATCH)."""

    id: int
    data: Data


@dataclass(frozen=True, kw_only=True)
class DeleteProduct(Command):
    """Delete the product `id`."""

    id: int
