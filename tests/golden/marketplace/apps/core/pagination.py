"""The three pagination styles an entity's list endpoint can use; clients may ask for a
smaller or larger page, within limits."""

from rest_framework import pagination

from apps.core.filters import total


class PageNumberPagination(pagination.PageNumberPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100


class LimitOffsetPagination(pagination.LimitOffsetPagination):
    default_limit = 20
    max_limit = 100


class CursorPagination(pagination.CursorPagination):
    """Orders by the view's ordering, or the client's `?ordering=`, made total with the
    primary key: rows that share a value keep one fixed order, so no row is skipped or
    repeated between pages."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100
    ordering = "-pk"

    def get_ordering(self, request, queryset, view):
        return total(super().get_ordering(request, queryset, view))
