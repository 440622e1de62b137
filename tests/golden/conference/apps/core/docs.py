"""The documentation pages, Swagger UI and ReDoc, served from the project's static files
(drf-spectacular-sidecar) under a Content-Security-Policy that allows nothing else: no
inline script, no other origin."""

from typing import Any

from drf_spectacular.views import SpectacularRedocView, SpectacularSwaggerSplitView
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        # Both viewers style their elements from script.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        # ReDoc renders in a worker it starts from a blob.
        "worker-src 'self' blob:",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    )
)


class ContentSecurityPolicyMixin(APIView):
    """Adds the documentation pages' Content-Security-Policy to every answer."""

    def finalize_response(
        self, request: Request, response: Response, *args: Any, **kwargs: Any
    ) -> Response:
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        return response


class SwaggerView(ContentSecurityPolicyMixin, SpectacularSwaggerSplitView):
    """Swagger UI, its start-up script served as a file of its own rather than inline."""


class RedocView(ContentSecurityPolicyMixin, SpectacularRedocView):
    """ReDoc."""
