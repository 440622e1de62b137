"""Query filters of the Studio API, named as django-filter names them:
`?field=`, `?field__lookup=`, `?field__in=a,b`."""

from apps.core.filters import (
    BOOLEAN_LOOKUPS,
    COMPARISON_LOOKUPS,
    DATE_LOOKUPS,
    EQUALITY_LOOKUPS,
    TEXT_LOOKUPS,
    FilterSet,
)

from .models import Camera, Folder, Member, Statement, Stewardship


class MemberFilter(FilterSet):
    class Meta:
        model = Member
        fields = {
            "username": TEXT_LOOKUPS,
            "date_joined": DATE_LOOKUPS,
            "display_name": TEXT_LOOKUPS,
            "bio": TEXT_LOOKUPS,
            "mentors": EQUALITY_LOOKUPS,
        }


class FolderFilter(FilterSet):
    class Meta:
        model = Folder
        fields = {
            "name": TEXT_LOOKUPS,
            "parent": [*EQUALITY_LOOKUPS, "isnull"],
        }


class StatementFilter(FilterSet):
    class Meta:
        model = Statement
        fields = {
            "total": COMPARISON_LOOKUPS,
            "issued_on": DATE_LOOKUPS,
            "holder": EQUALITY_LOOKUPS,
        }


class CameraFilter(FilterSet):
    class Meta:
        model = Camera
        fields = {
            "name": TEXT_LOOKUPS,
            "notes": TEXT_LOOKUPS,
            "created_at": DATE_LOOKUPS,
            "updated_at": DATE_LOOKUPS,
            "serial": TEXT_LOOKUPS,
            "price": COMPARISON_LOOKUPS,
            "weight": [*COMPARISON_LOOKUPS, "isnull"],
            "quantity": COMPARISON_LOOKUPS,
            "rank": COMPARISON_LOOKUPS,
            "views": COMPARISON_LOOKUPS,
            "active": BOOLEAN_LOOKUPS,
            "purchased_on": [*DATE_LOOKUPS, "isnull"],
            "opens_at": [*COMPARISON_LOOKUPS, "isnull"],
            "warranty": [*COMPARISON_LOOKUPS, "isnull"],
            "address": [*EQUALITY_LOOKUPS, "isnull"],
            "website": TEXT_LOOKUPS,
            "contact": TEXT_LOOKUPS,
            "token": [*EQUALITY_LOOKUPS, "isnull"],
            "condition": EQUALITY_LOOKUPS,
            "size": EQUALITY_LOOKUPS,
            "order": COMPARISON_LOOKUPS,
            "megapixels": COMPARISON_LOOKUPS,
            "member": EQUALITY_LOOKUPS,
            "room": [*EQUALITY_LOOKUPS, "isnull"],
        }


class StewardshipFilter(FilterSet):
    class Meta:
        model = Stewardship
        fields = {
            "since": DATE_LOOKUPS,
            "lead": BOOLEAN_LOOKUPS,
            "room": EQUALITY_LOOKUPS,
            "member": EQUALITY_LOOKUPS,
        }
