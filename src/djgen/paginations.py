"""Everything djgen knows about each of DRF's pagination styles, one entry apiece.

The generated settings, list views, documentation and tests all read a style's entry in
`PAGINATIONS`, so adding a style is adding one entry (and its member in `vocabulary.Pagination`).
"""

from __future__ import annotations

from dataclasses import dataclass

from djgen.vocabulary import Pagination


@dataclass(frozen=True)
class PaginationStyle:
    """One of DRF's pagination classes, as the generated API and its tests use it."""

    style: Pagination
    drf_class: str  # in rest_framework.pagination
    envelope: tuple[str, ...]  # the keys of a list answer
    example_query: str  # the page query the documentation shows
    large_page: str  # query parameters, as source, asking for a page of every test row

    @property
    def counted(self) -> bool:
        """Whether the answer counts the rows: one query more than the page itself."""
        return "count" in self.envelope


_COUNTED_ENVELOPE = ("count", "next", "previous", "results")
PAGINATIONS: dict[Pagination, PaginationStyle] = {
    style.style: style
    for style in (
        PaginationStyle(
            Pagination.PAGE,
            "PageNumberPagination",
            _COUNTED_ENVELOPE,
            "page=2&page_size=50",
            '{"page_size": 100}',
        ),
        PaginationStyle(
            Pagination.CURSOR,
            "CursorPagination",
            ("next", "previous", "results"),
            "page_size=50",
            '{"page_size": 100}',
        ),
        PaginationStyle(
            Pagination.LIMIT_OFFSET,
            "LimitOffsetPagination",
            _COUNTED_ENVELOPE,
            "limit=50&offset=100",
            '{"limit": 100}',
        ),
    )
}


def pagination(style: Pagination) -> PaginationStyle:
    """The registry entry of a pagination style."""
    return PAGINATIONS[style]
