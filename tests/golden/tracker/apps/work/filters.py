"""Query filters of the Work API, named as django-filter names them:
`?field=`, `?field__lookup=`, `?field__in=a,b`."""

from apps.core.filters import (
    COMPARISON_LOOKUPS,
    DATE_LOOKUPS,
    EQUALITY_LOOKUPS,
    TEXT_LOOKUPS,
    FilterSet,
)

from .models import Activity, Issue, Label, User


class IssueFilter(FilterSet):
    class Meta:
        model = Issue
        fields = {
            "title": TEXT_LOOKUPS,
            "description": TEXT_LOOKUPS,
            "kind": EQUALITY_LOOKUPS,
            "priority": COMPARISON_LOOKUPS,
            "estimate": [*COMPARISON_LOOKUPS, "isnull"],
            "order": COMPARISON_LOOKUPS,
            "created_at": DATE_LOOKUPS,
            "updated_at": DATE_LOOKUPS,
            "project": EQUALITY_LOOKUPS,
            "sprint": [*EQUALITY_LOOKUPS, "isnull"],
            "parent": [*EQUALITY_LOOKUPS, "isnull"],
            "labels": EQUALITY_LOOKUPS,
            "assignee": [*EQUALITY_LOOKUPS, "isnull"],
            "reporter": EQUALITY_LOOKUPS,
        }


class LabelFilter(FilterSet):
    class Meta:
        model = Label
        fields = {
            "name": TEXT_LOOKUPS,
            "color": TEXT_LOOKUPS,
        }


class ActivityFilter(FilterSet):
    class Meta:
        model = Activity
        fields = {
            "message": TEXT_LOOKUPS,
            "created_at": DATE_LOOKUPS,
            "issue": EQUALITY_LOOKUPS,
        }


class UserFilter(FilterSet):
    class Meta:
        model = User
        fields = {
            "username": TEXT_LOOKUPS,
            "date_joined": DATE_LOOKUPS,
        }
