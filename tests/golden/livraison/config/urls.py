"""URL configuration: the admin, the API of every app under /api/v1/, the OpenAPI
schema and its viewers, and the health probes."""

from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerView,
)

from apps.core.cache_views import CacheStatsView
from apps.core.views import HealthView, ReadyView

# The API version of the URLs below, as URLPathVersioning reads it (request.version);
# docs/versioning.md shows how a new version is mounted beside this one.
V1 = {"version": "v1"}

urlpatterns = [
    path("admin/", admin.site.urls),
    path("health/", HealthView.as_view(), name="health"),
    path("ready/", ReadyView.as_view(), name="ready"),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="docs"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    path("api/v1/auth/", include("apps.core.auth.urls")),
    path(
        "api/v1/cache/stats/",
        CacheStatsView.as_view(),
        V1,
        name="cache-stats",
    ),
    path(
        "api/v1/",
        include("apps.livraison.urls"),
        V1,
    ),
]

# Django's own error pages answer with the API's error envelope too.
handler400 = "apps.core.exceptions.bad_request"
handler403 = "apps.core.exceptions.permission_denied"
handler404 = "apps.core.exceptions.page_not_found"
handler500 = "apps.core.exceptions.server_error"
