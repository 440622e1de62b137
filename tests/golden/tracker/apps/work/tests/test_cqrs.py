"""Commands, queries and events of the Work app: each command through the API
and dispatched directly, each query asked directly within the queries its plan allows, and each
event delivered once, after the commit, with the acting user and the request id."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.core.cqrs import NotFound, ask, dispatch
from apps.core.cqrs.testing import assert_changes_stored, recorded, validated
from apps.core.testing import api_payload, send
from apps.work.commands import CreateIssue, DeleteIssue, UpdateIssue
from apps.work.events import IssueCreated, IssueDeleted, IssueUpdated
from apps.work.factories import IssueFactory
from apps.work.models import Issue
from apps.work.queries import GetIssue, ListIssue
from apps.work.serializers import IssueSerializer

pytestmark = pytest.mark.django_db


# -- issues

ISSUE_FIELDS = {
    "title": "title",
    "description": "description",
    "kind": "kind",
    "priority": "priority",
    "estimate": "estimate",
    "order": "order",
    "project": "project",
    "sprint": "sprint",
    "parent": "parent",
    "labels": "labels",
    "assignee": "assignee",
    "reporter": "reporter",
}


def issue_payload() -> dict:
    return api_payload(IssueFactory, ISSUE_FIELDS)


def test_create_issue_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    url = reverse("work:issue-list")
    with (
        recorded(IssueCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "post", url, issue_payload())
        assert events == []  # not before the commit
    assert response.status_code == status.HTTP_201_CREATED, response.data
    [event] = events
    assert str(event.id) == str(response.data["id"])
    assert event.user_id == admin_user.pk
    assert event.request_id == response["X-Request-ID"]


def test_create_issue_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    data = validated(IssueSerializer, issue_payload())
    with (
        recorded(IssueCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        row = dispatch(CreateIssue(data=data, user=admin_user, request_id="cqrs-test"))
    assert Issue.objects.filter(pk=row.pk).exists()
    [event] = events
    assert (str(event.id), event.user_id, event.request_id) == (
        str(row.pk),
        admin_user.pk,
        "cqrs-test",
    )


def test_update_issue_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = IssueFactory.create()
    url = reverse("work:issue-detail", args=[row.pk])
    with (
        recorded(IssueUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "put", url, issue_payload())
    assert response.status_code == status.HTTP_200_OK, response.data
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]
    assert_changes_stored(event, row)


def test_update_issue_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = IssueFactory.create()
    data = validated(IssueSerializer, issue_payload(), instance=row)
    with (
        recorded(IssueUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        updated = dispatch(UpdateIssue(id=row.pk, data=data, user=admin_user))
    assert updated.pk == row.pk
    [event] = events
    assert str(event.id) == str(row.pk)
    assert_changes_stored(event, row)


def test_delete_issue_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = IssueFactory.create()
    url = reverse("work:issue-detail", args=[row.pk])
    with (
        recorded(IssueDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = admin_client.delete(url)
    assert response.status_code == status.HTTP_204_NO_CONTENT
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]


def test_delete_issue_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = IssueFactory.create()
    with (
        recorded(IssueDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        dispatch(DeleteIssue(id=row.pk, user=admin_user))
    assert not Issue.objects.filter(pk=row.pk).exists()
    [event] = events
    assert str(event.id) == str(row.pk)


def test_get_issue(django_assert_max_num_queries):
    row = IssueFactory.create()
    with django_assert_max_num_queries(3):
        found = ask(GetIssue(id=row.pk))
    assert found.pk == row.pk


def test_get_issue_refuses_a_missing_key():
    row = IssueFactory.create()
    missing = row.pk
    row.delete()
    with pytest.raises(NotFound):
        ask(GetIssue(id=missing))
    with pytest.raises(NotFound):
        ask(GetIssue(id="not-a-key"))


def test_get_issue_reads_among_the_rows_given():
    row = IssueFactory.create()
    with pytest.raises(NotFound):
        ask(GetIssue(id=row.pk, rows=Issue.objects.exclude(pk=row.pk)))


def test_list_issue(django_assert_max_num_queries):
    IssueFactory.create_batch(3)
    with django_assert_max_num_queries(2):
        found = list(ask(ListIssue()))
    assert {r.pk for r in found} == set(Issue.objects.values_list("pk", flat=True))
