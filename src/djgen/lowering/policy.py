"""Who may do what with an entity's endpoint, and which of its answers are cached.

The API generator prints these decisions into viewsets; the auth, cache and test generators
check them from the same domain model.
"""

from __future__ import annotations

from dataclasses import dataclass

from djgen.lowering.imports import Import
from djgen.model import Auth, CacheBackend, Entity, Project, Visibility

# The kinds of write a spec's `permissions:` restricts, in the order the view prints them.
WRITE_KINDS = ("create", "update", "delete")
CORE_PERMISSIONS = "apps.core.permissions"
DRF_PERMISSIONS = Import("rest_framework", "permissions")
OWNED_MIXIN = Import("apps.core.ownership", "OwnedViewSetMixin")
# What DRF answers an anonymous request to a protected endpoint: the first authentication
# class decides. JWT sends a challenge header, hence 401; session authentication sends none,
# hence 403. With auth: none writes are open to anyone.
ANONYMOUS_WRITE_STATUS = {
    Auth.JWT: "HTTP_401_UNAUTHORIZED",
    Auth.SESSION: "HTTP_403_FORBIDDEN",
    Auth.NONE: "HTTP_403_FORBIDDEN",
}


@dataclass(frozen=True)
class Permission:
    """One entry of a viewset's `permission_classes`, as source, with the imports it uses."""

    source: str
    imports: frozenset[Import]


def drf_permission(name: str) -> Permission:
    """One of DRF's own permission classes, named through its module."""
    return Permission(f"permissions.{name}", frozenset({DRF_PERMISSIONS}))


def core_permission(*names: str) -> Permission:
    """The generated project's permission classes, combined with `|` when more than one."""
    return Permission(" | ".join(names), frozenset(Import(CORE_PERMISSIONS, n) for n in names))


@dataclass(frozen=True)
class Policy:
    """Who may read and write an entity's endpoint, as its viewset declares it."""

    mixins: tuple[str, ...]  # classes the viewset mixes in before the DRF viewset
    permission_classes: tuple[str, ...]  # entries as Python source; empty: the settings' default
    owner_field: str | None = None
    owner_visibility: str | None = None  # set when it is not the mixin's default
    required_roles: tuple[tuple[str, tuple[str, ...]], ...] = ()
    imports: frozenset[Import] = frozenset()  # what the mixins and permission classes use


def roles_of(entity: Entity) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each kind of write the spec restricts, with the roles allowed to do it."""
    required = entity.permissions.model_dump()
    return tuple((kind, tuple(required[kind])) for kind in WRITE_KINDS if required[kind])


def _permissions(entity: Entity) -> list[Permission]:
    """The permission classes of a viewset that is not the users'."""
    found: list[Permission] = []
    if entity.owner is not None:
        found.append(drf_permission("IsAuthenticated"))
    if entity.readonly:
        found.append(core_permission("IsAdmin", "ReadOnly"))
    elif entity.owner is not None:
        found.append(core_permission("IsOwnerOrAdmin", "ReadOnly"))
    if roles_of(entity):
        if not found:
            found.append(drf_permission("IsAuthenticatedOrReadOnly"))
        found.append(core_permission("HasRole"))
    return found


def policy(entity: Entity) -> Policy:
    """Default (no policy here): everyone reads, signed-in users write. An owned entity is read
    by signed-in users only, each seeing their own rows unless its visibility is "all", and
    written by its owner or an admin; a read-only one is written by admins only; roles
    restrict the kinds of write the spec names."""
    if entity.is_user:
        users = drf_permission("IsAuthenticated")
        return Policy((), (users.source,), imports=users.imports)
    found = _permissions(entity)
    classes = tuple(p.source for p in found)
    imports = frozenset(i for p in found for i in p.imports)
    if entity.owner is None:
        return Policy((), classes, required_roles=roles_of(entity), imports=imports)
    return Policy(
        ("OwnedViewSetMixin",),
        classes,
        owner_field=entity.owner,
        owner_visibility=entity.visibility.value if entity.visibility is Visibility.ALL else None,
        required_roles=roles_of(entity),
        imports=imports | {OWNED_MIXIN},
    )


def has_policy(entity: Entity) -> bool:
    return not entity.is_user and bool(policy(entity).permission_classes)


def caching(project: Project) -> bool:
    return project.features.cache is not CacheBackend.NONE


def cached(project: Project, entity: Entity) -> bool:
    """Whether the entity's list and detail answers are cached."""
    return caching(project) and not entity.abstract and entity.cache_timeout is not None


def per_user(entity: Entity) -> bool:
    """Whether the entity's answers depend on who asks, so that its keys carry the user: the
    user endpoint, and owned entities whose rows non-admins read only when they own them.
    (Anonymous, signed-in and staff users never share an entry anyway.)"""
    owned_rows = entity.owner is not None and entity.visibility is not Visibility.ALL
    return entity.is_user or owned_rows
