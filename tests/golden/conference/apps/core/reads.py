"""Lists read as values: one `values()` query for a page (the rows' own columns and the text
columns of the rows they reference) and one per many-to-many, shaped by the list
serializer's own fields. No model instance is built per listed row and no serializer walks
its fields per row, so a page costs little beyond its queries; the answer is the one the
serializer gives, field for field, since each value is shown by the same serializer field.

A list serializer with a field that needs more than a column's value (a method, a file, a
dotted source) is not read this way: its viewset serializes model instances, as DRF does.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from django.core.exceptions import FieldDoesNotExist
from django.db.models import ForeignKey, ManyToManyField, Model, QuerySet
from django.db.models.query_utils import DeferredAttribute
from rest_framework import serializers
from rest_framework.relations import ManyRelatedField

from .serializers import Reference

Row = dict[str, Any]


@dataclass(frozen=True)
class Target:
    """A referenced model, and the columns a row of it is read with: its key and those its
    text is made of, as `Model.from_db` takes them (attribute names, in the model's order)."""

    model: type[Model]
    names: tuple[str, ...]
    key: int  # where the key is among them

    @classmethod
    def of(cls, model: type[Model], shown: Sequence[str]) -> "Target":
        meta = model._meta
        wanted = set(shown) - {"pk"}
        names = tuple(
            f.attname for f in meta.concrete_fields if f is meta.pk or f.name in wanted
        )
        return cls(model, names, names.index(meta.pk.attname))


class Texts:
    """The text of each row a page references, made once per row by its model's own
    `__str__` over the columns read (any other column it reads is loaded, as a deferred
    field is)."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.known: dict[tuple[type[Model], Any], str] = {}

    def of(self, target: Target, values: Sequence[Any]) -> str:
        key = (target.model, values[target.key])
        text = self.known.get(key)
        if text is None:
            row = target.model.from_db(self.db, target.names, values)
            text = self.known[key] = str(row)
        return text


@dataclass(frozen=True)
class Value:
    """A column shown by its serializer field: `None` stays None, as DRF leaves it."""

    name: str
    column: str
    show: Callable[[Any], Any]

    def __call__(self, row: Row, texts: Texts, many: Mapping[str, Any]) -> Any:
        value = row[self.column]
        return None if value is None else self.show(value)


@dataclass(frozen=True)
class Single:
    """A forward key shown as a reference: the key and the related row's text."""

    name: str
    target: Target
    columns: tuple[str, ...]  # the target's, as the page's query names them

    def __call__(self, row: Row, texts: Texts, many: Mapping[str, Any]) -> Any:
        values = [row[column] for column in self.columns]
        key = values[self.target.key]
        if key is None:
            return None
        return {"id": key, "display": texts.of(self.target, values)}


@dataclass(frozen=True)
class Many:
    """A many-to-many shown as references, read from its table of links in one query, in
    the related model's order, as a prefetch reads them."""

    name: str
    field: ManyToManyField
    target: Target

    def __call__(self, row: Row, texts: Texts, many: Mapping[str, Any]) -> Any:
        return many[self.name].get(row["pk"], [])

    def read(self, keys: list[Any], texts: Texts) -> dict[Any, list[Row]]:
        through = cast(type[Model], self.field.remote_field.through)
        source = self.field.m2m_field_name()
        target = self.field.m2m_reverse_field_name()
        shown = [f"{target}__{name}" for name in self.target.names]
        links = (
            through._default_manager.using(texts.db)
            .filter(**{f"{source}__in": keys})
            .order_by(*ordering(self.target.model, target))
            .values_list(f"{source}__pk", *shown)
        )
        found: dict[Any, list[Row]] = defaultdict(list)
        for owner, *values in links:
            key = values[self.target.key]
            found[owner].append({"id": key, "display": texts.of(self.target, values)})
        return found


def ordering(model: type[Model], path: str) -> list[str]:
    """The model's ordering as seen through the key `path`, made total with its key."""
    named = [
        f"-{path}__{item[1:]}" if item.startswith("-") else f"{path}__{item}"
        for item in model._meta.ordering or ()
        if isinstance(item, str)
    ]
    return [*named, f"{path}__pk"]


Part = Value | Single | Many


def part(
    model: type[Model],
    field: serializers.Field,
    references: Mapping[str, Sequence[str]],
) -> Part | None:
    """How one readable field is read from values; None when it cannot be."""
    source, name = field.source, field.field_name
    if source is None or name is None or "." in source or source == "*":
        return None
    try:
        model_field = model._meta.get_field(source)
    except FieldDoesNotExist:
        return None
    related = model_field.related_model
    if isinstance(field, ManyRelatedField):
        child = field.child_relation
        if not (plain_reference(child) and isinstance(model_field, ManyToManyField)):
            return None
        if source not in references or not isinstance(related, type):
            return None
        return Many(name, model_field, Target.of(related, references[source]))
    if isinstance(field, serializers.RelatedField):
        if not (plain_reference(field) and isinstance(model_field, ForeignKey)):
            return None
        if source not in references or not isinstance(related, type):
            return None
        if model_field.target_field != related._meta.pk:
            return None  # the key holds another column than the related row's key
        target = Target.of(related, references[source])
        columns = tuple(
            model_field.attname if i == target.key else f"{source}__{name}"
            for i, name in enumerate(target.names)
        )
        return Single(name, target, columns)
    descriptor = getattr(model, source, None)
    if related is not None or type(descriptor) is not DeferredAttribute:
        return None
    if type(field).get_attribute is not serializers.Field.get_attribute:
        return None
    return Value(name, source, field.to_representation)


def plain_reference(field: Any) -> bool:
    """A `Reference` as apps.core.serializers shows it: `{id, display}`."""
    return (
        isinstance(field, Reference)
        and type(field).to_representation is Reference.to_representation
    )


@dataclass(frozen=True)
class Reads:
    """How a list serializer's answer is read from values."""

    parts: tuple[Part, ...]
    columns: tuple[str, ...]

    def rows(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        """The rows of `queryset` as values: what the parts read, and what the view may order
        by (a cursor reads its position from it)."""
        return queryset.prefetch_related(None).values(*self.columns)

    def shape(self, rows: Iterable[Row], db: str) -> list[Row]:
        rows = list(rows)
        texts = Texts(db)
        keys = [row["pk"] for row in rows]
        many = {
            p.name: p.read(keys, texts) if keys else {}
            for p in self.parts
            if isinstance(p, Many)
        }
        return [{p.name: p(row, texts, many) for p in self.parts} for row in rows]


References = tuple[tuple[str, tuple[str, ...]], ...]
_known: dict[tuple[object, References, tuple[str, ...]], Reads | None] = {}


def reads(
    serializer_class: type[serializers.BaseSerializer[Any]],
    references: References,
    ordered_by: tuple[str, ...],
) -> Reads | None:
    """The reads of a list serializer's answer (worked out once per serializer and view);
    None when a field needs a model instance."""
    key = (serializer_class, references, ordered_by)
    if key not in _known:
        _known[key] = _reads(serializer_class, references, ordered_by)
    return _known[key]


def _reads(
    serializer_class: type[serializers.BaseSerializer[Any]],
    references: References,
    ordered_by: tuple[str, ...],
) -> Reads | None:
    if not issubclass(serializer_class, serializers.ModelSerializer):
        return None
    model = serializer_class.Meta.model
    fields = serializer_class().fields.values()
    parts = [part(model, f, dict(references)) for f in fields if not f.write_only]
    if any(p is None for p in parts):
        return None
    found = [p for p in parts if p is not None]
    columns = ["pk"]
    for p in found:
        if isinstance(p, Value):
            columns.append(p.column)
        elif isinstance(p, Single):
            columns += p.columns
    columns += ordered_by
    return Reads(tuple(found), tuple(dict.fromkeys(columns)))
