"""Filters, search and ordering of the Work lists, each proved on rows made
to match and rows made not to."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.urls import reverse_lazy
from rest_framework import status

from apps.core.testing import (
    field_errors,
    linked_pairs,
    listed,
    set_value,
    shown,
    shown_in_order,
    with_value,
)
from apps.work.factories import ActivityFactory, IssueFactory, LabelFactory, UserFactory
from apps.work.models import Activity, Issue, Label, User

pytestmark = pytest.mark.django_db

POSTGRESQL = connection.vendor == "postgresql"

# Issues
ISSUE_URL = reverse_lazy("work:issue-list")
# Two values of each field, low before high; every query below lists exactly one of them.
ISSUE_VALUES = {
    "title": ("Alpha", "Bravo"),
    "description": ("Alpha", "Bravo"),
    "kind": ("BUG", "STORY"),
    "priority": (1, 5),
    "estimate": (timedelta(hours=1), timedelta(days=2)),
    "order": (1, 11),
    "created_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "updated_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("title", {"title": "Alpha"}, "low", id="title"),
        pytest.param("title", {"title__iexact": "aLPHA"}, "low", id="title__iexact"),
        pytest.param(
            "title", {"title__icontains": "LPHA"}, "low", id="title__icontains"
        ),
        pytest.param(
            "title", {"title__istartswith": "al"}, "low", id="title__istartswith"
        ),
        pytest.param("title", {"title__in": "Bravo,Zulu"}, "high", id="title__in"),
        pytest.param("description", {"description": "Alpha"}, "low", id="description"),
        pytest.param(
            "description",
            {"description__iexact": "aLPHA"},
            "low",
            id="description__iexact",
        ),
        pytest.param(
            "description",
            {"description__icontains": "LPHA"},
            "low",
            id="description__icontains",
        ),
        pytest.param(
            "description",
            {"description__istartswith": "al"},
            "low",
            id="description__istartswith",
        ),
        pytest.param(
            "description",
            {"description__in": "Bravo,Zulu"},
            "high",
            id="description__in",
        ),
        pytest.param("kind", {"kind": "BUG"}, "low", id="kind"),
        pytest.param("kind", {"kind__in": "STORY,TASK"}, "high", id="kind__in"),
        pytest.param("priority", {"priority": "1"}, "low", id="priority"),
        pytest.param("priority", {"priority__lt": "5"}, "low", id="priority__lt"),
        pytest.param("priority", {"priority__lte": "1"}, "low", id="priority__lte"),
        pytest.param("priority", {"priority__gt": "1"}, "high", id="priority__gt"),
        pytest.param("priority", {"priority__gte": "5"}, "high", id="priority__gte"),
        pytest.param(
            "priority", {"priority__range": "5,5"}, "high", id="priority__range"
        ),
        pytest.param("estimate", {"estimate": "01:00:00"}, "low", id="estimate"),
        pytest.param(
            "estimate", {"estimate__lt": "2 00:00:00"}, "low", id="estimate__lt"
        ),
        pytest.param(
            "estimate", {"estimate__lte": "01:00:00"}, "low", id="estimate__lte"
        ),
        pytest.param(
            "estimate", {"estimate__gt": "01:00:00"}, "high", id="estimate__gt"
        ),
        pytest.param(
            "estimate", {"estimate__gte": "2 00:00:00"}, "high", id="estimate__gte"
        ),
        pytest.param(
            "estimate",
            {"estimate__range": "2 00:00:00,2 00:00:00"},
            "high",
            id="estimate__range",
        ),
        pytest.param("order", {"order": "1"}, "low", id="order"),
        pytest.param("order", {"order__lt": "11"}, "low", id="order__lt"),
        pytest.param("order", {"order__lte": "1"}, "low", id="order__lte"),
        pytest.param("order", {"order__gt": "1"}, "high", id="order__gt"),
        pytest.param("order", {"order__gte": "11"}, "high", id="order__gte"),
        pytest.param("order", {"order__range": "11,11"}, "high", id="order__range"),
        pytest.param(
            "created_at",
            {"created_at": "2020-01-15T09:30:00+00:00"},
            "low",
            id="created_at",
        ),
        pytest.param(
            "created_at",
            {"created_at__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="created_at__lt",
        ),
        pytest.param(
            "created_at",
            {"created_at__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="created_at__lte",
        ),
        pytest.param(
            "created_at",
            {"created_at__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="created_at__gt",
        ),
        pytest.param(
            "created_at",
            {"created_at__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="created_at__gte",
        ),
        pytest.param(
            "created_at",
            {
                "created_at__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="created_at__range",
        ),
        pytest.param(
            "created_at", {"created_at__year": "2020"}, "low", id="created_at__year"
        ),
        pytest.param(
            "created_at", {"created_at__month": "6"}, "high", id="created_at__month"
        ),
        pytest.param(
            "updated_at",
            {"updated_at": "2020-01-15T09:30:00+00:00"},
            "low",
            id="updated_at",
        ),
        pytest.param(
            "updated_at",
            {"updated_at__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="updated_at__lt",
        ),
        pytest.param(
            "updated_at",
            {"updated_at__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="updated_at__lte",
        ),
        pytest.param(
            "updated_at",
            {"updated_at__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="updated_at__gt",
        ),
        pytest.param(
            "updated_at",
            {"updated_at__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="updated_at__gte",
        ),
        pytest.param(
            "updated_at",
            {
                "updated_at__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="updated_at__range",
        ),
        pytest.param(
            "updated_at", {"updated_at__year": "2020"}, "low", id="updated_at__year"
        ),
        pytest.param(
            "updated_at", {"updated_at__month": "6"}, "high", id="updated_at__month"
        ),
    ],
)
def test_issue_filters(admin_client, field, query, expected):
    low, high = ISSUE_VALUES[field]
    rows = {
        "low": with_value(IssueFactory, field, low),
        "high": with_value(IssueFactory, field, high),
    }
    assert shown(admin_client, ISSUE_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["estimate"])
def test_issue_filters_on_empty_values(admin_client, field):
    rows = {
        "set": with_value(IssueFactory, field, ISSUE_VALUES[field][0]),
        "empty": with_value(IssueFactory, field, None),
    }
    query = f"{field}__isnull"
    assert shown(admin_client, ISSUE_URL, {query: "true"}, rows) == {"empty"}
    assert shown(admin_client, ISSUE_URL, {query: "false"}, rows) == {"set"}


@pytest.mark.parametrize(
    "field", ["project", "sprint", "parent", "labels", "assignee", "reporter"]
)
def test_issue_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(IssueFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, ISSUE_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, ISSUE_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, ISSUE_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, ISSUE_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("field", ["sprint", "parent", "assignee"])
def test_issue_filters_on_empty_related_keys(admin_client, field):
    rows = {
        "set": linked_pairs(IssueFactory, field)[0]["low"],
        "empty": with_value(IssueFactory, field, None),
    }
    query = f"{field}__isnull"
    assert shown(admin_client, ISSUE_URL, {query: "true"}, rows) == {"empty"}
    assert shown(admin_client, ISSUE_URL, {query: "false"}, rows) == {"set"}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("kind", "not-a-choice"),
        ("kind__in", "not-a-choice"),
        ("priority__gte", "abc"),
        ("priority__range", "1"),
        ("estimate__gt", "abc"),
        ("estimate__isnull", "maybe"),
        ("estimate__range", "01:00:00"),
        ("order__gte", "abc"),
        ("order__range", "1"),
        ("created_at__lt", "2021-02-30T25:00"),
        ("created_at__range", "2020-01-15T09:30:00+00:00"),
        ("updated_at__lt", "2021-02-30T25:00"),
        ("updated_at__range", "2020-01-15T09:30:00+00:00"),
        ("project", "abc"),
        ("sprint", "abc"),
        ("parent", "abc"),
        ("labels__in", "abc"),
        ("assignee", "abc"),
        ("reporter", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_issue_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(ISSUE_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_issue_default_ordering(admin_client):
    IssueFactory.create_batch(3)
    expected = Issue.objects.order_by("priority", "-created_at", "pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, ISSUE_URL) == keys


@pytest.mark.parametrize(
    "field",
    [
        "title",
        "description",
        "kind",
        "priority",
        "estimate",
        "order",
        "created_at",
        "updated_at",
    ],
)
def test_issue_ordering_both_ways(admin_client, field):
    low, high = ISSUE_VALUES[field]
    rows = {
        "low": with_value(IssueFactory, field, low),
        "high": with_value(IssueFactory, field, high),
    }
    assert shown_in_order(admin_client, ISSUE_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, ISSUE_URL, descending, rows) == ["high", "low"]


def test_issue_search(admin_client):
    rows = {
        "hit": with_value(IssueFactory, "title", "Running quokka"),
        "miss": IssueFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, ISSUE_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_issue_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(IssueFactory, "title", "Running quokka"),
        "miss": IssueFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, ISSUE_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_issue_search_lists_best_matches_first(admin_client):
    rows = {"a": IssueFactory.create(), "b": IssueFactory.create()}
    first, second = shown_in_order(admin_client, ISSUE_URL, {}, rows)
    set_value(rows[first], "title", "quokka")
    set_value(rows[second], "title", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, ISSUE_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_issue_search_index():
    with connection.cursor() as cursor:
        table = Issue._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["issue_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_issue_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(IssueFactory, "title", "Running quokka"),
        "miss": IssueFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, ISSUE_URL, query, rows) == {"hit"}


# Labels
LABEL_URL = reverse_lazy("work:label-list")
# Two values of each field, low before high; every query below lists exactly one of them.
LABEL_VALUES = {
    "name": ("Alpha", "Bravo"),
    "color": ("Alpha", "Bravo"),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("name", {"name": "Alpha"}, "low", id="name"),
        pytest.param("name", {"name__iexact": "aLPHA"}, "low", id="name__iexact"),
        pytest.param("name", {"name__icontains": "LPHA"}, "low", id="name__icontains"),
        pytest.param(
            "name", {"name__istartswith": "al"}, "low", id="name__istartswith"
        ),
        pytest.param("name", {"name__in": "Bravo,Zulu"}, "high", id="name__in"),
        pytest.param("color", {"color": "Alpha"}, "low", id="color"),
        pytest.param("color", {"color__iexact": "aLPHA"}, "low", id="color__iexact"),
        pytest.param(
            "color", {"color__icontains": "LPHA"}, "low", id="color__icontains"
        ),
        pytest.param(
            "color", {"color__istartswith": "al"}, "low", id="color__istartswith"
        ),
        pytest.param("color", {"color__in": "Bravo,Zulu"}, "high", id="color__in"),
    ],
)
def test_label_filters(admin_client, field, query, expected):
    low, high = LABEL_VALUES[field]
    rows = {
        "low": with_value(LabelFactory, field, low),
        "high": with_value(LabelFactory, field, high),
    }
    assert shown(admin_client, LABEL_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("ordering", "no_such_field"),
    ],
)
def test_label_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(LABEL_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_label_default_ordering(admin_client):
    LabelFactory.create_batch(3)
    expected = Label.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, LABEL_URL) == keys


@pytest.mark.parametrize("field", ["name", "color"])
def test_label_ordering_both_ways(admin_client, field):
    low, high = LABEL_VALUES[field]
    rows = {
        "low": with_value(LabelFactory, field, low),
        "high": with_value(LabelFactory, field, high),
    }
    assert shown_in_order(admin_client, LABEL_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, LABEL_URL, descending, rows) == ["high", "low"]


def test_label_search(admin_client):
    rows = {
        "hit": with_value(LabelFactory, "name", "Running quokka"),
        "miss": LabelFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, LABEL_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_label_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(LabelFactory, "name", "Running quokka"),
        "miss": LabelFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, LABEL_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_label_search_lists_best_matches_first(admin_client):
    rows = {"a": LabelFactory.create(), "b": LabelFactory.create()}
    first, second = shown_in_order(admin_client, LABEL_URL, {}, rows)
    set_value(rows[first], "name", "quokka")
    set_value(rows[second], "name", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, LABEL_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_label_search_index():
    with connection.cursor() as cursor:
        table = Label._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["label_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_label_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(LabelFactory, "name", "Running quokka"),
        "miss": LabelFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, LABEL_URL, query, rows) == {"hit"}


# Activities
ACTIVITY_URL = reverse_lazy("work:activity-list")
# Two values of each field, low before high; every query below lists exactly one of them.
ACTIVITY_VALUES = {
    "message": ("Alpha", "Bravo"),
    "created_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("message", {"message": "Alpha"}, "low", id="message"),
        pytest.param(
            "message", {"message__iexact": "aLPHA"}, "low", id="message__iexact"
        ),
        pytest.param(
            "message", {"message__icontains": "LPHA"}, "low", id="message__icontains"
        ),
        pytest.param(
            "message", {"message__istartswith": "al"}, "low", id="message__istartswith"
        ),
        pytest.param(
            "message", {"message__in": "Bravo,Zulu"}, "high", id="message__in"
        ),
        pytest.param(
            "created_at",
            {"created_at": "2020-01-15T09:30:00+00:00"},
            "low",
            id="created_at",
        ),
        pytest.param(
            "created_at",
            {"created_at__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="created_at__lt",
        ),
        pytest.param(
            "created_at",
            {"created_at__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="created_at__lte",
        ),
        pytest.param(
            "created_at",
            {"created_at__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="created_at__gt",
        ),
        pytest.param(
            "created_at",
            {"created_at__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="created_at__gte",
        ),
        pytest.param(
            "created_at",
            {
                "created_at__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="created_at__range",
        ),
        pytest.param(
            "created_at", {"created_at__year": "2020"}, "low", id="created_at__year"
        ),
        pytest.param(
            "created_at", {"created_at__month": "6"}, "high", id="created_at__month"
        ),
    ],
)
def test_activity_filters(admin_client, field, query, expected):
    low, high = ACTIVITY_VALUES[field]
    rows = {
        "low": with_value(ActivityFactory, field, low),
        "high": with_value(ActivityFactory, field, high),
    }
    assert shown(admin_client, ACTIVITY_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["issue"])
def test_activity_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(ActivityFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, ACTIVITY_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, ACTIVITY_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, ACTIVITY_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, ACTIVITY_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("created_at__lt", "2021-02-30T25:00"),
        ("created_at__range", "2020-01-15T09:30:00+00:00"),
        ("issue", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_activity_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(ACTIVITY_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_activity_default_ordering(admin_client):
    ActivityFactory.create_batch(3)
    expected = Activity.objects.order_by("-created_at", "pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, ACTIVITY_URL) == keys


@pytest.mark.parametrize("field", ["message", "created_at"])
def test_activity_ordering_both_ways(admin_client, field):
    low, high = ACTIVITY_VALUES[field]
    rows = {
        "low": with_value(ActivityFactory, field, low),
        "high": with_value(ActivityFactory, field, high),
    }
    assert shown_in_order(admin_client, ACTIVITY_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, ACTIVITY_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_activity_search(admin_client):
    rows = {
        "hit": with_value(ActivityFactory, "message", "Running quokka"),
        "miss": ActivityFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, ACTIVITY_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_activity_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(ActivityFactory, "message", "Running quokka"),
        "miss": ActivityFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, ACTIVITY_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_activity_search_lists_best_matches_first(admin_client):
    rows = {"a": ActivityFactory.create(), "b": ActivityFactory.create()}
    first, second = shown_in_order(admin_client, ACTIVITY_URL, {}, rows)
    set_value(rows[first], "message", "quokka")
    set_value(rows[second], "message", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, ACTIVITY_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_activity_search_index():
    with connection.cursor() as cursor:
        table = Activity._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["activity_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_activity_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(ActivityFactory, "message", "Running quokka"),
        "miss": ActivityFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, ACTIVITY_URL, query, rows) == {"hit"}


# Users
USER_URL = reverse_lazy("work:user-list")
# Two values of each field, low before high; every query below lists exactly one of them.
USER_VALUES = {
    "username": ("Alpha", "Bravo"),
    "date_joined": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("username", {"username": "Alpha"}, "low", id="username"),
        pytest.param(
            "username", {"username__iexact": "aLPHA"}, "low", id="username__iexact"
        ),
        pytest.param(
            "username", {"username__icontains": "LPHA"}, "low", id="username__icontains"
        ),
        pytest.param(
            "username",
            {"username__istartswith": "al"},
            "low",
            id="username__istartswith",
        ),
        pytest.param(
            "username", {"username__in": "Bravo,Zulu"}, "high", id="username__in"
        ),
        pytest.param(
            "date_joined",
            {"date_joined": "2020-01-15T09:30:00+00:00"},
            "low",
            id="date_joined",
        ),
        pytest.param(
            "date_joined",
            {"date_joined__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="date_joined__lt",
        ),
        pytest.param(
            "date_joined",
            {"date_joined__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="date_joined__lte",
        ),
        pytest.param(
            "date_joined",
            {"date_joined__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="date_joined__gt",
        ),
        pytest.param(
            "date_joined",
            {"date_joined__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="date_joined__gte",
        ),
        pytest.param(
            "date_joined",
            {
                "date_joined__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="date_joined__range",
        ),
        pytest.param(
            "date_joined", {"date_joined__year": "2020"}, "low", id="date_joined__year"
        ),
        pytest.param(
            "date_joined", {"date_joined__month": "6"}, "high", id="date_joined__month"
        ),
    ],
)
def test_user_filters(admin_client, field, query, expected):
    low, high = USER_VALUES[field]
    rows = {
        "low": with_value(UserFactory, field, low),
        "high": with_value(UserFactory, field, high),
    }
    assert shown(admin_client, USER_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("date_joined__lt", "2021-02-30T25:00"),
        ("date_joined__range", "2020-01-15T09:30:00+00:00"),
        ("ordering", "no_such_field"),
    ],
)
def test_user_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(USER_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_user_default_ordering(admin_client):
    UserFactory.create_batch(3)
    expected = User.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, USER_URL) == keys


@pytest.mark.parametrize("field", ["username", "date_joined"])
def test_user_ordering_both_ways(admin_client, field):
    low, high = USER_VALUES[field]
    rows = {
        "low": with_value(UserFactory, field, low),
        "high": with_value(UserFactory, field, high),
    }
    assert shown_in_order(admin_client, USER_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, USER_URL, descending, rows) == ["high", "low"]
