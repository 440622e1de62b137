"""`?search=`: full-text search on PostgreSQL, a substring match on other databases."""

from typing import NoReturn

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connections
from django.db.models import F
from rest_framework import filters
from rest_framework.exceptions import ValidationError
from rest_framework.settings import api_settings

# The text search configuration of the queries, and of the GIN indexes that serve them (each
# app's search migration): the two must say the same for PostgreSQL to use an index.
CONFIG = "english"


class SearchFilter(filters.SearchFilter):
    """Matches every word of `?search=` against the view's `search_fields` together.

    On PostgreSQL the words are stemmed and matched against the fields' text search vector, best
    matches first unless the client asked for an `?ordering=`; elsewhere each word must occur,
    case-insensitively, in one of the fields.

    At most SEARCH_MAX_TERMS words of at most SEARCH_MAX_TERM_LENGTH characters: every word
    adds to the query, and a query grown past what the database parses is a 400, not a 500.
    """

    def get_search_terms(self, request):
        try:
            terms = super().get_search_terms(request)
        except ValidationError as error:
            raise ValidationError({self.search_param: error.detail}) from None
        most, longest = settings.SEARCH_MAX_TERMS, settings.SEARCH_MAX_TERM_LENGTH
        if len(terms) > most:
            self.refuse(f"Search for at most {most} words.")
        if any(len(term) > longest for term in terms):
            self.refuse(f"Search for words of at most {longest} characters.")
        return terms

    def refuse(self, message: str) -> NoReturn:
        raise ValidationError({self.search_param: [message]})

    def filter_queryset(self, request, queryset, view):
        if connections[queryset.db].vendor != "postgresql":
            return super().filter_queryset(request, queryset, view)
        fields = self.get_search_fields(view, request)
        terms = self.get_search_terms(request)
        if not fields or not terms:
            return queryset
        vector = SearchVector(*fields, config=CONFIG)
        query = SearchQuery(" ".join(terms), config=CONFIG, search_type="websearch")
        queryset = queryset.alias(search_vector=vector).filter(search_vector=query)
        if api_settings.ORDERING_PARAM in request.query_params:
            return queryset
        ranked = queryset.alias(search_rank=SearchRank(vector, query))
        return ranked.order_by(F("search_rank").desc(), *queryset.query.order_by)

    def get_schema_operation_parameters(self, view):
        fields = getattr(view, "search_fields", None)
        if not fields:
            return []
        [parameter] = super().get_schema_operation_parameters(view)
        parameter["description"] = f"Words to search for in {', '.join(fields)}."
        return [parameter]
