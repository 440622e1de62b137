"""Hostile input to the Work endpoints: every query parameter of every list
answers each hostile value without a server error, the values that cannot be compared are
refused with a 400, a key no row can have is not found, and a write refuses each value of a
field's type no database stores."""

from urllib.parse import quote

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.core import hostile
from apps.core.testing import api_payload
from apps.work.factories import IssueFactory, LabelFactory

pytestmark = pytest.mark.django_db

ISSUE_URL = reverse_lazy("work:issue-list")

LABEL_URL = reverse_lazy("work:label-list")

ACTIVITY_URL = reverse_lazy("work:activity-list")

USER_URL = reverse_lazy("work:user-list")

LIST_PARAMETERS = [
    pytest.param(ISSUE_URL, "title", id="issue-title"),
    pytest.param(ISSUE_URL, "title__iexact", id="issue-title__iexact"),
    pytest.param(ISSUE_URL, "title__icontains", id="issue-title__icontains"),
    pytest.param(ISSUE_URL, "title__istartswith", id="issue-title__istartswith"),
    pytest.param(ISSUE_URL, "title__in", id="issue-title__in"),
    pytest.param(ISSUE_URL, "description", id="issue-description"),
    pytest.param(ISSUE_URL, "description__iexact", id="issue-description__iexact"),
    pytest.param(
        ISSUE_URL, "description__icontains", id="issue-description__icontains"
    ),
    pytest.param(
        ISSUE_URL, "description__istartswith", id="issue-description__istartswith"
    ),
    pytest.param(ISSUE_URL, "description__in", id="issue-description__in"),
    pytest.param(ISSUE_URL, "kind", id="issue-kind"),
    pytest.param(ISSUE_URL, "kind__in", id="issue-kind__in"),
    pytest.param(ISSUE_URL, "priority", id="issue-priority"),
    pytest.param(ISSUE_URL, "priority__lt", id="issue-priority__lt"),
    pytest.param(ISSUE_URL, "priority__lte", id="issue-priority__lte"),
    pytest.param(ISSUE_URL, "priority__gt", id="issue-priority__gt"),
    pytest.param(ISSUE_URL, "priority__gte", id="issue-priority__gte"),
    pytest.param(ISSUE_URL, "priority__range", id="issue-priority__range"),
    pytest.param(ISSUE_URL, "estimate", id="issue-estimate"),
    pytest.param(ISSUE_URL, "estimate__lt", id="issue-estimate__lt"),
    pytest.param(ISSUE_URL, "estimate__lte", id="issue-estimate__lte"),
    pytest.param(ISSUE_URL, "estimate__gt", id="issue-estimate__gt"),
    pytest.param(ISSUE_URL, "estimate__gte", id="issue-estimate__gte"),
    pytest.param(ISSUE_URL, "estimate__range", id="issue-estimate__range"),
    pytest.param(ISSUE_URL, "estimate__isnull", id="issue-estimate__isnull"),
    pytest.param(ISSUE_URL, "order", id="issue-order"),
    pytest.param(ISSUE_URL, "order__lt", id="issue-order__lt"),
    pytest.param(ISSUE_URL, "order__lte", id="issue-order__lte"),
    pytest.param(ISSUE_URL, "order__gt", id="issue-order__gt"),
    pytest.param(ISSUE_URL, "order__gte", id="issue-order__gte"),
    pytest.param(ISSUE_URL, "order__range", id="issue-order__range"),
    pytest.param(ISSUE_URL, "created_at", id="issue-created_at"),
    pytest.param(ISSUE_URL, "created_at__lt", id="issue-created_at__lt"),
    pytest.param(ISSUE_URL, "created_at__lte", id="issue-created_at__lte"),
    pytest.param(ISSUE_URL, "created_at__gt", id="issue-created_at__gt"),
    pytest.param(ISSUE_URL, "created_at__gte", id="issue-created_at__gte"),
    pytest.param(ISSUE_URL, "created_at__range", id="issue-created_at__range"),
    pytest.param(ISSUE_URL, "created_at__year", id="issue-created_at__year"),
    pytest.param(ISSUE_URL, "created_at__month", id="issue-created_at__month"),
    pytest.param(ISSUE_URL, "updated_at", id="issue-updated_at"),
    pytest.param(ISSUE_URL, "updated_at__lt", id="issue-updated_at__lt"),
    pytest.param(ISSUE_URL, "updated_at__lte", id="issue-updated_at__lte"),
    pytest.param(ISSUE_URL, "updated_at__gt", id="issue-updated_at__gt"),
    pytest.param(ISSUE_URL, "updated_at__gte", id="issue-updated_at__gte"),
    pytest.param(ISSUE_URL, "updated_at__range", id="issue-updated_at__range"),
    pytest.param(ISSUE_URL, "updated_at__year", id="issue-updated_at__year"),
    pytest.param(ISSUE_URL, "updated_at__month", id="issue-updated_at__month"),
    pytest.param(ISSUE_URL, "project", id="issue-project"),
    pytest.param(ISSUE_URL, "project__in", id="issue-project__in"),
    pytest.param(ISSUE_URL, "sprint", id="issue-sprint"),
    pytest.param(ISSUE_URL, "sprint__in", id="issue-sprint__in"),
    pytest.param(ISSUE_URL, "sprint__isnull", id="issue-sprint__isnull"),
    pytest.param(ISSUE_URL, "parent", id="issue-parent"),
    pytest.param(ISSUE_URL, "parent__in", id="issue-parent__in"),
    pytest.param(ISSUE_URL, "parent__isnull", id="issue-parent__isnull"),
    pytest.param(ISSUE_URL, "labels", id="issue-labels"),
    pytest.param(ISSUE_URL, "labels__in", id="issue-labels__in"),
    pytest.param(ISSUE_URL, "assignee", id="issue-assignee"),
    pytest.param(ISSUE_URL, "assignee__in", id="issue-assignee__in"),
    pytest.param(ISSUE_URL, "assignee__isnull", id="issue-assignee__isnull"),
    pytest.param(ISSUE_URL, "reporter", id="issue-reporter"),
    pytest.param(ISSUE_URL, "reporter__in", id="issue-reporter__in"),
    pytest.param(ISSUE_URL, "search", id="issue-search"),
    pytest.param(ISSUE_URL, "ordering", id="issue-ordering"),
    pytest.param(ISSUE_URL, "page", id="issue-page"),
    pytest.param(ISSUE_URL, "page_size", id="issue-page_size"),
    pytest.param(LABEL_URL, "name", id="label-name"),
    pytest.param(LABEL_URL, "name__iexact", id="label-name__iexact"),
    pytest.param(LABEL_URL, "name__icontains", id="label-name__icontains"),
    pytest.param(LABEL_URL, "name__istartswith", id="label-name__istartswith"),
    pytest.param(LABEL_URL, "name__in", id="label-name__in"),
    pytest.param(LABEL_URL, "color", id="label-color"),
    pytest.param(LABEL_URL, "color__iexact", id="label-color__iexact"),
    pytest.param(LABEL_URL, "color__icontains", id="label-color__icontains"),
    pytest.param(LABEL_URL, "color__istartswith", id="label-color__istartswith"),
    pytest.param(LABEL_URL, "color__in", id="label-color__in"),
    pytest.param(LABEL_URL, "search", id="label-search"),
    pytest.param(LABEL_URL, "ordering", id="label-ordering"),
    pytest.param(LABEL_URL, "page", id="label-page"),
    pytest.param(LABEL_URL, "page_size", id="label-page_size"),
    pytest.param(ACTIVITY_URL, "message", id="activity-message"),
    pytest.param(ACTIVITY_URL, "message__iexact", id="activity-message__iexact"),
    pytest.param(ACTIVITY_URL, "message__icontains", id="activity-message__icontains"),
    pytest.param(
        ACTIVITY_URL, "message__istartswith", id="activity-message__istartswith"
    ),
    pytest.param(ACTIVITY_URL, "message__in", id="activity-message__in"),
    pytest.param(ACTIVITY_URL, "created_at", id="activity-created_at"),
    pytest.param(ACTIVITY_URL, "created_at__lt", id="activity-created_at__lt"),
    pytest.param(ACTIVITY_URL, "created_at__lte", id="activity-created_at__lte"),
    pytest.param(ACTIVITY_URL, "created_at__gt", id="activity-created_at__gt"),
    pytest.param(ACTIVITY_URL, "created_at__gte", id="activity-created_at__gte"),
    pytest.param(ACTIVITY_URL, "created_at__range", id="activity-created_at__range"),
    pytest.param(ACTIVITY_URL, "created_at__year", id="activity-created_at__year"),
    pytest.param(ACTIVITY_URL, "created_at__month", id="activity-created_at__month"),
    pytest.param(ACTIVITY_URL, "issue", id="activity-issue"),
    pytest.param(ACTIVITY_URL, "issue__in", id="activity-issue__in"),
    pytest.param(ACTIVITY_URL, "search", id="activity-search"),
    pytest.param(ACTIVITY_URL, "ordering", id="activity-ordering"),
    pytest.param(ACTIVITY_URL, "page", id="activity-page"),
    pytest.param(ACTIVITY_URL, "page_size", id="activity-page_size"),
    pytest.param(USER_URL, "username", id="user-username"),
    pytest.param(USER_URL, "username__iexact", id="user-username__iexact"),
    pytest.param(USER_URL, "username__icontains", id="user-username__icontains"),
    pytest.param(USER_URL, "username__istartswith", id="user-username__istartswith"),
    pytest.param(USER_URL, "username__in", id="user-username__in"),
    pytest.param(USER_URL, "date_joined", id="user-date_joined"),
    pytest.param(USER_URL, "date_joined__lt", id="user-date_joined__lt"),
    pytest.param(USER_URL, "date_joined__lte", id="user-date_joined__lte"),
    pytest.param(USER_URL, "date_joined__gt", id="user-date_joined__gt"),
    pytest.param(USER_URL, "date_joined__gte", id="user-date_joined__gte"),
    pytest.param(USER_URL, "date_joined__range", id="user-date_joined__range"),
    pytest.param(USER_URL, "date_joined__year", id="user-date_joined__year"),
    pytest.param(USER_URL, "date_joined__month", id="user-date_joined__month"),
    pytest.param(USER_URL, "ordering", id="user-ordering"),
    pytest.param(USER_URL, "page", id="user-page"),
    pytest.param(USER_URL, "page_size", id="user-page_size"),
]

REFUSED_QUERIES = [
    pytest.param(ISSUE_URL, "title", hostile.NUL, id="issue-title-nul"),
    pytest.param(ISSUE_URL, "title__iexact", hostile.NUL, id="issue-title__iexact-nul"),
    pytest.param(
        ISSUE_URL, "title__icontains", hostile.NUL, id="issue-title__icontains-nul"
    ),
    pytest.param(
        ISSUE_URL, "title__istartswith", hostile.NUL, id="issue-title__istartswith-nul"
    ),
    pytest.param(ISSUE_URL, "description", hostile.NUL, id="issue-description-nul"),
    pytest.param(
        ISSUE_URL,
        "description__iexact",
        hostile.NUL,
        id="issue-description__iexact-nul",
    ),
    pytest.param(
        ISSUE_URL,
        "description__icontains",
        hostile.NUL,
        id="issue-description__icontains-nul",
    ),
    pytest.param(
        ISSUE_URL,
        "description__istartswith",
        hostile.NUL,
        id="issue-description__istartswith-nul",
    ),
    pytest.param(ISSUE_URL, "kind", hostile.NUL, id="issue-kind-nul"),
    pytest.param(ISSUE_URL, "priority", hostile.NUL, id="issue-priority-nul"),
    pytest.param(ISSUE_URL, "priority__lt", hostile.NUL, id="issue-priority__lt-nul"),
    pytest.param(ISSUE_URL, "priority__lte", hostile.NUL, id="issue-priority__lte-nul"),
    pytest.param(ISSUE_URL, "priority__gt", hostile.NUL, id="issue-priority__gt-nul"),
    pytest.param(ISSUE_URL, "priority__gte", hostile.NUL, id="issue-priority__gte-nul"),
    pytest.param(
        ISSUE_URL, "priority__range", hostile.NUL, id="issue-priority__range-nul"
    ),
    pytest.param(ISSUE_URL, "estimate", hostile.NUL, id="issue-estimate-nul"),
    pytest.param(ISSUE_URL, "estimate__lt", hostile.NUL, id="issue-estimate__lt-nul"),
    pytest.param(ISSUE_URL, "estimate__lte", hostile.NUL, id="issue-estimate__lte-nul"),
    pytest.param(ISSUE_URL, "estimate__gt", hostile.NUL, id="issue-estimate__gt-nul"),
    pytest.param(ISSUE_URL, "estimate__gte", hostile.NUL, id="issue-estimate__gte-nul"),
    pytest.param(
        ISSUE_URL, "estimate__range", hostile.NUL, id="issue-estimate__range-nul"
    ),
    pytest.param(
        ISSUE_URL, "estimate__isnull", hostile.NUL, id="issue-estimate__isnull-nul"
    ),
    pytest.param(
        ISSUE_URL,
        "estimate__lt",
        hostile.HUGE_DURATION,
        id="issue-estimate__lt-huge_duration",
    ),
    pytest.param(
        ISSUE_URL,
        "estimate__lte",
        hostile.HUGE_DURATION,
        id="issue-estimate__lte-huge_duration",
    ),
    pytest.param(
        ISSUE_URL,
        "estimate__gt",
        hostile.HUGE_DURATION,
        id="issue-estimate__gt-huge_duration",
    ),
    pytest.param(
        ISSUE_URL,
        "estimate__gte",
        hostile.HUGE_DURATION,
        id="issue-estimate__gte-huge_duration",
    ),
    pytest.param(ISSUE_URL, "order", hostile.NUL, id="issue-order-nul"),
    pytest.param(ISSUE_URL, "order__lt", hostile.NUL, id="issue-order__lt-nul"),
    pytest.param(ISSUE_URL, "order__lte", hostile.NUL, id="issue-order__lte-nul"),
    pytest.param(ISSUE_URL, "order__gt", hostile.NUL, id="issue-order__gt-nul"),
    pytest.param(ISSUE_URL, "order__gte", hostile.NUL, id="issue-order__gte-nul"),
    pytest.param(ISSUE_URL, "order__range", hostile.NUL, id="issue-order__range-nul"),
    pytest.param(ISSUE_URL, "created_at", hostile.NUL, id="issue-created_at-nul"),
    pytest.param(
        ISSUE_URL, "created_at__lt", hostile.NUL, id="issue-created_at__lt-nul"
    ),
    pytest.param(
        ISSUE_URL, "created_at__lte", hostile.NUL, id="issue-created_at__lte-nul"
    ),
    pytest.param(
        ISSUE_URL, "created_at__gt", hostile.NUL, id="issue-created_at__gt-nul"
    ),
    pytest.param(
        ISSUE_URL, "created_at__gte", hostile.NUL, id="issue-created_at__gte-nul"
    ),
    pytest.param(
        ISSUE_URL, "created_at__range", hostile.NUL, id="issue-created_at__range-nul"
    ),
    pytest.param(
        ISSUE_URL, "created_at__year", hostile.NUL, id="issue-created_at__year-nul"
    ),
    pytest.param(
        ISSUE_URL, "created_at__month", hostile.NUL, id="issue-created_at__month-nul"
    ),
    pytest.param(
        ISSUE_URL,
        "created_at__lt",
        hostile.LATEST_DATETIME,
        id="issue-created_at__lt-latest_datetime",
    ),
    pytest.param(
        ISSUE_URL,
        "created_at__lt",
        hostile.EARLIEST_DATETIME,
        id="issue-created_at__lt-earliest_datetime",
    ),
    pytest.param(
        ISSUE_URL,
        "created_at__lte",
        hostile.LATEST_DATETIME,
        id="issue-created_at__lte-latest_datetime",
    ),
    pytest.param(
        ISSUE_URL,
        "created_at__lte",
        hostile.EARLIEST_DATETIME,
        id="issue-created_at__lte-earliest_datetime",
    ),
    pytest.param(
        ISSUE_URL,
        "created_at__gt",
        hostile.LATEST_DATETIME,
        id="issue-created_at__gt-latest_datetime",
    ),
    pytest.param(
        ISSUE_URL,
        "created_at__gt",
        hostile.EARLIEST_DATETIME,
        id="issue-created_at__gt-earliest_datetime",
    ),
    pytest.param(
        ISSUE_URL,
        "created_at__gte",
        hostile.LATEST_DATETIME,
        id="issue-created_at__gte-latest_datetime",
    ),
    pytest.param(
        ISSUE_URL,
        "created_at__gte",
        hostile.EARLIEST_DATETIME,
        id="issue-created_at__gte-earliest_datetime",
    ),
    pytest.param(ISSUE_URL, "updated_at", hostile.NUL, id="issue-updated_at-nul"),
    pytest.param(
        ISSUE_URL, "updated_at__lt", hostile.NUL, id="issue-updated_at__lt-nul"
    ),
    pytest.param(
        ISSUE_URL, "updated_at__lte", hostile.NUL, id="issue-updated_at__lte-nul"
    ),
    pytest.param(
        ISSUE_URL, "updated_at__gt", hostile.NUL, id="issue-updated_at__gt-nul"
    ),
    pytest.param(
        ISSUE_URL, "updated_at__gte", hostile.NUL, id="issue-updated_at__gte-nul"
    ),
    pytest.param(
        ISSUE_URL, "updated_at__range", hostile.NUL, id="issue-updated_at__range-nul"
    ),
    pytest.param(
        ISSUE_URL, "updated_at__year", hostile.NUL, id="issue-updated_at__year-nul"
    ),
    pytest.param(
        ISSUE_URL, "updated_at__month", hostile.NUL, id="issue-updated_at__month-nul"
    ),
    pytest.param(
        ISSUE_URL,
        "updated_at__lt",
        hostile.LATEST_DATETIME,
        id="issue-updated_at__lt-latest_datetime",
    ),
    pytest.param(
        ISSUE_URL,
        "updated_at__lt",
        hostile.EARLIEST_DATETIME,
        id="issue-updated_at__lt-earliest_datetime",
    ),
    pytest.param(
        ISSUE_URL,
        "updated_at__lte",
        hostile.LATEST_DATETIME,
        id="issue-updated_at__lte-latest_datetime",
    ),
    pytest.param(
        ISSUE_URL,
        "updated_at__lte",
        hostile.EARLIEST_DATETIME,
        id="issue-updated_at__lte-earliest_datetime",
    ),
    pytest.param(
        ISSUE_URL,
        "updated_at__gt",
        hostile.LATEST_DATETIME,
        id="issue-updated_at__gt-latest_datetime",
    ),
    pytest.param(
        ISSUE_URL,
        "updated_at__gt",
        hostile.EARLIEST_DATETIME,
        id="issue-updated_at__gt-earliest_datetime",
    ),
    pytest.param(
        ISSUE_URL,
        "updated_at__gte",
        hostile.LATEST_DATETIME,
        id="issue-updated_at__gte-latest_datetime",
    ),
    pytest.param(
        ISSUE_URL,
        "updated_at__gte",
        hostile.EARLIEST_DATETIME,
        id="issue-updated_at__gte-earliest_datetime",
    ),
    pytest.param(ISSUE_URL, "project", hostile.NUL, id="issue-project-nul"),
    pytest.param(ISSUE_URL, "sprint", hostile.NUL, id="issue-sprint-nul"),
    pytest.param(
        ISSUE_URL, "sprint__isnull", hostile.NUL, id="issue-sprint__isnull-nul"
    ),
    pytest.param(ISSUE_URL, "parent", hostile.NUL, id="issue-parent-nul"),
    pytest.param(
        ISSUE_URL, "parent__isnull", hostile.NUL, id="issue-parent__isnull-nul"
    ),
    pytest.param(ISSUE_URL, "labels", hostile.NUL, id="issue-labels-nul"),
    pytest.param(ISSUE_URL, "assignee", hostile.NUL, id="issue-assignee-nul"),
    pytest.param(
        ISSUE_URL, "assignee__isnull", hostile.NUL, id="issue-assignee__isnull-nul"
    ),
    pytest.param(ISSUE_URL, "reporter", hostile.NUL, id="issue-reporter-nul"),
    pytest.param(ISSUE_URL, "search", hostile.NUL, id="issue-search-nul"),
    pytest.param(ISSUE_URL, "search", hostile.MANY_WORDS, id="issue-search-many_words"),
    pytest.param(ISSUE_URL, "search", hostile.LONG_WORD, id="issue-search-long_word"),
    pytest.param(ISSUE_URL, "ordering", hostile.NUL, id="issue-ordering-nul"),
    pytest.param(LABEL_URL, "name", hostile.NUL, id="label-name-nul"),
    pytest.param(LABEL_URL, "name__iexact", hostile.NUL, id="label-name__iexact-nul"),
    pytest.param(
        LABEL_URL, "name__icontains", hostile.NUL, id="label-name__icontains-nul"
    ),
    pytest.param(
        LABEL_URL, "name__istartswith", hostile.NUL, id="label-name__istartswith-nul"
    ),
    pytest.param(LABEL_URL, "color", hostile.NUL, id="label-color-nul"),
    pytest.param(LABEL_URL, "color__iexact", hostile.NUL, id="label-color__iexact-nul"),
    pytest.param(
        LABEL_URL, "color__icontains", hostile.NUL, id="label-color__icontains-nul"
    ),
    pytest.param(
        LABEL_URL, "color__istartswith", hostile.NUL, id="label-color__istartswith-nul"
    ),
    pytest.param(LABEL_URL, "search", hostile.NUL, id="label-search-nul"),
    pytest.param(LABEL_URL, "search", hostile.MANY_WORDS, id="label-search-many_words"),
    pytest.param(LABEL_URL, "search", hostile.LONG_WORD, id="label-search-long_word"),
    pytest.param(LABEL_URL, "ordering", hostile.NUL, id="label-ordering-nul"),
    pytest.param(ACTIVITY_URL, "message", hostile.NUL, id="activity-message-nul"),
    pytest.param(
        ACTIVITY_URL, "message__iexact", hostile.NUL, id="activity-message__iexact-nul"
    ),
    pytest.param(
        ACTIVITY_URL,
        "message__icontains",
        hostile.NUL,
        id="activity-message__icontains-nul",
    ),
    pytest.param(
        ACTIVITY_URL,
        "message__istartswith",
        hostile.NUL,
        id="activity-message__istartswith-nul",
    ),
    pytest.param(ACTIVITY_URL, "created_at", hostile.NUL, id="activity-created_at-nul"),
    pytest.param(
        ACTIVITY_URL, "created_at__lt", hostile.NUL, id="activity-created_at__lt-nul"
    ),
    pytest.param(
        ACTIVITY_URL, "created_at__lte", hostile.NUL, id="activity-created_at__lte-nul"
    ),
    pytest.param(
        ACTIVITY_URL, "created_at__gt", hostile.NUL, id="activity-created_at__gt-nul"
    ),
    pytest.param(
        ACTIVITY_URL, "created_at__gte", hostile.NUL, id="activity-created_at__gte-nul"
    ),
    pytest.param(
        ACTIVITY_URL,
        "created_at__range",
        hostile.NUL,
        id="activity-created_at__range-nul",
    ),
    pytest.param(
        ACTIVITY_URL,
        "created_at__year",
        hostile.NUL,
        id="activity-created_at__year-nul",
    ),
    pytest.param(
        ACTIVITY_URL,
        "created_at__month",
        hostile.NUL,
        id="activity-created_at__month-nul",
    ),
    pytest.param(
        ACTIVITY_URL,
        "created_at__lt",
        hostile.LATEST_DATETIME,
        id="activity-created_at__lt-latest_datetime",
    ),
    pytest.param(
        ACTIVITY_URL,
        "created_at__lt",
        hostile.EARLIEST_DATETIME,
        id="activity-created_at__lt-earliest_datetime",
    ),
    pytest.param(
        ACTIVITY_URL,
        "created_at__lte",
        hostile.LATEST_DATETIME,
        id="activity-created_at__lte-latest_datetime",
    ),
    pytest.param(
        ACTIVITY_URL,
        "created_at__lte",
        hostile.EARLIEST_DATETIME,
        id="activity-created_at__lte-earliest_datetime",
    ),
    pytest.param(
        ACTIVITY_URL,
        "created_at__gt",
        hostile.LATEST_DATETIME,
        id="activity-created_at__gt-latest_datetime",
    ),
    pytest.param(
        ACTIVITY_URL,
        "created_at__gt",
        hostile.EARLIEST_DATETIME,
        id="activity-created_at__gt-earliest_datetime",
    ),
    pytest.param(
        ACTIVITY_URL,
        "created_at__gte",
        hostile.LATEST_DATETIME,
        id="activity-created_at__gte-latest_datetime",
    ),
    pytest.param(
        ACTIVITY_URL,
        "created_at__gte",
        hostile.EARLIEST_DATETIME,
        id="activity-created_at__gte-earliest_datetime",
    ),
    pytest.param(ACTIVITY_URL, "issue", hostile.NUL, id="activity-issue-nul"),
    pytest.param(ACTIVITY_URL, "search", hostile.NUL, id="activity-search-nul"),
    pytest.param(
        ACTIVITY_URL, "search", hostile.MANY_WORDS, id="activity-search-many_words"
    ),
    pytest.param(
        ACTIVITY_URL, "search", hostile.LONG_WORD, id="activity-search-long_word"
    ),
    pytest.param(ACTIVITY_URL, "ordering", hostile.NUL, id="activity-ordering-nul"),
    pytest.param(USER_URL, "username", hostile.NUL, id="user-username-nul"),
    pytest.param(
        USER_URL, "username__iexact", hostile.NUL, id="user-username__iexact-nul"
    ),
    pytest.param(
        USER_URL, "username__icontains", hostile.NUL, id="user-username__icontains-nul"
    ),
    pytest.param(
        USER_URL,
        "username__istartswith",
        hostile.NUL,
        id="user-username__istartswith-nul",
    ),
    pytest.param(USER_URL, "date_joined", hostile.NUL, id="user-date_joined-nul"),
    pytest.param(
        USER_URL, "date_joined__lt", hostile.NUL, id="user-date_joined__lt-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__lte", hostile.NUL, id="user-date_joined__lte-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__gt", hostile.NUL, id="user-date_joined__gt-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__gte", hostile.NUL, id="user-date_joined__gte-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__range", hostile.NUL, id="user-date_joined__range-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__year", hostile.NUL, id="user-date_joined__year-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__month", hostile.NUL, id="user-date_joined__month-nul"
    ),
    pytest.param(
        USER_URL,
        "date_joined__lt",
        hostile.LATEST_DATETIME,
        id="user-date_joined__lt-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__lt",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__lt-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__lte",
        hostile.LATEST_DATETIME,
        id="user-date_joined__lte-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__lte",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__lte-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gt",
        hostile.LATEST_DATETIME,
        id="user-date_joined__gt-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gt",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__gt-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gte",
        hostile.LATEST_DATETIME,
        id="user-date_joined__gte-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gte",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__gte-earliest_datetime",
    ),
    pytest.param(USER_URL, "ordering", hostile.NUL, id="user-ordering-nul"),
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
    pytest.param(ISSUE_URL, "", id="issue-detail"),
    pytest.param(ISSUE_URL, "children/", id="issue-children"),
    pytest.param(ISSUE_URL, "activities/", id="issue-activities"),
    pytest.param(LABEL_URL, "", id="label-detail"),
    pytest.param(LABEL_URL, "issues/", id="label-issues"),
    pytest.param(ACTIVITY_URL, "", id="activity-detail"),
    pytest.param(USER_URL, "", id="user-detail"),
    pytest.param(USER_URL, "issues-as-assignee/", id="user-issues-as-assignee"),
    pytest.param(USER_URL, "issues-as-reporter/", id="user-issues-as-reporter"),
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

LABEL_FIELDS = {
    "name": "name",
    "color": "color",
}

REFUSED_VALUES = [
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "title",
        hostile.NUL,
        id="issue-title-nul",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "title",
        hostile.SURROGATE,
        id="issue-title-surrogate",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "description",
        hostile.NUL,
        id="issue-description-nul",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "description",
        hostile.SURROGATE,
        id="issue-description-surrogate",
    ),
    pytest.param(
        IssueFactory, ISSUE_FIELDS, ISSUE_URL, "kind", hostile.NUL, id="issue-kind-nul"
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "kind",
        hostile.SURROGATE,
        id="issue-kind-surrogate",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "priority",
        hostile.NUL,
        id="issue-priority-nul",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "priority",
        hostile.SURROGATE,
        id="issue-priority-surrogate",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "priority",
        hostile.HUGE_NUMBER,
        id="issue-priority-huge_number",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "estimate",
        hostile.NUL,
        id="issue-estimate-nul",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "estimate",
        hostile.SURROGATE,
        id="issue-estimate-surrogate",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "estimate",
        hostile.HUGE_DURATION,
        id="issue-estimate-huge_duration",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "estimate",
        hostile.NEGATIVE_DURATION,
        id="issue-estimate-negative_duration",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "order",
        hostile.NUL,
        id="issue-order-nul",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "order",
        hostile.SURROGATE,
        id="issue-order-surrogate",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "order",
        hostile.HUGE_NUMBER,
        id="issue-order-huge_number",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "project",
        hostile.NUL,
        id="issue-project-nul",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "project",
        hostile.SURROGATE,
        id="issue-project-surrogate",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "sprint",
        hostile.NUL,
        id="issue-sprint-nul",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "sprint",
        hostile.SURROGATE,
        id="issue-sprint-surrogate",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "parent",
        hostile.NUL,
        id="issue-parent-nul",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "parent",
        hostile.SURROGATE,
        id="issue-parent-surrogate",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "labels",
        hostile.NUL,
        id="issue-labels-nul",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "labels",
        hostile.SURROGATE,
        id="issue-labels-surrogate",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "assignee",
        hostile.NUL,
        id="issue-assignee-nul",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "assignee",
        hostile.SURROGATE,
        id="issue-assignee-surrogate",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "reporter",
        hostile.NUL,
        id="issue-reporter-nul",
    ),
    pytest.param(
        IssueFactory,
        ISSUE_FIELDS,
        ISSUE_URL,
        "reporter",
        hostile.SURROGATE,
        id="issue-reporter-surrogate",
    ),
    pytest.param(
        LabelFactory, LABEL_FIELDS, LABEL_URL, "name", hostile.NUL, id="label-name-nul"
    ),
    pytest.param(
        LabelFactory,
        LABEL_FIELDS,
        LABEL_URL,
        "name",
        hostile.SURROGATE,
        id="label-name-surrogate",
    ),
    pytest.param(
        LabelFactory,
        LABEL_FIELDS,
        LABEL_URL,
        "color",
        hostile.NUL,
        id="label-color-nul",
    ),
    pytest.param(
        LabelFactory,
        LABEL_FIELDS,
        LABEL_URL,
        "color",
        hostile.SURROGATE,
        id="label-color-surrogate",
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
