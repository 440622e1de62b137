from django.urls import path
from rest_framework.routers import SimpleRouter

from .views import ActivityViewSet, IssueViewSet, LabelViewSet, UserViewSet

app_name = "work"

router = SimpleRouter()
router.register("issues", IssueViewSet, basename="issue")
router.register("labels", LabelViewSet, basename="label")
router.register("activities", ActivityViewSet, basename="activity")
router.register("users", UserViewSet, basename="user")

# The rows that point at one parent, listed by their own viewset: /<parent>/<pk>/<rows>/.
urlpatterns = [
    *router.urls,
    path(
        "issues/<int:parent_pk>/children/",
        IssueViewSet.as_view({"get": "list"}, parent_field="parent"),
        name="issue-children",
    ),
    path(
        "issues/<int:parent_pk>/activities/",
        ActivityViewSet.as_view({"get": "list"}, parent_field="issue"),
        name="issue-activities",
    ),
    path(
        "labels/<int:parent_pk>/issues/",
        IssueViewSet.as_view({"get": "list"}, parent_field="labels"),
        name="label-issues",
    ),
    path(
        "users/<int:parent_pk>/issues-as-assignee/",
        IssueViewSet.as_view({"get": "list"}, parent_field="assignee"),
        name="user-issues-as-assignee",
    ),
    path(
        "users/<int:parent_pk>/issues-as-reporter/",
        IssueViewSet.as_view({"get": "list"}, parent_field="reporter"),
        name="user-issues-as-reporter",
    ),
]
