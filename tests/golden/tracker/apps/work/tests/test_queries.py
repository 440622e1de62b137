"""Query counts of the Work API: every list, detail and nested list runs as
many queries for 30 rows as for 3, and no more than its query plan needs. An admin reads, so
that every row shows whoever owns it."""

import pytest
from django.urls import reverse

from apps.core.relations_testing import (
    assert_constant_queries,
    create_linked,
    link_rows,
)
from apps.work.models import Activity, Issue, Label, User

pytestmark = pytest.mark.django_db


def test_issue_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("work:issue-list"), {"page_size": 100}),
        lambda count: create_linked(Issue, count),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_issue_children(admin_client):
    parent = create_linked(Issue, 1)[0]
    url = reverse("work:issue-children", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Issue, count, parent=parent),
        at_most=4,
    )
    assert len(response.data["results"]) >= 30


def test_issue_activities(admin_client):
    parent = create_linked(Issue, 1)[0]
    url = reverse("work:issue-activities", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Activity, count, issue=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_label_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("work:label-list"), {"page_size": 100}),
        lambda count: create_linked(Label, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_label_issues(admin_client):
    parent = create_linked(Label, 1)[0]
    url = reverse("work:label-issues", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Issue, count, labels=[parent]),
        at_most=4,
    )
    assert len(response.data["results"]) >= 30


def test_activity_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("work:activity-list"), {"page_size": 100}),
        lambda count: create_linked(Activity, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_user_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("work:user-list"), {"page_size": 100}),
        lambda count: create_linked(User, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_user_issues_as_assignee(admin_client):
    parent = create_linked(User, 1)[0]
    url = reverse("work:user-issues-as-assignee", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Issue, count, assignee=parent),
        at_most=4,
    )
    assert len(response.data["results"]) >= 30


def test_user_issues_as_reporter(admin_client):
    parent = create_linked(User, 1)[0]
    url = reverse("work:user-issues-as-reporter", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Issue, count, reporter=parent),
        at_most=4,
    )
    assert len(response.data["results"]) >= 30


def test_issue_detail(admin_client):
    instance = create_linked(Issue, 1)[0]

    def grow(count: int) -> None:
        link_rows(instance, "labels", count)
        create_linked(Issue, count, parent=instance)
        create_linked(Activity, count, issue=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("work:issue-detail", args=[instance.pk])),
        grow,
        at_most=3,
    )
    assert len(response.data["labels"]) >= 30
    assert response.data["children"]["count"] >= 30
    assert response.data["activities"]["count"] >= 30


def test_label_detail(admin_client):
    instance = create_linked(Label, 1)[0]

    def grow(count: int) -> None:
        create_linked(Issue, count, labels=[instance])

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("work:label-detail", args=[instance.pk])),
        grow,
        at_most=1,
    )
    assert response.data["issues"]["count"] >= 30


def test_activity_detail(admin_client):
    instance = create_linked(Activity, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(reverse("work:activity-detail", args=[instance.pk])),
        lambda count: create_linked(Activity, count),
        at_most=2,
    )


def test_user_detail(admin_client):
    instance = create_linked(User, 1)[0]

    def grow(count: int) -> None:
        create_linked(Issue, count, assignee=instance)
        create_linked(Issue, count, reporter=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("work:user-detail", args=[instance.pk])),
        grow,
        at_most=1,
    )
    assert response.data["issues_as_assignee"]["count"] >= 30
    assert response.data["issues_as_reporter"]["count"] >= 30
