"""Who may do what with an entity's endpoint, and which of its answers are cached.

The API generator prints these decisions into viewsets; the auth, cache and test generators
check them from the same domain model.

The rules, in order:
- `features.auth: none`: anyone reads and writes everything.
- The user model: signed-in users read their own account, staff read every account; nobody
  writes through this endpoint (accounts change through authentication).
- An owned entity (its own `owner`, or one its required keys lead to; `lowering.ownership`):
  signed-in users read, each their own rows unless the owner's visibility is "all" (then
  `read: public` lets anyone read); its owner or staff write it, and a row owned through a
  key is written only under a parent its writer owns.
- Any other entity reads and writes as its `read` and `write` say, else as
  `features.default_access` says: signed-in users read, staff write.
- `readonly` leaves writes to staff; `permissions` requires a role (or staff) for the kinds
  of write it names, whatever `write` says.
"""

from __future__ import annotations

from dataclasses import dataclass

from djgen.lowering.imports import Import
from djgen.lowering.ownership import Ownership, ownership
from djgen.model import Entity, Project
from djgen.vocabulary import Auth, CacheBackend, ReadAccess, WriteAccess

# The kinds of write a spec's `permissions:` restricts, in the order the view prints them.
WRITE_KINDS = ("create", "update", "delete")
CORE_PERMISSIONS = "apps.core.permissions"
DRF_PERMISSIONS = Import("rest_framework", "permissions")
OWNED_MIXIN = Import("apps.core.ownership", "OwnedViewSetMixin")
# What DRF answers an anonymous request to a protected endpoint: the first authentication
# class decides. JWT sends a challenge header, hence 401; session authentication sends none,
# hence 403. With auth: none every endpoint is open to anyone.
ANONYMOUS_STATUS = {
    Auth.JWT: "HTTP_401_UNAUTHORIZED",
    Auth.SESSION: "HTTP_403_FORBIDDEN",
    Auth.NONE: "HTTP_403_FORBIDDEN",
}


@dataclass(frozen=True)
class Access:
    """Who reads and who writes an entity's endpoint, every default applied."""

    read: ReadAccess
    write: WriteAccess  # the kinds of write `roles` does not name
    roles: tuple[tuple[str, tuple[str, ...]], ...]  # (kind, the roles allowed to do it)
    owned: Ownership | None
    is_open: bool = False  # features.auth is none: anyone reads and writes

    @property
    def private(self) -> bool:
        """Whether users who are not staff read only their own rows."""
        return self.owned is not None and self.owned.private

    @property
    def user_writes(self) -> tuple[str, ...]:
        """The kinds of write any signed-in user may do (their own rows, when owned)."""
        named = {kind for kind, _ in self.roles}
        open_to_users = self.write is WriteAccess.USERS
        return tuple(kind for kind in WRITE_KINDS if kind not in named and open_to_users)

    @property
    def role_writes(self) -> bool:
        """Whether a member of the named roles may do every kind of write."""
        named = {kind for kind, _ in self.roles}
        return bool(named) and all(k in named or k in self.user_writes for k in WRITE_KINDS)


@dataclass(frozen=True)
class Policy:
    """Who may read and write an entity's endpoint, as its viewset declares it."""

    mixins: tuple[str, ...]  # classes the viewset mixes in before the DRF viewset
    permission_classes: tuple[str, ...]  # entries as Python source; empty: the settings' default
    read_access: str | None = None  # the view's `read_access`, `write_access`
    write_access: str | None = None
    owner_field: str | None = None  # the lookup from a row to its owner
    owner_visibility: str | None = None  # set when it is not the mixin's default
    required_roles: tuple[tuple[str, tuple[str, ...]], ...] = ()
    imports: frozenset[Import] = frozenset()  # what the mixins and permission classes use


def roles_of(entity: Entity) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each kind of write the spec restricts, with the roles allowed to do it."""
    required = entity.permissions.model_dump()
    return tuple((kind, tuple(required[kind])) for kind in WRITE_KINDS if required[kind])


def access(project: Project, entity: Entity) -> Access:
    """The entity's read and write rules (see the module's docstring)."""
    defaults = project.features.default_access
    owned = None if entity.is_user else ownership(project, entity)
    if project.features.auth is Auth.NONE:
        return Access(ReadAccess.PUBLIC, WriteAccess.USERS, (), None, is_open=True)
    if owned is None:
        read = entity.read or defaults.read
        write = entity.write or defaults.write
    elif owned.inherited:
        read = entity.read or access(project, owned.root).read
        write = entity.write or WriteAccess.USERS
    else:
        read = entity.read or ReadAccess.USERS
        write = entity.write or WriteAccess.USERS
    if entity.readonly or entity.is_user:
        write = WriteAccess.STAFF
    return Access(read, write, roles_of(entity), owned)


def policy(project: Project, entity: Entity) -> Policy:
    """The viewset's side of `access`: the permission classes and what they read."""
    if entity.is_user:
        return Policy((), ("permissions.IsAuthenticated",), imports=frozenset({DRF_PERMISSIONS}))
    rules = access(project, entity)
    if rules.is_open:
        return Policy((), ())
    owned = rules.owned
    found = [core_permission("AccessPolicy")]
    if owned is not None:
        found.append(core_permission("IsOwnerOrAdmin", "ReadOnly"))
    imports = {i for p in found for i in p.imports} | ({OWNED_MIXIN} if owned else set())
    return Policy(
        mixins=("OwnedViewSetMixin",) if owned else (),
        permission_classes=tuple(p.source for p in found),
        read_access=rules.read.value,
        write_access=rules.write.value,
        owner_field=owned.lookup if owned else None,
        owner_visibility="all" if owned and not owned.private else None,
        required_roles=rules.roles,
        imports=frozenset(imports),
    )


@dataclass(frozen=True)
class Permission:
    """One entry of a viewset's `permission_classes`, as source, with the imports it uses."""

    source: str
    imports: frozenset[Import]


def core_permission(*names: str) -> Permission:
    """The generated project's permission classes, combined with `|` when more than one."""
    return Permission(" | ".join(names), frozenset(Import(CORE_PERMISSIONS, n) for n in names))


READERS = {ReadAccess.PUBLIC: "anyone", ReadAccess.USERS: "signed-in users"}
WRITERS = {WriteAccess.USERS: "signed-in users", WriteAccess.STAFF: "staff"}


def summary(project: Project, entity: Entity) -> str:
    """The policy in one line, for `djgen validate`, the README and docs/authentication.md:
    `read: signed-in users · write: staff`."""
    if entity.is_user:
        return "read: each user their own account, staff every account · write: none"
    rules = access(project, entity)
    if rules.is_open:
        return "read: anyone · write: anyone (auth: none)"
    owned = rules.owned
    readers = "each user their own rows" if rules.private else READERS[rules.read]
    writers = WRITERS[rules.write]
    if owned is not None and rules.write is WriteAccess.USERS:
        owner = f"the owner of its {owned.key.api_name}" if owned.inherited else "its owner"
        writers = f"{owner} or staff"
    kinds = dict(rules.roles)
    if len(kinds) == len(WRITE_KINDS) and len(set(kinds.values())) == 1:
        writers, kinds = f"{' or '.join(kinds['create'])} or staff", {}
    parts = [f"read: {readers}", f"write: {writers}"]
    parts += [f"{kind}: {' or '.join(roles)} or staff" for kind, roles in kinds.items()]
    if owned is not None:
        parts.append(f"owned through {owned.words}" if owned.inherited else f"owner: {owned.words}")
    return " · ".join(parts)


def caching(project: Project) -> bool:
    return project.features.cache is not CacheBackend.NONE


def cached(project: Project, entity: Entity) -> bool:
    """Whether the entity's list and detail answers are cached."""
    return caching(project) and not entity.abstract and entity.cache_timeout is not None


def per_user(project: Project, entity: Entity) -> bool:
    """Whether the entity's answers depend on who asks, so that its keys carry the user: the
    user endpoint, and entities whose rows non-staff users read only when they own them.
    (Anonymous, signed-in and staff users never share an entry anyway.)"""
    return entity.is_user or access(project, entity).private
