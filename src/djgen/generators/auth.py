"""Authentication and permissions: the auth endpoints, the permission classes, the ownership
mixin, the role groups, their tests and docs/authentication.md.

`policy()` is what a viewset declares about who may do what; the API generator prints it, and
the permission tests generated here check it from the same domain model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from djgen.generators.tests import (
    ANONYMOUS_WRITE_STATUS,
    entity_tests,
    required_names,
    writable_fields,
    writable_relations,
)
from djgen.lowering import initial_migrations as migrations
from djgen.model import Auth, Entity, Project, RelationKind, Visibility
from djgen.render import render

# What every user model answers to in the API and in a registration, from AbstractUser.
REGISTER_FIELDS = ("username", "email", "password")
# The kinds of write a spec's `permissions:` restricts, in the order the view prints them.
WRITE_KINDS = ("create", "update", "delete")
CORE_PERMISSIONS = frozenset({"HasRole", "IsAdmin", "IsOwnerOrAdmin", "ReadOnly"})


@dataclass(frozen=True)
class Policy:
    """Who may read and write an entity's endpoint, as its viewset declares it."""

    mixins: tuple[str, ...]  # classes the viewset mixes in before the DRF viewset
    permission_classes: tuple[str, ...]  # entries as Python source; empty: the settings' default
    owner_field: str | None = None
    owner_visibility: str | None = None  # set when it is not the mixin's default
    required_roles: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def imports(self) -> frozenset[str]:
        """The classes the viewset takes from apps.core.permissions."""
        words = {w for entry in self.permission_classes for w in re.findall(r"[\w.]+", entry)}
        return frozenset(words & CORE_PERMISSIONS)

    @property
    def uses_drf_permissions(self) -> bool:
        """Whether the viewset names one of DRF's own classes (`permissions.X`)."""
        return any("permissions." in entry for entry in self.permission_classes)


def roles_of(entity: Entity) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each kind of write the spec restricts, with the roles allowed to do it."""
    required = entity.permissions.model_dump()
    return tuple((kind, tuple(required[kind])) for kind in WRITE_KINDS if required[kind])


def policy(entity: Entity) -> Policy:
    """Default (no policy here): everyone reads, signed-in users write. An owned entity is read
    by signed-in users only, each seeing their own rows unless its visibility is "all", and
    written by its owner or an admin; a read-only one is written by admins only; roles
    restrict the kinds of write the spec names."""
    if entity.is_user:
        return Policy((), ("permissions.IsAuthenticated",))
    classes: list[str] = []
    if entity.owner is not None:
        classes.append("permissions.IsAuthenticated")
    if entity.readonly:
        classes.append("IsAdmin | ReadOnly")
    elif entity.owner is not None:
        classes.append("IsOwnerOrAdmin | ReadOnly")
    roles = roles_of(entity)
    if roles:
        if not classes:
            classes.append("permissions.IsAuthenticatedOrReadOnly")
        classes.append("HasRole")
    if entity.owner is None:
        return Policy((), tuple(classes), required_roles=roles)
    return Policy(
        ("OwnedViewSetMixin",),
        tuple(classes),
        owner_field=entity.owner,
        owner_visibility=entity.visibility.value if entity.visibility is Visibility.ALL else None,
        required_roles=roles,
    )


def has_policy(entity: Entity) -> bool:
    return not entity.is_user and bool(policy(entity).permission_classes)


def summary(entity: Entity) -> str:
    """The policy of an entity in words, for docs/authentication.md."""
    parts: list[str] = []
    if entity.readonly:
        parts.append("admins write, everyone reads")
    if entity.owner is not None:
        readers = (
            "each user reads their own"
            if entity.visibility is Visibility.OWNER
            else ("signed-in users read all")
        )
        parts.append(f"owned through `{entity.owner}`: {readers}; owner or admin writes")
    for kind, roles in roles_of(entity):
        parts.append(f"{kind} needs " + " or ".join(f"`{role}`" for role in roles))
    return "; ".join(parts)


def register_fields(project: Project) -> tuple[str, ...]:
    """What a registration sends: username, email, password and whatever else the user model
    requires (a many-to-many is left for the profile)."""
    user = project.user
    extra = [name for name in required_names(user) if name not in REGISTER_FIELDS]
    many = {r.api_name for r in user.all_relations if r.kind is RelationKind.MANY_TO_MANY}
    return (*REGISTER_FIELDS, *(name for name in extra if name not in many))


def register_extra(project: Project) -> dict[str, str]:
    """Model attribute → API name of the required fields a registration adds."""
    extra = set(register_fields(project)) - set(REGISTER_FIELDS)
    user = project.user
    items = (*writable_fields(user), *writable_relations(user))
    return {item.name: item.api_name for item in items if item.api_name in extra}


def permission_test_imports(
    project: Project, app: str, entities: list[Entity]
) -> list[tuple[str, list[str]]]:
    """The factories and models an app's permission tests use, by module: owners are users
    made by the user factory."""
    imports: dict[str, list[str]] = {f"apps.{app}.factories": []}
    owned = [e.name for e in entities if e.owner is not None]
    if owned:
        user = project.user
        imports.setdefault(f"apps.{user.app}.factories", []).append(f"{user.name}Factory")
        imports[f"apps.{app}.models"] = owned
    imports[f"apps.{app}.factories"] += [f"{e.name}Factory" for e in entities]
    return sorted((module, sorted(set(names))) for module, names in imports.items())


def roles_migration(project: Project) -> dict[str, str]:
    roles = project.features.roles
    if not roles:
        return {}
    app = project.user.app
    previous = migrations.migration_names(project, app)[-1]
    number = int(previous.split("_", 1)[0]) + 1
    return {
        f"apps/{app}/migrations/{number:04d}_roles.py": render(
            "auth/app/migrations/roles.py.jinja", roles=roles, app=app, previous=previous
        )
    }


def generate(project: Project) -> dict[str, str]:
    auth = project.features.auth
    jwt = auth is Auth.JWT
    context = {
        "project": project,
        "user": project.user,
        "jwt": jwt,
        "auth": auth.value,
        "register_fields": register_fields(project),
        "register_extra": register_extra(project),
        "entities_with_policy": [
            (e, summary(e)) for e in project.concrete_entities if has_policy(e)
        ],
    }
    files = {
        "apps/core/permissions.py": render("auth/core/permissions.py.jinja", **context),
        "apps/core/tests/test_permissions.py": render(
            "auth/core/tests/test_permissions.py.jinja", **context
        ),
        "docs/authentication.md": render("auth/docs/authentication.md.jinja", **context),
    }
    if auth is not Auth.NONE:
        for name in ("__init__.py", "serializers.py", "views.py", "urls.py"):
            files[f"apps/core/auth/{name}"] = render(f"auth/core/auth/{name}.jinja", **context)
        files["apps/core/tests/test_auth.py"] = render(
            "auth/core/tests/test_auth.py.jinja", **context
        )
    if any(e.owner is not None for e in project.concrete_entities):
        files["apps/core/ownership.py"] = render("auth/core/ownership.py.jinja")
    for app in project.apps:
        entities = [e for e in project.app_entities(app.name) if not e.abstract and has_policy(e)]
        if entities:
            files[f"apps/{app.name}/tests/test_permissions.py"] = render(
                "auth/app/tests/test_permissions.py.jinja",
                **context,
                app=app,
                entities=[(e, policy(e)) for e in entities],
                tests={e.name: entity_tests(e) for e in entities},
                imports=permission_test_imports(project, app.name, entities),
                any_roles=any(policy(e).required_roles for e in entities),
                anonymous_status=ANONYMOUS_WRITE_STATUS[auth],
            )
    files.update(roles_migration(project))
    return files
