"""What the cache knows of the domain model, derived from it when the project was generated:
how long each entity's answers live, whose answers depend on who asks, and which answers a
write makes stale. An entity's answers show its own rows, the rows its relations point at
and the rows pointing at it; a child of multi-table inheritance shares its parents' rows."""

# Seconds the list and detail answers of each cached entity live.
TIMEOUTS = {
    "blog.User": 300,
    "blog.Category": 300,
    "blog.Tag": 300,
    "blog.Post": 300,
    "blog.Comment": 300,
}

# Entities whose answers depend on who asks: one entry per user.
PER_USER = frozenset({"blog.User"})

# A write to the key's model bumps the versions of these entities.
DEPENDENTS = {
    "blog.User": ("blog.User", "blog.Post", "blog.Comment"),
    "blog.Category": ("blog.Category", "blog.Post"),
    "blog.Tag": ("blog.Tag", "blog.Post"),
    "blog.Post": (
        "blog.User",
        "blog.Category",
        "blog.Tag",
        "blog.Post",
        "blog.Comment",
    ),
    "blog.Comment": ("blog.User", "blog.Post", "blog.Comment"),
}
