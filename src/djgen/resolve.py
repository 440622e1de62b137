"""The resolve pass: a spec document becomes the domain model, or every problem in it is reported.

Frontends only translate syntax; every rule of meaning lives here: types and aliases, option
checks, inline enumerations, primary keys and timestamps, reserved names, inheritance, the user
model, reverse names and entity options. One pass over the document collects every error before
raising, and every step is a dictionary lookup, so large models resolve in linear time.
"""

from __future__ import annotations

import datetime
import difflib
import ipaddress
import keyword
import re
import uuid
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cached_property
from pathlib import PurePath
from typing import Any

from djgen import names
from djgen.errors import Diagnostic, Diagnostics, Loc, did_you_mean
from djgen.frontends.attribute import ShorthandError, parse_method
from djgen.frontends.document import (
    CacheSpec,
    EntitySpec,
    EnumValue,
    FieldSpec,
    SourceMap,
    SpecDocument,
)
from djgen.model import (
    ABSTRACT_USER_FIELDS,
    ABSTRACT_USER_RELATIONS,
    DEFAULT_CACHE_TIMEOUT,
    NUMBER_TYPES,
    TEXT_TYPES,
    App,
    Auth,
    Entity,
    Enum,
    EnumMember,
    Features,
    Field,
    FieldType,
    Method,
    OnDelete,
    PkType,
    Project,
    Relation,
    RelationKind,
    RolePermissions,
    Scalar,
    Visibility,
)

# Every accepted spelling of a scalar type, compared case-insensitively.
TYPE_ALIASES: dict[FieldType, tuple[str, ...]] = {
    FieldType.STRING: ("str", "Char", "Varchar"),
    FieldType.INTEGER: ("int",),
    FieldType.BIG_INTEGER: ("Long", "BigInt"),
    FieldType.SMALL_INTEGER: ("Short",),
    FieldType.FLOAT: ("Double",),
    FieldType.DECIMAL: ("BigDecimal",),
    FieldType.BOOLEAN: ("bool",),
    FieldType.DATETIME: ("Instant", "ZonedDateTime", "LocalDateTime", "Timestamp"),
    FieldType.JSON: ("Dict", "Map"),
    FieldType.BINARY: ("Blob", "bytes"),
}
SCALAR_TYPES: dict[str, FieldType] = {
    spelling.casefold(): ftype
    for ftype in FieldType
    if ftype is not FieldType.ENUM
    for spelling in (ftype.value, *TYPE_ALIASES.get(ftype, ()))
}
_TYPE_SPELLINGS = tuple(
    spelling
    for ftype in FieldType
    if ftype is not FieldType.ENUM
    for spelling in (ftype.value, *TYPE_ALIASES.get(ftype, ()))
)

DEFAULT_MAX_LENGTH = {
    FieldType.STRING: 255,
    FieldType.SLUG: 50,
    FieldType.EMAIL: 254,
    FieldType.URL: 200,
}
DEFAULT_MAX_DIGITS = 10
DEFAULT_DECIMAL_PLACES = 2
INTEGER_TYPES = frozenset(
    {
        FieldType.INTEGER,
        FieldType.BIG_INTEGER,
        FieldType.SMALL_INTEGER,
        FieldType.POSITIVE_INTEGER,
    }
)
SEARCHABLE_TYPES = frozenset({FieldType.STRING, FieldType.TEXT, FieldType.SLUG, FieldType.EMAIL})
_DISPLAY_TYPES = frozenset({FieldType.STRING, FieldType.SLUG, FieldType.EMAIL})
_DISPLAY_NAMES = ("name", "title", "username", "label", "slug", "code")
_NO_DEFAULT_TYPES = frozenset(
    {FieldType.FILE, FieldType.IMAGE, FieldType.BINARY, FieldType.DURATION}
)

# Names the user model's class already answers to: its fields plus reverse accessors that
# Django's auth and admin apps and the JWT blacklist add to it.
USER_TAKEN_NAMES = frozenset(
    {*ABSTRACT_USER_FIELDS, *ABSTRACT_USER_RELATIONS, "logentry", "outstandingtoken"}
)

_EMPTY_ENTITY = EntitySpec()
ROLE_MAX_LENGTH = 150  # a role is a Django group: Group.name's max_length
TIMESTAMPS = {"created_at": "auto_now_add", "updated_at": "auto_now"}

_COLLECTION = re.compile(
    r"^(?:(?:list|set)\s*~\s*(?P<generic>.+?)\s*~|(?P<array>.+?)\s*\[\s*\])$", re.I
)
_SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")

# Options (FieldSpec keys) that each kind of attribute accepts.
_COMMON_OPTIONS = frozenset({"required", "read_only", "write_only", "help"})
_SCALAR_OPTIONS = _COMMON_OPTIONS | {"unique", "index", "default"}
_TEXT_OPTIONS = _SCALAR_OPTIONS | {"max", "min", "pattern", "choices"}
_NUMBER_OPTIONS = _SCALAR_OPTIONS | {"max", "min"}
_DECIMAL_OPTIONS = _NUMBER_OPTIONS | {"max_digits", "decimal_places"}
_KEY_OPTIONS = _COMMON_OPTIONS | {"relation", "on_delete", "related_name"}
_M2M_OPTIONS = _COMMON_OPTIONS | {"relation", "related_name", "through"}
_LIST_OPTIONS = _COMMON_OPTIONS


def _options_for(ftype: FieldType) -> frozenset[str]:
    if ftype in TEXT_TYPES:
        return _TEXT_OPTIONS
    if ftype is FieldType.DECIMAL:
        return _DECIMAL_OPTIONS
    if ftype in NUMBER_TYPES:
        return _NUMBER_OPTIONS
    if ftype in _NO_DEFAULT_TYPES:
        return _SCALAR_OPTIONS - {"default"}
    return _SCALAR_OPTIONS


_SPEC_DEFAULTS = {name: info.default for name, info in FieldSpec.model_fields.items()}
_SPEC_ORDER = {name: i for i, name in enumerate(FieldSpec.model_fields)}


def given_options(spec: FieldSpec) -> list[str]:
    """The options an attribute sets to something other than their default, in schema order."""
    given = [
        key
        for key in spec.model_fields_set
        if key != "type" and getattr(spec, key) != _SPEC_DEFAULTS[key]
    ]
    return sorted(given, key=_SPEC_ORDER.__getitem__)


def member_name(value: str) -> str:
    """The Python name of an enumeration member: `in-progress` → `IN_PROGRESS`."""
    return names.identifier(value).upper()


def member_label(name: str) -> str:
    """The label derived from a member name: `IN_PROGRESS` → `In progress`."""
    return names.human(names.snake(name)).capitalize()


def default_title(project: str) -> str:
    return names.human(project).title()


def plain_related_name(holder: Entity | _Draft, relation: Relation) -> str:
    """The reverse name a relation gets when nothing collides with it."""
    if relation.target == holder.name:
        if relation.kind is RelationKind.FOREIGN_KEY and relation.name == "parent":
            return "children"
        return f"{relation.name}_of"
    if relation.kind is RelationKind.ONE_TO_ONE:
        return holder.snake
    return holder.plural


def default_on_delete(required: bool) -> OnDelete:
    return OnDelete.PROTECT if required else OnDelete.SET_NULL


def default_ordering(fields: tuple[Field, ...]) -> tuple[str, ...]:
    return ("-created_at",) if any(f.name == "created_at" for f in fields) else ()


def default_search(fields: tuple[Field, ...]) -> tuple[str, ...]:
    return tuple(f.name for f in fields if f.type in SEARCHABLE_TYPES)


def m2m_table(app: str, holder_snake: str, relation: str) -> str:
    return f"{app}_{holder_snake}_{relation}"


def cache_timeout(spec: CacheSpec | bool | None) -> int | None:
    """An entity's `cache` option as seconds, None for `false`; unset or `true`: the default."""
    if isinstance(spec, CacheSpec):
        return spec.timeout
    return None if spec is False else DEFAULT_CACHE_TIMEOUT


def display_field(fields: tuple[Field, ...]) -> str | None:
    """The field `__str__` shows: a conventional name first, then a required text field."""
    texts = [f for f in fields if f.type in _DISPLAY_TYPES]
    for f in texts:
        if f.name in _DISPLAY_NAMES:
            return f.name
    for f in texts:
        if f.type is FieldType.STRING and f.required:
            return f.name
    return texts[0].name if texts else None


@dataclass
class _Type:
    """What a type string names."""

    scalar: FieldType | None = None
    entity: str | None = None
    enum: str | None = None
    many: bool = False


@dataclass
class _Draft:
    """An entity while it is being resolved."""

    name: str
    spec: EntitySpec
    app: str
    loc: Loc
    snake: str = ""
    plural: str = ""
    is_user: bool = False
    parent: str | None = None
    pk_type: PkType | None = None  # as declared by an `id` attribute
    fields: list[Field] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    explicit_related: set[str] = field(default_factory=set)  # relation names
    methods: list[Method] = field(default_factory=list)
    chain: list[str] = field(default_factory=list)  # ancestors, root first


class _Resolver:
    def __init__(self, doc: SpecDocument, source: SourceMap) -> None:
        self.doc = doc
        self.source = source
        self.diags = Diagnostics()
        self.drafts: dict[str, _Draft] = {}
        self.enums: dict[str, Enum] = {}
        self.type_candidates: list[str] = []

    # helpers ---------------------------------------------------------------------------------

    def at(self, *key: str | int) -> Loc:
        return self.source.at(*key)

    def error(self, code: str, message: str, loc: Loc, hint: str | None = None) -> None:
        self.diags.error(code, message, loc, hint)

    def warning(self, code: str, message: str, loc: Loc, hint: str | None = None) -> None:
        self.diags.warning(code, message, loc, hint)

    # the pass --------------------------------------------------------------------------------

    def run(self) -> tuple[Project, list[Diagnostic]]:
        doc = self.doc
        project = self._project_name()
        default_app = doc.app or project
        self._check_app(default_app, ("app",) if doc.app else ("project",))
        self.default_app = default_app

        self._collect_entities()
        self._collect_enums()
        self.user_model = self._user_model()
        self._inheritance()
        self.type_candidates = [*_TYPE_SPELLINGS, *self.drafts, *self.enums]
        for draft in self.drafts.values():
            self._entity_fields(draft)
        for draft in self.drafts.values():
            self._inherited_conflicts(draft)
        self._check_through()
        entities = self._finish_entities()
        self._check_plurals(entities)
        features = self._features()

        apps = self._apps(entities)
        ordered = [entities[n] for app in apps for n in app.entities]
        enum_order = {app.name: i for i, app in enumerate(apps)}
        enums = sorted(self.enums.values(), key=lambda e: enum_order[e.app])
        self.diags.raise_if_errors()
        result = Project(
            name=project,
            title=doc.title or default_title(project),
            description=doc.description,
            default_app=default_app,
            features=features,
            apps=apps,
            entities=tuple(ordered),
            enums=tuple(enums),
            user_model=self.user_model,
        )
        return result, sorted(self.diags.warnings, key=lambda d: (d.loc, d.code, d.message))

    # project and apps ------------------------------------------------------------------------

    def _project_name(self) -> str:
        if self.doc.project is None:
            return names.identifier(PurePath(self.source.path).stem)
        name = self.doc.project
        if not name.isidentifier() or names.is_python_keyword(name):
            self.error(
                "DJG210",
                f"project name '{name}' is not a Python identifier",
                self.at("project"),
                f"use '{names.identifier(name)}'",
            )
        return name

    def _check_app(self, app: str, key: tuple[str | int, ...]) -> bool:
        if not app.isidentifier():
            self.error(
                "DJG210",
                f"app name '{app}' is not a Python identifier",
                self.at(*key),
                f"use '{names.identifier(app)}'",
            )
            return False
        if app in names.RESERVED_APP_NAMES or names.is_python_keyword(app):
            self.error(
                "DJG208",
                f"app name '{app}' is taken by Python, Django or the generated project",
                self.at(*key),
                f"use another name, e.g. '{app}_app'",
            )
            return False
        return True

    def _apps(self, entities: dict[str, Entity]) -> tuple[App, ...]:
        """Apps in order of first appearance, the default app first when it holds anything."""
        order: dict[str, list[str]] = {}
        default_used = any(e.app == self.default_app for e in entities.values()) or any(
            e.app == self.default_app for e in self.enums.values()
        )
        if default_used:
            order[self.default_app] = []
        for entity in entities.values():
            order.setdefault(entity.app, []).append(entity.name)
        for enum in self.enums.values():
            order.setdefault(enum.app, [])
        enums_by_app: dict[str, list[str]] = defaultdict(list)
        for enum in self.enums.values():
            enums_by_app[enum.app].append(enum.name)
        return tuple(
            App(
                name=app,
                verbose_name=names.human(app).title(),
                entities=tuple(members),
                enums=tuple(enums_by_app[app]),
            )
            for app, members in order.items()
        )

    # entities and enums ----------------------------------------------------------------------

    def _check_class_name(self, name: str, key: tuple[str | int, ...], app: str) -> None:
        loc = self.at(*key)
        if not name.isidentifier() or not name[0].isupper():
            self.error(
                "DJG210",
                f"class name '{name}' is not a PascalCase Python identifier",
                loc,
                f"use '{names.pascal(name) or 'Item'}'",
            )
        elif keyword.iskeyword(name) or name in names.RESERVED_ENTITY_NAMES:
            self.error(
                "DJG208",
                f"class name '{name}' clashes with a name Python, Django or the generated "
                "code already uses",
                loc,
                f"use a prefixed name, e.g. '{names.pascal(app)}{name}'",
            )

    def _collect_entities(self) -> None:
        seen_lower: dict[tuple[str, str], str] = {}
        checked_apps: dict[str, bool] = {self.default_app: True}
        for name, spec in self.doc.entities.items():
            key = ("entities", name)
            app = spec.app or self.default_app
            if app not in checked_apps:
                checked_apps[app] = self._check_app(app, (*key, "app"))
            self._check_class_name(name, key, app)
            other = seen_lower.setdefault((app, name.lower()), name)
            if other != name:
                self.error(
                    "DJG203",
                    f"entity '{name}' and '{other}' differ only in case; Django sees one model",
                    self.at(*key),
                    "rename one of them",
                )
            snake = names.snake(name)
            plural = names.snake(spec.plural) if spec.plural else names.plural(snake)
            self.drafts[name] = _Draft(name, spec, app, self.at(*key), snake, plural)

    def _collect_enums(self) -> None:
        for name, spec in self.doc.enums.items():
            key = ("enums", name)
            app = spec.app if isinstance(spec, EnumValue) and spec.app else self.default_app
            if app != self.default_app:
                self._check_app(app, (*key, "app"))
            self._check_class_name(name, key, app)
            if name in self.drafts:
                self.error(
                    "DJG203",
                    f"'{name}' is both an entity and an enumeration",
                    self.at(*key),
                    "rename one of them",
                )
                continue
            members = self._members(spec, key)
            self.enums[name] = Enum(name=name, app=app, members=members, loc=self.at(*key))

    def _members(self, spec: Any, key: tuple[str | int, ...]) -> tuple[EnumMember, ...]:
        """Members from any of the spec's forms; member i is located at (..., "values", i)."""
        items: Any = spec.values if isinstance(spec, EnumValue) else spec
        pairs: list[tuple[str, str | None]] = []
        if isinstance(items, dict):
            pairs = [(str(v), str(label)) for v, label in items.items()]
        else:
            for item in items:
                if isinstance(item, dict):
                    pairs.extend((str(v), str(label)) for v, label in item.items())
                else:
                    pairs.append((str(item), None))
        raw = [(v, label, (*key, "values", i)) for i, (v, label) in enumerate(pairs)]
        return self._make_members(raw, key)

    def _make_members(
        self, raw: list[tuple[str, str | None, tuple[str | int, ...]]], key: tuple[str | int, ...]
    ) -> tuple[EnumMember, ...]:
        if not raw:
            self.error("DJG214", "an enumeration needs at least one value", self.at(*key))
            return ()
        members: list[EnumMember] = []
        seen_names: set[str] = set()
        seen_values: set[str] = set()
        for value, label, where in raw:
            mname = member_name(value) if value.strip() else ""
            if not mname.strip("_"):
                self.error(
                    "DJG214",
                    f"enumeration value '{value}' cannot be made a Python name",
                    self.at(*where),
                    "use letters or digits",
                )
                continue
            if value in seen_values or mname in seen_names:
                self.error(
                    "DJG214",
                    f"enumeration value '{value}' (member {mname}) is given twice",
                    self.at(*where),
                    "remove the duplicate",
                )
                continue
            seen_values.add(value)
            seen_names.add(mname)
            members.append(EnumMember(name=mname, value=value, label=label or member_label(mname)))
        return tuple(members)

    def _user_model(self) -> str:
        marked = [d for d in self.drafts.values() if d.spec.user]
        if len(marked) > 1:
            for extra in marked[1:]:
                self.error(
                    "DJG213",
                    f"'{extra.name}' and '{marked[0].name}' are both marked as the user model",
                    extra.loc,
                    "mark only one entity with user: true",
                )
        user = marked[0] if marked else self.drafts.get("User")
        if user is None:
            if "User" in self.enums:
                self.error(
                    "DJG203",
                    "enumeration 'User' clashes with the user model djgen adds",
                    self.at("enums", "User"),
                    "rename the enumeration, or declare a User entity",
                )
            user = _Draft("User", EntitySpec(), self.default_app, self.at(), "user", "users")
            self.drafts = {"User": user, **self.drafts}
        user.is_user = True
        if user.spec.abstract:
            self.error(
                "DJG211",
                f"the user model '{user.name}' cannot be abstract",
                self.at("entities", user.name, "abstract"),
                "remove abstract, or mark another entity as the user model",
            )
        return user.name

    def _inheritance(self) -> None:
        for draft in self.drafts.values():
            parent = draft.spec.extends
            if parent is None:
                continue
            key = ("entities", draft.name, "extends")
            if parent not in self.drafts:
                what = "an enumeration" if parent in self.enums else "not an entity"
                self.error(
                    "DJG212",
                    f"'{draft.name}' extends '{parent}', which is {what}",
                    self.at(*key),
                    did_you_mean(parent, self.drafts) if parent not in self.enums else None,
                )
            elif draft.is_user and not self.drafts[parent].spec.abstract:
                self.error(
                    "DJG212",
                    f"the user model '{draft.name}' cannot extend the concrete entity '{parent}'",
                    self.at(*key),
                    f"make '{parent}' abstract",
                )
            else:
                draft.parent = parent
        # Cycles: follow each chain once; a chain that meets itself is reported at one member.
        state: dict[str, int] = {}  # 1: on the current path, 2: done
        for start in self.drafts:
            path: list[str] = []
            name: str | None = start
            while name is not None and state.get(name) is None:
                state[name] = 1
                path.append(name)
                name = self.drafts[name].parent
            if name is not None and state[name] == 1:
                cycle = path[path.index(name) :]
                member = min(cycle)
                self.error(
                    "DJG205",
                    f"inheritance cycle: {' → '.join([*cycle, cycle[0]])}",
                    self.at("entities", member, "extends"),
                    "remove one of the extends",
                )
                for n in cycle:
                    self.drafts[n].parent = None
            for n in path:
                state[n] = 2
        for draft in self.drafts.values():
            chain: list[str] = []
            parent = draft.parent
            while parent is not None:
                chain.append(parent)
                parent = self.drafts[parent].parent
            draft.chain = chain[::-1]

    # attributes ------------------------------------------------------------------------------

    def _lookup(self, text: str) -> _Type | None:
        if text in self.drafts:
            return _Type(entity=text)
        if text in self.enums:
            return _Type(enum=text)
        scalar = SCALAR_TYPES.get(text.casefold())
        return _Type(scalar=scalar) if scalar is not None else None

    def _parse_type(self, spec: FieldSpec, key: tuple[str | int, ...]) -> _Type | None:
        written = spec.type.strip()
        collection = _COLLECTION.match(written)
        inner = (collection.group("generic") or collection.group("array")) if collection else None
        found = self._lookup(inner.strip() if inner is not None else written)
        if found is not None and not (inner is not None and _COLLECTION.match(inner.strip())):
            found.many = inner is not None
            return found
        bad = inner.strip() if inner is not None else written
        hint = did_you_mean(bad, self.type_candidates)
        entity_hint = did_you_mean(bad, self.drafts)
        relation_options = {"relation", "on_delete", "related_name", "through"}
        is_relation = relation_options.intersection(given_options(spec))
        if is_relation or (hint is not None and hint == entity_hint):
            self.error(
                "DJG204",
                f"relation target '{bad}' is not an entity",
                self.at(*key, "type"),
                entity_hint,
            )
        else:
            self.error("DJG201", f"unknown type '{bad}'", self.at(*key, "type"), hint)
        return None

    def _entity_fields(self, draft: _Draft) -> None:
        """Resolve the attributes and methods of one entity.

        An `id` attribute sets the key type instead of being a field. On the user model, an
        attribute AbstractUser already declares (username, email, …) is merged into that one:
        it is dropped from the entity's own fields, and the inherited field stays as Django
        defines it.
        """
        used: dict[str, str] = {}  # python name → spelling in the spec
        for raw_name, value in draft.spec.fields.items():
            spec = value if isinstance(value, FieldSpec) else FieldSpec(type=value)
            key = ("entities", draft.name, "fields", raw_name)
            if raw_name == "id":
                self._primary_key(draft, spec, key)
                continue
            name = raw_name if raw_name.isidentifier() else names.snake(raw_name)
            if not name.isidentifier():
                self.error(
                    "DJG210",
                    f"attribute name '{raw_name}' cannot be made a Python identifier",
                    self.at(*key),
                    "use letters, digits and underscores, starting with a letter",
                )
                continue
            if name == "id":
                self._primary_key(draft, spec, key)
                continue
            if draft.is_user and name in ABSTRACT_USER_FIELDS:
                continue  # AbstractUser declares it; the user's spelling merges into that one
            if name in used:
                self.error(
                    "DJG206",
                    f"'{draft.name}.{name}' is defined twice",
                    self.at(*key),
                    f"remove one of '{used[name]}' and '{raw_name}'",
                )
                continue
            used[name] = raw_name
            resolved = self._attribute(draft, name, spec, key)
            if isinstance(resolved, Relation):
                draft.relations.append(resolved)
                if spec.related_name is not None:
                    draft.explicit_related.add(resolved.name)
            elif resolved is not None:
                draft.fields.append(resolved)
        self._safe_names(draft)
        self._methods(draft)

    def _primary_key(self, draft: _Draft, spec: FieldSpec, key: tuple[str | int, ...]) -> None:
        scalar = SCALAR_TYPES.get(spec.type.strip().casefold())
        if scalar is FieldType.UUID:
            draft.pk_type = PkType.UUID
        elif scalar in INTEGER_TYPES:
            draft.pk_type = PkType.BIG_AUTO
        else:
            self.error(
                "DJG210",
                f"'{draft.name}.id' of type '{spec.type}' cannot be the primary key",
                self.at(*key),
                "the key is automatic (a big integer); declare `id: UUID` for a UUID key, "
                "or rename the attribute",
            )

    def _attribute(
        self, draft: _Draft, name: str, spec: FieldSpec, key: tuple[str | int, ...]
    ) -> Field | Relation | None:
        resolved = self._parse_type(spec, key)
        if resolved is None:
            return None
        if resolved.entity is not None:
            return self._relation(draft, name, spec, key, resolved)
        if spec.relation is not None:
            self.error(
                "DJG211",
                f"relation: {spec.relation.value} needs an entity, but '{spec.type}' is "
                f"{'an enumeration' if resolved.enum else 'a scalar type'}",
                self.at(*key, "relation"),
                did_you_mean(spec.type, self.drafts) or "remove the relation option",
            )
            return None
        return self._scalar(draft, name, spec, key, resolved)

    def _not_applicable(
        self, spec: FieldSpec, allowed: frozenset[str], what: str, key: tuple[str | int, ...]
    ) -> bool:
        bad = [opt for opt in given_options(spec) if opt not in allowed]
        for opt in bad:
            self.error(
                "DJG211",
                f"option '{opt}' does not apply to {what}",
                self.at(*key, opt),
                f"options for {what}: {', '.join(sorted(allowed))}",
            )
        return bool(bad)

    def _flags(self, spec: FieldSpec, key: tuple[str | int, ...]) -> bool:
        if spec.read_only and spec.write_only:
            self.error(
                "DJG202",
                "an attribute cannot be both read-only and write-only",
                self.at(*key, "write_only"),
                "keep one of them",
            )
            return False
        return True

    def _misspelled(self, target: str) -> str | None:
        """A hint when the target is an empty class named almost like a class with content.

        A diagram's relationship line declares the classes it names, so a typo there makes an
        empty class rather than an unknown one.
        """
        tdraft = self.drafts[target]
        if tdraft.is_user or tdraft.spec != _EMPTY_ENTITY:
            return None
        close = difflib.get_close_matches(target, self._declared_names, n=1, cutoff=0.8)
        return f"did you mean '{close[0]}'?" if close else None

    @cached_property
    def _declared_names(self) -> list[str]:
        return [n for n, d in self.drafts.items() if d.spec != _EMPTY_ENTITY]

    def _relation(
        self,
        draft: _Draft,
        name: str,
        spec: FieldSpec,
        key: tuple[str | int, ...],
        resolved: _Type,
    ) -> Relation | None:
        target = resolved.entity
        assert target is not None
        if resolved.many:
            if spec.relation not in (None, RelationKind.MANY_TO_MANY):
                self.error(
                    "DJG211",
                    f"a list of '{target}' is a ManyToMany, not a {spec.relation.value}",
                    self.at(*key, "relation"),
                    f"write `type: {target}` for a {spec.relation.value}",
                )
                return None
            kind = RelationKind.MANY_TO_MANY
        else:
            kind = spec.relation or RelationKind.FOREIGN_KEY
        allowed = _M2M_OPTIONS if kind is RelationKind.MANY_TO_MANY else _KEY_OPTIONS
        ok = not self._not_applicable(spec, allowed, f"a {kind.value}", key)
        ok = self._flags(spec, key) and ok
        if self.drafts[target].spec.abstract:
            self.error(
                "DJG204",
                f"'{draft.name}.{name}' points at the abstract entity '{target}', "
                "which has no table",
                self.at(*key, "type"),
                "point at one of its concrete subclasses",
            )
            ok = False
        typo = self._misspelled(target)
        if typo is not None:
            self.error(
                "DJG204",
                f"relation target '{target}' is an empty class, named almost like another one",
                self.at(*key, "type"),
                typo,
            )
            ok = False
        required = spec.required if spec.required is not None else True
        if required and target == draft.name and kind is not RelationKind.MANY_TO_MANY:
            self.warning(
                "DJG305",
                f"'{draft.name}.{name}' points at its own entity, so it is made optional: "
                "the first row has nothing to point at",
                self.at(*key),
                "mark it optional to say so",
            )
            required = False
        on_delete = None
        if kind is not RelationKind.MANY_TO_MANY:
            on_delete = spec.on_delete or default_on_delete(required)
            if on_delete is OnDelete.SET_NULL and required:
                self.error(
                    "DJG202",
                    f"on_delete SET_NULL needs a nullable relation, but '{name}' is required",
                    self.at(*key, "on_delete"),
                    "make it optional, or use CASCADE, PROTECT or RESTRICT",
                )
                ok = False
        if spec.related_name is not None and (
            not spec.related_name.isidentifier() or keyword.iskeyword(spec.related_name)
        ):
            self.error(
                "DJG210",
                f"related_name '{spec.related_name}' is not a Python identifier",
                self.at(*key, "related_name"),
                f"use '{names.identifier(spec.related_name)}'",
            )
            ok = False
        through = spec.through
        if through is not None and through not in self.drafts:
            self.error(
                "DJG204",
                f"through model '{through}' is not an entity",
                self.at(*key, "through"),
                did_you_mean(through, self.drafts),
            )
            ok = False
        if not ok:
            return None
        return Relation(
            name=name,
            api_name=name,
            kind=kind,
            target=target,
            required=required,
            on_delete=on_delete,
            related_name=spec.related_name or "",
            through=through,
            read_only=spec.read_only,
            write_only=spec.write_only,
            help_text=spec.help,
            loc=self.at(*key),
        )

    def _scalar(
        self,
        draft: _Draft,
        name: str,
        spec: FieldSpec,
        key: tuple[str | int, ...],
        resolved: _Type,
    ) -> Field | None:
        enum = resolved.enum
        ftype = FieldType.ENUM if enum else resolved.scalar
        assert ftype is not None
        item_type: FieldType | None = None
        if resolved.many:
            item_type, ftype = ftype, FieldType.JSON
        auto = TIMESTAMPS.get(name) if ftype is FieldType.DATETIME else None
        if resolved.many:
            allowed, what = _LIST_OPTIONS, "a list"
        elif ftype is FieldType.ENUM:
            allowed, what = _SCALAR_OPTIONS, "a choice field"
        else:
            allowed, what = _options_for(ftype), f"a {ftype.value} field"
        if auto:
            allowed, what = allowed - {"default"}, f"'{name}', which Django sets itself,"
        if spec.choices is not None and ftype in TEXT_TYPES:
            allowed, what = _SCALAR_OPTIONS | {"choices"}, "a choice field"
        ok = not self._not_applicable(spec, allowed, what, key)
        ok = self._flags(spec, key) and ok
        if not ok:
            return None
        values: dict[str, Any] = {}
        if spec.choices is not None:
            enum = self._inline_enum(draft, name, spec.choices, key)
            if enum is None:
                return None
            ftype = FieldType.ENUM
        if ftype in TEXT_TYPES:
            ok = self._lengths(ftype, spec, key, values)
            ok = self._pattern(spec, key, values) and ok
        elif ftype in NUMBER_TYPES:
            ok = self._bounds(ftype, spec, key, values)
        if not ok:
            return None
        required = spec.required if spec.required is not None else spec.default is None
        result = Field(
            name=name,
            api_name=name,
            type=ftype,
            enum=enum,
            item_type=item_type,
            required=required,
            unique=spec.unique,
            index=spec.index,
            read_only=spec.read_only or auto is not None,
            write_only=spec.write_only,
            help_text=spec.help,
            loc=self.at(*key),
            **values,
            **({auto: True} if auto else {}),
        )
        if spec.default is not None:
            default = self._default(result, spec.default, key)
            if default is None:
                return None
            result = result.model_copy(update={"default": default})
        return result

    def _inline_enum(
        self, draft: _Draft, name: str, choices: list[str], key: tuple[str | int, ...]
    ) -> str | None:
        enum_name = f"{draft.name}{names.pascal(name)}"
        where = (*key, "choices")
        if enum_name in self.enums or enum_name in self.drafts:
            self.error(
                "DJG203",
                f"the choices of '{draft.name}.{name}' make an enumeration '{enum_name}', "
                "but that name is taken",
                self.at(*where),
                f"declare the enumeration once and write `type: {enum_name}`, or rename it",
            )
            return None
        raw = [(str(c), None, (*where, i)) for i, c in enumerate(choices)]
        members = self._make_members(raw, where)
        if not members:
            return None
        self.enums[enum_name] = Enum(
            name=enum_name, app=draft.app, members=members, loc=self.at(*where)
        )
        return enum_name

    def _lengths(
        self, ftype: FieldType, spec: FieldSpec, key: tuple[str | int, ...], out: dict[str, Any]
    ) -> bool:
        ok = True
        for option, target in (("max", "max_length"), ("min", "min_length")):
            value = getattr(spec, option)
            if value is None:
                continue
            if value != int(value) or value < (1 if option == "max" else 0):
                self.error(
                    "DJG202",
                    f"{option} of a {ftype.value} is a length and must be a "
                    f"{'positive' if option == 'max' else 'non-negative'} whole number, "
                    f"not {value}",
                    self.at(*key, option),
                )
                ok = False
            else:
                out[target] = int(value)
        out.setdefault("max_length", DEFAULT_MAX_LENGTH.get(ftype))
        low, high = out.get("min_length"), out.get("max_length")
        return ok and self._min_not_above_max(low, high, key, "swap them, or raise max")

    def _min_not_above_max(
        self, low: float | None, high: float | None, key: tuple[str | int, ...], hint: str
    ) -> bool:
        if low is not None and high is not None and low > high:
            self.error(
                "DJG202", f"min ({low}) is greater than max ({high})", self.at(*key, "min"), hint
            )
            return False
        return True

    def _pattern(self, spec: FieldSpec, key: tuple[str | int, ...], out: dict[str, Any]) -> bool:
        if spec.pattern is None:
            return True
        try:
            with warnings.catch_warnings():  # Python's notes on future regex syntax are not ours
                warnings.simplefilter("ignore", FutureWarning)
                re.compile(spec.pattern)
        except re.error as exc:
            self.error(
                "DJG202",
                f"pattern is not a valid regular expression: {exc}",
                self.at(*key, "pattern"),
                "check brackets, groups and escapes",
            )
            return False
        out["pattern"] = spec.pattern
        return True

    def _bounds(
        self, ftype: FieldType, spec: FieldSpec, key: tuple[str | int, ...], out: dict[str, Any]
    ) -> bool:
        ok = True
        for option, target in (("min", "min_value"), ("max", "max_value")):
            value = getattr(spec, option)
            if value is None:
                continue
            if ftype in INTEGER_TYPES:
                if value != int(value):
                    self.error(
                        "DJG202",
                        f"{option} of an {ftype.value} must be a whole number, not {value}",
                        self.at(*key, option),
                    )
                    ok = False
                    continue
                value = int(value)
            out[target] = value
        low, high = out.get("min_value"), out.get("max_value")
        ok = ok and self._min_not_above_max(low, high, key, "swap them")
        if ftype is FieldType.POSITIVE_INTEGER and any(
            v is not None and v < 0 for v in (low, high)
        ):
            self.error(
                "DJG202",
                "a PositiveInteger cannot have negative bounds",
                self.at(*key, "min" if low is not None and low < 0 else "max"),
                "use Integer for values below zero",
            )
            ok = False
        if ftype is FieldType.DECIMAL:
            digits = spec.max_digits if spec.max_digits is not None else DEFAULT_MAX_DIGITS
            places = (
                spec.decimal_places if spec.decimal_places is not None else DEFAULT_DECIMAL_PLACES
            )
            if digits < 1 or places < 0 or places > digits:
                self.error(
                    "DJG202",
                    f"decimal_places ({places}) must be between 0 and max_digits ({digits})",
                    self.at(
                        *key, "decimal_places" if spec.decimal_places is not None else "max_digits"
                    ),
                    "max_digits counts every digit, decimal_places those after the point",
                )
                ok = False
            out["max_digits"], out["decimal_places"] = digits, places
        return ok

    def _default(self, f: Field, value: Scalar, key: tuple[str | int, ...]) -> Scalar | None:
        """The default, checked against the field's type and constraints; None if invalid."""
        loc = self.at(*key, "default")
        problem, normalized = _check_default(f, value, self.enums.get(f.enum or ""))
        if problem is not None:
            self.error("DJG202", f"default {value!r} of '{f.api_name}': {problem}", loc)
            return None
        return normalized

    # names -----------------------------------------------------------------------------------

    def _safe_names(self, draft: _Draft) -> None:
        """Rename attributes whose names Python or Django reserve, keeping column and API name."""
        attnames = {
            f"{r.name}_id" for r in draft.relations if r.kind is not RelationKind.MANY_TO_MANY
        }
        taken = {f.name for f in draft.fields} | {r.name for r in draft.relations}
        for items in (draft.fields, draft.relations):
            for i, item in enumerate(items):
                reason = _reserved_reason(item.name, attnames)
                if reason is None:
                    continue
                new = re.sub(r"_{2,}", "_", item.name).rstrip("_") + "_value"
                if new in taken:
                    self.error(
                        "DJG206",
                        f"'{item.name}' {reason} and its safe name '{new}' is already taken",
                        item.loc or draft.loc,
                        "rename one of the attributes",
                    )
                    continue
                taken.add(new)
                update: dict[str, Any] = {"name": new}
                if isinstance(item, Relation):
                    if item.kind is not RelationKind.MANY_TO_MANY:
                        update["column"] = f"{item.name}_id"
                    if item.name in draft.explicit_related:
                        draft.explicit_related.add(new)
                elif not reason.startswith("clashes"):
                    # A clash with a key's `<name>_id` cannot keep that column: the key uses it.
                    update["column"] = item.name
                kept = "the API field and the database column keep"
                if update.get("column") != item.name:
                    kept = "the API field keeps"
                self.warning(
                    "DJG301",
                    f"'{draft.name}.{item.name}' {reason}: it is renamed '{new}' in the model; "
                    f"{kept} the name '{item.name}'",
                    item.loc or draft.loc,
                )
                items[i] = item.model_copy(update=update)  # type: ignore[call-overload]

    def _inherited_conflicts(self, draft: _Draft) -> None:
        inherited: dict[str, str] = {}
        for ancestor in draft.chain:
            for item in (*self.drafts[ancestor].fields, *self.drafts[ancestor].relations):
                inherited.setdefault(item.name, ancestor)
                inherited.setdefault(item.api_name, ancestor)
        if not inherited:
            return
        for item in (*draft.fields, *draft.relations):
            owner = inherited.get(item.name) or inherited.get(item.api_name)
            if owner is not None:
                self.error(
                    "DJG206",
                    f"'{draft.name}.{item.api_name}' is already defined by its parent '{owner}'",
                    item.loc or draft.loc,
                    f"remove it from '{draft.name}', or rename it",
                )
        for method in draft.methods:
            owner = inherited.get(method.name)
            if owner is not None:
                self.error(
                    "DJG206",
                    f"method '{draft.name}.{method.name}' has the name of a field of '{owner}'",
                    method.loc or draft.loc,
                    "rename the method",
                )

    def _methods(self, draft: _Draft) -> None:
        attributes = {a.name for a in (*draft.fields, *draft.relations)} | {
            a.api_name for a in (*draft.fields, *draft.relations)
        }
        if draft.is_user:
            attributes |= USER_TAKEN_NAMES
        seen: set[str] = set()
        for i, text in enumerate(draft.spec.methods):
            loc = self.at("entities", draft.name, "methods", i)
            try:
                name, args, returns = parse_method(text)
            except ShorthandError as exc:
                self.error("DJG103", exc.problem.message, loc, exc.problem.hint)
                continue
            if (name.startswith("__") and name.endswith("__")) or name == "get_absolute_url":
                continue  # Django-known methods are generated from the model
            if name in seen or name in attributes:
                what = "another method" if name in seen else "an attribute"
                self.error(
                    "DJG206",
                    f"method '{draft.name}.{name}' has the name of {what}",
                    loc,
                    "rename the method",
                )
                continue
            seen.add(name)
            draft.methods.append(Method(name=name, args=tuple(args), returns=returns, loc=loc))

    # relations -------------------------------------------------------------------------------

    def _check_through(self) -> None:
        for draft in self.drafts.values():
            for rel in draft.relations:
                if rel.through is None:
                    continue
                through = self.drafts[rel.through]
                keys = [
                    r.target
                    for r in self._all_relations(through)
                    if r.kind is RelationKind.FOREIGN_KEY
                ]
                needed = Counter([draft.name, rel.target])
                missing = [t for t, n in needed.items() if keys.count(t) < n]
                if missing:
                    self.error(
                        "DJG211",
                        f"through model '{through.name}' needs a ForeignKey to "
                        f"{' and '.join(repr(m) for m in missing)}",
                        self.at("entities", draft.name, "fields", rel.api_name, "through"),
                        f"add `{names.snake(missing[0])}: {missing[0]}` to '{through.name}'",
                    )

    def _all_relations(self, draft: _Draft) -> list[Relation]:
        return [r for a in draft.chain for r in self.drafts[a].relations] + draft.relations

    def _all_fields(self, draft: _Draft) -> list[Field]:
        return [f for a in draft.chain for f in self.drafts[a].fields] + draft.fields

    def _realizer(self, draft: _Draft, index: int) -> _Draft | None:
        """The entity whose table holds what ancestor `draft.chain[index]` declares."""
        for name in (*draft.chain[index:], draft.name):
            if not self.drafts[name].spec.abstract:
                return self.drafts[name]
        return None

    def _reverse_names(self) -> dict[tuple[str, str, str], str]:
        """Reverse names per (holder whose table has the key, declaring entity, relation)."""
        # Every relation, as realized in the table of each concrete entity that holds it.
        by_target: dict[str, list[tuple[_Draft, _Draft, Relation]]] = defaultdict(list)
        for draft in self.drafts.values():
            if draft.spec.abstract:
                continue
            # Only ancestors reached through abstract ones share this table.
            own_tables: list[str] = [draft.name]
            for ancestor in reversed(draft.chain):
                if not self.drafts[ancestor].spec.abstract:
                    break
                own_tables.append(ancestor)
            for declaring in own_tables:
                for rel in self.drafts[declaring].relations:
                    by_target[rel.target].append((draft, self.drafts[declaring], rel))
        final: dict[tuple[str, str, str], str] = {}
        finals_on: dict[str, set[str]] = {}
        warned: set[tuple[object, str]] = set()  # (where, name) already reported
        depth = {name: len(d.chain) for name, d in self.drafts.items()}
        for target in sorted(by_target, key=lambda t: (depth[t], t)):
            tdraft = self.drafts[target]
            taken = {a.name for a in (*self._all_fields(tdraft), *self._all_relations(tdraft))}
            if tdraft.is_user:
                taken |= USER_TAKEN_NAMES
            for ancestor in tdraft.chain:
                taken |= finals_on.get(ancestor, set())
            for child in self.children.get(target, ()):
                taken.add(child.lower())
            items = by_target[target]
            explicit = Counter(
                rel.related_name
                for holder, declaring, rel in items
                if rel.name in declaring.explicit_related
            )
            # A relation inherited from an abstract entity yields to one its holder declares:
            # only the inherited one is renamed, so the result does not depend on whether the
            # other's name was written or derived (and survives a round trip through export).
            plain = Counter(
                plain_related_name(holder, rel)
                for holder, declaring, rel in items
                if rel.name not in declaring.explicit_related
            )
            plain_declared = Counter(
                plain_related_name(holder, rel)
                for holder, declaring, rel in items
                if rel.name not in declaring.explicit_related and holder is declaring
            )
            names_here: set[str] = set()
            for holder, declaring, rel in items:
                loc = rel.loc or declaring.loc
                if rel.name in declaring.explicit_related:
                    name = rel.related_name
                    where = ("entities", declaring.name, "fields", rel.api_name, "related_name")
                    if (explicit[name] > 1 or name in taken) and (where, name) not in warned:
                        warned.add((where, name))
                        if name in taken:
                            clash = f"'{target}.{name}' is already a field"
                        elif holder is not declaring:
                            clash = "every entity that inherits it gets the same reverse name"
                        else:
                            clash = f"another relation to '{target}' has the same related_name"
                        self.error(
                            "DJG209",
                            f"related_name '{name}' of '{declaring.name}.{rel.api_name}' "
                            f"collides: {clash}",
                            self.at(*where),
                            "give each relation to the same entity its own related_name",
                        )
                else:
                    name = plain_related_name(holder, rel)
                    rivals = plain_declared if holder is declaring else plain
                    if rivals[name] > 1 or name in taken or name in explicit:
                        derived = f"{holder.plural}_as_{rel.name}"
                        if derived in taken or derived in explicit or derived in names_here:
                            self.error(
                                "DJG209",
                                f"no free reverse name for '{holder.name}.{rel.api_name}' on "
                                f"'{target}': '{name}' and '{derived}' are taken",
                                loc,
                                "set related_name explicitly",
                            )
                        elif (loc, derived) not in warned:
                            warned.add((loc, derived))
                            self.warning(
                                "DJG302",
                                f"reverse name of '{holder.name}.{rel.api_name}' on '{target}' "
                                f"is '{derived}', because '{name}' would collide",
                                loc,
                                f"set related_name to choose another name than '{derived}'",
                            )
                        name = derived
                names_here.add(name)
                final[(holder.name, declaring.name, rel.name)] = name
            finals_on[target] = names_here
        return final

    # entities --------------------------------------------------------------------------------

    def _finish_entities(self) -> dict[str, Entity]:
        self.children: dict[str, list[str]] = defaultdict(list)
        for draft in self.drafts.values():
            if draft.parent is not None and not draft.spec.abstract:
                self.children[draft.parent].append(draft.name)
        reverse = self._reverse_names()
        entities: dict[str, Entity] = {}
        for draft in self.drafts.values():
            entities[draft.name] = self._entity(draft, reverse)
        return entities

    def _named(
        self,
        rel: Relation,
        holder: str,
        declaring: _Draft,
        reverse: dict[tuple[str, str, str], str],
    ) -> Relation:
        name = reverse.get((holder, declaring.name, rel.name))
        if name is None:  # declared on an abstract entity and not realized in this table
            name = rel.related_name or plain_related_name(declaring, rel)
        update: dict[str, Any] = {"related_name": name}
        if rel.kind is RelationKind.MANY_TO_MANY and rel.through is None:
            table = self.drafts[holder]  # each concrete holder has its own join table
            update["db_table"] = m2m_table(table.app, table.snake, rel.api_name)
        return rel.model_copy(update=update)

    def _entity(self, draft: _Draft, reverse: dict[tuple[str, str, str], str]) -> Entity:
        inherited_fields: list[Field] = []
        inherited_relations: list[Relation] = []
        for i, ancestor_name in enumerate(draft.chain):
            ancestor = self.drafts[ancestor_name]
            realizer = self._realizer(draft, i)
            holder = realizer.name if realizer is not None else ancestor.name
            inherited_fields.extend(ancestor.fields)
            inherited_relations.extend(
                self._named(r, holder, ancestor, reverse) for r in ancestor.relations
            )
        own_relations = tuple(self._named(r, draft.name, draft, reverse) for r in draft.relations)
        all_fields = (*inherited_fields, *draft.fields)
        all_relations = (*inherited_relations, *own_relations)
        key = ("entities", draft.name)
        spec = draft.spec
        owner = self._owner(draft, all_relations, key)
        return Entity(
            name=draft.name,
            app=draft.app,
            description=spec.description,
            pk_type=self._pk_type(draft),
            fields=tuple(draft.fields),
            relations=own_relations,
            inherited_fields=tuple(inherited_fields),
            inherited_relations=tuple(inherited_relations),
            abstract=spec.abstract,
            parent=draft.parent,
            is_user=draft.is_user,
            readonly=spec.readonly,
            owner=owner,
            visibility=self._visibility(draft, owner, key),
            permissions=self._permissions(draft, key),
            search=self._search(draft, all_fields, all_relations, key),
            ordering=self._ordering(draft, all_fields, all_relations, key),
            pagination=spec.pagination or self.doc.features.pagination,
            cache_timeout=cache_timeout(spec.cache),
            methods=tuple(draft.methods),
            unique_together=self._unique_together(draft, all_fields, all_relations, key),
            display_field=display_field(all_fields),
            snake=draft.snake,
            plural=draft.plural,
            url=names.kebab(draft.plural),
            verbose_name=names.human(draft.snake),
            verbose_name_plural=names.human(draft.plural),
            loc=draft.loc,
        )

    def _pk_type(self, draft: _Draft) -> PkType:
        """A concrete parent's key is the child's too; an abstract parent's, unless redeclared."""
        if draft.parent is None:
            return draft.pk_type or PkType.BIG_AUTO
        parent = self.drafts[draft.parent]
        if not parent.spec.abstract:
            return self._pk_type(parent)
        return draft.pk_type or self._pk_type(parent)

    def _attribute_names(
        self, draft: _Draft, fields: tuple[Field, ...], relations: tuple[Relation, ...]
    ) -> dict[str, str]:
        """Spelling in the spec (API name or Python name) → Python name."""
        found = {a.api_name: a.name for a in (*fields, *relations)}
        found.update({a.name: a.name for a in (*fields, *relations)})
        if draft.is_user:
            found.update({n: n for n in ABSTRACT_USER_FIELDS})
        return found

    def _missing(
        self, draft: _Draft, what: str, name: str, known: dict[str, str], key: tuple[str | int, ...]
    ) -> None:
        self.error(
            "DJG207",
            f"{what} names '{name}', which is not a field of '{draft.name}'",
            self.at(*key),
            did_you_mean(name, known),
        )

    def _owner(
        self, draft: _Draft, relations: tuple[Relation, ...], key: tuple[str | int, ...]
    ) -> str | None:
        owner = draft.spec.owner
        if owner is None:
            return None
        where = (*key, "owner")
        rel = next((r for r in relations if owner in (r.name, r.api_name)), None)
        if rel is None:
            known = {a.api_name: a.name for a in (*self._all_fields(draft), *relations)}
            self._missing(draft, "owner", owner, known, where)
            return None
        if rel.target != self.user_model or rel.kind is RelationKind.MANY_TO_MANY:
            self.error(
                "DJG211",
                f"owner '{owner}' must be a ForeignKey or OneToOne to the user model "
                f"'{self.user_model}'",
                self.at(*where),
                f"add `{owner}: {self.user_model}` and name it here",
            )
            return None
        return rel.name

    def _visibility(
        self, draft: _Draft, owner: str | None, key: tuple[str | int, ...]
    ) -> Visibility | None:
        visibility = draft.spec.visibility
        if owner is None:
            if visibility is not None and draft.spec.owner is None:
                self.error(
                    "DJG202",
                    f"visibility applies to owned entities, and '{draft.name}' has no owner",
                    self.at(*key, "visibility"),
                    f"set `owner:` on '{draft.name}' to the key to its user, or remove visibility",
                )
            return None
        if self.doc.features.auth is Auth.NONE:
            self.error(
                "DJG202",
                f"'{draft.name}' has an owner, but features.auth is none: no request has a user",
                self.at(*key, "owner"),
                "use auth: jwt or auth: session, or remove owner",
            )
        return visibility or Visibility.OWNER

    def _permissions(self, draft: _Draft, key: tuple[str | int, ...]) -> RolePermissions:
        permissions = draft.spec.permissions
        if permissions is None:
            return RolePermissions()
        roles = self.doc.features.roles
        for action, required in permissions.model_dump().items():
            for i, role in enumerate(required):
                if role not in roles:
                    declared = ", ".join(roles) if roles else "none"
                    self.error(
                        "DJG202",
                        f"permissions.{action} of '{draft.name}' names the role '{role}', "
                        f"which features.roles does not declare (declared: {declared})",
                        self.at(*key, "permissions", action, i),
                        did_you_mean(role, roles) or f"add '{role}' to features.roles",
                    )
        if self.doc.features.auth is Auth.NONE and permissions != RolePermissions():
            self.error(
                "DJG202",
                f"'{draft.name}' requires roles, but features.auth is none: no request has a user",
                self.at(*key, "permissions"),
                "use auth: jwt or auth: session, or remove permissions",
            )
        return permissions

    def _search(
        self,
        draft: _Draft,
        fields: tuple[Field, ...],
        relations: tuple[Relation, ...],
        key: tuple[str | int, ...],
    ) -> tuple[str, ...]:
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
            if rest and rel is not None and self._target_has(rel.target, rest):
                found.append(f"{rel.name}__{rest}")
            elif item in known:
                found.append(known[item])
            else:
                self._missing(draft, "search", item, known, (*key, "search", i))
        return tuple(found)

    def _target_has(self, target: str, name: str) -> bool:
        tdraft = self.drafts[target]
        return any(f.name == name for f in self._all_fields(tdraft)) or (
            tdraft.is_user and name in ABSTRACT_USER_FIELDS
        )

    def _ordering(
        self,
        draft: _Draft,
        fields: tuple[Field, ...],
        relations: tuple[Relation, ...],
        key: tuple[str | int, ...],
    ) -> tuple[str, ...]:
        if draft.spec.ordering is None:
            return default_ordering(fields)
        known = self._attribute_names(draft, fields, relations)
        known.update({"id": "id", "pk": "pk"})
        found: list[str] = []
        for i, item in enumerate(draft.spec.ordering):
            sign, name = ("-", item[1:]) if item.startswith("-") else ("", item)
            if name in known:
                found.append(sign + known[name])
            else:
                self._missing(draft, "ordering", name, known, (*key, "ordering", i))
        return tuple(found)

    def _unique_together(
        self,
        draft: _Draft,
        fields: tuple[Field, ...],
        relations: tuple[Relation, ...],
        key: tuple[str | int, ...],
    ) -> tuple[tuple[str, ...], ...]:
        known = self._attribute_names(draft, fields, relations)
        for r in relations:
            if r.kind is RelationKind.MANY_TO_MANY:
                known.pop(r.name, None)
                known.pop(r.api_name, None)
        groups: list[tuple[str, ...]] = []
        for i, group in enumerate(draft.spec.unique_together):
            resolved: list[str] = []
            for j, item in enumerate(group):
                if item in known:
                    resolved.append(known[item])
                else:
                    self._missing(
                        draft, "unique_together", item, known, (*key, "unique_together", i, j)
                    )
            if len(resolved) == len(group):
                groups.append(tuple(resolved))
        return tuple(groups)

    def _check_plurals(self, entities: dict[str, Entity]) -> None:
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
                    self.error(
                        "DJG203",
                        f"'{entity.name}' and '{other}' have the same {what} '{value}'",
                        self.at("entities", entity.name, "plural")
                        if self.drafts[entity.name].spec.plural
                        else entity.loc or self.at(),
                        f"set `plural:` on '{entity.name}' to tell them apart",
                    )
                    break

    # features --------------------------------------------------------------------------------

    def _features(self) -> Features:
        features = self.doc.features
        if isinstance(features.event_sourcing, tuple):
            for i, name in enumerate(features.event_sourcing):
                if name not in self.drafts:
                    self.error(
                        "DJG215",
                        f"event_sourcing names '{name}', which is not an entity",
                        self.at("features", "event_sourcing", i),
                        did_you_mean(name, self.drafts),
                    )
        for option in ("cqrs", "event_sourcing", "websockets"):
            if getattr(features, option):
                self.warning(
                    "DJG303",
                    f"feature '{option}' is accepted, but not generated by this version",
                    self.at("features", option),
                    f"remove '{option}' to silence this warning",
                )
        for i, role in enumerate(features.roles):
            if not role.strip() or len(role) > ROLE_MAX_LENGTH or role in features.roles[:i]:
                self.error(
                    "DJG202",
                    f"role '{role}' is empty, repeated or longer than {ROLE_MAX_LENGTH} characters",
                    self.at("features", "roles", i),
                    "give each role a distinct name of 1 to 150 characters",
                )
        if features.auth is Auth.NONE:
            self.warning(
                "DJG304",
                "auth: none leaves every write endpoint open to anonymous clients",
                self.at("features", "auth"),
                "use auth: jwt or auth: session",
            )
        return features


def _reserved_reason(name: str, attnames: set[str]) -> str | None:
    """Why an attribute name cannot be used as is, or None."""
    if keyword.iskeyword(name):
        return "is a Python keyword"
    if name in names.DJANGO_RESERVED_ATTRIBUTES:
        return "is reserved by Django's Model"
    if name.endswith("_"):
        return "ends with '_', which Django forbids"
    if "__" in name:
        return "contains '__', Django's lookup separator"
    if name in attnames:
        return f"clashes with the column attribute of the key '{name[:-3]}'"
    return None


def _check_default(f: Field, value: Scalar, enum: Enum | None) -> tuple[str | None, Scalar]:
    """A problem with a default value (None if fine), and the value as the model stores it."""
    ftype = f.type
    if ftype is FieldType.ENUM and enum is not None:
        text = str(value).lower() if isinstance(value, bool) else str(value)
        for m in enum.members:
            if text in (m.value, m.name):
                return None, m.value
        values = ", ".join(m.value for m in enum.members)
        return f"not a value of {enum.name} ({values})", value
    if ftype is FieldType.BOOLEAN:
        return (None, value) if isinstance(value, bool) else ("expected true or false", value)
    if ftype in NUMBER_TYPES:
        return _check_number(f, value)
    if ftype is FieldType.JSON:
        return None, value
    if isinstance(value, bool):
        return "expected text, not a boolean", value
    text = str(value)
    if ftype in TEMPORAL_PARSERS:
        if text == "now" and ftype is not FieldType.TIME:
            return None, text
        try:
            TEMPORAL_PARSERS[ftype](text)
        except ValueError:
            now = "" if ftype is FieldType.TIME else " or now"
            return f"expected an ISO 8601 {ftype.value.lower()}{now}", value
        return None, text
    checks = {
        FieldType.UUID: lambda t: uuid.UUID(t),
        FieldType.IP_ADDRESS: lambda t: ipaddress.ip_address(t),
    }
    if ftype in checks:
        try:
            checks[ftype](text)
        except ValueError:
            return f"not a valid {ftype.value}", value
        return None, text
    if ftype is FieldType.SLUG and not _SLUG.match(text):
        return "a slug holds only letters, digits, hyphens and underscores", value
    if ftype is FieldType.EMAIL and "@" not in text:
        return "not an email address", value
    if f.max_length is not None and len(text) > f.max_length:
        return f"longer than max ({f.max_length})", value
    if f.min_length is not None and len(text) < f.min_length:
        return f"shorter than min ({f.min_length})", value
    if f.pattern is not None and re.fullmatch(f.pattern, text) is None:
        return f"does not match the pattern {f.pattern!r}", value
    return None, text


TEMPORAL_PARSERS = {
    FieldType.DATE: datetime.date.fromisoformat,
    FieldType.DATETIME: datetime.datetime.fromisoformat,
    FieldType.TIME: datetime.time.fromisoformat,
}


def _check_number(f: Field, value: Scalar) -> tuple[str | None, Scalar]:
    if isinstance(value, bool) or (isinstance(value, str) and f.type is not FieldType.DECIMAL):
        return f"expected a number for a {f.type.value}", value
    if f.type in INTEGER_TYPES and isinstance(value, float | str):
        return f"expected a whole number for a {f.type.value}", value
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return "expected a number", value
    if not number.is_finite():
        return "expected a finite number", value
    if f.min_value is not None and number < Decimal(str(f.min_value)):
        return f"below min ({f.min_value})", value
    if f.max_value is not None and number > Decimal(str(f.max_value)):
        return f"above max ({f.max_value})", value
    if f.type is FieldType.POSITIVE_INTEGER and number < 0:
        return "a PositiveInteger cannot be negative", value
    if f.type is FieldType.DECIMAL and f.max_digits is not None and f.decimal_places is not None:
        exponent = number.as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
        whole = len(str(abs(int(number)))) if int(number) else 0
        if places > f.decimal_places or whole > f.max_digits - f.decimal_places:
            return (
                f"does not fit max_digits {f.max_digits} with decimal_places {f.decimal_places}",
                value,
            )
    return None, value


def resolve(doc: SpecDocument, source: SourceMap) -> tuple[Project, list[Diagnostic]]:
    """The domain model of a spec document, and the warnings found on the way.

    Raises DjgenError carrying every error (and the warnings) when the document has any.
    """
    return _Resolver(doc, source).run()
