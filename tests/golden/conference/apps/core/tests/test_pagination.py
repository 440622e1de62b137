from rest_framework.filters import OrderingFilter
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.core.pagination import CursorPagination


class ListView:
    filter_backends = [OrderingFilter]
    ordering_fields = ["title", "created_at"]

    def __init__(self, *ordering: str) -> None:
        self.ordering = list(ordering)


def cursor_ordering(view: ListView, query: str = "") -> tuple[str, ...]:
    request = Request(APIRequestFactory().get(f"/items/{query}"))
    return CursorPagination().get_ordering(request, None, view)


def test_cursor_ordering_ends_with_the_primary_key():
    assert cursor_ordering(ListView("title")) == ("title", "pk")


def test_cursor_ordering_from_the_client_is_made_total():
    view = ListView("title")

    assert cursor_ordering(view, "?ordering=-created_at") == ("-created_at", "pk")


def test_cursor_ordering_already_total_is_kept():
    assert cursor_ordering(ListView("-created_at", "-id")) == ("-created_at", "-id")
