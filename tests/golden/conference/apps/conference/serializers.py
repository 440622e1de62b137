from rest_framework import serializers

from apps.core.serializers import (
    DetailSerializer,
    Reference,
    RelatedList,
    WriteSerializer,
)

from .models import Material, Room, Speaker, Sponsor, Tag, Talk, User


class UserSerializer(WriteSerializer):
    """The public view of a user: never the password nor the permissions."""

    class Meta:
        model = User
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "date_joined",
            "is_staff",
        ]
        read_only_fields = ["date_joined", "is_staff"]


class UserListSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "date_joined",
            "is_staff",
        ]


class UserDetailSerializer(DetailSerializer):
    speaker = Reference(read_only=True, allow_null=True)
    talks = RelatedList(view_name="conference:user-talks")

    class Meta:
        model = User
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "date_joined",
            "is_staff",
            "speaker",
            "talks",
        ]


class RoomSerializer(WriteSerializer):
    class Meta:
        model = Room
        fields = ["id", "name", "seats", "floor", "accessible"]


class RoomListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Room
        fields = ["id", "name", "seats", "floor", "accessible"]


class RoomDetailSerializer(DetailSerializer):
    talks = RelatedList(view_name="conference:room-talks")

    class Meta:
        model = Room
        fields = ["id", "name", "seats", "floor", "accessible", "talks"]


class SpeakerSerializer(WriteSerializer):
    class Meta:
        model = Speaker
        fields = [
            "id",
            "full_name",
            "email",
            "biography",
            "photo",
            "rating",
            "fee",
            "account",
        ]


class SpeakerListSerializer(serializers.ModelSerializer):
    account = Reference(read_only=True, allow_null=True)

    class Meta:
        model = Speaker
        fields = [
            "id",
            "full_name",
            "email",
            "biography",
            "photo",
            "rating",
            "fee",
            "account",
        ]


class SpeakerDetailSerializer(DetailSerializer):
    account = Reference(read_only=True, allow_null=True)
    talks = RelatedList(view_name="conference:speaker-talks")

    class Meta:
        model = Speaker
        fields = [
            "id",
            "full_name",
            "email",
            "biography",
            "photo",
            "rating",
            "fee",
            "account",
            "talks",
        ]
        depth = 1


class TalkSerializer(WriteSerializer):
    class Meta:
        model = Talk
        fields = [
            "id",
            "title",
            "level",
            "format",
            "language",
            "day",
            "starts_at",
            "length",
            "submitted_at",
            "published_at",
            "slides",
            "score",
            "reference",
            "speaker",
            "room",
            "reviewer",
            "tags",
        ]


class TalkListSerializer(serializers.ModelSerializer):
    speaker = Reference(read_only=True)
    room = Reference(read_only=True, allow_null=True)
    reviewer = Reference(read_only=True, allow_null=True)
    tags = Reference(many=True, read_only=True)

    class Meta:
        model = Talk
        fields = [
            "id",
            "title",
            "level",
            "format",
            "language",
            "day",
            "starts_at",
            "length",
            "submitted_at",
            "published_at",
            "slides",
            "score",
            "reference",
            "speaker",
            "room",
            "reviewer",
            "tags",
        ]


class TalkDetailSerializer(DetailSerializer):
    reviewer = Reference(read_only=True, allow_null=True)
    materials = RelatedList(view_name="conference:talk-materials")

    class Meta:
        model = Talk
        fields = [
            "id",
            "title",
            "level",
            "format",
            "language",
            "day",
            "starts_at",
            "length",
            "submitted_at",
            "published_at",
            "slides",
            "score",
            "reference",
            "speaker",
            "room",
            "reviewer",
            "tags",
            "materials",
        ]
        depth = 1


class TagSerializer(WriteSerializer):
    class Meta:
        model = Tag
        fields = ["id", "label"]


class TagListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Tag
        fields = ["id", "label"]


class TagDetailSerializer(DetailSerializer):
    talks = RelatedList(view_name="conference:tag-talks")

    class Meta:
        model = Tag
        fields = ["id", "label", "talks"]


class MaterialSerializer(WriteSerializer):
    class Meta:
        model = Material
        fields = ["id", "name", "file", "talk"]


class MaterialListSerializer(serializers.ModelSerializer):
    talk = Reference(read_only=True)

    class Meta:
        model = Material
        fields = ["id", "name", "file", "talk"]


class MaterialDetailSerializer(DetailSerializer):
    class Meta:
        model = Material
        fields = ["id", "name", "file", "talk"]
        depth = 1


class SponsorSerializer(WriteSerializer):
    class Meta:
        model = Sponsor
        fields = ["id", "name", "tier"]


class SponsorListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Sponsor
        fields = ["id", "name", "tier"]


class SponsorDetailSerializer(DetailSerializer):
    class Meta:
        model = Sponsor
        fields = ["id", "name", "tier"]
