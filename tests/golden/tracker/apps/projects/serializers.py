from rest_framework import serializers

from apps.core.serializers import (
    DetailSerializer,
    Reference,
    RelatedList,
    WriteSerializer,
)

from .models import Project, Sprint


class ProjectSerializer(WriteSerializer):
    class Meta:
        model = Project
        fields = ["id", "key", "name", "description", "archived", "created_at"]
        read_only_fields = ["created_at"]


class ProjectListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Project
        fields = ["id", "key", "name", "description", "archived", "created_at"]


class ProjectDetailSerializer(DetailSerializer):
    issues = RelatedList(view_name="projects:project-issues")
    sprints = RelatedList(view_name="projects:project-sprints")

    class Meta:
        model = Project
        fields = [
            "id",
            "key",
            "name",
            "description",
            "archived",
            "created_at",
            "issues",
            "sprints",
        ]


class SprintSerializer(WriteSerializer):
    class Meta:
        model = Sprint
        fields = ["id", "name", "starts_on", "ends_on", "goal", "project"]


class SprintListSerializer(serializers.ModelSerializer):
    project = Reference(read_only=True)

    class Meta:
        model = Sprint
        fields = ["id", "name", "starts_on", "ends_on", "goal", "project"]


class SprintDetailSerializer(DetailSerializer):
    issues = RelatedList(view_name="projects:sprint-issues")

    class Meta:
        model = Sprint
        fields = ["id", "name", "starts_on", "ends_on", "goal", "project", "issues"]
        depth = 1
