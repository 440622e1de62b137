"""The domain model: the one representation every frontend produces and every generator reads.

Objects here are immutable and fully resolved: names are safe Python identifiers, plurals and
reverse names are derived, defaults are applied, every reference points at something that
exists. Generators never need to second-guess them. Source positions ride along for error
messages but are excluded from dumps, so two inputs that mean the same model dump the same.
"""

from __future__ import annotations

import json
from functools import cached_property

from pydantic import BaseModel, ConfigDict
from pydantic import Field as PydanticField

from djgen.errors import Loc
from djgen.vocabulary import (
    Auth,
    CacheBackend,
    FieldType,
    OnDelete,
    Pagination,
    PkType,
    ReadAccess,
    RelationKind,
    Visibility,
    WriteAccess,
)

Scalar = str | int | float | bool


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)


# Fields Django's AbstractUser declares, and its many-to-manys: a user entity inherits them and
# never declares them again.
ABSTRACT_USER_FIELDS = (
    "username",
    "email",
    "first_name",
    "last_name",
    "password",
    "is_staff",
    "is_active",
    "is_superuser",
    "last_login",
    "date_joined",
)
ABSTRACT_USER_RELATIONS = ("groups", "user_permissions")

# Seconds a cached API answer lives unless the entity says otherwise.
DEFAULT_CACHE_TIMEOUT = 300


class DefaultAccess(Frozen):
    """Who reads and who writes an entity whose spec says neither."""

    read: ReadAccess = ReadAccess.USERS
    write: WriteAccess = WriteAccess.STAFF


class Features(Frozen):
    """Project-wide switches. Shared verbatim by the YAML spec schema and the domain model."""

    auth: Auth = PydanticField(Auth.JWT, description="How API clients authenticate.")
    cache: CacheBackend = PydanticField(
        CacheBackend.REDIS,
        description="Response caching: Redis when REDIS_URL is set, local memory otherwise.",
    )
    pagination: Pagination = PydanticField(
        Pagination.PAGE, description="Default pagination style of every list endpoint."
    )
    api_version: str = PydanticField(
        "v1", pattern=r"^v[0-9]+$", description="The version segment of every API path."
    )
    throttling: bool = PydanticField(True, description="Rate limits per user and per client.")
    cors: bool = PydanticField(True, description="Cross-origin requests from CORS_ALLOWED_ORIGINS.")
    cqrs: bool | tuple[str, ...] = PydanticField(
        False,
        description="true for every entity, or the names of the entities whose API writes go "
        "through commands and reads through queries.",
    )
    event_sourcing: bool | tuple[str, ...] = PydanticField(
        False, description="true for every entity, or the names of the entities to event-source."
    )
    websockets: bool | tuple[str, ...] = PydanticField(
        False,
        description="true for every entity, or the names of the entities whose changes "
        "stream over WebSockets (Channels).",
    )
    roles: tuple[str, ...] = PydanticField(
        (), description="Role names, created as Django groups, that permissions can require."
    )
    default_access: DefaultAccess = PydanticField(
        DefaultAccess(), description="Who reads and who writes an entity that says neither."
    )


class RolePermissions(Frozen):
    """The roles (Django groups) a user needs for each kind of write; empty: any signed-in
    user. Shared verbatim by the YAML spec schema and the domain model."""

    create: tuple[str, ...] = ()
    update: tuple[str, ...] = ()
    delete: tuple[str, ...] = ()


class EnumMember(Frozen):
    name: str  # the Python identifier of the member: `IN_PROGRESS`
    value: str  # the stored value, as written: `IN_PROGRESS` or `in-progress`
    label: str  # the human label: `In progress`


class Enum(Frozen):
    name: str  # PascalCase class name
    app: str  # the app whose `choices.py` defines it
    members: tuple[EnumMember, ...]
    loc: Loc | None = PydanticField(None, exclude=True)


class Field(Frozen):
    """A scalar attribute of an entity (relations are `Relation`)."""

    name: str  # safe Python attribute name
    api_name: str  # name in the API and in the spec; differs from `name` only when renamed
    column: str | None = None  # db_column, set when the attribute was renamed
    type: FieldType
    enum: str | None = None  # for FieldType.ENUM: the enumeration's name
    item_type: FieldType | None = None  # for a JSON list of scalars (`List~String~`)
    required: bool = True  # False: null=True, blank=True
    unique: bool = False
    index: bool = False
    max_length: int | None = None  # text types: always set for String/Slug/Email/URL
    min_length: int | None = None
    min_value: int | float | None = None  # number types
    max_value: int | float | None = None
    default: Scalar | None = None  # for Date/DateTime/Time the string "now" means the present
    pattern: str | None = None  # a regular expression the whole value must match
    read_only: bool = False
    write_only: bool = False
    staff_only: bool = False  # only staff set or change it through the API
    write_roles: tuple[str, ...] = ()  # roles that may set or change it besides staff
    help_text: str | None = None
    max_digits: int | None = None  # Decimal only: always set for Decimal
    decimal_places: int | None = None
    auto_now_add: bool = False  # created_at
    auto_now: bool = False  # updated_at
    primary_key: bool = False  # the text key of its entity (PkType.TEXT): unique, its first field
    # the name it had before, for `djgen update` only: an instruction, not part of the model
    renamed_from: str | None = PydanticField(None, exclude=True)
    loc: Loc | None = PydanticField(None, exclude=True)

    @property
    def has_default(self) -> bool:
        return self.default is not None

    @property
    def restricted(self) -> bool:
        """Whether only staff, or staff and the members of `write_roles`, may write it."""
        return self.staff_only or bool(self.write_roles)


class Relation(Frozen):
    """A link held by an entity: a ForeignKey, OneToOneField or ManyToManyField."""

    name: str  # safe Python attribute name
    api_name: str
    column: str | None = None  # db_column, when renamed (FK/O2O only)
    kind: RelationKind
    target: str  # the target entity's name (the holder's own name for a self-reference)
    required: bool = True  # FK/O2O: not null; M2M: not blank
    on_delete: OnDelete | None = None  # FK/O2O only
    related_name: str  # reverse accessor on the target, always set and never colliding
    through: str | None = None  # M2M: the explicit through entity
    db_table: str | None = None  # M2M without through: the join table's name
    read_only: bool = False
    write_only: bool = False
    help_text: str | None = None
    drawn: str = PydanticField("attribute", exclude=True)  # attribute, line, or merged: both
    # the name it had before, for `djgen update` only: an instruction, not part of the model
    renamed_from: str | None = PydanticField(None, exclude=True)
    loc: Loc | None = PydanticField(None, exclude=True)


class Method(Frozen):
    """A method the diagram declares; generated as a skeleton for the user to fill in."""

    name: str
    args: tuple[str, ...] = ()  # parameter names, in order
    returns: str | None = None  # the declared return type, as written
    loc: Loc | None = PydanticField(None, exclude=True)


class Entity(Frozen):
    name: str  # PascalCase class name, unique in the project
    app: str
    description: str | None = None
    pk_type: PkType = PkType.BIG_AUTO
    # own scalar fields in declaration order; the key only when it is text, and then first
    fields: tuple[Field, ...] = ()
    relations: tuple[Relation, ...] = ()  # own forward relations, in declaration order
    inherited_fields: tuple[Field, ...] = ()  # from abstract or concrete ancestors, root first
    inherited_relations: tuple[Relation, ...] = ()
    abstract: bool = False
    parent: str | None = None  # the base entity (abstract: fields copied; concrete: multi-table)
    is_user: bool = False  # the project's AUTH_USER_MODEL
    readonly: bool = False  # the API offers list and retrieve only
    owner: str | None = None  # name of the relation to the user model that owns a row
    visibility: Visibility | None = None  # owned entities only: who besides admins reads rows
    permissions: RolePermissions = RolePermissions()  # roles each kind of write requires
    read: ReadAccess | None = None  # as the spec says it; None: lowering.policy decides
    write: WriteAccess | None = None
    inherit_owner: bool = True  # False: the owner its required keys lead to is not its own
    search: tuple[str, ...] = ()  # field names searched by `?search=`
    ordering: tuple[str, ...] = ()  # default ordering, e.g. ("-published_at", "title")
    pagination: Pagination = Pagination.PAGE
    cache_timeout: int | None = DEFAULT_CACHE_TIMEOUT  # seconds; None: answers never cached
    methods: tuple[Method, ...] = ()
    unique_together: tuple[tuple[str, ...], ...] = ()
    display_field: str | None = None  # the field `__str__` shows; None: "<Name> <pk>"
    db_table: str | None = None  # the table's name, where the spec gives one
    snake: str  # purchase_order
    plural: str  # purchase_orders
    url: str  # purchase-orders: the resource segment of /api/<version>/<url>/
    verbose_name: str  # purchase order
    verbose_name_plural: str  # purchase orders
    # the name it had before, for `djgen update` only: an instruction, not part of the model
    renamed_from: str | None = PydanticField(None, exclude=True)
    loc: Loc | None = PydanticField(None, exclude=True)

    @property
    def all_fields(self) -> tuple[Field, ...]:
        return self.inherited_fields + self.fields

    @property
    def all_relations(self) -> tuple[Relation, ...]:
        return self.inherited_relations + self.relations

    @property
    def key(self) -> Field | None:
        """The text key (PkType.TEXT), own or inherited; None where the key is `id`."""
        return next((f for f in self.all_fields if f.primary_key), None)

    @property
    def key_name(self) -> str:
        """The key's API name: the text key's, else `id`."""
        key = self.key
        return "id" if key is None else key.api_name


class App(Frozen):
    name: str  # the app label and the package `apps/<name>/`
    verbose_name: str
    entities: tuple[str, ...]  # entity names, in declaration order
    enums: tuple[str, ...] = ()


class Project(Frozen):
    name: str  # Python package name of the project
    title: str
    description: str | None = None
    default_app: str
    features: Features = Features()
    apps: tuple[App, ...]
    entities: tuple[Entity, ...]  # every entity, apps in order, declaration order within
    enums: tuple[Enum, ...] = ()
    user_model: str  # the name of the entity that is AUTH_USER_MODEL

    @cached_property
    def _entities(self) -> dict[str, Entity]:
        return {e.name: e for e in self.entities}

    @cached_property
    def _enums(self) -> dict[str, Enum]:
        return {e.name: e for e in self.enums}

    def entity(self, name: str) -> Entity:
        return self._entities[name]

    def enum(self, name: str) -> Enum:
        return self._enums[name]

    def app(self, name: str) -> App:
        return next(a for a in self.apps if a.name == name)

    def app_entities(self, app: str) -> tuple[Entity, ...]:
        return tuple(self.entity(n) for n in self.app(app).entities)

    @property
    def user(self) -> Entity:
        return self.entity(self.user_model)

    def concrete_parent(self, entity: Entity) -> Entity | None:
        """The nearest concrete ancestor: the multi-table parent whose table this one extends."""
        parent = entity.parent
        while parent is not None:
            ancestor = self.entity(parent)
            if not ancestor.abstract:
                return ancestor
            parent = ancestor.parent
        return None

    def table_fields(self, entity: Entity) -> tuple[Field, ...]:
        """The fields whose columns are in the entity's own table: those of its abstract
        ancestors (up to a concrete parent, whose table holds the rest) and its own."""
        fields = entity.fields
        parent = entity.parent
        while parent is not None and self.entity(parent).abstract:
            fields = self.entity(parent).fields + fields
            parent = self.entity(parent).parent
        return fields

    def declared_relations(self, entity: Entity) -> tuple[Relation, ...]:
        """The relations an entity's model class declares.

        An abstract entity declares none: each concrete descendant declares them instead, with
        the reverse names resolve derived for it, so two children never share a reverse name.
        A concrete entity declares its own and those of its abstract ancestors up to the first
        concrete one (whose table already holds the rest), ancestors first.
        """
        return self._declared[entity.name]

    def declared_reverse(self, target: str) -> tuple[tuple[Entity, Relation], ...]:
        """Every (model, relation) whose model class declares a relation to `target`."""
        return self._declared_reverse.get(target, ())

    @cached_property
    def _declared(self) -> dict[str, tuple[Relation, ...]]:
        declared: dict[str, tuple[Relation, ...]] = {}
        for entity in self.entities:
            if entity.abstract:
                declared[entity.name] = ()
                continue
            from_abstract: set[str] = set()
            parent = entity.parent
            while parent is not None and self.entity(parent).abstract:
                from_abstract.update(r.name for r in self.entity(parent).relations)
                parent = self.entity(parent).parent
            inherited = tuple(r for r in entity.inherited_relations if r.name in from_abstract)
            declared[entity.name] = inherited + entity.relations
        return declared

    @cached_property
    def _declared_reverse(self) -> dict[str, tuple[tuple[Entity, Relation], ...]]:
        found: dict[str, list[tuple[Entity, Relation]]] = {}
        for holder in self.concrete_entities:
            for relation in self._declared[holder.name]:
                found.setdefault(relation.target, []).append((holder, relation))
        return {target: tuple(pairs) for target, pairs in found.items()}

    @cached_property
    def concrete_entities(self) -> tuple[Entity, ...]:
        """The entities that have a table and an API endpoint."""
        return tuple(e for e in self.entities if not e.abstract)

    @cached_property
    def _reverse(self) -> dict[str, tuple[tuple[Entity, Relation], ...]]:
        found: dict[str, list[tuple[Entity, Relation]]] = {}
        for holder in self.concrete_entities:
            for relation in holder.all_relations:
                found.setdefault(relation.target, []).append((holder, relation))
        return {target: tuple(pairs) for target, pairs in found.items()}

    def reverse_relations(self, target: str) -> tuple[tuple[Entity, Relation], ...]:
        """Every (holder, relation) that points at `target`, through inheritance included."""
        return self._reverse.get(target, ())

    def canonical_json(self) -> str:
        """Sorted keys and no positions: two inputs meaning the same model print the same bytes."""
        return json.dumps(self.model_dump(mode="json"), sort_keys=True, indent=2) + "\n"
