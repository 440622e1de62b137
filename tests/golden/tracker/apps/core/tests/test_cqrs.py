"""The dispatcher and the event bus: unregistered kinds are refused, each kind has one
handler, events reach subscribers once and only after the commit, a failing subscriber is
logged and undoes nothing, and asynchronous subscribers run as Celery tasks when a broker is
set (issues serve as the commands written)."""

import logging
from dataclasses import dataclass

import pytest
from celery import current_task
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.test import override_settings

from apps.core.cqrs import (
    AlreadyRegistered,
    Command,
    Conflict,
    Data,
    DomainError,
    Event,
    Forbidden,
    Invalid,
    NotFound,
    Query,
    Unregistered,
    ask,
    dispatch,
    handles,
    subscribe,
    unsubscribe,
)
from apps.core.cqrs.tasks import MAX_RETRIES, deliver_event
from apps.core.cqrs.testing import recorded, validated
from apps.core.exceptions import exception_handler
from apps.core.testing import api_payload
from apps.work.commands import CreateIssue, DeleteIssue
from apps.work.events import IssueCreated
from apps.work.factories import IssueFactory
from apps.work.models import Issue
from apps.work.serializers import IssueSerializer

pytestmark = pytest.mark.django_db

# Writable API fields of issues: model attribute → API name.
FIELDS = {
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
REQUEST_ID = "cqrs-test-request"


def create_command() -> CreateIssue:
    data = validated(IssueSerializer, api_payload(IssueFactory, FIELDS))
    return CreateIssue(data=data, request_id=REQUEST_ID)


@dataclass(frozen=True, kw_only=True)
class CreateThenRefuse(Command):
    """Writes a issue through its own command, then is refused."""

    data: Data


@handles(CreateThenRefuse)
def create_then_refuse(command: CreateThenRefuse) -> None:
    dispatch(CreateIssue(data=command.data, user=command.user))
    raise Invalid("Refused after a write.")


# Subscribers a worker imports by their dotted path, as asynchronous ones must be.
delivered: list[tuple[str | None, Event]] = []
attempts: list[Event] = []


def remember(event: Event) -> None:
    delivered.append((current_task.name if current_task else None, event))


def fail_twice(event: Event) -> None:
    attempts.append(event)
    if len(attempts) <= 2:
        raise RuntimeError("Not yet.")


def always_fail(event: Event) -> None:
    attempts.append(event)
    raise RuntimeError("Never.")


@pytest.fixture(autouse=True)
def empty_records():
    delivered.clear()
    attempts.clear()


@dataclass(frozen=True, kw_only=True)
class Unknown(Command):
    """A command no handler handles."""


@dataclass(frozen=True, kw_only=True)
class Unasked(Query):
    """A query no handler answers."""


def test_an_unregistered_command_is_refused():
    with pytest.raises(Unregistered, match="Unknown"):
        dispatch(Unknown())


def test_an_unregistered_query_is_refused():
    with pytest.raises(Unregistered, match="Unasked"):
        ask(Unasked())


def test_commands_are_dispatched_and_queries_asked():
    with pytest.raises(TypeError):
        dispatch(Unasked())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        ask(Unknown())  # type: ignore[arg-type]


def test_a_kind_has_one_handler():
    with pytest.raises(AlreadyRegistered, match="CreateIssue"):
        handles(CreateIssue)(create_then_refuse)


def test_a_command_data_cannot_change():
    command = create_command()
    with pytest.raises(TypeError):
        command.data["x"] = 1  # type: ignore[index]


def test_events_are_delivered_once_after_the_commit(django_capture_on_commit_callbacks):
    with (
        recorded(IssueCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        row = dispatch(create_command())
        assert events == []
    [event] = events
    assert (str(event.id), event.request_id) == (str(row.pk), REQUEST_ID)


def test_a_failing_command_publishes_nothing(django_capture_on_commit_callbacks):
    missing = IssueFactory.create()
    missing.delete()
    command = create_command()
    before = Issue.objects.count()
    with (
        recorded(Event) as events,
        django_capture_on_commit_callbacks(execute=True) as callbacks,
    ):
        with pytest.raises(Invalid):
            dispatch(CreateThenRefuse(data=command.data, user=command.user))
        with pytest.raises(NotFound):
            dispatch(DeleteIssue(id=missing.pk))
    assert callbacks == []
    assert events == []
    assert Issue.objects.count() == before


def test_a_rolled_back_outer_transaction_publishes_nothing(
    django_capture_on_commit_callbacks,
):
    command = create_command()
    with (
        recorded(Event) as events,
        django_capture_on_commit_callbacks(execute=True),
        transaction.atomic(),
    ):
        row = dispatch(command)
        transaction.set_rollback(True)
    assert events == []
    assert not Issue.objects.filter(pk=row.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_events_follow_a_real_commit():
    command = create_command()
    with recorded(IssueCreated) as events:
        row = dispatch(command)
        [event] = events
    assert str(event.id) == str(row.pk)


@pytest.mark.django_db(transaction=True)
def test_nothing_follows_a_real_rollback():
    command = create_command()
    before = Issue.objects.count()
    with recorded(Event) as events, pytest.raises(RuntimeError), transaction.atomic():
        dispatch(command)
        raise RuntimeError("Rolled back.")
    assert events == []
    assert Issue.objects.count() == before


def test_a_failing_subscriber_undoes_nothing_and_is_logged(
    caplog, django_capture_on_commit_callbacks
):
    subscribe(IssueCreated, always_fail)
    try:
        with (
            recorded(IssueCreated) as events,
            django_capture_on_commit_callbacks(execute=True),
            caplog.at_level(logging.ERROR, logger="apps.core.cqrs.bus"),
        ):
            row = dispatch(create_command())
    finally:
        unsubscribe(IssueCreated, always_fail)
    assert Issue.objects.filter(pk=row.pk).exists()
    assert len(events) == 1  # the other subscribers still hear of it
    [failure] = [r for r in caplog.records if r.name == "apps.core.cqrs.bus"]
    assert failure.request_id == REQUEST_ID
    assert failure.exc_info is not None


def test_an_asynchronous_subscriber_runs_in_process_without_a_broker(
    django_capture_on_commit_callbacks,
):
    subscribe(IssueCreated, remember, asynchronous=True)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            dispatch(create_command())
    finally:
        unsubscribe(IssueCreated, remember)
    [(task, event)] = delivered
    assert task is None
    assert isinstance(event, IssueCreated)


@override_settings(CELERY_BROKER_URL="memory://")
def test_an_asynchronous_subscriber_runs_as_a_celery_task(
    django_capture_on_commit_callbacks,
):
    subscribe(IssueCreated, remember, asynchronous=True)
    try:
        with (
            recorded(IssueCreated) as events,
            django_capture_on_commit_callbacks(execute=True),
        ):
            dispatch(create_command())
    finally:
        unsubscribe(IssueCreated, remember)
    [(task, event)] = delivered
    assert task == deliver_event.name
    assert event == events[0]  # rebuilt from JSON, field for field


@override_settings(CELERY_BROKER_URL="memory://")
def test_a_failing_asynchronous_subscriber_is_retried(
    caplog, django_capture_on_commit_callbacks
):
    subscribe(IssueCreated, fail_twice, asynchronous=True)
    try:
        with (
            django_capture_on_commit_callbacks(execute=True),
            caplog.at_level(logging.ERROR, logger="apps.core.cqrs.tasks"),
        ):
            dispatch(create_command())
    finally:
        unsubscribe(IssueCreated, fail_twice)
    assert len(attempts) == 3
    assert deliver_event.max_retries == MAX_RETRIES
    assert deliver_event.retry_backoff
    failures = [r for r in caplog.records if r.name == "apps.core.cqrs.tasks"]
    assert [r.request_id for r in failures] == [REQUEST_ID, REQUEST_ID]


def test_an_asynchronous_subscriber_must_be_importable():
    with pytest.raises(ImproperlyConfigured, match="module-level"):
        subscribe(Event, lambda event: None, asynchronous=True)


@pytest.mark.parametrize(
    ("error", "status", "code"),
    [
        (Invalid("Too late.", {"number": ["Too late."]}), 400, "invalid"),
        (Forbidden(), 403, "permission_denied"),
        (NotFound(), 404, "not_found"),
        (Conflict(), 409, "conflict"),
    ],
)
def test_domain_errors_are_answered_in_the_error_envelope(
    error: DomainError, status: int, code: str
):
    response = exception_handler(error, {})
    assert response.status_code == status
    assert response.data["error"]["code"] == code
    assert response.data["error"]["message"]
