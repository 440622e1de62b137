"""The spec document: the YAML spec's schema, and the common output of every frontend.

A YAML file is validated straight into a `SpecDocument`; a Mermaid diagram is translated into
one. The resolve pass turns it into the domain model. `djgen schema` prints this module's JSON
Schema, so editors complete `djgen.yaml` from the same definitions the resolver reads.

Positions are not part of the document: each frontend records them in a `SourceMap`, keyed by
the path of the thing in the document, so the resolver can point at the source of a problem.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from djgen.errors import Loc
from djgen.model import (
    DEFAULT_CACHE_TIMEOUT,
    Features,
    OnDelete,
    Pagination,
    RelationKind,
    RolePermissions,
    Scalar,
    Visibility,
)


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


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
    help: str | None = None
    max_digits: int | None = Field(None, description="Decimal only; default 10.")
    decimal_places: int | None = Field(None, description="Decimal only; default 2.")
    relation: RelationKind | None = Field(
        None, description="How a field whose type is an entity links to it; default ForeignKey."
    )
    on_delete: OnDelete | None = None
    related_name: str | None = Field(None, description="The reverse accessor on the target.")
    through: str | None = Field(None, description="ManyToMany: the entity that is the join table.")


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
    methods: list[str] = Field(
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


def json_schema() -> str:
    """The spec's JSON Schema (draft 2020-12), as `djgen schema` prints it."""
    schema: dict[str, Any] = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    schema.update(SpecDocument.model_json_schema())
    return json.dumps(schema, indent=2) + "\n"


PathKey = tuple[str | int, ...]


@dataclass
class SourceMap:
    """Where each part of a spec document came from.

    Keys are paths into the document: `("entities", "Post")` is the class, `("entities",
    "Post", "fields", "title")` an attribute, `(..., "title", "type")` its type and
    `(..., "title", "max")` one of its options. `at()` falls back to the nearest enclosing
    part that has a position, so every problem gets one.
    """

    path: str
    locs: dict[PathKey, Loc] = field(default_factory=dict)

    def add(self, key: PathKey, line: int, col: int) -> None:
        self.locs.setdefault(key, Loc(self.path, line, col))

    def at(self, *key: str | int) -> Loc:
        for end in range(len(key), 0, -1):
            found = self.locs.get(key[:end])
            if found is not None:
                return found
        return Loc(self.path, 1, 1)
