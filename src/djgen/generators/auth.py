"""Authentication and permissions: the auth endpoints, the permission classes, the ownership
mixin, the role groups, their tests and docs/authentication.md.

The policy each viewset declares is decided in `lowering.policy`; the permission tests
generated here check it from the same domain model.
"""

from __future__ import annotations

from djgen.lowering.access_tests import parent_tests
from djgen.lowering.imports import Import, Imports
from djgen.lowering.meta import declares_unique_email
from djgen.lowering.migration_plan import feature_migrations
from djgen.lowering.names import app_import, factory_class, serializer_class
from djgen.lowering.policy import ANONYMOUS_STATUS, access, summary
from djgen.lowering.test_data import (
    entity_tests,
    required_names,
    writable_fields,
    writable_relations,
)
from djgen.lowering.writers import guarded_fields, writers
from djgen.model import Entity, Field, Project, Relation
from djgen.render import render
from djgen.vocabulary import Auth, RelationKind

# What every user model answers to in the API and in a registration, from AbstractUser.
REGISTER_FIELDS = ("username", "email", "password")


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
    items: list[Field | Relation] = [*writable_fields(user), *writable_relations(user)]
    return {item.name: item.api_name for item in items if item.api_name in extra}


def tested(project: Project, entity: Entity) -> bool:
    """Whether the app's permission tests test the entity: when it is owned (by a key of its
    own or through one), read-only or restricted to roles. Every entity's own tests check
    who reads it and who writes it."""
    if entity.is_user or entity.abstract:
        return False
    rules = access(project, entity)
    return not rules.is_open and bool(rules.owned or entity.readonly or rules.roles)


def permission_test_imports(project: Project, app: str, entities: list[Entity]) -> Imports:
    """The factories, models and test helpers an app's permission tests use: owners are users
    made by the user factory; rows owned through a key are made under parents made by the
    parent's factory."""
    imports = Imports(*(app_import(app, "factories", factory_class(e)) for e in entities))
    imports.add(*(Import("apps.core.testing", name) for name in ("api_payload", "send")))
    parents = [p for p in (parent_tests(project, e) for e in entities) if p is not None]
    if any(access(project, e).roles for e in entities):
        imports.add(Import("apps.core.testing", "grant_roles"))
    if parents:
        imports.add(Import("apps.core.testing", "field_errors"))
        imports.add(*(app_import(app, "models", p.entity.name) for p in parents))
        for p in parents:
            imports.add(app_import(p.parent.app, "factories", factory_class(p.parent)))
            imports.add(app_import(p.parent.app, "models", p.parent.name))
    owned = [e for e in entities if e.owner is not None]
    if owned:
        imports.add(app_import(project.user.app, "factories", factory_class(project.user)))
        imports.add(*(app_import(app, "models", e.name) for e in owned))
    return imports


def roles_migration(project: Project) -> dict[str, str]:
    """The migration of the user's app that creates the role groups."""
    return {
        step.path: render(
            "auth/app/migrations/roles.py.jinja",
            roles=project.features.roles,
            app=step.app,
            previous=step.previous,
        )
        for step in feature_migrations(project)["roles"]
    }


def changed_roles(previous: Project, project: Project) -> tuple[list[str], list[str]]:
    """The roles `project` adds to those of `previous`, and those it removes (for `djgen
    update`), each in the order its spec declares them."""
    before, now = previous.features.roles, project.features.roles
    return [r for r in now if r not in before], [r for r in before if r not in now]


def roles_update_migration(added: list[str], removed: list[str], app: str, after: str) -> str:
    """The migration that creates the role groups added and deletes those removed, after the
    migration `after`; reversed, it does the opposite."""
    return render(
        "auth/app/migrations/roles_update.py.jinja",
        app=app,
        after=after,
        added=added,
        removed=removed,
    )


def generate(project: Project) -> dict[str, str]:
    auth = project.features.auth
    jwt = auth is Auth.JWT
    context = {
        "project": project,
        "user": project.user,
        "user_factory": app_import(project.user.app, "factories", factory_class(project.user)),
        "user_serializer": app_import(
            project.user.app, "serializers", serializer_class(project.user)
        ),
        "jwt": jwt,
        "auth": auth.value,
        "register_fields": register_fields(project),
        "register_extra": register_extra(project),
        "email_may_be_blank": not declares_unique_email(project.user),
        "policies": [(e, summary(project, e)) for e in project.concrete_entities],
        "guarded": [
            (e, f, writers(f)) for e in project.concrete_entities for f in guarded_fields(e)
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
        entities = [e for e in project.app_entities(app.name) if tested(project, e)]
        if entities:
            files[f"apps/{app.name}/tests/test_permissions.py"] = render(
                "auth/app/tests/test_permissions.py.jinja",
                **context,
                app=app,
                entities=[(e, access(project, e), parent_tests(project, e)) for e in entities],
                tests={e.name: entity_tests(e) for e in entities},
                imports=permission_test_imports(project, app.name, entities).lines(),
                anonymous_status=ANONYMOUS_STATUS[auth],
            )
    return files
