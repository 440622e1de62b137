from rest_framework import serializers

from apps.core.serializers import (
    DetailSerializer,
    Reference,
    RelatedList,
    WriteSerializer,
)

from .models import Camera, Folder, Member, Statement, Stewardship


class MemberSerializer(WriteSerializer):
    """The public view of a user: never the password nor the permissions."""

    class Meta:
        model = Member
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "date_joined",
            "is_staff",
            "display_name",
            "bio",
            "avatar",
            "mentors",
        ]
        read_only_fields = ["date_joined", "is_staff"]


class MemberListSerializer(serializers.ModelSerializer):
    mentors = Reference(many=True, read_only=True)

    class Meta:
        model = Member
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "date_joined",
            "is_staff",
            "display_name",
            "bio",
            "avatar",
            "mentors",
        ]


class MemberDetailSerializer(DetailSerializer):
    mentors = Reference(many=True, read_only=True)
    mentors_of = RelatedList(view_name="studio:member-mentors-of")
    statements = RelatedList(view_name="studio:member-statements")
    stewardships = RelatedList(view_name="studio:member-stewardships")
    assets = RelatedList(view_name="studio:member-assets")
    vehicles = RelatedList(view_name="studio:member-vehicles")
    rooms = RelatedList(view_name="studio:member-rooms")
    bookings = RelatedList(view_name="studio:member-bookings")

    class Meta:
        model = Member
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "date_joined",
            "is_staff",
            "display_name",
            "bio",
            "avatar",
            "mentors",
            "mentors_of",
            "statements",
            "stewardships",
            "assets",
            "vehicles",
            "rooms",
            "bookings",
        ]
        depth = 1


class FolderSerializer(WriteSerializer):
    class Meta:
        model = Folder
        fields = ["id", "name", "parent"]


class FolderListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Folder
        fields = ["id", "name", "parent"]

    def get_fields(self) -> dict[str, serializers.Field]:
        # Named like attributes every serializer field has: declared here, not on the class.
        return {
            **super().get_fields(),
            "parent": Reference(read_only=True, allow_null=True),
        }


class FolderDetailSerializer(DetailSerializer):
    children = RelatedList(view_name="studio:folder-children")
    room = Reference(read_only=True, allow_null=True)

    class Meta:
        model = Folder
        fields = ["id", "name", "parent", "children", "room"]
        depth = 1


class StatementSerializer(WriteSerializer):
    class Meta:
        model = Statement
        fields = ["id", "total", "issued_on", "holder"]
        read_only_fields = ["holder"]


class StatementListSerializer(serializers.ModelSerializer):
    holder = Reference(read_only=True)

    class Meta:
        model = Statement
        fields = ["id", "total", "issued_on", "holder"]


class StatementDetailSerializer(DetailSerializer):
    holder = Reference(read_only=True)

    class Meta:
        model = Statement
        fields = ["id", "total", "issued_on", "holder"]
        depth = 1


class CameraSerializer(WriteSerializer):
    class Meta:
        model = Camera
        fields = [
            "id",
            "name",
            "notes",
            "created_at",
            "updated_at",
            "serial",
            "price",
            "weight",
            "quantity",
            "rank",
            "views",
            "active",
            "purchased_on",
            "opens_at",
            "warranty",
            "specs",
            "labels",
            "manual",
            "blob",
            "address",
            "website",
            "contact",
            "token",
            "condition",
            "size",
            "from",
            "class",
            "order",
            "megapixels",
            "member",
            "room",
        ]
        read_only_fields = ["created_at", "updated_at"]
        extra_kwargs = {
            "from": {"source": "from_value"},
            "class": {"source": "class_value"},
        }


class CameraListSerializer(serializers.ModelSerializer):
    member = Reference(read_only=True)
    room = Reference(read_only=True, allow_null=True)

    class Meta:
        model = Camera
        fields = [
            "id",
            "name",
            "notes",
            "created_at",
            "updated_at",
            "serial",
            "price",
            "weight",
            "quantity",
            "rank",
            "views",
            "active",
            "purchased_on",
            "opens_at",
            "warranty",
            "specs",
            "labels",
            "manual",
            "blob",
            "address",
            "website",
            "contact",
            "token",
            "condition",
            "size",
            "from",
            "class",
            "order",
            "megapixels",
            "member",
            "room",
        ]
        extra_kwargs = {
            "from": {"source": "from_value"},
            "class": {"source": "class_value"},
        }


class CameraDetailSerializer(DetailSerializer):
    member = Reference(read_only=True)

    class Meta:
        model = Camera
        fields = [
            "id",
            "name",
            "notes",
            "created_at",
            "updated_at",
            "serial",
            "price",
            "weight",
            "quantity",
            "rank",
            "views",
            "active",
            "purchased_on",
            "opens_at",
            "warranty",
            "specs",
            "labels",
            "manual",
            "blob",
            "address",
            "website",
            "contact",
            "token",
            "condition",
            "size",
            "from",
            "class",
            "order",
            "megapixels",
            "member",
            "room",
        ]
        extra_kwargs = {
            "from": {"source": "from_value"},
            "class": {"source": "class_value"},
        }
        depth = 1


class StewardshipSerializer(WriteSerializer):
    class Meta:
        model = Stewardship
        fields = ["id", "since", "lead", "room", "member"]


class StewardshipListSerializer(serializers.ModelSerializer):
    room = Reference(read_only=True)
    member = Reference(read_only=True)

    class Meta:
        model = Stewardship
        fields = ["id", "since", "lead", "room", "member"]


class StewardshipDetailSerializer(DetailSerializer):
    member = Reference(read_only=True)

    class Meta:
        model = Stewardship
        fields = ["id", "since", "lead", "room", "member"]
        depth = 1
