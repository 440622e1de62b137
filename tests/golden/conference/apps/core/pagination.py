"""The three pagination styles an entity's list endpoint can use; clients may ask for a
smaller or larger page, within limits. A page the client could not have been given (a forged
cursor, an offset no table reaches) is a 400, never a query the database refuses."""

from typing import NoReturn

from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import pagination
from rest_framework.exceptions import NotFound, ValidationError

from apps.core.filters import INTEGER_RANGES, integer_range, total

from .storable import value_problem

# The largest offset a database takes (a 64-bit integer).
MAX_OFFSET = INTEGER_RANGES["BigIntegerField"][1]


class PageNumberPagination(pagination.PageNumberPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100


class LimitOffsetPagination(pagination.LimitOffsetPagination):
    default_limit = 20
    max_limit = 100

    def get_offset(self, request):
        offset = super().get_offset(request)
        if offset > MAX_OFFSET:
            raise ValidationError(
                {self.offset_query_param: [f"Ensure this is at most {MAX_OFFSET}."]}
            )
        return offset


class CursorPagination(pagination.CursorPagination):
    """Orders by the view's ordering, or the client's `?ordering=`, made total with the
    primary key: rows that share a value keep one fixed order, so no row is skipped or
    repeated between pages. A cursor is checked before it is used: its position must be a
    value of the field it orders by."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100
    ordering = "-pk"
    invalid_cursor_message = "Invalid cursor."

    def get_ordering(self, request, queryset, view):
        return total(super().get_ordering(request, queryset, view))

    def paginate_queryset(self, queryset, request, view=None):
        self.model = queryset.model
        return super().paginate_queryset(queryset, request, view)

    def decode_cursor(self, request):
        try:
            cursor = super().decode_cursor(request)
        except NotFound:
            self.refuse()
        if cursor is not None and cursor.position is not None:
            self.check_position(cursor.position)
        return cursor

    def check_position(self, position: object) -> None:
        name = self.ordering[0].removeprefix("-")
        meta = self.model._meta
        try:
            field = meta.pk if name in ("pk", meta.pk.name) else meta.get_field(name)
            value = field.to_python(position)
        except (FieldDoesNotExist, DjangoValidationError):
            self.refuse()
        bounds = integer_range(field)
        if value is not None and (
            value_problem(value) or (bounds and not bounds[0] <= value <= bounds[1])
        ):
            self.refuse()

    def refuse(self) -> NoReturn:
        raise ValidationError({self.cursor_query_param: [self.invalid_cursor_message]})
