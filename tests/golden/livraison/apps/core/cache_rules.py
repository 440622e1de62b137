"""What the cache knows of the domain model, derived from it when the project was generated:
how long each entity's answers live, whose answers depend on who asks, and which answers a
write makes stale. An entity's answers show its own rows, the rows its relations point at
and the rows pointing at it; a child of multi-table inheritance shares its parents' rows."""

# Seconds the list and detail answers of each cached entity live.
TIMEOUTS = {
    "livraison.Utilisateur": 300,
    "livraison.Client": 300,
    "livraison.Livreur": 300,
    "livraison.PointRelais": 300,
    "livraison.Colis": 300,
    "livraison.Expedition": 300,
    "livraison.Session": 300,
}

# Entities whose answers depend on who asks: one entry per user.
PER_USER = frozenset({"livraison.Utilisateur"})

# A write to the key's model bumps the versions of these entities.
DEPENDENTS = {
    "livraison.Utilisateur": (
        "livraison.Utilisateur",
        "livraison.Client",
        "livraison.Livreur",
        "livraison.Colis",
        "livraison.Expedition",
        "livraison.Session",
    ),
    "livraison.Client": (
        "livraison.Utilisateur",
        "livraison.Client",
        "livraison.Livreur",
        "livraison.Colis",
        "livraison.Expedition",
        "livraison.Session",
    ),
    "livraison.Livreur": (
        "livraison.Utilisateur",
        "livraison.Client",
        "livraison.Livreur",
        "livraison.Colis",
        "livraison.Expedition",
        "livraison.Session",
    ),
    "livraison.PointRelais": ("livraison.PointRelais", "livraison.Expedition"),
    "livraison.Colis": (
        "livraison.Utilisateur",
        "livraison.Client",
        "livraison.Livreur",
        "livraison.Colis",
        "livraison.Expedition",
    ),
    "livraison.Expedition": (
        "livraison.Utilisateur",
        "livraison.Client",
        "livraison.Livreur",
        "livraison.PointRelais",
        "livraison.Colis",
        "livraison.Expedition",
    ),
    "livraison.Session": (
        "livraison.Utilisateur",
        "livraison.Client",
        "livraison.Livreur",
        "livraison.Session",
    ),
}
