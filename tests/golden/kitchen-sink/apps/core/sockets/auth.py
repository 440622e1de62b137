"""Who a socket belongs to. A JWT access token, as the REST API takes it in its Authorization
header, comes as the subprotocol `bearer.<token>` (browsers cannot set headers on a socket)
or as `?token=<token>`; it is checked by simplejwt as the API checks it (expired, malformed,
a user deleted or inactive: not signed in). Without a token the session cookie signs in, as
for the API."""

from typing import Any
from urllib.parse import parse_qs

from channels.middleware import BaseMiddleware
from django.contrib.auth.models import AnonymousUser
from rest_framework.exceptions import AuthenticationFailed
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import InvalidToken, TokenError

from .threads import in_thread

SUBPROTOCOL = "bearer."


def credentials(scope: dict[str, Any]) -> tuple[str | None, str | None]:
    """The token the socket offers, and the subprotocol that carried it (to select)."""
    for offered in scope.get("subprotocols") or []:
        if offered.startswith(SUBPROTOCOL):
            return offered.removeprefix(SUBPROTOCOL), offered
    tokens = parse_qs(scope.get("query_string", b"").decode()).get("token")
    return (tokens[0] if tokens else None), None


def user_of(token: str) -> Any:
    authentication = JWTAuthentication()
    try:
        return authentication.get_user(
            authentication.get_validated_token(token.encode())
        )
    except (InvalidToken, TokenError, AuthenticationFailed):
        return AnonymousUser()


class TokenAuthMiddleware(BaseMiddleware):
    """Sets the scope's `user` from a token when the socket offers one (a bad token signs
    nobody in, whatever the session says), and `auth_subprotocol` to select."""

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> Any:
        token, subprotocol = credentials(scope)
        if token is not None:
            user = await in_thread(user_of)(token)
            scope = {**scope, "user": user, "auth_subprotocol": subprotocol}
        return await super().__call__(scope, receive, send)
