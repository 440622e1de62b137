"""Where a visitor lands: `/` and `/api/` point to the API and its documentation, and
`/api/<version>/` lists the resources with their URLs, as DRF's API root does."""

from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

# Each resource's list, by the name its URL ends with.
RESOURCES = {
    "users": "conference:user-list",
    "rooms": "conference:room-list",
    "speakers": "conference:speaker-list",
    "talks": "conference:talk-list",
    "tags": "conference:tag-list",
    "materials": "conference:material-list",
    "sponsors": "conference:sponsor-list",
    "auth/login": "auth:login",
    "auth/register": "auth:register",
    "auth/me": "auth:me",
}


class IndexView(APIView):
    """`/` and `/api/`: the API's root and, where they are served, the documentation."""

    permission_classes = [AllowAny]

    @extend_schema(exclude=True)
    def get(self, request: Request) -> Response:
        links = {"v1": reverse("api-root", request=request)}
        if settings.API_DOCS:
            links |= {
                name: reverse(name, request=request)
                for name in ("schema", "docs", "redoc")
            }
        return Response(links)


class ApiRootView(APIView):
    """`/api/<version>/`: every resource's list URL."""

    permission_classes = [AllowAny]

    @extend_schema(exclude=True)
    def get(self, request: Request, version: str) -> Response:
        return Response(
            {name: reverse(route, request=request) for name, route in RESOURCES.items()}
        )
