"""What the cache knows of the domain model, derived from it when the project was generated:
how long each entity's answers live, whose answers depend on who asks, and which answers a
write makes stale. An entity's answers show its own rows, the rows its relations point at
and the rows pointing at it; a child of multi-table inheritance shares its parents' rows."""

# Seconds the list and detail answers of each cached entity live.
TIMEOUTS = {
    "catalog.User": 300,
    "catalog.Category": 300,
    "catalog.Country": 300,
    "catalog.Product": 300,
    "customers.Customer": 300,
    "customers.Address": 300,
    "orders.Order": 300,
    "orders.OrderLine": 300,
}

# Entities whose answers depend on who asks: one entry per user.
PER_USER = frozenset(
    {
        "catalog.User",
        "customers.Customer",
        "customers.Address",
        "orders.Order",
        "orders.OrderLine",
    }
)

# A write to the key's model bumps the versions of these entities.
DEPENDENTS = {
    "catalog.User": ("catalog.User", "customers.Customer"),
    "catalog.Category": ("catalog.Category", "catalog.Product"),
    "catalog.Country": ("catalog.Country", "catalog.Product", "customers.Address"),
    "catalog.Product": (
        "catalog.Category",
        "catalog.Country",
        "catalog.Product",
        "orders.OrderLine",
    ),
    "customers.Customer": (
        "catalog.User",
        "customers.Customer",
        "customers.Address",
        "orders.Order",
    ),
    "customers.Address": ("catalog.Country", "customers.Customer", "customers.Address"),
    "orders.Order": ("customers.Customer", "orders.Order", "orders.OrderLine"),
    "orders.OrderLine": ("catalog.Product", "orders.Order", "orders.OrderLine"),
}
