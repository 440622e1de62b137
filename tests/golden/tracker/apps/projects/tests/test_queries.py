"""Query counts of the Projects API: every list, detail and nested list runs as
many queries for 30 rows as for 3, and no more than its query plan needs. An admin reads, so
that every row shows whoever owns it."""

import pytest
from django.urls import reverse

from apps.core.relations_testing import assert_constant_queries, create_linked
from apps.projects.models import Project, Sprint
from apps.work.models import Issue

pytestmark = pytest.mark.django_db


def test_project_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("projects:project-list"), {"page_size": 100}),
        lambda count: create_linked(Project, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_project_issues(admin_client):
    parent = create_linked(Project, 1)[0]
    url = reverse("projects:project-issues", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Issue, count, project=parent),
        at_most=4,
    )
    assert len(response.data["results"]) >= 30


def test_project_sprints(admin_client):
    parent = create_linked(Project, 1)[0]
    url = reverse("projects:project-sprints", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Sprint, count, project=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_sprint_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("projects:sprint-list"), {"page_size": 100}),
        lambda count: create_linked(Sprint, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_sprint_issues(admin_client):
    parent = create_linked(Sprint, 1)[0]
    url = reverse("projects:sprint-issues", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Issue, count, sprint=parent),
        at_most=4,
    )
    assert len(response.data["results"]) >= 30


def test_project_detail(admin_client):
    instance = create_linked(Project, 1)[0]

    def grow(count: int) -> None:
        create_linked(Issue, count, project=instance)
        create_linked(Sprint, count, project=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("projects:project-detail", args=[instance.pk])
        ),
        grow,
        at_most=1,
    )
    assert response.data["issues"]["count"] >= 30
    assert response.data["sprints"]["count"] >= 30


def test_sprint_detail(admin_client):
    instance = create_linked(Sprint, 1)[0]

    def grow(count: int) -> None:
        create_linked(Issue, count, sprint=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("projects:sprint-detail", args=[instance.pk])),
        grow,
        at_most=1,
    )
    assert response.data["issues"]["count"] >= 30
