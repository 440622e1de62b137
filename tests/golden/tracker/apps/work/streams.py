"""The Work app's entity streams: each entity's domain events, sent once
committed to the sockets of the users its REST viewset lets read the row."""

from apps.core.sockets import Stream

from .events import IssueCreated, IssueDeleted, IssueUpdated
from .models import Issue
from .queries import ListIssue
from .serializers import IssueListSerializer
from .views import IssueViewSet

ISSUES = Stream(
    entity="Issue",
    url="issues",
    model=Issue,
    key_name="id",
    viewset=IssueViewSet,
    list_query=ListIssue,
    serializer=IssueListSerializer,
    events=(
        IssueCreated,
        IssueUpdated,
        IssueDeleted,
    ),
)

STREAMS = [ISSUES]
for stream in STREAMS:
    stream.listen()
