"""Hostile input to the Projects endpoints: every query parameter of every list
answers each hostile value without a server error, the values that cannot be compared are
refused with a 400, a key no row can have is not found, and a write refuses each value of a
field's type no database stores."""

from urllib.parse import quote

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.core import hostile
from apps.core.testing import api_payload
from apps.projects.factories import ProjectFactory, SprintFactory

pytestmark = pytest.mark.django_db

PROJECT_URL = reverse_lazy("projects:project-list")

SPRINT_URL = reverse_lazy("projects:sprint-list")

LIST_PARAMETERS = [
    pytest.param(PROJECT_URL, "key", id="project-key"),
    pytest.param(PROJECT_URL, "key__iexact", id="project-key__iexact"),
    pytest.param(PROJECT_URL, "key__icontains", id="project-key__icontains"),
    pytest.param(PROJECT_URL, "key__istartswith", id="project-key__istartswith"),
    pytest.param(PROJECT_URL, "key__in", id="project-key__in"),
    pytest.param(PROJECT_URL, "name", id="project-name"),
    pytest.param(PROJECT_URL, "name__iexact", id="project-name__iexact"),
    pytest.param(PROJECT_URL, "name__icontains", id="project-name__icontains"),
    pytest.param(PROJECT_URL, "name__istartswith", id="project-name__istartswith"),
    pytest.param(PROJECT_URL, "name__in", id="project-name__in"),
    pytest.param(PROJECT_URL, "description", id="project-description"),
    pytest.param(PROJECT_URL, "description__iexact", id="project-description__iexact"),
    pytest.param(
        PROJECT_URL, "description__icontains", id="project-description__icontains"
    ),
    pytest.param(
        PROJECT_URL, "description__istartswith", id="project-description__istartswith"
    ),
    pytest.param(PROJECT_URL, "description__in", id="project-description__in"),
    pytest.param(PROJECT_URL, "archived", id="project-archived"),
    pytest.param(PROJECT_URL, "created_at", id="project-created_at"),
    pytest.param(PROJECT_URL, "created_at__lt", id="project-created_at__lt"),
    pytest.param(PROJECT_URL, "created_at__lte", id="project-created_at__lte"),
    pytest.param(PROJECT_URL, "created_at__gt", id="project-created_at__gt"),
    pytest.param(PROJECT_URL, "created_at__gte", id="project-created_at__gte"),
    pytest.param(PROJECT_URL, "created_at__range", id="project-created_at__range"),
    pytest.param(PROJECT_URL, "created_at__year", id="project-created_at__year"),
    pytest.param(PROJECT_URL, "created_at__month", id="project-created_at__month"),
    pytest.param(PROJECT_URL, "search", id="project-search"),
    pytest.param(PROJECT_URL, "ordering", id="project-ordering"),
    pytest.param(PROJECT_URL, "page", id="project-page"),
    pytest.param(PROJECT_URL, "page_size", id="project-page_size"),
    pytest.param(SPRINT_URL, "name", id="sprint-name"),
    pytest.param(SPRINT_URL, "name__iexact", id="sprint-name__iexact"),
    pytest.param(SPRINT_URL, "name__icontains", id="sprint-name__icontains"),
    pytest.param(SPRINT_URL, "name__istartswith", id="sprint-name__istartswith"),
    pytest.param(SPRINT_URL, "name__in", id="sprint-name__in"),
    pytest.param(SPRINT_URL, "starts_on", id="sprint-starts_on"),
    pytest.param(SPRINT_URL, "starts_on__lt", id="sprint-starts_on__lt"),
    pytest.param(SPRINT_URL, "starts_on__lte", id="sprint-starts_on__lte"),
    pytest.param(SPRINT_URL, "starts_on__gt", id="sprint-starts_on__gt"),
    pytest.param(SPRINT_URL, "starts_on__gte", id="sprint-starts_on__gte"),
    pytest.param(SPRINT_URL, "starts_on__range", id="sprint-starts_on__range"),
    pytest.param(SPRINT_URL, "starts_on__year", id="sprint-starts_on__year"),
    pytest.param(SPRINT_URL, "starts_on__month", id="sprint-starts_on__month"),
    pytest.param(SPRINT_URL, "ends_on", id="sprint-ends_on"),
    pytest.param(SPRINT_URL, "ends_on__lt", id="sprint-ends_on__lt"),
    pytest.param(SPRINT_URL, "ends_on__lte", id="sprint-ends_on__lte"),
    pytest.param(SPRINT_URL, "ends_on__gt", id="sprint-ends_on__gt"),
    pytest.param(SPRINT_URL, "ends_on__gte", id="sprint-ends_on__gte"),
    pytest.param(SPRINT_URL, "ends_on__range", id="sprint-ends_on__range"),
    pytest.param(SPRINT_URL, "ends_on__year", id="sprint-ends_on__year"),
    pytest.param(SPRINT_URL, "ends_on__month", id="sprint-ends_on__month"),
    pytest.param(SPRINT_URL, "goal", id="sprint-goal"),
    pytest.param(SPRINT_URL, "goal__iexact", id="sprint-goal__iexact"),
    pytest.param(SPRINT_URL, "goal__icontains", id="sprint-goal__icontains"),
    pytest.param(SPRINT_URL, "goal__istartswith", id="sprint-goal__istartswith"),
    pytest.param(SPRINT_URL, "goal__in", id="sprint-goal__in"),
    pytest.param(SPRINT_URL, "project", id="sprint-project"),
    pytest.param(SPRINT_URL, "project__in", id="sprint-project__in"),
    pytest.param(SPRINT_URL, "search", id="sprint-search"),
    pytest.param(SPRINT_URL, "ordering", id="sprint-ordering"),
    pytest.param(SPRINT_URL, "page", id="sprint-page"),
    pytest.param(SPRINT_URL, "page_size", id="sprint-page_size"),
]

REFUSED_QUERIES = [
    pytest.param(PROJECT_URL, "key", hostile.NUL, id="project-key-nul"),
    pytest.param(PROJECT_URL, "key__iexact", hostile.NUL, id="project-key__iexact-nul"),
    pytest.param(
        PROJECT_URL, "key__icontains", hostile.NUL, id="project-key__icontains-nul"
    ),
    pytest.param(
        PROJECT_URL, "key__istartswith", hostile.NUL, id="project-key__istartswith-nul"
    ),
    pytest.param(PROJECT_URL, "name", hostile.NUL, id="project-name-nul"),
    pytest.param(
        PROJECT_URL, "name__iexact", hostile.NUL, id="project-name__iexact-nul"
    ),
    pytest.param(
        PROJECT_URL, "name__icontains", hostile.NUL, id="project-name__icontains-nul"
    ),
    pytest.param(
        PROJECT_URL,
        "name__istartswith",
        hostile.NUL,
        id="project-name__istartswith-nul",
    ),
    pytest.param(PROJECT_URL, "description", hostile.NUL, id="project-description-nul"),
    pytest.param(
        PROJECT_URL,
        "description__iexact",
        hostile.NUL,
        id="project-description__iexact-nul",
    ),
    pytest.param(
        PROJECT_URL,
        "description__icontains",
        hostile.NUL,
        id="project-description__icontains-nul",
    ),
    pytest.param(
        PROJECT_URL,
        "description__istartswith",
        hostile.NUL,
        id="project-description__istartswith-nul",
    ),
    pytest.param(PROJECT_URL, "archived", hostile.NUL, id="project-archived-nul"),
    pytest.param(PROJECT_URL, "created_at", hostile.NUL, id="project-created_at-nul"),
    pytest.param(
        PROJECT_URL, "created_at__lt", hostile.NUL, id="project-created_at__lt-nul"
    ),
    pytest.param(
        PROJECT_URL, "created_at__lte", hostile.NUL, id="project-created_at__lte-nul"
    ),
    pytest.param(
        PROJECT_URL, "created_at__gt", hostile.NUL, id="project-created_at__gt-nul"
    ),
    pytest.param(
        PROJECT_URL, "created_at__gte", hostile.NUL, id="project-created_at__gte-nul"
    ),
    pytest.param(
        PROJECT_URL,
        "created_at__range",
        hostile.NUL,
        id="project-created_at__range-nul",
    ),
    pytest.param(
        PROJECT_URL, "created_at__year", hostile.NUL, id="project-created_at__year-nul"
    ),
    pytest.param(
        PROJECT_URL,
        "created_at__month",
        hostile.NUL,
        id="project-created_at__month-nul",
    ),
    pytest.param(
        PROJECT_URL,
        "created_at__lt",
        hostile.LATEST_DATETIME,
        id="project-created_at__lt-latest_datetime",
    ),
    pytest.param(
        PROJECT_URL,
        "created_at__lt",
        hostile.EARLIEST_DATETIME,
        id="project-created_at__lt-earliest_datetime",
    ),
    pytest.param(
        PROJECT_URL,
        "created_at__lte",
        hostile.LATEST_DATETIME,
        id="project-created_at__lte-latest_datetime",
    ),
    pytest.param(
        PROJECT_URL,
        "created_at__lte",
        hostile.EARLIEST_DATETIME,
        id="project-created_at__lte-earliest_datetime",
    ),
    pytest.param(
        PROJECT_URL,
        "created_at__gt",
        hostile.LATEST_DATETIME,
        id="project-created_at__gt-latest_datetime",
    ),
    pytest.param(
        PROJECT_URL,
        "created_at__gt",
        hostile.EARLIEST_DATETIME,
        id="project-created_at__gt-earliest_datetime",
    ),
    pytest.param(
        PROJECT_URL,
        "created_at__gte",
        hostile.LATEST_DATETIME,
        id="project-created_at__gte-latest_datetime",
    ),
    pytest.param(
        PROJECT_URL,
        "created_at__gte",
        hostile.EARLIEST_DATETIME,
        id="project-created_at__gte-earliest_datetime",
    ),
    pytest.param(PROJECT_URL, "search", hostile.NUL, id="project-search-nul"),
    pytest.param(
        PROJECT_URL, "search", hostile.MANY_WORDS, id="project-search-many_words"
    ),
    pytest.param(
        PROJECT_URL, "search", hostile.LONG_WORD, id="project-search-long_word"
    ),
    pytest.param(PROJECT_URL, "ordering", hostile.NUL, id="project-ordering-nul"),
    pytest.param(SPRINT_URL, "name", hostile.NUL, id="sprint-name-nul"),
    pytest.param(SPRINT_URL, "name__iexact", hostile.NUL, id="sprint-name__iexact-nul"),
    pytest.param(
        SPRINT_URL, "name__icontains", hostile.NUL, id="sprint-name__icontains-nul"
    ),
    pytest.param(
        SPRINT_URL, "name__istartswith", hostile.NUL, id="sprint-name__istartswith-nul"
    ),
    pytest.param(SPRINT_URL, "starts_on", hostile.NUL, id="sprint-starts_on-nul"),
    pytest.param(
        SPRINT_URL, "starts_on__lt", hostile.NUL, id="sprint-starts_on__lt-nul"
    ),
    pytest.param(
        SPRINT_URL, "starts_on__lte", hostile.NUL, id="sprint-starts_on__lte-nul"
    ),
    pytest.param(
        SPRINT_URL, "starts_on__gt", hostile.NUL, id="sprint-starts_on__gt-nul"
    ),
    pytest.param(
        SPRINT_URL, "starts_on__gte", hostile.NUL, id="sprint-starts_on__gte-nul"
    ),
    pytest.param(
        SPRINT_URL, "starts_on__range", hostile.NUL, id="sprint-starts_on__range-nul"
    ),
    pytest.param(
        SPRINT_URL, "starts_on__year", hostile.NUL, id="sprint-starts_on__year-nul"
    ),
    pytest.param(
        SPRINT_URL, "starts_on__month", hostile.NUL, id="sprint-starts_on__month-nul"
    ),
    pytest.param(SPRINT_URL, "ends_on", hostile.NUL, id="sprint-ends_on-nul"),
    pytest.param(SPRINT_URL, "ends_on__lt", hostile.NUL, id="sprint-ends_on__lt-nul"),
    pytest.param(SPRINT_URL, "ends_on__lte", hostile.NUL, id="sprint-ends_on__lte-nul"),
    pytest.param(SPRINT_URL, "ends_on__gt", hostile.NUL, id="sprint-ends_on__gt-nul"),
    pytest.param(SPRINT_URL, "ends_on__gte", hostile.NUL, id="sprint-ends_on__gte-nul"),
    pytest.param(
        SPRINT_URL, "ends_on__range", hostile.NUL, id="sprint-ends_on__range-nul"
    ),
    pytest.param(
        SPRINT_URL, "ends_on__year", hostile.NUL, id="sprint-ends_on__year-nul"
    ),
    pytest.param(
        SPRINT_URL, "ends_on__month", hostile.NUL, id="sprint-ends_on__month-nul"
    ),
    pytest.param(SPRINT_URL, "goal", hostile.NUL, id="sprint-goal-nul"),
    pytest.param(SPRINT_URL, "goal__iexact", hostile.NUL, id="sprint-goal__iexact-nul"),
    pytest.param(
        SPRINT_URL, "goal__icontains", hostile.NUL, id="sprint-goal__icontains-nul"
    ),
    pytest.param(
        SPRINT_URL, "goal__istartswith", hostile.NUL, id="sprint-goal__istartswith-nul"
    ),
    pytest.param(SPRINT_URL, "project", hostile.NUL, id="sprint-project-nul"),
    pytest.param(SPRINT_URL, "search", hostile.NUL, id="sprint-search-nul"),
    pytest.param(
        SPRINT_URL, "search", hostile.MANY_WORDS, id="sprint-search-many_words"
    ),
    pytest.param(SPRINT_URL, "search", hostile.LONG_WORD, id="sprint-search-long_word"),
    pytest.param(SPRINT_URL, "ordering", hostile.NUL, id="sprint-ordering-nul"),
]


@pytest.mark.parametrize(("url", "parameter"), LIST_PARAMETERS)
def test_list_parameter_survives_hostile_values(admin_client, url, parameter):
    answers = {
        value[:40]: admin_client.get(url, {parameter: value})
        for value in hostile.QUERY_VALUES
    }
    failed = {
        value: response.status_code
        for value, response in answers.items()
        if response.status_code >= 500
        or (response.status_code >= 400 and not hostile.is_enveloped(response))
    }
    assert not failed


@pytest.mark.parametrize(("url", "parameter", "value"), REFUSED_QUERIES)
def test_list_refuses(admin_client, url, parameter, value):
    response = admin_client.get(url, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST, response.content
    assert parameter in response.json()["error"]["details"]


# The paths that carry a key: a list path, then the key, then what follows it.
KEYED_PATHS = [
    pytest.param(PROJECT_URL, "", id="project-detail"),
    pytest.param(PROJECT_URL, "issues/", id="project-issues"),
    pytest.param(PROJECT_URL, "sprints/", id="project-sprints"),
    pytest.param(SPRINT_URL, "", id="sprint-detail"),
    pytest.param(SPRINT_URL, "issues/", id="sprint-issues"),
]


@pytest.mark.parametrize(("url", "suffix"), KEYED_PATHS)
def test_a_hostile_key_is_not_found(admin_client, url, suffix):
    answers = {
        key[:40]: admin_client.get(f"{url}{quote(key, safe='')}/{suffix}")
        for key in hostile.KEYS
    }
    failed = {
        key: response.status_code
        for key, response in answers.items()
        if response.status_code != status.HTTP_404_NOT_FOUND
    }
    assert not failed


PROJECT_FIELDS = {
    "key": "key",
    "name": "name",
    "description": "description",
    "archived": "archived",
}

SPRINT_FIELDS = {
    "name": "name",
    "starts_on": "starts_on",
    "ends_on": "ends_on",
    "goal": "goal",
    "project": "project",
}

REFUSED_VALUES = [
    pytest.param(
        ProjectFactory,
        PROJECT_FIELDS,
        PROJECT_URL,
        "key",
        hostile.NUL,
        id="project-key-nul",
    ),
    pytest.param(
        ProjectFactory,
        PROJECT_FIELDS,
        PROJECT_URL,
        "key",
        hostile.SURROGATE,
        id="project-key-surrogate",
    ),
    pytest.param(
        ProjectFactory,
        PROJECT_FIELDS,
        PROJECT_URL,
        "name",
        hostile.NUL,
        id="project-name-nul",
    ),
    pytest.param(
        ProjectFactory,
        PROJECT_FIELDS,
        PROJECT_URL,
        "name",
        hostile.SURROGATE,
        id="project-name-surrogate",
    ),
    pytest.param(
        ProjectFactory,
        PROJECT_FIELDS,
        PROJECT_URL,
        "description",
        hostile.NUL,
        id="project-description-nul",
    ),
    pytest.param(
        ProjectFactory,
        PROJECT_FIELDS,
        PROJECT_URL,
        "description",
        hostile.SURROGATE,
        id="project-description-surrogate",
    ),
    pytest.param(
        ProjectFactory,
        PROJECT_FIELDS,
        PROJECT_URL,
        "archived",
        hostile.NUL,
        id="project-archived-nul",
    ),
    pytest.param(
        ProjectFactory,
        PROJECT_FIELDS,
        PROJECT_URL,
        "archived",
        hostile.SURROGATE,
        id="project-archived-surrogate",
    ),
    pytest.param(
        SprintFactory,
        SPRINT_FIELDS,
        SPRINT_URL,
        "name",
        hostile.NUL,
        id="sprint-name-nul",
    ),
    pytest.param(
        SprintFactory,
        SPRINT_FIELDS,
        SPRINT_URL,
        "name",
        hostile.SURROGATE,
        id="sprint-name-surrogate",
    ),
    pytest.param(
        SprintFactory,
        SPRINT_FIELDS,
        SPRINT_URL,
        "starts_on",
        hostile.NUL,
        id="sprint-starts_on-nul",
    ),
    pytest.param(
        SprintFactory,
        SPRINT_FIELDS,
        SPRINT_URL,
        "starts_on",
        hostile.SURROGATE,
        id="sprint-starts_on-surrogate",
    ),
    pytest.param(
        SprintFactory,
        SPRINT_FIELDS,
        SPRINT_URL,
        "starts_on",
        hostile.BEYOND_YEAR_9999,
        id="sprint-starts_on-beyond_year_9999",
    ),
    pytest.param(
        SprintFactory,
        SPRINT_FIELDS,
        SPRINT_URL,
        "ends_on",
        hostile.NUL,
        id="sprint-ends_on-nul",
    ),
    pytest.param(
        SprintFactory,
        SPRINT_FIELDS,
        SPRINT_URL,
        "ends_on",
        hostile.SURROGATE,
        id="sprint-ends_on-surrogate",
    ),
    pytest.param(
        SprintFactory,
        SPRINT_FIELDS,
        SPRINT_URL,
        "ends_on",
        hostile.BEYOND_YEAR_9999,
        id="sprint-ends_on-beyond_year_9999",
    ),
    pytest.param(
        SprintFactory,
        SPRINT_FIELDS,
        SPRINT_URL,
        "goal",
        hostile.NUL,
        id="sprint-goal-nul",
    ),
    pytest.param(
        SprintFactory,
        SPRINT_FIELDS,
        SPRINT_URL,
        "goal",
        hostile.SURROGATE,
        id="sprint-goal-surrogate",
    ),
    pytest.param(
        SprintFactory,
        SPRINT_FIELDS,
        SPRINT_URL,
        "project",
        hostile.NUL,
        id="sprint-project-nul",
    ),
    pytest.param(
        SprintFactory,
        SPRINT_FIELDS,
        SPRINT_URL,
        "project",
        hostile.SURROGATE,
        id="sprint-project-surrogate",
    ),
]


@pytest.mark.parametrize(
    ("factory", "fields", "url", "api_name", "value"), REFUSED_VALUES
)
def test_write_refuses(admin_client, factory, fields, url, api_name, value):
    body = {
        name: sent
        for name, sent in api_payload(factory, fields).items()
        if isinstance(sent, str | int | float | bool | list | dict)
    }
    body[api_name] = value
    response = admin_client.generic(
        "POST", url, hostile.as_json(body), content_type="application/json"
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST, response.content
    assert api_name in response.json()["error"]["details"]
    assert admin_client.get(url).status_code == status.HTTP_200_OK
