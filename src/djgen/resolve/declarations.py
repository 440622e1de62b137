"""The names a spec declares: the project, its apps, its entities and which one is the user.

Decides the project's and each entity's app, rejects names Python or Django cannot take, and
picks the user model (the entity marked `user`, one named `User`, or a `User` djgen adds).
"""

from __future__ import annotations

import keyword
from pathlib import PurePath

from djgen import names
from djgen.frontends.document import EntitySpec
from djgen.resolve.state import Context, Draft, Key


def project_name(ctx: Context) -> str:
    if ctx.doc.project is None:
        return names.identifier(PurePath(ctx.source.path).stem)
    name = ctx.doc.project
    if not name.isidentifier() or names.is_python_keyword(name):
        ctx.error(
            "DJG210",
            f"project name '{name}' is not a Python identifier",
            ctx.at("project"),
            f"use '{names.identifier(name)}'",
        )
    return name


def check_app(ctx: Context, app: str, key: Key) -> bool:
    if not app.isidentifier():
        ctx.error(
            "DJG210",
            f"app name '{app}' is not a Python identifier",
            ctx.at(*key),
            f"use '{names.identifier(app)}'",
        )
        return False
    if app in names.RESERVED_APP_NAMES or names.is_python_keyword(app):
        ctx.error(
            "DJG208",
            f"app name '{app}' is taken by Python, Django or the generated project",
            ctx.at(*key),
            f"use another name, e.g. '{app}_app'",
        )
        return False
    return True


def check_class_name(ctx: Context, name: str, key: Key, app: str) -> None:
    loc = ctx.at(*key)
    if not name.isidentifier() or not name[0].isupper():
        ctx.error(
            "DJG210",
            f"class name '{name}' is not a PascalCase Python identifier",
            loc,
            f"use '{names.pascal(name) or 'Item'}'",
        )
    elif keyword.iskeyword(name) or name in names.RESERVED_ENTITY_NAMES:
        ctx.error(
            "DJG208",
            f"class name '{name}' clashes with a name Python, Django or the generated "
            "code already uses",
            loc,
            f"use a prefixed name, e.g. '{names.pascal(app)}{name}'",
        )


def collect_entities(ctx: Context) -> None:
    """A draft per entity, in declaration order, with its app, snake name and plural.

    A class that is not stored (an interface, a service) has no draft: it is only remembered,
    so that what points at it is ignored rather than unknown.
    """
    seen_lower: dict[tuple[str, str], str] = {}
    checked_apps: dict[str, bool] = {ctx.default_app: True}
    for name, spec in ctx.doc.entities.items():
        key = ("entities", name)
        if not spec.stored:
            ctx.unstored.add(name)
            continue
        app = spec.app or ctx.default_app
        if app not in checked_apps:
            checked_apps[app] = check_app(ctx, app, (*key, "app"))
        check_class_name(ctx, name, key, app)
        other = seen_lower.setdefault((app, name.lower()), name)
        if other != name:
            ctx.error(
                "DJG203",
                f"entity '{name}' and '{other}' differ only in case; Django sees one model",
                ctx.at(*key),
                "rename one of them",
            )
        snake = names.snake(name)
        plural = names.snake(spec.plural) if spec.plural else names.plural(snake)
        ctx.drafts[name] = Draft(name, spec, app, ctx.at(*key), snake, plural)
    _generated_class_clashes(ctx)


def _generated_class_clashes(ctx: Context) -> None:
    """An entity named like a class generated for another one (`Model` and `ModelViewSet`)."""
    for name in ctx.drafts:
        for suffix in names.GENERATED_CLASS_SUFFIXES:
            other = name[: -len(suffix)] if name.endswith(suffix) else ""
            if other in ctx.drafts:
                ctx.error(
                    "DJG208",
                    f"class name '{name}' is the name of the {suffix} generated for '{other}'",
                    ctx.at("entities", name),
                    f"rename one of them, e.g. '{other}{suffix}Item'",
                )
                break


def user_model(ctx: Context) -> str:
    """The user model's name; a `User` entity is added first when the spec has none."""
    marked = [d for d in ctx.drafts.values() if d.spec.user]
    for extra in marked[1:]:
        ctx.error(
            "DJG213",
            f"'{extra.name}' and '{marked[0].name}' are both marked as the user model",
            extra.loc,
            "mark only one entity with user: true",
        )
    user = marked[0] if marked else ctx.drafts.get("User")
    if user is None:
        if "User" in ctx.enums:
            ctx.error(
                "DJG203",
                "enumeration 'User' clashes with the user model djgen adds",
                ctx.at("enums", "User"),
                "rename the enumeration, or declare a User entity",
            )
        user = Draft("User", EntitySpec(), ctx.default_app, ctx.at(), "user", "users")
        ctx.drafts = {"User": user, **ctx.drafts}
    user.is_user = True
    if user.spec.abstract:
        ctx.error(
            "DJG211",
            f"the user model '{user.name}' cannot be abstract",
            ctx.at("entities", user.name, "abstract"),
            "remove abstract, or mark another entity as the user model",
        )
    return user.name
