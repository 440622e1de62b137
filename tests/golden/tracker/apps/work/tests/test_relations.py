"""Relations in the Work API: written as keys of existing rows, read as
references in lists, as objects in details (as references where the reader of the detail
may not read the related row: users, others' private rows), and reverse relations as counts
with the URL of their nested list."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.core.relations_testing import create_linked
from apps.core.testing import api_key, factory_for, field_errors, related_model
from apps.work.models import Activity, Issue, Label, User

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "url_name", "api_name", "value"),
    [
        pytest.param(
            Issue,
            "work:issue-detail",
            "project",
            0,
            id="issue-project-missing",
        ),
        pytest.param(
            Issue,
            "work:issue-detail",
            "project",
            "not-a-key",
            id="issue-project-malformed",
        ),
        pytest.param(
            Issue,
            "work:issue-detail",
            "sprint",
            0,
            id="issue-sprint-missing",
        ),
        pytest.param(
            Issue,
            "work:issue-detail",
            "sprint",
            "not-a-key",
            id="issue-sprint-malformed",
        ),
        pytest.param(
            Issue,
            "work:issue-detail",
            "parent",
            0,
            id="issue-parent-missing",
        ),
        pytest.param(
            Issue,
            "work:issue-detail",
            "parent",
            "not-a-key",
            id="issue-parent-malformed",
        ),
        pytest.param(
            Issue,
            "work:issue-detail",
            "labels",
            [0],
            id="issue-labels-missing",
        ),
        pytest.param(
            Issue,
            "work:issue-detail",
            "labels",
            ["not-a-key"],
            id="issue-labels-malformed",
        ),
        pytest.param(
            Issue,
            "work:issue-detail",
            "assignee",
            0,
            id="issue-assignee-missing",
        ),
        pytest.param(
            Issue,
            "work:issue-detail",
            "assignee",
            "not-a-key",
            id="issue-assignee-malformed",
        ),
        pytest.param(
            Issue,
            "work:issue-detail",
            "reporter",
            0,
            id="issue-reporter-missing",
        ),
        pytest.param(
            Issue,
            "work:issue-detail",
            "reporter",
            "not-a-key",
            id="issue-reporter-malformed",
        ),
    ],
)
def test_a_wrong_key_is_refused_on_its_field(
    admin_client, model, url_name, api_name, value
):
    instance = factory_for(model).create()
    url = reverse(url_name, args=[instance.pk])
    response = admin_client.patch(url, {api_name: value}, format="json")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


def related_rows(instance, name: str, many: bool) -> list:
    """The rows a relation of `instance` points at, in the order the API shows them."""
    value = getattr(instance, name)
    if many:
        return list(value.all())
    return [] if value is None else [value]


@pytest.mark.parametrize(
    ("model", "route", "api_name", "name", "many", "whole"),
    [
        pytest.param(
            Issue,
            "work:issue",
            "project",
            "project",
            False,
            True,
            id="issue-project",
        ),
        pytest.param(
            Issue,
            "work:issue",
            "sprint",
            "sprint",
            False,
            True,
            id="issue-sprint",
        ),
        pytest.param(
            Issue,
            "work:issue",
            "parent",
            "parent",
            False,
            True,
            id="issue-parent",
        ),
        pytest.param(
            Issue,
            "work:issue",
            "labels",
            "labels",
            True,
            True,
            id="issue-labels",
        ),
        pytest.param(
            Issue,
            "work:issue",
            "assignee",
            "assignee",
            False,
            False,
            id="issue-assignee",
        ),
        pytest.param(
            Issue,
            "work:issue",
            "reporter",
            "reporter",
            False,
            False,
            id="issue-reporter",
        ),
        pytest.param(
            Activity,
            "work:activity",
            "issue",
            "issue",
            False,
            True,
            id="activity-issue",
        ),
    ],
)
def test_a_list_shows_references_and_a_detail_objects(
    admin_client, model, route, api_name, name, many, whole
):
    instance = create_linked(model, 1)[0]
    expected = related_rows(instance, name, many)
    key, target_key = (
        api_key(model),
        api_key(related_model(model._meta.get_field(name))),
    )
    listed = admin_client.get(reverse(f"{route}-list")).data["results"]
    row = next(row for row in listed if str(row[key]) == str(instance.pk))
    references = row[api_name] if many else [row[api_name]]
    assert all(set(reference) == {"id", "display"} for reference in references)
    assert [(str(ref["id"]), ref["display"]) for ref in references] == [
        (str(r.pk), str(r)) for r in expected
    ]
    detail = admin_client.get(reverse(f"{route}-detail", args=[instance.pk])).data
    objects = detail[api_name] if many else [detail[api_name]]
    assert [str(o[target_key if whole else "id"]) for o in objects] == [
        str(r.pk) for r in expected
    ]
    assert all(("display" not in o) == whole for o in objects)


@pytest.mark.parametrize(
    ("parent_model", "detail", "holder", "key", "many", "name", "nested", "count"),
    [
        pytest.param(
            Issue,
            "work:issue-detail",
            Issue,
            "parent",
            False,
            "children",
            "work:issue-children",
            2,
            id="issue_children",
        ),
        pytest.param(
            Issue,
            "work:issue-detail",
            Activity,
            "issue",
            False,
            "activities",
            "work:issue-activities",
            2,
            id="issue_activities",
        ),
        pytest.param(
            Label,
            "work:label-detail",
            Issue,
            "labels",
            True,
            "issues",
            "work:label-issues",
            2,
            id="label_issues",
        ),
        pytest.param(
            User,
            "work:user-detail",
            Issue,
            "assignee",
            False,
            "issues_as_assignee",
            "work:user-issues-as-assignee",
            2,
            id="user_issues_as_assignee",
        ),
        pytest.param(
            User,
            "work:user-detail",
            Issue,
            "reporter",
            False,
            "issues_as_reporter",
            "work:user-issues-as-reporter",
            2,
            id="user_issues_as_reporter",
        ),
    ],
)
def test_a_detail_counts_reverse_rows_and_links_their_list(
    admin_client, parent_model, detail, holder, key, many, name, nested, count
):
    parent = factory_for(parent_model).create()
    rows = create_linked(holder, count, **{key: [parent] if many else parent})
    data = admin_client.get(reverse(detail, args=[parent.pk])).data
    url = reverse(nested, args=[parent.pk])
    assert data[name] == {"count": count, "url": f"http://testserver{url}"}
    listed = admin_client.get(url).data["results"]
    assert sorted(str(row[api_key(holder)]) for row in listed) == sorted(
        str(r.pk) for r in rows
    )
