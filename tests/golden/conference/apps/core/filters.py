"""What every app's FilterSet and list endpoint share: filters that refuse a value they cannot
read instead of leaving it out, and an ordering that is always total."""

from typing import Any, NoReturn

import django_filters
from django import forms
from django.db import models
from django_filters import rest_framework as filters
from django_filters.filters import QuerySetRequestMixin
from rest_framework import filters as drf_filters
from rest_framework.exceptions import ValidationError

from .storable import value_problem

KEYS = frozenset({"pk", "id"})

# The lookups each kind of field offers, as the FilterSets' `Meta.fields` list them.
TEXT_LOOKUPS = ["exact", "iexact", "icontains", "istartswith", "in"]
COMPARISON_LOOKUPS = ["exact", "lt", "lte", "gt", "gte", "range"]
DATE_LOOKUPS = [*COMPARISON_LOOKUPS, "year", "month"]
EQUALITY_LOOKUPS = ["exact", "in"]
BOOLEAN_LOOKUPS = ["exact"]


def total(ordering):
    """The ordering with the primary key last, so that no two rows tie and pages never skip or
    repeat a row."""
    if any(item.removeprefix("-") in KEYS for item in ordering):
        return tuple(ordering)
    return (*ordering, "pk")


class StrictBooleanField(forms.NullBooleanField):
    """Reads `true`/`false` (or `1`/`0`); any other value is an error."""

    widget = forms.TextInput

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value).lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        raise forms.ValidationError("Enter true or false.", code="invalid")


class BooleanFilter(django_filters.BooleanFilter):
    """django-filter's own, not its REST framework variant, whose widget reads an unknown
    value as no value at all."""

    field_class = StrictBooleanField


class StorableMixin(forms.Field):
    """A value the database can compare (`apps.core.storable`): a date and time beyond what
    UTC can express, or a duration past what a column holds, is a 400."""

    def to_python(self, value):
        value = super().to_python(value)
        if value is not None and (problem := value_problem(value)):
            raise forms.ValidationError(problem, code="invalid")
        return value


class DateTimeField(StorableMixin, django_filters.fields.IsoDateTimeField):
    pass


class DurationField(StorableMixin, forms.DurationField):
    pass


class DateTimeFilter(filters.IsoDateTimeFilter):
    field_class = DateTimeField


class DurationFilter(filters.DurationFilter):
    field_class = DurationField


class IPAddressFilter(filters.CharFilter):
    """An IP address: PostgreSQL compares the column as `inet`, and refuses any other text."""

    field_class = forms.GenericIPAddressField


class ChoiceInFilter(filters.BaseInFilter, filters.ChoiceFilter):
    """`?status__in=A,B`: every value must be one of the choices."""


# What each integer column can hold: a filter value outside it is a 400, not a database error.
INTEGER_RANGES = {
    "SmallIntegerField": (-(2**15), 2**15 - 1),
    "SmallAutoField": (1, 2**15 - 1),
    "PositiveSmallIntegerField": (0, 2**15 - 1),
    "IntegerField": (-(2**31), 2**31 - 1),
    "AutoField": (1, 2**31 - 1),
    "PositiveIntegerField": (0, 2**31 - 1),
    "BigIntegerField": (-(2**63), 2**63 - 1),
    "BigAutoField": (1, 2**63 - 1),
    "PositiveBigIntegerField": (0, 2**63 - 1),
}
# The parts of a date a filter may ask for, within what a date can be.
DATE_PART_RANGES = {"year": (1, 9999), "month": (1, 12)}


def integer_range(field):
    """(lowest, highest) for an integer model field, None for any other field. The key of a
    multi-table child is a link to its parent's: the range is the parent key's."""
    while field.remote_field is not None:
        field = field.target_field
    return INTEGER_RANGES.get(field.get_internal_type())


class IntegerFilter(filters.NumberFilter):
    """A whole number, within the bounds the column can hold."""

    field_class = forms.IntegerField


def bounded_integer(field):
    low, high = integer_range(field)
    return {"min_value": low, "max_value": high}


class KeyRangeMixin(forms.Field):
    """A related row's key that its column could never hold is an unknown choice, answered
    before the database is asked: a number out of the key's range, text with a NUL."""

    def __init__(
        self, *args: Any, key_range: tuple[int, int] | None = None, **kwargs: Any
    ) -> None:
        self.key_range = key_range
        super().__init__(*args, **kwargs)

    def check_key(self, value: Any) -> None:
        if isinstance(value, str) and value_problem(value):
            self.refuse(value)
        if self.key_range is None or value in self.empty_values:
            return
        try:
            key = int(value)
        except (TypeError, ValueError):
            return  # the field's own validation names the problem
        low, high = self.key_range
        if not low <= key <= high:
            self.refuse(value)

    def refuse(self, value: Any) -> NoReturn:
        raise forms.ValidationError(
            self.error_messages["invalid_choice"],
            code="invalid_choice",
            params={"value": value},
        )


class KeyField(KeyRangeMixin, django_filters.fields.ModelChoiceField):
    def to_python(self, value):
        self.check_key(value)
        return super().to_python(value)


class KeysField(KeyRangeMixin, django_filters.fields.ModelMultipleChoiceField):
    def _check_values(self, value: Any) -> Any:
        for key in value:
            self.check_key(key)
        return super()._check_values(value)


class KeyFilter(filters.ModelChoiceFilter):
    field_class = KeyField


class KeysFilter(filters.ModelMultipleChoiceFilter):
    field_class = KeysField


class RelatedInFilter(filters.BaseInFilter, filters.ModelChoiceFilter):
    """`?tags__in=1,2`: every value must be the key of an existing row."""

    field_class = KeyField


def with_key_range(default, filter_class):
    """A relation's default filter, made to refuse keys out of the target key's range."""
    return {
        "filter_class": filter_class,
        "extra": lambda f: {
            **default["extra"](f),
            "key_range": integer_range(f.related_model._meta.pk),
        },
    }


class FilterSet(filters.FilterSet):
    """django-filter's FilterSet, with booleans (and `isnull`) read strictly, every value of
    an `__in` list checked like a single one, and numbers, keys, times, durations and IP
    addresses kept within what their columns can hold. A key names only a row the view's
    `key_choices` offers: a parent the user may not see is an unknown choice."""

    FILTER_DEFAULTS = {
        **filters.FilterSet.FILTER_DEFAULTS,
        models.BooleanField: {"filter_class": BooleanFilter},
        models.DateTimeField: {"filter_class": DateTimeFilter},
        models.DurationField: {"filter_class": DurationFilter},
        models.GenericIPAddressField: {"filter_class": IPAddressFilter},
        models.IntegerField: {"filter_class": IntegerFilter, "extra": bounded_integer},
        models.AutoField: {"filter_class": IntegerFilter, "extra": bounded_integer},
        models.ForeignKey: with_key_range(
            filters.FilterSet.FILTER_DEFAULTS[models.ForeignKey], KeyFilter
        ),
        models.OneToOneField: with_key_range(
            filters.FilterSet.FILTER_DEFAULTS[models.OneToOneField], KeyFilter
        ),
        models.ManyToManyField: with_key_range(
            filters.FilterSet.FILTER_DEFAULTS[models.ManyToManyField], KeysFilter
        ),
    }

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        view = (getattr(request, "parser_context", None) or {}).get("view")
        key_choices = getattr(view, "key_choices", None)
        if key_choices is None:
            return
        for filter_ in self.filters.values():
            if isinstance(filter_, QuerySetRequestMixin):
                filter_.queryset = key_choices(filter_.field_name, filter_.queryset)

    @classmethod
    def filter_for_field(cls, field, field_name, lookup_expr=None):
        """`?published_at__year=`: a year or month a date can have."""
        made = super().filter_for_field(field, field_name, lookup_expr)
        part = (lookup_expr or "").split("__")[0]
        if part in DATE_PART_RANGES:
            low, high = DATE_PART_RANGES[part]
            made.extra.update(min_value=low, max_value=high)
        return made

    @classmethod
    def filter_for_lookup(cls, field, lookup_type):
        if lookup_type == "in" and field.many_to_many:
            queryset = field.related_model._default_manager.all()
            key_range = integer_range(field.related_model._meta.pk)
            return RelatedInFilter, {
                "queryset": queryset,
                "distinct": True,
                "key_range": key_range,
            }
        if lookup_type == "in" and field.choices:
            return ChoiceInFilter, {"choices": field.choices}
        return super().filter_for_lookup(field, lookup_type)


def names_a_filter(params, filterset_class) -> bool:
    """Whether a query names one of the FilterSet's filters, alone (`?title=`) or through a
    widget's suffix (`?rating__range_min=`)."""
    names = filterset_class.base_filters
    return any(
        key in names or any(key.startswith(f"{name}_") for name in names)
        for key in params
    )


class DjangoFilterBackend(filters.DjangoFilterBackend):
    """django-filter's backend, which leaves the rows as they are, without building the
    FilterSet (a copy of every filter and a form, per request), when the query names none of
    its filters: a plain list pays nothing for the filters it does not use."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is None or not names_a_filter(
            request.query_params, filterset_class
        ):
            return queryset
        return super().filter_queryset(request, queryset, view)


class OrderingFilter(drf_filters.OrderingFilter):
    """`?ordering=-a,b` over the view's `ordering_fields`, made total with the primary key; an
    unknown field answers 400 rather than being ignored."""

    def get_ordering(self, request, queryset, view):
        param = request.query_params.get(self.ordering_param, "")
        fields = [item.strip() for item in param.split(",") if item.strip()]
        if not fields:
            return total(self.get_default_ordering(view))
        valid = {
            name
            for name, _ in self.get_valid_fields(queryset, view, {"request": request})
        }
        unknown = [item for item in fields if item.removeprefix("-") not in valid]
        if unknown:
            raise ValidationError(
                {
                    self.ordering_param: [
                        f"Unknown ordering field {', '.join(unknown)}; "
                        f"choose from {', '.join(sorted(valid))}."
                    ]
                }
            )
        return total(fields)

    def get_schema_operation_parameters(self, view):
        choices = [
            f"{sign}{name}" for name in view.ordering_fields for sign in ("", "-")
        ]
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": "Fields to order by, comma-separated; `-` sorts descending.",
                "schema": {
                    "type": "array",
                    "items": {"type": "string", "enum": choices},
                },
                "style": "form",
                "explode": False,
            }
        ]
