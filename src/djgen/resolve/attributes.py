"""Attributes and methods of one entity: which are fields, which relations, which the key.

An `id` attribute or one marked PK sets the key type: a number or a UUID is the key `id`, not a
field; a text attribute is the key itself, the entity's first field (`code = CharField(
primary_key=True)`). camelCase names become snake_case.
On the user model, an attribute AbstractUser already declares (username, email, …) merges into
that one, unless the diagram constrains it (`email: Email(unique)`): then the user model
redeclares it; the password is always Django's. Each other
attribute goes to `values` (a scalar) or `relations` (an entity); its options must apply to
what it is. Methods may not reuse an attribute's name; one named like a Python keyword or a
method of Django's model API is renamed (`save` → `save_order`), never overriding Django's.
"""

from __future__ import annotations

import keyword

from djgen import names
from djgen.errors import Loc, did_you_mean
from djgen.frontends.document import FieldSpec
from djgen.model import ABSTRACT_USER_FIELDS, Field, Method, Relation
from djgen.resolve.field_types import INTEGER_TYPES, SCALAR_TYPES, given_options
from djgen.resolve.relations import relation
from djgen.resolve.safe_names import USER_TAKEN_NAMES, safe_names
from djgen.resolve.state import Context, Draft, Key, Origin
from djgen.resolve.type_names import class_named, parse_type
from djgen.resolve.values import scalar
from djgen.types import info
from djgen.vocabulary import FieldType, PkType

# AbstractUser's fields a diagram may redeclare, with its own constraints.
USER_KEPT_FIELDS = frozenset(
    {"email", "username", "first_name", "last_name", "is_active", "is_staff", "date_joined"}
)


def resolve_attributes(ctx: Context, draft: Draft) -> None:
    """Resolve the attributes and methods of one entity into its draft."""
    used: dict[str, str] = {}  # python name → spelling in the spec
    for raw_name, value in draft.spec.fields.items():
        spec = value if isinstance(value, FieldSpec) else FieldSpec(type=value)
        key = ("entities", draft.name, "fields", raw_name)
        plain = raw_name.isidentifier() and not any(c.isupper() for c in raw_name)
        name = raw_name if plain else names.snake(raw_name)
        if raw_name == "id" or name == "id" or spec.primary_key:
            kept = _primary_key(ctx, draft, spec, key)
            if kept is None:
                continue
            spec = kept
        if not name.isidentifier():
            ctx.error(
                "DJG210",
                f"attribute name '{raw_name}' cannot be made a Python identifier",
                ctx.at(*key),
                "use letters, digits and underscores, starting with a letter",
            )
            continue
        if draft.is_user and name in ABSTRACT_USER_FIELDS and not _kept(ctx, name, spec, key):
            continue
        if name in used:
            ctx.error(
                "DJG206",
                f"'{draft.name}.{name}' is defined twice",
                ctx.at(*key),
                f"remove one of '{used[name]}' and '{raw_name}'",
            )
            continue
        used[name] = raw_name
        if class_named(spec.type) in ctx.unstored:
            ctx.warning(
                "DJG311",
                f"'{draft.name}.{raw_name}' is ignored: '{class_named(spec.type)}' is not "
                "stored (an interface, a service, …)",
                ctx.at(*key),
            )
            continue
        resolved = _attribute(ctx, draft, name, spec, key)
        if resolved is not None and spec.renamed_from is not None:
            resolved = resolved.model_copy(update={"renamed_from": names.snake(spec.renamed_from)})
        if isinstance(resolved, Relation):
            drawn = ctx.origins.get((draft.name, raw_name), Origin.ATTRIBUTE)
            resolved = resolved.model_copy(update={"drawn": drawn.value})
            draft.relations.append(resolved)
            if spec.related_name is not None:
                draft.explicit_related.add(resolved.name)
        elif resolved is not None and resolved.primary_key:
            draft.fields.insert(0, resolved)
        elif resolved is not None:
            draft.fields.append(resolved)
    safe_names(ctx, draft)
    _methods(ctx, draft)


def _kept(ctx: Context, name: str, spec: FieldSpec, key: Key) -> bool:
    """Whether the user model declares an attribute AbstractUser has: only when the diagram
    says something about it (`email: Email(unique)`); else it merges into AbstractUser's."""
    if name == "password":
        ctx.warning(
            "DJG314",
            "the password is handled by Django: it is stored hashed and never becomes a field",
            ctx.at(*key),
            "remove the attribute, or keep it for readers of the diagram",
        )
        return False
    return name in USER_KEPT_FIELDS and bool(given_options(spec))


def _primary_key(ctx: Context, draft: Draft, spec: FieldSpec, key: Key) -> FieldSpec | None:
    """Set the key type from `id` or a `PK` attribute. A text attribute is the key itself:
    returned, marked `primary_key`. Where text cannot be the key (a URL holds '/', the user
    model's rows are made by Django's auth), `id` becomes a UUID key and another attribute a
    unique field, returned."""
    found = SCALAR_TYPES.get(spec.type.strip().casefold())
    name = str(key[-1])
    declared = _declared(found)
    if declared is None:
        ctx.error(
            "DJG210",
            f"'{draft.name}.{name}' of type '{spec.type}' cannot be the primary key",
            ctx.at(*key),
            "the key is automatic (a big integer); declare `id: UUID` for a UUID key, "
            "`code: String PK` for a text key, or rename the attribute",
        )
        return None
    if draft.pk_type is not None and PkType.TEXT in (draft.pk_type, declared):
        ctx.error(
            "DJG206",
            f"'{draft.name}' has a second primary key, '{name}'",
            ctx.at(*key),
            "keep one key; mark the other attribute UK (unique) instead of PK",
        )
        return None
    if declared is PkType.TEXT and (found is FieldType.URL or draft.is_user):
        return _text_key_refused(ctx, draft, spec, key, found)
    draft.pk_type = declared
    draft.pk_loc = ctx.at(*key)
    if declared is not PkType.TEXT:
        return None
    as_written = FieldType.STRING.value if found is FieldType.TEXT else spec.type
    return spec.model_copy(update={"primary_key": True, "type": as_written})


def _declared(found: FieldType | None) -> PkType | None:
    """The key a `PK` attribute of this type declares; None for a type no key can have."""
    if found is FieldType.UUID:
        return PkType.UUID
    if found in INTEGER_TYPES or found is FieldType.FLOAT:  # `id: number`, as TypeScript has it
        return PkType.BIG_AUTO
    if found is not None and info(found).text:
        return PkType.TEXT
    return None


def _text_key_refused(
    ctx: Context, draft: Draft, spec: FieldSpec, key: Key, found: FieldType | None
) -> FieldSpec | None:
    """A text key where none can be: `id` is a UUID key, another attribute a unique field."""
    name = str(key[-1])
    is_id = name == "id"
    why = "the user model's key is never text" if draft.is_user else "a URL holds '/'"
    ctx.warning(
        "DJG309",
        f"'{draft.name}.{name}' is not made a text key ({why}): "
        + ("the key is a UUID" if is_id else "it is kept as a unique field beside the key"),
        ctx.at(*key, "type" if is_id else "primary_key"),
        "mark an Integer or a UUID attribute PK to choose the key's type",
    )
    if is_id:
        draft.pk_type = PkType.UUID
        draft.pk_loc = ctx.at(*key)
        return None
    return spec.model_copy(update={"unique": True, "required": True, "primary_key": False})


def _attribute(
    ctx: Context, draft: Draft, name: str, spec: FieldSpec, key: Key
) -> Field | Relation | None:
    resolved = parse_type(ctx, spec, key)
    if resolved is None:
        return None
    if resolved.entity is not None:
        return relation(ctx, draft, name, spec, key, resolved.entity, resolved.many)
    if spec.relation is not None:
        ctx.error(
            "DJG211",
            f"relation: {spec.relation.value} needs an entity, but '{spec.type}' is "
            f"{'an enumeration' if resolved.enum else 'a scalar type'}",
            ctx.at(*key, "relation"),
            did_you_mean(spec.type, ctx.drafts) or "remove the relation option",
        )
        return None
    return scalar(ctx, draft, name, spec, key, resolved)


def _methods(ctx: Context, draft: Draft) -> None:
    attributes = {a.name for a in draft.attributes} | {a.api_name for a in draft.attributes}
    if draft.is_user:
        attributes |= USER_TAKEN_NAMES
    seen: set[str] = set()
    for i, method in enumerate(draft.spec.methods):
        loc = ctx.at("entities", draft.name, "methods", i)
        name = method.name
        if (name.startswith("__") and name.endswith("__")) or name == "get_absolute_url":
            continue  # Django-known methods are generated from the model
        if name in seen or name in attributes:
            what = "another method" if name in seen else "an attribute"
            ctx.error(
                "DJG206",
                f"method '{draft.name}.{name}' has the name of {what}",
                loc,
                "rename the method",
            )
            continue
        seen.add(name)
        safe = _safe_method_name(ctx, draft, name, loc)
        if safe != name and (safe in seen or safe in attributes):
            ctx.error(
                "DJG206",
                f"method '{draft.name}.{name}' is renamed '{safe}', the name of another member",
                loc,
                "rename the method",
            )
            continue
        seen.add(safe)
        draft.methods.append(Method(name=safe, args=method.args, returns=method.returns, loc=loc))


def _safe_method_name(ctx: Context, draft: Draft, name: str, loc: Loc) -> str:
    """The method's name, or a safe one when Python or Django's model API already uses it."""
    if keyword.iskeyword(name):
        reason = "is a Python keyword"
    elif name in names.DJANGO_RESERVED_ATTRIBUTES:
        reason = "would override Django's own model method"
    else:
        return name
    safe = f"{name}_{draft.snake}"
    ctx.warning(
        "DJG313",
        f"method '{draft.name}.{name}' {reason}: it is generated as '{safe}'",
        loc,
        f"name the method for what it does, e.g. '{safe}'",
    )
    return safe
