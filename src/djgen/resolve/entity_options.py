"""Entity options: owner, visibility, permissions, read and write access, search, ordering,
pagination, cache, unique_together, plurals and the field `__str__` shows.

Each option names attributes by their spec spelling; this pass maps them to model names and
reports every name that is not an attribute of the entity, with the closest one as a hint.
"""

from __future__ import annotations

from djgen.defaults import default_ordering, default_search
from djgen.errors import did_you_mean
from djgen.frontends.document import CacheSpec
from djgen.model import (
    ABSTRACT_USER_FIELDS,
    DEFAULT_CACHE_TIMEOUT,
    Entity,
    Field,
    Relation,
    RolePermissions,
)
from djgen.resolve.field_types import DISPLAY_TYPES
from djgen.resolve.state import Context, Draft, Key
from djgen.vocabulary import (
    Auth,
    FieldType,
    Pagination,
    ReadAccess,
    RelationKind,
    Visibility,
    WriteAccess,
)

_DISPLAY_NAMES = ("name", "title", "username", "label", "slug", "code")

Fields = tuple[Field, ...]
Relations = tuple[Relation, ...]
Attributes = tuple[Field | Relation, ...]


def cache_timeout(spec: CacheSpec | bool | None) -> int | None:
    """An entity's `cache` option as seconds, None for `false`; unset or `true`: the default."""
    if isinstance(spec, CacheSpec):
        return spec.timeout
    return None if spec is False else DEFAULT_CACHE_TIMEOUT


def display_field(fields: Fields) -> str | None:
    """The field `__str__` shows: a conventional name first, then a required text field; a
    text key only when no other field can (a reference shows the key beside it anyway)."""
    shown = [f for f in fields if f.type in DISPLAY_TYPES]
    texts = [f for f in shown if not f.primary_key] or shown
    for f in texts:
        if f.name in _DISPLAY_NAMES:
            return f.name
    for f in texts:
        if f.type is FieldType.STRING and f.required:
            return f.name
    return texts[0].name if texts else None


def pagination(ctx: Context, draft: Draft) -> Pagination:
    written = draft.spec.pagination
    return Pagination(written.value) if written else ctx.features.pagination


def _attribute_names(draft: Draft, fields: Fields, relations: Relations) -> dict[str, str]:
    """Spelling in the spec (API name or Python name) → Python name."""
    attributes: Attributes = (*fields, *relations)
    found = {a.api_name: a.name for a in attributes}
    found.update({a.name: a.name for a in attributes})
    if draft.is_user:
        found.update({n: n for n in ABSTRACT_USER_FIELDS})
    return found


def _missing(
    ctx: Context, draft: Draft, what: str, name: str, known: dict[str, str], key: Key
) -> None:
    ctx.error(
        "DJG207",
        f"{what} names '{name}', which is not a field of '{draft.name}'",
        ctx.at(*key),
        did_you_mean(name, known),
    )


def owner(ctx: Context, draft: Draft, relations: Relations, key: Key) -> str | None:
    """The relation to the user model that owns a row, by its model name."""
    written = draft.spec.owner
    if written is None:
        return None
    where = (*key, "owner")
    rel = next((r for r in relations if written in (r.name, r.api_name)), None)
    if rel is None:
        attributes: Attributes = (*ctx.all_fields(draft), *relations)
        known = {a.api_name: a.name for a in attributes}
        _missing(ctx, draft, "owner", written, known, where)
        return None
    if rel.target != ctx.user_model or rel.kind is RelationKind.MANY_TO_MANY:
        ctx.error(
            "DJG211",
            f"owner '{written}' must be a ForeignKey or OneToOne to the user model "
            f"'{ctx.user_model}'",
            ctx.at(*where),
            f"add `{written}: {ctx.user_model}` and name it here",
        )
        return None
    return rel.name


def visibility(ctx: Context, draft: Draft, owned_by: str | None, key: Key) -> Visibility | None:
    """Who reads an owned entity's rows: `read: public` shows every row to anyone."""
    written = Visibility(draft.spec.visibility.value) if draft.spec.visibility else None
    if owned_by is None:
        if written is not None and draft.spec.owner is None:
            ctx.error(
                "DJG202",
                f"visibility applies to owned entities, and '{draft.name}' has no owner",
                ctx.at(*key, "visibility"),
                f"set `owner:` on '{draft.name}' to the key to its user, or remove visibility",
            )
        return None
    if ctx.features.auth is Auth.NONE:
        ctx.error(
            "DJG202",
            f"'{draft.name}' has an owner, but features.auth is none: no request has a user",
            ctx.at(*key, "owner"),
            "use auth: jwt or auth: session, or remove owner",
        )
    public = draft.spec.read is not None and draft.spec.read.value == ReadAccess.PUBLIC.value
    if public and written is Visibility.OWNER:
        ctx.error(
            "DJG202",
            f"'{draft.name}' is read by anyone (read: public), but its visibility shows each "
            "user only their own rows",
            ctx.at(*key, "visibility"),
            "use visibility: all, or read: users",
        )
    return written or (Visibility.ALL if public else Visibility.OWNER)


def access(ctx: Context, draft: Draft, key: Key) -> tuple[ReadAccess | None, WriteAccess | None]:
    """Who reads and who writes the entity, as its spec says; None where it says nothing."""
    spec = draft.spec
    read = ReadAccess(spec.read.value) if spec.read else None
    write = WriteAccess(spec.write.value) if spec.write else None
    if spec.readonly and write is WriteAccess.USERS:
        ctx.error(
            "DJG202",
            f"'{draft.name}' is read-only: only staff write it, not every signed-in user",
            ctx.at(*key, "write"),
            "remove write, or readonly",
        )
    if ctx.features.auth is Auth.NONE and (read is ReadAccess.USERS or write is not None):
        option = "write" if write is not None else "read"
        ctx.error(
            "DJG202",
            f"'{draft.name}' sets {option}, but features.auth is none: no request has a user "
            "and anyone reads and writes",
            ctx.at(*key, option),
            f"use auth: jwt or auth: session, or remove {option}",
        )
    if not spec.inherit_owner and spec.owner is not None:
        ctx.error(
            "DJG202",
            f"'{draft.name}' has an owner of its own: inherit_owner does not apply",
            ctx.at(*key, "inherit_owner"),
            "remove inherit_owner",
        )
    return read, write


def permissions(ctx: Context, draft: Draft, key: Key) -> RolePermissions:
    if draft.spec.permissions is None:
        return RolePermissions()
    required_roles = RolePermissions.model_validate(draft.spec.permissions.model_dump())
    roles = ctx.features.roles
    for action, required in required_roles.model_dump().items():
        for i, role in enumerate(required):
            if role not in roles:
                declared = ", ".join(roles) if roles else "none"
                ctx.error(
                    "DJG202",
                    f"permissions.{action} of '{draft.name}' names the role '{role}', "
                    f"which features.roles does not declare (declared: {declared})",
                    ctx.at(*key, "permissions", action, i),
                    did_you_mean(role, roles) or f"add '{role}' to features.roles",
                )
    if ctx.features.auth is Auth.NONE and required_roles != RolePermissions():
        ctx.error(
            "DJG202",
            f"'{draft.name}' requires roles, but features.auth is none: no request has a user",
            ctx.at(*key, "permissions"),
            "use auth: jwt or auth: session, or remove permissions",
        )
    return required_roles


def search(
    ctx: Context, draft: Draft, fields: Fields, relations: Relations, key: Key
) -> tuple[str, ...]:
    """Fields `?search=` looks in; `relation__field` reaches a field of the related entity."""
    if draft.spec.search is None:
        return default_search(fields)
    known = {f.api_name: f.name for f in fields} | {f.name: f.name for f in fields}
    if draft.is_user:
        known.update({n: n for n in ABSTRACT_USER_FIELDS})
    by_relation = {r.api_name: r for r in relations} | {r.name: r for r in relations}
    found: list[str] = []
    for i, item in enumerate(draft.spec.search):
        head, _, rest = item.partition("__")
        rel = by_relation.get(head)
        if rest and rel is not None and _target_has(ctx, rel.target, rest):
            found.append(f"{rel.name}__{rest}")
        elif item in known:
            found.append(known[item])
        else:
            _missing(ctx, draft, "search", item, known, (*key, "search", i))
    return tuple(found)


def _target_has(ctx: Context, target: str, name: str) -> bool:
    tdraft = ctx.drafts[target]
    return any(f.name == name for f in ctx.all_fields(tdraft)) or (
        tdraft.is_user and name in ABSTRACT_USER_FIELDS
    )


def ordering(
    ctx: Context, draft: Draft, fields: Fields, relations: Relations, key: Key
) -> tuple[str, ...]:
    if draft.spec.ordering is None:
        return default_ordering(fields)
    known = _attribute_names(draft, fields, relations)
    known.update({"id": "id", "pk": "pk"})
    found: list[str] = []
    for i, item in enumerate(draft.spec.ordering):
        sign, name = ("-", item[1:]) if item.startswith("-") else ("", item)
        if name in known:
            found.append(sign + known[name])
        else:
            _missing(ctx, draft, "ordering", name, known, (*key, "ordering", i))
    return tuple(found)


def unique_together(
    ctx: Context, draft: Draft, fields: Fields, relations: Relations, key: Key
) -> tuple[tuple[str, ...], ...]:
    known = _attribute_names(draft, fields, relations)
    for r in relations:
        if r.kind is RelationKind.MANY_TO_MANY:
            known.pop(r.name, None)
            known.pop(r.api_name, None)
    groups: list[tuple[str, ...]] = []
    for i, group in enumerate(draft.spec.unique_together):
        resolved: list[str] = []
        for j, item in enumerate(group):
            where = (*key, "unique_together", i, j)
            if item in known and known[item] in resolved:
                ctx.error(
                    "DJG202",
                    f"'{item}' is named twice in this unique_together",
                    ctx.at(*where),
                    "name each attribute once",
                )
            elif item in known:
                resolved.append(known[item])
            else:
                _missing(ctx, draft, "unique_together", item, known, where)
        if len(resolved) == len(group):
            groups.append(tuple(resolved))
    return tuple(groups)


def check_plurals(ctx: Context, entities: dict[str, Entity]) -> None:
    """Two tables with one plural or one URL segment would share an endpoint."""
    seen_plural: dict[str, str] = {}
    seen_url: dict[str, str] = {}
    for entity in entities.values():
        if entity.abstract:
            continue
        for seen, value, what in (
            (seen_plural, entity.plural, "plural"),
            (seen_url, entity.url, "URL"),
        ):
            other = seen.setdefault(value, entity.name)
            if other != entity.name:
                ctx.error(
                    "DJG203",
                    f"'{entity.name}' and '{other}' have the same {what} '{value}'",
                    ctx.at("entities", entity.name, "plural")
                    if ctx.drafts[entity.name].spec.plural
                    else entity.loc or ctx.at(),
                    f"set `plural:` on '{entity.name}' to tell them apart",
                )
                break
