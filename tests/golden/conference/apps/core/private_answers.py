"""Answers to signed-in users say `Cache-Control: private`: a browser may keep them, a shared
cache (a proxy, a CDN) may not, so no one is ever served another user's answer from it."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers


class PrivateAnswersMiddleware:
    """Marks as private every answer to a request that carries credentials or was signed in."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        # DRF sets request.user once it authenticated the request, JWT included.
        user = getattr(request, "user", None)
        if "HTTP_AUTHORIZATION" in request.META or (
            user is not None and user.is_authenticated
        ):
            patch_cache_control(response, private=True)
            patch_vary_headers(response, ["Authorization"])
        return response
