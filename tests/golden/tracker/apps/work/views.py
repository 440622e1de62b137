from django.db.models import Prefetch, QuerySet
from rest_framework import permissions, viewsets

from apps.core.cqrs.api import CommandQueryViewSetMixin
from apps.core.pagination import PageNumberPagination
from apps.core.permissions import AccessPolicy
from apps.core.viewsets import RelationalViewSetMixin, related_count

from .commands import DeleteIssue
from .filters import ActivityFilter, IssueFilter, LabelFilter, UserFilter
from .models import Activity, Issue, Label, User
from .queries import GetIssue, ListIssue
from .serializers import (
    ActivityDetailSerializer,
    ActivityListSerializer,
    ActivitySerializer,
    IssueDetailSerializer,
    IssueListSerializer,
    IssueSerializer,
    LabelDetailSerializer,
    LabelListSerializer,
    LabelSerializer,
    UserDetailSerializer,
    UserListSerializer,
    UserSerializer,
)


class IssueViewSet(
    CommandQueryViewSetMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = Issue.objects.all()
    list_query = ListIssue
    get_query = GetIssue
    delete_command = DeleteIssue
    reference_columns = {
        "project": ["name"],
        "sprint": ["name"],
        "parent": ["title"],
        "labels": ["name"],
        "assignee": ["username"],
        "reporter": ["username"],
    }
    serializer_class = IssueSerializer
    list_serializer_class = IssueListSerializer
    detail_serializer_class = IssueDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = IssueFilter
    search_fields = ["title", "description"]
    ordering_fields = [
        "id",
        "title",
        "description",
        "kind",
        "priority",
        "estimate",
        "order",
        "created_at",
        "updated_at",
    ]
    ordering = ["priority", "-created_at", "pk"]


class LabelViewSet(RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Label.objects.all()
    detail_queryset = Label.objects.annotate(
        issues_count=related_count(Issue, "labels")
    )
    serializer_class = LabelSerializer
    list_serializer_class = LabelListSerializer
    detail_serializer_class = LabelDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = LabelFilter
    search_fields = ["name", "color"]
    ordering_fields = ["id", "name", "color"]
    ordering = ["pk"]


class ActivityViewSet(RelationalViewSetMixin, viewsets.ModelViewSet):
    """Activities are read-only in the API, except for admins."""

    queryset = Activity.objects.all()
    list_queryset = Activity.objects.select_related("issue")
    detail_queryset = Activity.objects.select_related("issue").prefetch_related(
        Prefetch("issue__labels", queryset=Label.objects.only("pk"))
    )
    reference_columns = {
        "issue": ["title"],
    }
    serializer_class = ActivitySerializer
    list_serializer_class = ActivityListSerializer
    detail_serializer_class = ActivityDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = ActivityFilter
    search_fields = ["message"]
    ordering_fields = ["id", "message", "created_at"]
    ordering = ["-created_at", "pk"]


class UserViewSet(RelationalViewSetMixin, viewsets.ReadOnlyModelViewSet):
    """Users, for signed-in clients only: staff see every account, others their own. Accounts
    change through authentication."""

    queryset = User.objects.all()
    detail_queryset = User.objects.annotate(
        issues_as_assignee_count=related_count(Issue, "assignee"),
        issues_as_reporter_count=related_count(Issue, "reporter"),
    )
    serializer_class = UserSerializer
    list_serializer_class = UserListSerializer
    detail_serializer_class = UserDetailSerializer
    permission_classes = [permissions.IsAuthenticated]
    pagination_class = PageNumberPagination
    filterset_class = UserFilter
    ordering_fields = ["id", "username", "date_joined"]
    ordering = ["pk"]

    def get_queryset(self) -> QuerySet[User]:
        queryset = super().get_queryset()
        user = self.request.user
        if user.is_staff or getattr(self, "swagger_fake_view", False):
            return queryset
        return queryset.filter(pk=user.pk)
