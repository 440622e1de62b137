"""What the cache knows of the domain model, derived from it when the project was generated:
how long each entity's answers live, whose answers depend on who asks, and which answers a
write makes stale. An entity's answers show its own rows, the rows its relations point at
and the rows pointing at it; a child of multi-table inheritance shares its parents' rows."""

# Seconds the list and detail answers of each cached entity live.
TIMEOUTS = {
    "conference.User": 300,
    "conference.Room": 300,
    "conference.Speaker": 300,
    "conference.Talk": 300,
    "conference.Tag": 300,
    "conference.Material": 300,
    "conference.Sponsor": 300,
}

# Entities whose answers depend on who asks: one entry per user.
PER_USER = frozenset({"conference.User"})

# A write to the key's model bumps the versions of these entities.
DEPENDENTS = {
    "conference.User": ("conference.User", "conference.Speaker", "conference.Talk"),
    "conference.Room": ("conference.Room", "conference.Talk"),
    "conference.Speaker": ("conference.User", "conference.Speaker", "conference.Talk"),
    "conference.Talk": (
        "conference.User",
        "conference.Room",
        "conference.Speaker",
        "conference.Talk",
        "conference.Tag",
        "conference.Material",
    ),
    "conference.Tag": ("conference.Talk", "conference.Tag"),
    "conference.Material": ("conference.Talk", "conference.Material"),
    "conference.Sponsor": ("conference.Sponsor",),
}
