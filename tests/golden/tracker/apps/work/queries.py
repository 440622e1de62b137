"""The queries of the Work app. Each reads among `rows`: every row unless
given, the rows the user may read when a viewset asks. handlers.py answers each."""

from dataclasses import dataclass, field

from django.db.models import QuerySet

from apps.core.cqrs import Query

from .models import Issue


@dataclass(frozen=True, kw_only=True)
class GetIssue(Query):
    """The issue `id` (a URL's text too), with all its detail shows."""

    id: int | str
    rows: QuerySet[Issue] = field(default_factory=Issue.objects.all)


@dataclass(frozen=True, kw_only=True)
class ListIssue(Query):
    """Issues, with all a list shows of them."""

    rows: QuerySet[Issue] = field(default_factory=Issue.objects.all)
