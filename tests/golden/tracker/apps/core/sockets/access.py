"""Who may open a socket, asked of the REST API itself: the entity's viewset checks the
user's permissions as for a GET of the list (or of the row), and says whether the user reads
every row or only their own. A socket the API would refuse is closed with 4401 (not signed
in) or 4403 (forbidden, or a row the user may not read, which the API answers 404)."""

from dataclasses import dataclass
from typing import Any

from django.http import Http404, HttpRequest
from rest_framework.exceptions import APIException
from rest_framework.request import Request
from rest_framework.viewsets import GenericViewSet

from apps.core.cqrs import DomainError, rows

NOT_SIGNED_IN = 4401
FORBIDDEN = 4403


class Refused(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def view_for(
    viewset: type[GenericViewSet], user: Any, key: str | None
) -> GenericViewSet:
    """The viewset as it would serve the user's GET of the list, or of the row `key`."""
    http = HttpRequest()
    http.method = "GET"
    request = Request(http)
    request.user = user
    view = viewset(action="list" if key is None else "retrieve", format_kwarg=None)
    view.request = request
    view.args = ()
    view.kwargs = (
        {} if key is None else {view.lookup_url_kwarg or view.lookup_field: key}
    )
    view.headers = {}
    return view


@dataclass(frozen=True)
class Audience:
    """What a socket may carry: the rows of `owner` only (None: every row the stream
    carries), of the row `row` only (None: every row)."""

    owner: str | None
    row: str | None


def audience(viewset: type[GenericViewSet], user: Any, key: str | None) -> Audience:
    """Refused when the API would refuse the user's GET of the list, or of the row `key`."""
    view = view_for(viewset, user, key)
    try:
        view.check_permissions(view.request)
        row = None if key is None else str(rows.key(view.get_object()))
    except (APIException, DomainError, Http404):
        raise Refused(FORBIDDEN if user.is_authenticated else NOT_SIGNED_IN) from None
    sees_every_row: Any = getattr(view, "sees_every_row", None)
    if sees_every_row is None or sees_every_row():
        return Audience(None, row)
    return Audience(str(user.pk), row)
