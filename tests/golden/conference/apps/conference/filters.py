"""Query filters of the Conference API, named as django-filter names them:
`?field=`, `?field__lookup=`, `?field__in=a,b`."""

from apps.core.filters import (
    BOOLEAN_LOOKUPS,
    COMPARISON_LOOKUPS,
    DATE_LOOKUPS,
    EQUALITY_LOOKUPS,
    TEXT_LOOKUPS,
    FilterSet,
)

from .models import Material, Room, Speaker, Sponsor, Tag, Talk, User


class UserFilter(FilterSet):
    class Meta:
        model = User
        fields = {
            "username": TEXT_LOOKUPS,
            "date_joined": DATE_LOOKUPS,
        }


class RoomFilter(FilterSet):
    class Meta:
        model = Room
        fields = {
            "name": TEXT_LOOKUPS,
            "seats": COMPARISON_LOOKUPS,
            "floor": [*COMPARISON_LOOKUPS, "isnull"],
            "accessible": [*BOOLEAN_LOOKUPS, "isnull"],
        }


class SpeakerFilter(FilterSet):
    class Meta:
        model = Speaker
        fields = {
            "full_name": TEXT_LOOKUPS,
            "email": TEXT_LOOKUPS,
            "biography": TEXT_LOOKUPS,
            "rating": [*COMPARISON_LOOKUPS, "isnull"],
            "fee": [*COMPARISON_LOOKUPS, "isnull"],
            "account": [*EQUALITY_LOOKUPS, "isnull"],
        }


class TalkFilter(FilterSet):
    class Meta:
        model = Talk
        fields = {
            "title": TEXT_LOOKUPS,
            "level": EQUALITY_LOOKUPS,
            "format": EQUALITY_LOOKUPS,
            "language": EQUALITY_LOOKUPS,
            "day": DATE_LOOKUPS,
            "starts_at": COMPARISON_LOOKUPS,
            "length": [*COMPARISON_LOOKUPS, "isnull"],
            "submitted_at": [*DATE_LOOKUPS, "isnull"],
            "published_at": [*DATE_LOOKUPS, "isnull"],
            "score": [*COMPARISON_LOOKUPS, "isnull"],
            "reference": [*EQUALITY_LOOKUPS, "isnull"],
            "speaker": EQUALITY_LOOKUPS,
            "room": [*EQUALITY_LOOKUPS, "isnull"],
            "reviewer": [*EQUALITY_LOOKUPS, "isnull"],
            "tags": EQUALITY_LOOKUPS,
        }


class TagFilter(FilterSet):
    class Meta:
        model = Tag
        fields = {
            "label": TEXT_LOOKUPS,
        }


class MaterialFilter(FilterSet):
    class Meta:
        model = Material
        fields = {
            "name": TEXT_LOOKUPS,
            "talk": EQUALITY_LOOKUPS,
        }


class SponsorFilter(FilterSet):
    class Meta:
        model = Sponsor
        fields = {
            "name": TEXT_LOOKUPS,
            "tier": EQUALITY_LOOKUPS,
        }
