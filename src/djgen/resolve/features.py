"""Project features: the switches every generator reads, checked against the entities.

Rejects CQRS, event-sourced and streamed names that are not entities (or, for CQRS and
streams, that name an abstract one, which has no endpoint), roles that are empty, repeated or
too long for a Django group, and a default access without authentication; warns about features
this version accepts but does not generate, and about `auth: none`.
"""

from __future__ import annotations

from djgen.errors import did_you_mean
from djgen.model import Features
from djgen.resolve.state import Context
from djgen.vocabulary import Auth

ROLE_MAX_LENGTH = 150  # a role is a Django group: Group.name's max_length


def check_entity_names(ctx: Context, option: str, *, concrete: bool) -> None:
    """Each name a feature's list gives is an entity (with a table, if `concrete`)."""
    names = getattr(ctx.features, option)
    if not isinstance(names, tuple):
        return
    for i, name in enumerate(names):
        draft = ctx.drafts.get(name)
        if draft is None:
            ctx.error(
                "DJG215",
                f"{option} names '{name}', which is not an entity",
                ctx.at("features", option, i),
                did_you_mean(name, ctx.drafts),
            )
        elif concrete and draft.spec.abstract:
            ctx.error(
                "DJG202",
                f"{option} names '{name}', which is abstract: it has no table and no endpoint",
                ctx.at("features", option, i),
                "name the entities that extend it",
            )


def check_features(ctx: Context) -> Features:
    features = ctx.features
    check_entity_names(ctx, "cqrs", concrete=True)
    check_entity_names(ctx, "event_sourcing", concrete=False)
    check_entity_names(ctx, "websockets", concrete=True)
    for i, role in enumerate(features.roles):
        if not role.strip() or len(role) > ROLE_MAX_LENGTH or role in features.roles[:i]:
            ctx.error(
                "DJG202",
                f"role '{role}' is empty, repeated or longer than {ROLE_MAX_LENGTH} characters",
                ctx.at("features", "roles", i),
                "give each role a distinct name of 1 to 150 characters",
            )
    if features.auth is Auth.NONE and "default_access" in ctx.doc.features.model_fields_set:
        ctx.error(
            "DJG202",
            "default_access needs users, but features.auth is none: anyone reads and writes",
            ctx.at("features", "default_access"),
            "use auth: jwt or auth: session, or remove default_access",
        )
    if features.auth is Auth.NONE:
        ctx.warning(
            "DJG304",
            "auth: none leaves every write endpoint open to anonymous clients",
            ctx.at("features", "auth"),
            "use auth: jwt or auth: session",
        )
    return features
