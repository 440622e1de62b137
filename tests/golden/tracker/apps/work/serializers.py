from rest_framework import serializers

from apps.core.cqrs.api import CommandSerializerMixin
from apps.core.serializers import (
    DetailSerializer,
    Reference,
    RelatedList,
    WriteSerializer,
)

from .commands import CreateIssue, UpdateIssue
from .models import Activity, Issue, Label, User


class IssueSerializer(CommandSerializerMixin, WriteSerializer):
    create_command = CreateIssue
    update_command = UpdateIssue

    class Meta:
        model = Issue
        fields = [
            "id",
            "title",
            "description",
            "kind",
            "priority",
            "estimate",
            "order",
            "created_at",
            "updated_at",
            "project",
            "sprint",
            "parent",
            "labels",
            "assignee",
            "reporter",
        ]
        read_only_fields = ["created_at", "updated_at"]


class IssueListSerializer(serializers.ModelSerializer):
    project = Reference(read_only=True)
    sprint = Reference(read_only=True, allow_null=True)
    labels = Reference(many=True, read_only=True)
    assignee = Reference(read_only=True, allow_null=True)
    reporter = Reference(read_only=True)

    class Meta:
        model = Issue
        fields = [
            "id",
            "title",
            "description",
            "kind",
            "priority",
            "estimate",
            "order",
            "created_at",
            "updated_at",
            "project",
            "sprint",
            "parent",
            "labels",
            "assignee",
            "reporter",
        ]

    def get_fields(self) -> dict[str, serializers.Field]:
        # Named like attributes every serializer field has: declared here, not on the class.
        return {
            **super().get_fields(),
            "parent": Reference(read_only=True, allow_null=True),
        }


class IssueDetailSerializer(DetailSerializer):
    assignee = Reference(read_only=True, allow_null=True)
    reporter = Reference(read_only=True)
    children = RelatedList(view_name="work:issue-children")
    activities = RelatedList(view_name="work:issue-activities")

    class Meta:
        model = Issue
        fields = [
            "id",
            "title",
            "description",
            "kind",
            "priority",
            "estimate",
            "order",
            "created_at",
            "updated_at",
            "project",
            "sprint",
            "parent",
            "labels",
            "assignee",
            "reporter",
            "children",
            "activities",
        ]
        depth = 1


class LabelSerializer(WriteSerializer):
    class Meta:
        model = Label
        fields = ["id", "name", "color"]


class LabelListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Label
        fields = ["id", "name", "color"]


class LabelDetailSerializer(DetailSerializer):
    issues = RelatedList(view_name="work:label-issues")

    class Meta:
        model = Label
        fields = ["id", "name", "color", "issues"]


class ActivitySerializer(WriteSerializer):
    class Meta:
        model = Activity
        fields = ["id", "message", "created_at", "issue"]
        read_only_fields = ["created_at"]


class ActivityListSerializer(serializers.ModelSerializer):
    issue = Reference(read_only=True)

    class Meta:
        model = Activity
        fields = ["id", "message", "created_at", "issue"]


class ActivityDetailSerializer(DetailSerializer):
    class Meta:
        model = Activity
        fields = ["id", "message", "created_at", "issue"]
        depth = 1


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
    issues_as_assignee = RelatedList(view_name="work:user-issues-as-assignee")
    issues_as_reporter = RelatedList(view_name="work:user-issues-as-reporter")

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
            "issues_as_assignee",
            "issues_as_reporter",
        ]
