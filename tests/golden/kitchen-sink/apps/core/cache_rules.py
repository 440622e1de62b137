"""What the cache knows of the domain model, derived from it when the project was generated:
how long each entity's answers live, whose answers depend on who asks, and which answers a
write makes stale. An entity's answers show its own rows, the rows its relations point at
and the rows pointing at it; a child of multi-table inheritance shares its parents' rows."""

# Seconds the list and detail answers of each cached entity live.
TIMEOUTS = {
    "studio.Member": 300,
    "studio.Folder": 300,
    "studio.Statement": 300,
    "studio.Camera": 300,
    "studio.Stewardship": 300,
    "inventory.Asset": 300,
    "inventory.Vehicle": 300,
    "spaces.Room": 300,
    "spaces.Booking": 300,
    "spaces.Attendee": 300,
    "spaces.Move": 300,
    "spaces.Log": 300,
}

# Entities whose answers depend on who asks: one entry per user.
PER_USER = frozenset(
    {"studio.Member", "studio.Statement", "spaces.Booking", "spaces.Attendee"}
)

# A write to the key's model bumps the versions of these entities.
DEPENDENTS = {
    "studio.Member": (
        "studio.Member",
        "studio.Statement",
        "studio.Camera",
        "studio.Stewardship",
        "inventory.Asset",
        "inventory.Vehicle",
        "spaces.Room",
        "spaces.Booking",
    ),
    "studio.Folder": ("studio.Folder", "spaces.Room"),
    "studio.Statement": ("studio.Member", "studio.Statement"),
    "studio.Camera": (
        "studio.Member",
        "studio.Camera",
        "inventory.Asset",
        "inventory.Vehicle",
        "spaces.Room",
        "spaces.Move",
    ),
    "studio.Stewardship": ("studio.Member", "studio.Stewardship", "spaces.Room"),
    "inventory.Asset": (
        "studio.Member",
        "studio.Camera",
        "inventory.Asset",
        "inventory.Vehicle",
        "spaces.Room",
        "spaces.Move",
    ),
    "inventory.Vehicle": (
        "studio.Member",
        "studio.Camera",
        "inventory.Asset",
        "inventory.Vehicle",
        "spaces.Room",
        "spaces.Move",
    ),
    "spaces.Room": (
        "studio.Member",
        "studio.Folder",
        "studio.Camera",
        "studio.Stewardship",
        "inventory.Asset",
        "inventory.Vehicle",
        "spaces.Room",
        "spaces.Booking",
        "spaces.Move",
        "spaces.Log",
    ),
    "spaces.Booking": (
        "studio.Member",
        "spaces.Room",
        "spaces.Booking",
        "spaces.Attendee",
    ),
    "spaces.Attendee": ("spaces.Booking", "spaces.Attendee"),
    "spaces.Move": (
        "studio.Camera",
        "inventory.Asset",
        "inventory.Vehicle",
        "spaces.Room",
        "spaces.Move",
    ),
    "spaces.Log": ("spaces.Room", "spaces.Log"),
}
