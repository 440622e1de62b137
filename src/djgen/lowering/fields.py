"""Django field declarations derived from the domain model, as lowered values.

This is the single place that maps a `Field` or `Relation` to a Django model field. A
declaration is a `Call` of the field class with typed arguments: the models template prints its
source, and the migration generator builds the live field from the very same values for
Django's migration writer. One mapping, so `makemigrations --check` always agrees with the
shipped migrations.
"""

from __future__ import annotations

from decimal import Decimal

from djgen.lowering.imports import Import
from djgen.lowering.names import app_import
from djgen.lowering.values import Call, Symbol, Value
from djgen.model import Entity, Field, Project, Relation
from djgen.types import info
from djgen.vocabulary import FieldType, PkType, RelationKind

RELATION_FIELD = {
    RelationKind.FOREIGN_KEY: "ForeignKey",
    RelationKind.ONE_TO_ONE: "OneToOneField",
    RelationKind.MANY_TO_MANY: "ManyToManyField",
}

MODELS = Symbol(Import("django.db", "models"))
VALIDATORS = Symbol(Import("django.core", "validators"))
SETTINGS = Import("django.conf", "settings")
TIMEZONE_NOW = Symbol(Import("django.utils", "timezone"), "now")
TODAY = Symbol(Import("datetime"), "date.today")
UUID4 = Symbol(Import("uuid"), "uuid4")
# A text key is a segment of its row's URL: it never holds '/' (a slug cannot anyway).
KEY_VALIDATOR = VALIDATORS.dot("RegexValidator")(
    "/", inverse_match=True, message="A key cannot contain '/'."
)


def enum_import(project: Project, enum_name: str, from_app: str) -> Import:
    """The import of an enumeration, as seen from a module in app `from_app`."""
    enum = project.enum(enum_name)
    return app_import(enum.app, "choices", enum.name, from_app=from_app)


def model_reference(project: Project, holder: Entity, target: str) -> Value:
    """How a relation names its target: the user model via settings, itself as "self"."""
    if target == project.user_model:
        user = project.user
        return Symbol(SETTINGS, "AUTH_USER_MODEL", stands_for=f"{user.app}.{user.name}")
    if target == holder.name:
        return "self"
    entity = project.entity(target)
    return f"{entity.app}.{entity.name}"


def _number(field: Field, value: int | float) -> Value:
    if field.type is FieldType.DECIMAL:
        return Decimal(str(value))
    if field.type is FieldType.FLOAT:
        return float(value)
    return int(value)


def anchored(pattern: str) -> str:
    """A pattern that must match the whole value."""
    body = pattern
    if body.startswith("^") and body.endswith("$") and not body.endswith("\\$"):
        return body
    return f"^(?:{body})$"


def _validators(field: Field) -> tuple[Call, ...]:
    found: list[Call] = []
    if field.primary_key and field.type is not FieldType.SLUG:
        found.append(KEY_VALIDATOR)
    is_number = info(field.type).number
    if field.min_length is not None:
        found.append(VALIDATORS.dot("MinLengthValidator")(field.min_length))
    if is_number and field.min_value is not None:
        found.append(VALIDATORS.dot("MinValueValidator")(_number(field, field.min_value)))
    if is_number and field.max_value is not None:
        found.append(VALIDATORS.dot("MaxValueValidator")(_number(field, field.max_value)))
    if field.pattern is not None:
        found.append(VALIDATORS.dot("RegexValidator")(anchored(field.pattern)))
    return tuple(found)


def _default(project: Project, entity: Entity, field: Field) -> Value:
    value = field.default
    assert value is not None
    if field.type is FieldType.ENUM and field.enum is not None:
        member = next(m for m in project.enum(field.enum).members if m.value == str(value))
        enum = Symbol(enum_import(project, field.enum, entity.app))
        return enum.dot(member.name, stands_for=member.value)
    if value == "now" and field.type is FieldType.DATETIME:
        return TIMEZONE_NOW
    if value == "now" and field.type is FieldType.DATE:
        return TODAY
    if info(field.type).number:
        return _number(field, value)  # type: ignore[arg-type]
    if field.type is FieldType.BOOLEAN:
        return bool(value)
    return str(value)


def stores_empty_string(field: Field) -> bool:
    """Django's convention: an optional text field stores "" rather than NULL, unless it is
    unique (several "" would collide) or has a default of its own."""
    return (
        not field.required
        and (info(field.type).text or field.type is FieldType.ENUM)
        and not field.unique
        and not field.has_default
    )


def _optional(field: Field) -> list[tuple[str, Value]]:
    """The options of a field clients may leave out. A field with a default of its own is
    never NULL: the default fills it (a text field may still be sent as "")."""
    if field.has_default:
        return [("blank", True)] if (info(field.type).text or field.type is FieldType.ENUM) else []
    if stores_empty_string(field):
        return [("blank", True), ("default", "")]
    return [("null", True), ("blank", True)]


def _type_options(project: Project, entity: Entity, field: Field) -> list[tuple[str, Value]]:
    """The options the field's type asks for: lengths, digits, choices, upload folder."""
    if info(field.type).text and field.max_length is not None:
        return [("max_length", field.max_length)]
    if field.type is FieldType.ENUM and field.enum is not None:
        enum = project.enum(field.enum)
        choices = tuple((m.value, m.label) for m in enum.members)
        return [
            ("max_length", max(len(m.value) for m in enum.members)),
            ("choices", Symbol(enum_import(project, enum.name, entity.app), "choices", choices)),
        ]
    if field.type is FieldType.DECIMAL:
        assert field.max_digits is not None and field.decimal_places is not None
        return [("max_digits", field.max_digits), ("decimal_places", field.decimal_places)]
    if field.type in (FieldType.FILE, FieldType.IMAGE):
        return [("upload_to", f"{entity.app}/{entity.snake}/")]
    if field.type is FieldType.BINARY:
        return [("editable", True)]
    return []


def field_decl(project: Project, entity: Entity, field: Field) -> Call:
    """The declaration of a scalar field."""
    kwargs = _type_options(project, entity, field)
    if field.primary_key:
        kwargs.insert(0, ("primary_key", True))
    elif field.unique:
        kwargs.append(("unique", True))
    if field.index and not field.unique:
        kwargs.append(("db_index", True))
    if not field.required:
        kwargs.extend(_optional(field))
    if field.auto_now_add:
        kwargs.append(("auto_now_add", True))
    if field.auto_now:
        kwargs.append(("auto_now", True))
    if field.has_default:
        kwargs.append(("default", _default(project, entity, field)))
    validators = _validators(field)
    if validators:
        kwargs.append(("validators", validators))
    if field.help_text:
        kwargs.append(("help_text", field.help_text))
    if field.column:
        kwargs.append(("db_column", field.column))
    return Call(MODELS.dot(info(field.type).model_field), (), tuple(kwargs))


def relation_decl(project: Project, entity: Entity, relation: Relation) -> Call:
    """The declaration of a ForeignKey, OneToOneField or ManyToManyField."""
    kwargs: list[tuple[str, Value]] = []
    if relation.kind is RelationKind.MANY_TO_MANY:
        if relation.target == entity.name and relation.through is None:
            kwargs.append(("symmetrical", False))
        if relation.through is not None:
            through = project.entity(relation.through)
            kwargs.append(("through", f"{through.app}.{through.name}"))
        if relation.db_table is not None:
            kwargs.append(("db_table", relation.db_table))
        kwargs.append(("related_name", relation.related_name))
        if not relation.required:
            kwargs.append(("blank", True))
    else:
        assert relation.on_delete is not None
        kwargs.append(("on_delete", MODELS.dot(relation.on_delete.value)))
        kwargs.append(("related_name", relation.related_name))
        if not relation.required:
            kwargs.extend([("null", True), ("blank", True)])
        if relation.column:
            kwargs.append(("db_column", relation.column))
    if relation.help_text:
        kwargs.append(("help_text", relation.help_text))
    target = model_reference(project, entity, relation.target)
    return Call(MODELS.dot(RELATION_FIELD[relation.kind]), (target,), tuple(kwargs))


def pk_decl(project: Project, entity: Entity) -> Call | None:
    """The UUID primary key where this entity declares it; None where Django's default
    BigAutoField serves, where the key is a text field (declared among the fields), or where
    the key comes from a parent (inherited or a parent link)."""
    if entity.pk_type is not PkType.UUID:
        return None
    if entity.parent is not None:
        parent = project.entity(entity.parent)
        if not parent.abstract or parent.pk_type is PkType.UUID:
            return None
    return MODELS.dot("UUIDField")(primary_key=True, default=UUID4, editable=False)
