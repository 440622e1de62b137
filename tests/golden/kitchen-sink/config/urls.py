"""URL configuration: the admin, the API of every app under /api/v1/ and its root, the OpenAPI
schema and its viewers (unless settings.API_DOCS is off), and the health probes."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from apps.core.api_root import ApiRootView, IndexView
from apps.core.cache_views import CacheStatsView
from apps.core.docs import RedocView, SwaggerView
from apps.core.views import HealthView, ReadyView

# The API version of the URLs below, as URLPathVersioning reads it (request.version);
# docs/versioning.md shows how a new version is mounted beside this one.
V1 = {"version": "v1"}

urlpatterns = [
    path("admin/", admin.site.urls),
    path("health/", HealthView.as_view(), name="health"),
    path("ready/", ReadyView.as_view(), name="ready"),
    path("", IndexView.as_view(), name="index"),
    path("api/", IndexView.as_view(), name="api-index"),
    path(
        "api/v1/",
        ApiRootView.as_view(),
        V1,
        name="api-root",
    ),
    path("api/v1/auth/", include("apps.core.auth.urls")),
    path(
        "api/v1/cache/stats/",
        CacheStatsView.as_view(),
        V1,
        name="cache-stats",
    ),
    path(
        "api/v1/",
        include("apps.core.events.urls"),
        V1,
    ),
    path(
        "api/v1/",
        include("apps.studio.urls"),
        V1,
    ),
    path(
        "api/v1/",
        include("apps.inventory.urls"),
        V1,
    ),
    path(
        "api/v1/",
        include("apps.spaces.urls"),
        V1,
    ),
]
if settings.API_DOCS:
    urlpatterns += [
        path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
        path("api/docs/", SwaggerView.as_view(url_name="schema"), name="docs"),
        path("api/redoc/", RedocView.as_view(url_name="schema"), name="redoc"),
    ]
# Uploaded files, served by the development server only; in production the web server or
# object storage serves them.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Django's own error pages answer with the API's error envelope too.
handler400 = "apps.core.exceptions.bad_request"
handler403 = "apps.core.exceptions.permission_denied"
handler404 = "apps.core.exceptions.page_not_found"
handler500 = "apps.core.exceptions.server_error"
