"""The spec document: the YAML spec's schema, and the common output of every frontend.

A YAML file is validated straight into a `SpecDocument`; a Mermaid diagram is translated into
one. The resolve pass turns it into the domain model. `djgen schema` prints this module's JSON
Schema, so editors complete `djgen.yaml` from the same definitions the resolver reads.

The document is the input language, not the domain model: its classes and enumerations are its
own (their values mirror the model's), so changing the model never silently changes the
published schema.

Positions are not part of the document: each frontend records them in a `SourceMap`
(`source_map.py`), keyed by the path of the thing in the document, so the resolver can point at
the source of a problem.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    model_validator,
)
from pydantic_core import PydanticCustomError

from djgen.frontends.signature import Method
from djgen.model import DEFAULT_CACHE_TIMEOUT

Scalar = str | int | float | bool


class RelationKind(StrEnum):
    FOREIGN_KEY = "ForeignKey"
    ONE_TO_ONE = "OneToOne"
    MANY_TO_MANY = "ManyToMany"


class OnDelete(StrEnum):
    CASCADE = "CASCADE"
    PROTECT = "PROTECT"
    SET_NULL = "SET_NULL"
    RESTRICT = "RESTRICT"


class Auth(StrEnum):
    JWT = "jwt"
    SESSION = "session"
    NONE = "none"


class CacheBackend(StrEnum):
    REDIS = "redis"
    NONE = "none"


class Pagination(StrEnum):
    PAGE = "page"
    CURSOR = "cursor"
    LIMIT_OFFSET = "limit_offset"


class Visibility(StrEnum):
    """Who reads the rows of an owned entity besides admins: their owner, or every user."""

    OWNER = "owner"
    ALL = "all"


class ReadAccess(StrEnum):
    """Who may read an entity's endpoint."""

    PUBLIC = "public"
    USERS = "users"


class WriteAccess(StrEnum):
    """Who may write an entity's rows where `permissions` requires no role."""

    USERS = "users"
    STAFF = "staff"


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class DefaultAccess(_Spec):
    """Who reads and who writes an entity that says neither (nor has an owner)."""

    read: ReadAccess = Field(
        ReadAccess.USERS,
        description="public: anyone, anonymous clients included; users: signed-in users.",
    )
    write: WriteAccess = Field(
        WriteAccess.STAFF, description="users: any signed-in user; staff: staff users only."
    )


class Features(_Spec):
    """Project-wide switches. Shared verbatim by the YAML spec schema and the domain model."""

    auth: Auth = Field(Auth.JWT, description="How API clients authenticate.")
    cache: CacheBackend = Field(
        CacheBackend.REDIS,
        description="Response caching: Redis when REDIS_URL is set, local memory otherwise.",
    )
    pagination: Pagination = Field(
        Pagination.PAGE, description="Default pagination style of every list endpoint."
    )
    api_version: str = Field(
        "v1", pattern=r"^v[0-9]+$", description="The version segment of every API path."
    )
    throttling: bool = Field(True, description="Rate limits per user and per client.")
    cors: bool = Field(True, description="Cross-origin requests from CORS_ALLOWED_ORIGINS.")
    cqrs: bool | tuple[str, ...] = Field(
        False,
        description="true for every entity, or the names of the entities whose API writes go "
        "through commands and reads through queries.",
    )
    event_sourcing: bool | tuple[str, ...] = Field(
        False, description="true for every entity, or the names of the entities to event-source."
    )
    websockets: bool | tuple[str, ...] = Field(
        False,
        description="true for every entity, or the names of the entities whose changes "
        "stream over WebSockets (Channels).",
    )
    roles: tuple[str, ...] = Field(
        (), description="Role names, created as Django groups, that permissions can require."
    )
    default_access: DefaultAccess = Field(
        default_factory=DefaultAccess,
        description="Who reads and who writes an entity that says neither: by default "
        "signed-in users read and staff write.",
    )


class RolePermissions(_Spec):
    """The roles (Django groups) a user needs for each kind of write; empty: any signed-in
    user. Shared verbatim by the YAML spec schema and the domain model."""

    create: tuple[str, ...] = ()
    update: tuple[str, ...] = ()
    delete: tuple[str, ...] = ()


# The attribute grammar's hyphenated flags, accepted as YAML keys too.
_HYPHENATED = {"write-only": "write_only", "read-only": "read_only", "staff-only": "staff_only"}


class FieldSpec(_Spec):
    """One attribute. In YAML it may also be written as the diagram's shorthand string,
    `"String(required, max:200)"`."""

    type: str = Field(
        description="A type (String, Integer, Decimal, DateTime, …), an entity name, an "
        "enumeration name, or a collection: List~T~, T[], Set~T~."
    )
    required: bool | None = Field(
        None, description="Required unless false, or unless a default is given."
    )
    unique: bool = False
    index: bool = False
    max: int | float | None = Field(None, description="Maximum length (text) or value (number).")
    min: int | float | None = Field(None, description="Minimum length (text) or value (number).")
    default: Scalar | None = None
    pattern: str | None = Field(None, description="A regular expression the value must match.")
    choices: list[str] | None = Field(None, description="Allowed values, as an inline enumeration.")
    read_only: bool = False
    write_only: bool = False
    staff_only: bool = Field(
        False,
        description="Only staff users set or change it through the API; anyone else who "
        "sends another value than the row keeps is refused (403). Needs a default, or "
        "required: false.",
    )
    write_roles: list[str] | None = Field(
        None,
        description="Roles (from features.roles) whose members, besides staff, may set or "
        "change it; anyone else is refused as with staff_only.",
    )
    help: str | None = None
    max_digits: int | None = Field(None, description="Decimal only; default 10.")
    decimal_places: int | None = Field(None, description="Decimal only; default 2.")
    relation: RelationKind | None = Field(
        None, description="How a field whose type is an entity links to it; default ForeignKey."
    )
    on_delete: OnDelete | None = None
    related_name: str | None = Field(None, description="The reverse accessor on the target.")
    through: str | None = Field(None, description="ManyToMany: the entity that is the join table.")
    optional: bool | None = Field(
        None, description="The attribute may be empty (null and blank): `required: false`."
    )
    # Key markers as erDiagram writes them after a type (`id: Integer PK`, `code: String UK`,
    # `auteur_id: Integer FK`); UK is `unique`.
    primary_key: bool = Field(
        False,
        description="PK: this attribute is the table's primary key. A number is the automatic "
        "key, a UUID a UUID key, text (String, Slug, Email) the key itself, chosen by the "
        "client when it creates a row: at most 64 characters unless `max` says otherwise.",
    )
    link_column: bool = Field(
        False,
        description="FK: this attribute is the key column of a link, not a field of its own "
        "(`auteur_id: Integer FK` is the link `auteur`, named without its `_id`/`Id` suffix); "
        "it merges with the relationship line of that name, else with the class it names.",
    )
    renamed_from: str | None = Field(
        None,
        description="The attribute's previous name: `djgen update` renames the column "
        "(RenameField), keeping its data, instead of removing one and adding another.",
    )

    @model_validator(mode="before")
    @classmethod
    def _as_the_diagram_spells_it(cls, data: Any) -> Any:
        """`optional: true` is `required: false`, as the diagram's `optional` flag is, and
        `write-only`/`read-only`/`staff-only` are the diagram's spellings of
        `write_only`/`read_only`/`staff_only`."""
        if not isinstance(data, dict):
            return data
        data = {_HYPHENATED.get(key, key): value for key, value in data.items()}
        if data.get("optional") is None:
            data.pop("optional", None)
            return data
        optional = data.pop("optional")
        if not isinstance(optional, bool):
            raise PydanticCustomError("bool_type", "optional: Input should be a valid boolean")
        if data.get("required") is optional:
            raise PydanticCustomError(
                "optional_conflict", "optional and required contradict each other"
            )
        data["required"] = not optional
        return data


class CacheSpec(_Spec):
    """How long an entity's cached API answers live."""

    timeout: int = Field(
        DEFAULT_CACHE_TIMEOUT, ge=1, description="Seconds a cached list or detail answer lives."
    )


class EntitySpec(_Spec):
    app: str | None = Field(None, description="The Django app; default: the project's `app`.")
    description: str | None = None
    abstract: bool = False
    extends: str | None = Field(None, description="The entity this one inherits from.")
    user: bool = Field(False, description="This entity is the project's user model.")
    readonly: bool = Field(False, description="The API exposes only list and retrieve.")
    fields: dict[str, FieldSpec | str] = Field(default_factory=dict)
    methods: list[Method] = Field(
        default_factory=list, description="Method signatures: `publish(at): None`."
    )
    owner: str | None = Field(None, description="The ForeignKey to the user that owns a row.")
    visibility: Visibility | None = Field(
        None,
        description="Owned entities: who besides admins reads the rows, their owner (default) "
        "or every signed-in user.",
    )
    permissions: RolePermissions | None = Field(
        None, description="Roles (from features.roles) required to create, update or delete."
    )
    read: ReadAccess | None = Field(
        None,
        description="Who reads it: public (anyone) or users (signed-in users); default: "
        "features.default_access.read, or the owner's rule for an owned entity.",
    )
    write: WriteAccess | None = Field(
        None,
        description="Who writes it where permissions names no role: users (any signed-in "
        "user) or staff; default: features.default_access.write, or its owner for an owned "
        "entity.",
    )
    inherit_owner: bool = Field(
        True,
        description="false: the entity does not belong to the owner its required keys lead "
        "to (an order line to its order's owner) and has a policy of its own.",
    )
    search: list[str] | None = Field(None, description="Fields searched by ?search=.")
    ordering: list[str] | None = Field(None, description="Default ordering, `-field` descending.")
    pagination: Pagination | None = None
    cache: CacheSpec | bool | None = Field(
        None,
        description="`false`: never cache this entity's answers; `{timeout: N}`: keep them N "
        "seconds (default 300). Ignored when features.cache is none.",
    )
    unique_together: list[list[str]] = Field(default_factory=list)
    plural: str | None = Field(None, description="The plural, where English rules get it wrong.")
    renamed_from: str | None = Field(
        None,
        description="The entity's previous name: `djgen update` renames its table "
        "(RenameModel), keeping its rows, instead of deleting one model and creating another.",
    )
    table: str | None = Field(
        None,
        pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
        max_length=63,
        description="The database table's name; default: Django's `<app>_<entity>`.",
    )
    stored: bool = Field(
        True,
        description="false: a class drawn for readers (an interface, a service): no model, "
        "no endpoint, and its links are ignored.",
    )


class LinkSpec(_Spec):
    """A relationship line as drawn: `A "1" --> "*" B : label`.

    Which class holds the key, and what the label names, is decided by the resolver, the way
    SPEC-LANGUAGE.md's "Labels" reads a line; a line and an attribute naming the same link are
    one relation.
    """

    left: str = Field(description="The class on the left of the arrow.")
    right: str = Field(description="The class on the right of the arrow.")
    arrow: str = Field(
        "-->", description="Mermaid's arrow: -->, --, ..>, <--, *--, --*, o--, --o, ..|>, …"
    )
    left_cardinality: str | None = Field(None, description="1, 0..1, *, 1..*, n, many, …")
    right_cardinality: str | None = None
    label: str | None = Field(
        None,
        description="A role (`author`), a collection (`books`), a verb (`writes`), "
        "optionally with options in parentheses: `author(on_delete:CASCADE)`.",
    )


class EnumValue(_Spec):
    app: str | None = None
    values: list[str | dict[str, str]]


EnumSpec = list[str | dict[str, str]] | dict[str, str] | EnumValue


class SpecDocument(_Spec):
    """A djgen spec: the project, its options, its entities and enumerations."""

    model_config = ConfigDict(
        extra="forbid",
        title="djgen spec",
        json_schema_extra={"$id": "https://djgen.dev/schema/djgen.schema.json"},
    )

    project: str | None = Field(None, description="Python package name of the generated project.")
    title: str | None = None
    description: str | None = None
    app: str | None = Field(None, description="The default app; default: the project's name.")
    features: Features = Field(default_factory=Features)
    entities: dict[str, EntitySpec] = Field(default_factory=dict)
    enums: dict[str, EnumSpec] = Field(default_factory=dict)
    links: list[LinkSpec] = Field(
        default_factory=list, description="Relationship lines, as a diagram draws them."
    )


def json_schema() -> str:
    """The spec's JSON Schema (draft 2020-12), as `djgen schema` prints it."""
    schema: dict[str, Any] = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    schema.update(SpecDocument.model_json_schema())
    return json.dumps(schema, indent=2) + "\n"
