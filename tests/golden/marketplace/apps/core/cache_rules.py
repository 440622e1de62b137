"""What the cache knows of the domain model, derived from it when the project was generated:
how long each entity's answers live, whose answers depend on who asks, and which answers a
write makes stale. An entity's answers show its own rows, the rows its relations point at
and the rows pointing at it; a child of multi-table inheritance shares its parents' rows."""

# Seconds the list and detail answers of each cached entity live.
TIMEOUTS = {
    "marketplace.User": 300,
    "marketplace.Customer": 300,
    "marketplace.Seller": 300,
    "marketplace.Group": 300,
    "marketplace.Product": 300,
    "marketplace.Order": 300,
    "marketplace.OrderLine": 300,
    "marketplace.Review": 300,
}

# Entities whose answers depend on who asks: one entry per user.
PER_USER = frozenset({"marketplace.User"})

# A write to the key's model bumps the versions of these entities.
DEPENDENTS = {
    "marketplace.User": (
        "marketplace.User",
        "marketplace.Customer",
        "marketplace.Seller",
        "marketplace.Product",
        "marketplace.Order",
        "marketplace.Review",
    ),
    "marketplace.Customer": (
        "marketplace.User",
        "marketplace.Customer",
        "marketplace.Seller",
        "marketplace.Product",
        "marketplace.Order",
        "marketplace.Review",
    ),
    "marketplace.Seller": (
        "marketplace.User",
        "marketplace.Customer",
        "marketplace.Seller",
        "marketplace.Product",
        "marketplace.Order",
        "marketplace.Review",
    ),
    "marketplace.Group": ("marketplace.Group", "marketplace.Product"),
    "marketplace.Product": (
        "marketplace.User",
        "marketplace.Customer",
        "marketplace.Seller",
        "marketplace.Group",
        "marketplace.Product",
        "marketplace.OrderLine",
        "marketplace.Review",
    ),
    "marketplace.Order": (
        "marketplace.User",
        "marketplace.Customer",
        "marketplace.Seller",
        "marketplace.Order",
        "marketplace.OrderLine",
    ),
    "marketplace.OrderLine": (
        "marketplace.Product",
        "marketplace.Order",
        "marketplace.OrderLine",
    ),
    "marketplace.Review": (
        "marketplace.User",
        "marketplace.Customer",
        "marketplace.Seller",
        "marketplace.Product",
        "marketplace.Review",
    ),
}
