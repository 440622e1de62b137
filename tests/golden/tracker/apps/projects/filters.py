"""Query filters of the Projects API, named as django-filter names them:
`?field=`, `?field__lookup=`, `?field__in=a,b`."""

from apps.core.filters import (
    BOOLEAN_LOOKUPS,
    DATE_LOOKUPS,
    EQUALITY_LOOKUPS,
    TEXT_LOOKUPS,
    FilterSet,
)

from .models import Project, Sprint


class ProjectFilter(FilterSet):
    class Meta:
        model = Project
        fields = {
            "key": TEXT_LOOKUPS,
            "name": TEXT_LOOKUPS,
            "description": TEXT_LOOKUPS,
            "archived": BOOLEAN_LOOKUPS,
            "created_at": DATE_LOOKUPS,
        }


class SprintFilter(FilterSet):
    class Meta:
        model = Sprint
        fields = {
            "name": TEXT_LOOKUPS,
            "starts_on": DATE_LOOKUPS,
            "ends_on": DATE_LOOKUPS,
            "goal": TEXT_LOOKUPS,
            "project": EQUALITY_LOOKUPS,
        }
