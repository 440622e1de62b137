from django.urls import path
from rest_framework.routers import SimpleRouter

from apps.work.views import IssueViewSet

from .views import ProjectViewSet, SprintViewSet

app_name = "projects"

router = SimpleRouter()
router.register("projects", ProjectViewSet, basename="project")
router.register("sprints", SprintViewSet, basename="sprint")

# The rows that point at one parent, listed by their own viewset: /<parent>/<pk>/<rows>/.
urlpatterns = [
    *router.urls,
    path(
        "projects/<int:parent_pk>/issues/",
        IssueViewSet.as_view({"get": "list"}, parent_field="project"),
        name="project-issues",
    ),
    path(
        "projects/<int:parent_pk>/sprints/",
        SprintViewSet.as_view({"get": "list"}, parent_field="project"),
        name="project-sprints",
    ),
    path(
        "sprints/<int:parent_pk>/issues/",
        IssueViewSet.as_view({"get": "list"}, parent_field="sprint"),
        name="sprint-issues",
    ),
]
