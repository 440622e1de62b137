"""Options that do not fit the attribute they are given on.

Every kind of attribute accepts its own options (see `field_types`); an option set on the
wrong kind, read-only together with write-only, or a field only staff write that no one else
could leave out of a create, is reported at the option.
"""

from __future__ import annotations

from djgen.errors import did_you_mean
from djgen.frontends.document import FieldSpec
from djgen.resolve.field_types import given_options
from djgen.resolve.state import Context, Key
from djgen.vocabulary import Auth


def not_applicable(
    ctx: Context, spec: FieldSpec, allowed: frozenset[str], what: str, key: Key
) -> bool:
    """Report each option given that `what` does not accept; True if there was any."""
    bad = [opt for opt in given_options(spec) if opt not in allowed]
    for opt in bad:
        ctx.error(
            "DJG211",
            f"option '{opt}' does not apply to {what}",
            ctx.at(*key, opt),
            f"options for {what}: {', '.join(sorted(allowed))}",
        )
    return bool(bad)


def flags_agree(ctx: Context, spec: FieldSpec, key: Key) -> bool:
    if spec.read_only and spec.write_only:
        ctx.error(
            "DJG202",
            "an attribute cannot be both read-only and write-only",
            ctx.at(*key, "write_only"),
            "keep one of them",
        )
        return False
    return True


def writers(ctx: Context, spec: FieldSpec, key: Key, name: str) -> tuple[str, ...] | None:
    """The roles besides staff that may write an attribute marked `staff_only` or
    `write_roles` (none when it is staff_only or neither); None, reported, when the marks
    cannot hold."""
    if not spec.staff_only and spec.write_roles is None:
        return ()
    roles = tuple(dict.fromkeys(spec.write_roles or ()))
    ok = True
    for option, message, hint in _writer_problems(ctx, spec, name, roles):
        ctx.error("DJG202", message, ctx.at(*key, option), hint)
        ok = False
    declared = ctx.features.roles
    for i, role in enumerate(spec.write_roles or ()):
        if role not in declared:
            ctx.error(
                "DJG202",
                f"write_roles of '{name}' names the role '{role}', which features.roles "
                f"does not declare (declared: {', '.join(declared) or 'none'})",
                ctx.at(*key, "write_roles", i),
                did_you_mean(role, declared) or f"add '{role}' to features.roles",
            )
            ok = False
    return roles if ok else None


def _writer_problems(
    ctx: Context, spec: FieldSpec, name: str, roles: tuple[str, ...]
) -> list[tuple[str, str, str]]:
    """(option, message, hint) of each reason `staff_only`/`write_roles` cannot apply."""
    option = "write_roles" if spec.write_roles is not None else "staff_only"
    found: list[tuple[str, str, str]] = []
    if spec.staff_only and spec.write_roles is not None:
        found.append(
            (
                "write_roles",
                f"'{name}' is both staff_only and restricted to write_roles",
                "keep write_roles alone: staff write such an attribute too",
            )
        )
    if spec.write_roles is not None and not roles:
        found.append(
            ("write_roles", f"write_roles of '{name}' names no role", "use staff_only instead")
        )
    if spec.read_only:
        found.append(
            (
                option,
                f"'{name}' is read-only: no one writes it through the API, so {option} "
                "cannot apply",
                f"keep read_only or {option}",
            )
        )
    if ctx.features.auth is Auth.NONE:
        found.append(
            (
                option,
                f"'{name}' is {option}, but features.auth is none: no request has a user",
                f"use auth: jwt or auth: session, or remove {option}",
            )
        )
    if spec.default is None and spec.required is not False:
        found.append(
            (
                option,
                f"'{name}' is {option} and required without a default: only staff could "
                "create a row",
                "give it a default (default:false) or make it optional",
            )
        )
    return found
