"""The rate limits beside DRF's own `anon` and `user` (REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
holds all four rates, read from the environment)."""

from rest_framework.throttling import SimpleRateThrottle, UserRateThrottle


class BurstRateThrottle(UserRateThrottle):
    """Short spikes from one user (or one address, signed out): a high rate over a short
    window, beside the `user` rate that caps the sustained load."""

    scope = "burst"


class StrictRateThrottle(SimpleRateThrottle):
    """The `strict` rate, for the views that take a password (login, register, change
    password), which declare `throttle_scope = "auth"`: a few attempts per client address,
    signed in or not, so that guessing passwords is slow. Other views pass."""

    scope = "strict"
    view_scope = "auth"

    def allow_request(self, request, view) -> bool:
        if getattr(view, "throttle_scope", None) != self.view_scope:
            return True
        return super().allow_request(request, view)

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {
            "scope": self.scope,
            "ident": self.get_ident(request),
        }
