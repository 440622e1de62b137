"""What every viewset shares about reading: a serializer and a queryset per action, each
queryset loading up front all that its serializer reads, and the nested list routes."""

from collections.abc import Mapping, Sequence
from typing import Any, cast

from django.db import connection
from django.db.models import (
    Count,
    ForeignKey,
    IntegerField,
    Model,
    OuterRef,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.http import Http404
from rest_framework.mixins import ListModelMixin
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer
from rest_framework.viewsets import GenericViewSet

from .rate_limits import SharedHistoriesMixin
from .reads import Reads, reads
from .storable import text_problem


def related_count(model: type[Model], field: str) -> Coalesce:
    """How many `model` rows point at the outer row through `field`, as a subquery: several
    counts on one queryset never multiply each other's rows, as joins would."""
    rows = (
        model._default_manager.filter(**{field: OuterRef("pk")})
        .order_by()
        .values(field)
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def unstorable(model: type[Model], key: Any) -> bool:
    """Whether a key from a path is one no row of `model` has: text that no database can hold,
    or a whole number beyond the range of the key's column. (Django bounds such a number in a
    lookup on an integer key, but not through a parent link, a multi-table child's key.)"""
    if isinstance(key, str) and text_problem(key) is not None:
        return True
    field = model._meta.pk
    while isinstance(field, ForeignKey):
        field = field.target_field
    if not isinstance(field, IntegerField):
        return False
    try:
        number = int(key)
    except (TypeError, ValueError):
        return False
    low, high = connection.ops.integer_field_range(field.get_internal_type())
    return (low is not None and number < low) or (high is not None and number > high)


class RelationalViewSetMixin(SharedHistoriesMixin, ListModelMixin, GenericViewSet):
    """Lists read `list_serializer_class` over `list_queryset`, a retrieve reads
    `detail_serializer_class` over `detail_queryset`, writes go through `serializer_class`
    over `queryset` (which the reads use too when they need nothing more).

    A list whose serializer shows only columns and references is read as values
    (apps.core.reads): `reference_columns` names, per relation, the columns the text of a
    related row is made of (its model's `__str__` reads them).

    A nested list route (`/posts/<parent_pk>/comments/`) is the list action with
    `parent_field` set: the rows whose `parent_field` is that parent, with the entity's own
    pagination, filters, search and ordering; 404 when the parent is not among the rows
    `key_choices` lets the key name (every row, unless the rows are owned through it).

    The throttles read and write their histories together (apps.core.rate_limits).

    A key in the path that no database can hold (a text key with a NUL) is not found, before
    any query.
    """

    list_serializer_class: type[BaseSerializer[Any]] | None = None
    detail_serializer_class: type[BaseSerializer[Any]] | None = None
    list_queryset: QuerySet[Any] | None = None
    detail_queryset: QuerySet[Any] | None = None
    parent_field: str | None = None
    reference_columns: Mapping[str, Sequence[str]] = {}

    def get_serializer_class(self) -> type[BaseSerializer[Any]]:
        serializer_class = {
            "list": self.list_serializer_class,
            "retrieve": self.detail_serializer_class,
        }.get(self.action)
        if serializer_class is None:
            return super().get_serializer_class()
        return serializer_class

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        values = self.list_reads()
        if values is None:
            return super().list(request, *args, **kwargs)
        queryset = self.filter_queryset(self.get_queryset())
        rows = values.rows(queryset)
        page = self.paginate_queryset(rows)
        if page is None:
            return Response(values.shape(rows, queryset.db))
        return self.get_paginated_response(values.shape(page, queryset.db))

    def list_reads(self) -> Reads | None:
        """How the list is read as values; None when its serializer needs model instances."""
        ordered_by = (
            *(getattr(self, "ordering_fields", None) or ()),
            *(getattr(self, "ordering", None) or ()),
        )
        return reads(
            self.get_serializer_class(),
            tuple((name, tuple(c)) for name, c in self.reference_columns.items()),
            tuple(name.removeprefix("-") for name in ordered_by),
        )

    def get_object(self) -> Any:
        key = self.kwargs[self.lookup_url_kwarg or self.lookup_field]
        if unstorable(self.get_queryset().model, key):
            raise Http404
        return super().get_object()

    def get_queryset(self) -> QuerySet[Any]:
        queryset = {"list": self.list_queryset, "retrieve": self.detail_queryset}.get(
            self.action
        )
        if queryset is None:
            return super().get_queryset()
        return queryset.all()

    def filter_queryset(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        queryset = super().filter_queryset(queryset)
        if self.parent_field is None:
            return queryset
        parent_pk = self.kwargs["parent_pk"]
        field = queryset.model._meta.get_field(self.parent_field)
        parent = cast(type[Model], field.related_model)
        if unstorable(parent, parent_pk):
            raise Http404
        parents = self.key_choices(self.parent_field, parent._default_manager.all())
        if not parents.filter(pk=parent_pk).exists():
            raise Http404
        return queryset.filter(**{self.parent_field: parent_pk})

    def key_choices(self, name: str, queryset: QuerySet[Any]) -> QuerySet[Any]:
        """The rows the key `name` may name in a nested list or a filter."""
        return queryset
