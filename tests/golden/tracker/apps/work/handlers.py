"""The handlers of the Work app's commands and queries, one each. A command's
handler writes through the model and publishes what changed (delivered once the transaction
commits); a query's handler loads up front all that its answer shows, so that reading a page
of rows takes as many queries as reading one."""

from django.db.models import Prefetch, QuerySet

from apps.core.cqrs import handles, publish, rows
from apps.core.viewsets import related_count

from .commands import CreateIssue, DeleteIssue, UpdateIssue
from .events import IssueCreated, IssueDeleted, IssueUpdated
from .models import Activity, Issue, Label
from .queries import GetIssue, ListIssue


@handles(CreateIssue)
def create_issue(command: CreateIssue) -> Issue:
    row = rows.create(Issue, command.data)
    publish(
        IssueCreated(
            id=rows.key(row),
            data=rows.stored(row, command.data),
            user_id=command.user_id,
            request_id=command.request_id,
        )
    )
    return row


@handles(UpdateIssue)
def update_issue(command: UpdateIssue) -> Issue:
    row = rows.locked(Issue, command.id)
    changes = rows.update(row, command.data)
    publish(
        IssueUpdated(
            id=rows.key(row),
            changes=changes,
            user_id=command.user_id,
            request_id=command.request_id,
        )
    )
    return row


@handles(DeleteIssue)
def delete_issue(command: DeleteIssue) -> None:
    row = rows.locked(Issue, command.id)
    event = IssueDeleted(
        id=rows.key(row),
        data=rows.stored(row),
        user_id=command.user_id,
        request_id=command.request_id,
    )
    row.delete()
    publish(event)


@handles(ListIssue)
def list_issues(query: ListIssue) -> QuerySet[Issue]:
    return query.rows.select_related(
        "project", "sprint", "parent", "assignee", "reporter"
    ).prefetch_related(Prefetch("labels", queryset=Label.objects.only("name")))


@handles(GetIssue)
def get_issue(query: GetIssue) -> Issue:
    return rows.find(
        query.rows.select_related("project", "sprint", "parent", "assignee", "reporter")
        .prefetch_related(
            "labels", Prefetch("parent__labels", queryset=Label.objects.only("pk"))
        )
        .annotate(
            children_count=related_count(Issue, "parent"),
            activities_count=related_count(Activity, "issue"),
        ),
        query.id,
    )
