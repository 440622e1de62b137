"""Django field declarations derived from the domain model, as Python source.

This is the single place that maps a `Field` or `Relation` to a Django model field. The models
template prints these declarations; the migration generator evaluates the very same source to
get real field objects for Django's migration writer. One mapping, so `makemigrations --check`
always agrees with the shipped migrations.
"""

from __future__ import annotations

from dataclasses import dataclass

from djgen.model import (
    NUMBER_TYPES,
    TEXT_TYPES,
    Entity,
    Field,
    FieldType,
    PkType,
    Project,
    Relation,
    RelationKind,
)

# Model field class per scalar type (choice fields are CharFields with `choices`).
MODEL_FIELD = {
    FieldType.STRING: "CharField",
    FieldType.TEXT: "TextField",
    FieldType.SLUG: "SlugField",
    FieldType.EMAIL: "EmailField",
    FieldType.URL: "URLField",
    FieldType.UUID: "UUIDField",
    FieldType.INTEGER: "IntegerField",
    FieldType.BIG_INTEGER: "BigIntegerField",
    FieldType.SMALL_INTEGER: "SmallIntegerField",
    FieldType.POSITIVE_INTEGER: "PositiveIntegerField",
    FieldType.FLOAT: "FloatField",
    FieldType.DECIMAL: "DecimalField",
    FieldType.BOOLEAN: "BooleanField",
    FieldType.DATE: "DateField",
    FieldType.DATETIME: "DateTimeField",
    FieldType.TIME: "TimeField",
    FieldType.DURATION: "DurationField",
    FieldType.JSON: "JSONField",
    FieldType.FILE: "FileField",
    FieldType.IMAGE: "ImageField",
    FieldType.BINARY: "BinaryField",
    FieldType.IP_ADDRESS: "GenericIPAddressField",
    FieldType.ENUM: "CharField",
}

RELATION_FIELD = {
    RelationKind.FOREIGN_KEY: "ForeignKey",
    RelationKind.ONE_TO_ONE: "OneToOneField",
    RelationKind.MANY_TO_MANY: "ManyToManyField",
}

IMPORT_MODELS = "from django.db import models"
IMPORT_SETTINGS = "from django.conf import settings"
IMPORT_VALIDATORS = "from django.core import validators"
IMPORT_DECIMAL = "from decimal import Decimal"
IMPORT_TIMEZONE = "from django.utils import timezone"
IMPORT_DATETIME = "import datetime"
IMPORT_UUID = "import uuid"


@dataclass(frozen=True)
class Decl:
    """A model field declaration as source: `models.CharField(max_length=200)`.

    `kwargs` values are Python source text; `imports` are the import lines that source needs.
    """

    call: str
    args: tuple[str, ...] = ()
    kwargs: tuple[tuple[str, str], ...] = ()
    imports: frozenset[str] = frozenset({IMPORT_MODELS})

    def source(self) -> str:
        parts = [*self.args, *(f"{key}={value}" for key, value in self.kwargs)]
        return f"{self.call}({', '.join(parts)})"


def enum_module(project: Project, enum_name: str, from_app: str) -> str:
    """The import line for an enumeration, as seen from a module in app `from_app`."""
    enum = project.enum(enum_name)
    if enum.app == from_app:
        return f"from .choices import {enum.name}"
    return f"from apps.{enum.app}.choices import {enum.name}"


def model_reference(project: Project, holder: Entity, target: str) -> tuple[str, set[str]]:
    """How a relation names its target: the user model via settings, itself as "self"."""
    if target == project.user_model:
        return "settings.AUTH_USER_MODEL", {IMPORT_SETTINGS}
    if target == holder.name:
        return '"self"', set()
    entity = project.entity(target)
    return f'"{entity.app}.{entity.name}"', set()


def _number(field: Field, value: int | float) -> str:
    if field.type is FieldType.DECIMAL:
        return f'Decimal("{value}")'
    if field.type is FieldType.FLOAT:
        return repr(float(value))
    return repr(int(value))


def anchored(pattern: str) -> str:
    """A pattern that must match the whole value."""
    body = pattern
    if body.startswith("^") and body.endswith("$") and not body.endswith("\\$"):
        return body
    return f"^(?:{body})$"


def _validators(field: Field) -> tuple[list[str], set[str]]:
    found: list[str] = []
    imports: set[str] = set()
    is_number = field.type in NUMBER_TYPES
    if field.min_length is not None:
        found.append(f"validators.MinLengthValidator({field.min_length})")
    if is_number and field.min_value is not None:
        found.append(f"validators.MinValueValidator({_number(field, field.min_value)})")
    if is_number and field.max_value is not None:
        found.append(f"validators.MaxValueValidator({_number(field, field.max_value)})")
    if field.pattern is not None:
        found.append(f"validators.RegexValidator({string_literal(anchored(field.pattern))})")
    if found:
        imports.add(IMPORT_VALIDATORS)
    if any("Decimal(" in v for v in found):
        imports.add(IMPORT_DECIMAL)
    return found, imports


def string_literal(text: str) -> str:
    """A Python string literal; raw when that keeps a regular expression readable."""
    if "\\" in text and '"' not in text and not text.endswith("\\") and "\n" not in text:
        return f'r"{text}"'
    return repr(text) if '"' in text else '"' + text.replace("\\", "\\\\") + '"'


def _default(project: Project, field: Field) -> tuple[str, set[str]]:
    value = field.default
    if field.type is FieldType.ENUM and field.enum is not None:
        member = next(m for m in project.enum(field.enum).members if m.value == str(value))
        return f"{field.enum}.{member.name}", set()
    if value == "now" and field.type is FieldType.DATETIME:
        return "timezone.now", {IMPORT_TIMEZONE}
    if value == "now" and field.type is FieldType.DATE:
        return "datetime.date.today", {IMPORT_DATETIME}
    if field.type is FieldType.DECIMAL:
        return f'Decimal("{value}")', {IMPORT_DECIMAL}
    if field.type is FieldType.FLOAT:
        return repr(float(value)), set()  # type: ignore[arg-type]
    if field.type in NUMBER_TYPES:
        return repr(int(value)), set()  # type: ignore[arg-type]
    if field.type is FieldType.BOOLEAN:
        return repr(bool(value)), set()
    return string_literal(str(value)), set()


def stores_empty_string(field: Field) -> bool:
    """Django's convention: an optional text field stores "" rather than NULL, unless it is
    unique (several "" would collide) or has a default of its own."""
    return (
        not field.required
        and (field.type in TEXT_TYPES or field.type is FieldType.ENUM)
        and not field.unique
        and not field.has_default
    )


def _optional(field: Field) -> list[tuple[str, str]]:
    """The options of a field clients may leave out. A field with a default of its own is
    never NULL: the default fills it (a text field may still be sent as "")."""
    if field.has_default:
        return [("blank", "True")] if field.type in (*TEXT_TYPES, FieldType.ENUM) else []
    if stores_empty_string(field):
        return [("blank", "True"), ("default", '""')]
    return [("null", "True"), ("blank", "True")]


def field_decl(project: Project, entity: Entity, field: Field) -> Decl:
    """The declaration of a scalar field."""
    kwargs: list[tuple[str, str]] = []
    imports = {IMPORT_MODELS}
    if field.type in TEXT_TYPES and field.max_length is not None:
        kwargs.append(("max_length", str(field.max_length)))
    elif field.type is FieldType.ENUM and field.enum is not None:
        enum = project.enum(field.enum)
        kwargs.append(("max_length", str(max(len(m.value) for m in enum.members))))
        kwargs.append(("choices", f"{enum.name}.choices"))
        imports.add(enum_module(project, enum.name, entity.app))
    elif field.type is FieldType.DECIMAL:
        kwargs.append(("max_digits", str(field.max_digits)))
        kwargs.append(("decimal_places", str(field.decimal_places)))
    elif field.type in (FieldType.FILE, FieldType.IMAGE):
        kwargs.append(("upload_to", string_literal(f"{entity.app}/{entity.snake}/")))
    elif field.type is FieldType.BINARY:
        kwargs.append(("editable", "True"))
    if field.unique:
        kwargs.append(("unique", "True"))
    if field.index and not field.unique:
        kwargs.append(("db_index", "True"))
    if not field.required:
        kwargs.extend(_optional(field))
    if field.auto_now_add:
        kwargs.append(("auto_now_add", "True"))
    if field.auto_now:
        kwargs.append(("auto_now", "True"))
    if field.has_default:
        source, extra = _default(project, field)
        kwargs.append(("default", source))
        imports |= extra
    validators, extra = _validators(field)
    if validators:
        kwargs.append(("validators", f"[{', '.join(validators)}]"))
        imports |= extra
    if field.help_text:
        kwargs.append(("help_text", string_literal(field.help_text)))
    if field.column:
        kwargs.append(("db_column", string_literal(field.column)))
    return Decl(f"models.{MODEL_FIELD[field.type]}", (), tuple(kwargs), frozenset(imports))


def relation_decl(project: Project, entity: Entity, relation: Relation) -> Decl:
    """The declaration of a ForeignKey, OneToOneField or ManyToManyField."""
    target, imports = model_reference(project, entity, relation.target)
    imports.add(IMPORT_MODELS)
    kwargs: list[tuple[str, str]] = []
    if relation.kind is RelationKind.MANY_TO_MANY:
        if relation.target == entity.name and relation.through is None:
            kwargs.append(("symmetrical", "False"))
        if relation.through is not None:
            through = project.entity(relation.through)
            kwargs.append(("through", string_literal(f"{through.app}.{through.name}")))
        if relation.db_table is not None:
            kwargs.append(("db_table", string_literal(relation.db_table)))
        kwargs.append(("related_name", string_literal(relation.related_name)))
        if not relation.required:
            kwargs.append(("blank", "True"))
    else:
        assert relation.on_delete is not None
        kwargs.append(("on_delete", f"models.{relation.on_delete.value}"))
        kwargs.append(("related_name", string_literal(relation.related_name)))
        if not relation.required:
            kwargs.extend([("null", "True"), ("blank", "True")])
        if relation.column:
            kwargs.append(("db_column", string_literal(relation.column)))
    if relation.help_text:
        kwargs.append(("help_text", string_literal(relation.help_text)))
    return Decl(
        f"models.{RELATION_FIELD[relation.kind]}", (target,), tuple(kwargs), frozenset(imports)
    )


def pk_decl(project: Project, entity: Entity) -> Decl | None:
    """The UUID primary key where this entity declares it; None where Django's default
    BigAutoField serves, or where the key comes from a parent (inherited or a parent link)."""
    if entity.pk_type is not PkType.UUID:
        return None
    if entity.parent is not None:
        parent = project.entity(entity.parent)
        if not parent.abstract or parent.pk_type is PkType.UUID:
            return None
    return Decl(
        "models.UUIDField",
        (),
        (("primary_key", "True"), ("default", "uuid.uuid4"), ("editable", "False")),
        frozenset({IMPORT_MODELS, IMPORT_UUID}),
    )
