"""What changes in the Catalog app, as its command handlers publish it once
the transaction commits. Hear of it with
`apps.core.cqrs.subscribe(CategoryCreated, subscriber)`."""

from dataclasses import dataclass

from apps.core.cqrs import Created, Deleted, Updated


@dataclass(frozen=True, kw_only=True)
class CategoryCreated(Created):
    """Published for each category created."""


@dataclass(frozen=True, kw_only=True)
class CategoryUpdated(Updated):
    """Published for each category updated."""


@dataclass(frozen=True, kw_only=True)
class CategoryDeleted(Deleted):
    """Published for each category deleted."""


@dataclass(frozen=True, kw_only=True)
class CountryCreated(Created):
    """Published for each country created."""


@dataclass(frozen=True, kw_only=True)
class CountryUpdated(Updated):
    """Published for each country updated."""


@dataclass(frozen=True, kw_only=True)
class CountryDeleted(Deleted):
    """Published for each country deleted."""


@dataclass(frozen=True, kw_only=True)
class ProductCreated(Created):
    """Published for each product created."""


@dataclass(frozen=True, kw_only=True)
class ProductUpdated(Updated):
    """Published for each product updated."""


@dataclass(frozen=True, kw_only=True)
class ProductDeleted(Deleted):
    """Published for each product deleted."""
