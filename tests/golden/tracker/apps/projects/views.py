from rest_framework import viewsets

from apps.core.pagination import PageNumberPagination
from apps.core.permissions import AccessPolicy
from apps.core.viewsets import RelationalViewSetMixin, related_count
from apps.work.models import Issue

from .filters import ProjectFilter, SprintFilter
from .models import Project, Sprint
from .serializers import (
    ProjectDetailSerializer,
    ProjectListSerializer,
    ProjectSerializer,
    SprintDetailSerializer,
    SprintListSerializer,
    SprintSerializer,
)


class ProjectViewSet(RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Project.objects.all()
    detail_queryset = Project.objects.annotate(
        issues_count=related_count(Issue, "project"),
        sprints_count=related_count(Sprint, "project"),
    )
    serializer_class = ProjectSerializer
    list_serializer_class = ProjectListSerializer
    detail_serializer_class = ProjectDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = ProjectFilter
    search_fields = ["key", "name", "description"]
    ordering_fields = ["id", "key", "name", "description", "archived", "created_at"]
    ordering = ["-created_at", "pk"]


class SprintViewSet(RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Sprint.objects.all()
    list_queryset = Sprint.objects.select_related("project")
    detail_queryset = Sprint.objects.select_related("project").annotate(
        issues_count=related_count(Issue, "sprint")
    )
    reference_columns = {
        "project": ["name"],
    }
    serializer_class = SprintSerializer
    list_serializer_class = SprintListSerializer
    detail_serializer_class = SprintDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = SprintFilter
    search_fields = ["name", "goal"]
    ordering_fields = ["id", "name", "starts_on", "ends_on", "goal"]
    ordering = ["pk"]
