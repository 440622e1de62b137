"""Filters, search and ordering of the Projects lists, each proved on rows made
to match and rows made not to."""

from datetime import UTC, date, datetime

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
from apps.projects.factories import ProjectFactory, SprintFactory
from apps.projects.models import Project, Sprint

pytestmark = pytest.mark.django_db

POSTGRESQL = connection.vendor == "postgresql"

# Projects
PROJECT_URL = reverse_lazy("projects:project-list")
# Two values of each field, low before high; every query below lists exactly one of them.
PROJECT_VALUES = {
    "key": ("Alpha", "Bravo"),
    "name": ("Alpha", "Bravo"),
    "description": ("Alpha", "Bravo"),
    "archived": (False, True),
    "created_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("key", {"key": "Alpha"}, "low", id="key"),
        pytest.param("key", {"key__iexact": "aLPHA"}, "low", id="key__iexact"),
        pytest.param("key", {"key__icontains": "LPHA"}, "low", id="key__icontains"),
        pytest.param("key", {"key__istartswith": "al"}, "low", id="key__istartswith"),
        pytest.param("key", {"key__in": "Bravo,Zulu"}, "high", id="key__in"),
        pytest.param("name", {"name": "Alpha"}, "low", id="name"),
        pytest.param("name", {"name__iexact": "aLPHA"}, "low", id="name__iexact"),
        pytest.param("name", {"name__icontains": "LPHA"}, "low", id="name__icontains"),
        pytest.param(
            "name", {"name__istartswith": "al"}, "low", id="name__istartswith"
        ),
        pytest.param("name", {"name__in": "Bravo,Zulu"}, "high", id="name__in"),
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
        pytest.param("archived", {"archived": "false"}, "low", id="archived"),
        pytest.param("archived", {"archived": "true"}, "high", id="archived"),
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
def test_project_filters(admin_client, field, query, expected):
    low, high = PROJECT_VALUES[field]
    rows = {
        "low": with_value(ProjectFactory, field, low),
        "high": with_value(ProjectFactory, field, high),
    }
    assert shown(admin_client, PROJECT_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("archived", "maybe"),
        ("created_at__lt", "2021-02-30T25:00"),
        ("created_at__range", "2020-01-15T09:30:00+00:00"),
        ("ordering", "no_such_field"),
    ],
)
def test_project_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(PROJECT_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_project_default_ordering(admin_client):
    ProjectFactory.create_batch(3)
    expected = Project.objects.order_by("-created_at", "pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, PROJECT_URL) == keys


@pytest.mark.parametrize(
    "field", ["key", "name", "description", "archived", "created_at"]
)
def test_project_ordering_both_ways(admin_client, field):
    low, high = PROJECT_VALUES[field]
    rows = {
        "low": with_value(ProjectFactory, field, low),
        "high": with_value(ProjectFactory, field, high),
    }
    assert shown_in_order(admin_client, PROJECT_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, PROJECT_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_project_search(admin_client):
    rows = {
        "hit": with_value(ProjectFactory, "name", "Running quokka"),
        "miss": ProjectFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, PROJECT_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_project_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(ProjectFactory, "name", "Running quokka"),
        "miss": ProjectFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, PROJECT_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_project_search_lists_best_matches_first(admin_client):
    rows = {"a": ProjectFactory.create(), "b": ProjectFactory.create()}
    first, second = shown_in_order(admin_client, PROJECT_URL, {}, rows)
    set_value(rows[first], "name", "quokka")
    set_value(rows[second], "name", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, PROJECT_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_project_search_index():
    with connection.cursor() as cursor:
        table = Project._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["project_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_project_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(ProjectFactory, "name", "Running quokka"),
        "miss": ProjectFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, PROJECT_URL, query, rows) == {"hit"}


# Sprints
SPRINT_URL = reverse_lazy("projects:sprint-list")
# Two values of each field, low before high; every query below lists exactly one of them.
SPRINT_VALUES = {
    "name": ("Alpha", "Bravo"),
    "starts_on": (date(2020, 1, 15), date(2023, 6, 20)),
    "ends_on": (date(2020, 1, 15), date(2023, 6, 20)),
    "goal": ("Alpha", "Bravo"),
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
        pytest.param("starts_on", {"starts_on": "2020-01-15"}, "low", id="starts_on"),
        pytest.param(
            "starts_on", {"starts_on__lt": "2023-06-20"}, "low", id="starts_on__lt"
        ),
        pytest.param(
            "starts_on", {"starts_on__lte": "2020-01-15"}, "low", id="starts_on__lte"
        ),
        pytest.param(
            "starts_on", {"starts_on__gt": "2020-01-15"}, "high", id="starts_on__gt"
        ),
        pytest.param(
            "starts_on", {"starts_on__gte": "2023-06-20"}, "high", id="starts_on__gte"
        ),
        pytest.param(
            "starts_on",
            {"starts_on__range": "2023-06-20,2023-06-20"},
            "high",
            id="starts_on__range",
        ),
        pytest.param(
            "starts_on", {"starts_on__year": "2020"}, "low", id="starts_on__year"
        ),
        pytest.param(
            "starts_on", {"starts_on__month": "6"}, "high", id="starts_on__month"
        ),
        pytest.param("ends_on", {"ends_on": "2020-01-15"}, "low", id="ends_on"),
        pytest.param("ends_on", {"ends_on__lt": "2023-06-20"}, "low", id="ends_on__lt"),
        pytest.param(
            "ends_on", {"ends_on__lte": "2020-01-15"}, "low", id="ends_on__lte"
        ),
        pytest.param(
            "ends_on", {"ends_on__gt": "2020-01-15"}, "high", id="ends_on__gt"
        ),
        pytest.param(
            "ends_on", {"ends_on__gte": "2023-06-20"}, "high", id="ends_on__gte"
        ),
        pytest.param(
            "ends_on",
            {"ends_on__range": "2023-06-20,2023-06-20"},
            "high",
            id="ends_on__range",
        ),
        pytest.param("ends_on", {"ends_on__year": "2020"}, "low", id="ends_on__year"),
        pytest.param("ends_on", {"ends_on__month": "6"}, "high", id="ends_on__month"),
        pytest.param("goal", {"goal": "Alpha"}, "low", id="goal"),
        pytest.param("goal", {"goal__iexact": "aLPHA"}, "low", id="goal__iexact"),
        pytest.param("goal", {"goal__icontains": "LPHA"}, "low", id="goal__icontains"),
        pytest.param(
            "goal", {"goal__istartswith": "al"}, "low", id="goal__istartswith"
        ),
        pytest.param("goal", {"goal__in": "Bravo,Zulu"}, "high", id="goal__in"),
    ],
)
def test_sprint_filters(admin_client, field, query, expected):
    low, high = SPRINT_VALUES[field]
    rows = {
        "low": with_value(SprintFactory, field, low),
        "high": with_value(SprintFactory, field, high),
    }
    assert shown(admin_client, SPRINT_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["project"])
def test_sprint_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(SprintFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, SPRINT_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, SPRINT_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, SPRINT_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, SPRINT_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("starts_on__gt", "2021-02-30"),
        ("starts_on__range", "2020-01-15"),
        ("ends_on__gt", "2021-02-30"),
        ("ends_on__range", "2020-01-15"),
        ("project", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_sprint_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(SPRINT_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_sprint_default_ordering(admin_client):
    SprintFactory.create_batch(3)
    expected = Sprint.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, SPRINT_URL) == keys


@pytest.mark.parametrize("field", ["name", "starts_on", "ends_on", "goal"])
def test_sprint_ordering_both_ways(admin_client, field):
    low, high = SPRINT_VALUES[field]
    rows = {
        "low": with_value(SprintFactory, field, low),
        "high": with_value(SprintFactory, field, high),
    }
    assert shown_in_order(admin_client, SPRINT_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, SPRINT_URL, descending, rows) == ["high", "low"]


def test_sprint_search(admin_client):
    rows = {
        "hit": with_value(SprintFactory, "name", "Running quokka"),
        "miss": SprintFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, SPRINT_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_sprint_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(SprintFactory, "name", "Running quokka"),
        "miss": SprintFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, SPRINT_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_sprint_search_lists_best_matches_first(admin_client):
    rows = {"a": SprintFactory.create(), "b": SprintFactory.create()}
    first, second = shown_in_order(admin_client, SPRINT_URL, {}, rows)
    set_value(rows[first], "name", "quokka")
    set_value(rows[second], "name", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, SPRINT_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_sprint_search_index():
    with connection.cursor() as cursor:
        table = Sprint._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["sprint_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_sprint_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(SprintFactory, "name", "Running quokka"),
        "miss": SprintFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, SPRINT_URL, query, rows) == {"hit"}
