"""The closed vocabularies the domain model is written in: field types, relation kinds and
on-delete actions, authentication, caching and pagination styles, key types, and who reads and
writes an entity.

The values are the spec language's canonical spellings, so a model dumps as a spec would say it.
"""

from __future__ import annotations

from enum import StrEnum


class FieldType(StrEnum):
    """Scalar field types; the values are the canonical spellings of the spec language."""

    STRING = "String"
    TEXT = "Text"
    SLUG = "Slug"
    EMAIL = "Email"
    URL = "URL"
    UUID = "UUID"
    INTEGER = "Integer"
    BIG_INTEGER = "BigInteger"
    SMALL_INTEGER = "SmallInteger"
    POSITIVE_INTEGER = "PositiveInteger"
    FLOAT = "Float"
    DECIMAL = "Decimal"
    BOOLEAN = "Boolean"
    DATE = "Date"
    DATETIME = "DateTime"
    TIME = "Time"
    DURATION = "Duration"
    JSON = "JSON"
    FILE = "File"
    IMAGE = "Image"
    BINARY = "Binary"
    IP_ADDRESS = "IPAddress"
    ENUM = "Enum"  # a choice field; `Field.enum` names the enumeration


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


class PkType(StrEnum):
    BIG_AUTO = "big_auto"
    UUID = "uuid"
    TEXT = "text"  # a text attribute the client chooses: the field `Entity.key`


class Visibility(StrEnum):
    """Who reads the rows of an owned entity besides admins: their owner, or every user."""

    OWNER = "owner"
    ALL = "all"


class ReadAccess(StrEnum):
    """Who may read an entity's endpoint: anyone, anonymous clients included, or signed-in
    users."""

    PUBLIC = "public"
    USERS = "users"


class WriteAccess(StrEnum):
    """Who may write an entity's rows where no role is required: signed-in users, or staff."""

    USERS = "users"
    STAFF = "staff"
