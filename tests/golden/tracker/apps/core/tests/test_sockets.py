"""Sockets, through the routing a server runs: who may connect (as for a GET of the REST
API), one message per committed write and none for a rolled-back one, rows that reach only
the users who may read them, catch-up with `?since=`, and notifications
(issues serve as the rows written)."""

import json
from typing import Any

import pytest
from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.db import transaction
from django.test import Client
from rest_framework.test import APIClient

from apps.core.cqrs import dispatch
from apps.core.cqrs.testing import validated
from apps.core.sockets import notify
from apps.core.sockets.recent import forget
from apps.core.sockets.routing import websockets
from apps.core.testing import api_key, api_payload, send
from apps.work.commands import CreateIssue
from apps.work.factories import IssueFactory, UserFactory
from apps.work.models import Issue
from apps.work.serializers import IssueSerializer

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]

SOCKET = "/ws/v1/issues/"
API = "/api/v1/issues/"
NOTIFICATIONS = "/ws/v1/notifications/"
ORIGIN = (b"origin", b"http://testserver")
# Writable API fields of issues: model attribute → API name.
FIELDS = {
    "title": "title",
    "description": "description",
    "kind": "kind",
    "priority": "priority",
    "estimate": "estimate",
    "order": "order",
    "project": "project",
    "sprint": "sprint",
    "parent": "parent",
    "labels": "labels",
    "assignee": "assignee",
    "reporter": "reporter",
}


@pytest.fixture(autouse=True)
def fresh_layer():
    """Each test starts with no recent events and an empty channel layer."""
    forget()
    async_to_sync(get_channel_layer().flush)()


@database_sync_to_async
def make_user(**fields: Any) -> Any:
    return UserFactory.create(**fields)


@database_sync_to_async
def credentials(user: Any) -> dict[str, Any]:
    """The user's session cookie, as a browser signed in to the site sends it."""
    client = Client()
    client.force_login(user)
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    return {"headers": [(b"cookie", cookie.encode())]}


async def opened(path: str, user: Any = None, **extra: Any) -> WebsocketCommunicator:
    """A socket to `path`, signed in as `user` (none: anonymous), accepted by the server."""
    found = await credentials(user) if user is not None else {}
    communicator = WebsocketCommunicator(
        websockets,
        path,
        headers=[ORIGIN, *found.get("headers", []), *extra.get("headers", [])],
        subprotocols=extra.get("subprotocols", found.get("subprotocols")),
    )
    connected, _ = await communicator.connect()
    assert connected
    return communicator


async def close_code(communicator: WebsocketCommunicator) -> int:
    """How the server closed a socket it accepted."""
    output = await communicator.receive_output()
    await communicator.wait()
    assert output["type"] == "websocket.close"
    return output["code"]


def api_client(user: Any) -> APIClient:
    client = APIClient()
    client.force_authenticate(user=user)
    return client


@database_sync_to_async
def written(user: Any, method: str, url: str, body: dict[str, Any], status: int) -> Any:
    response = send(api_client(user), method, url, body)
    assert response.status_code == status, response.content
    return json.loads(response.content) if response.content else None


@database_sync_to_async
def payload() -> dict[str, Any]:
    return api_payload(IssueFactory, FIELDS)


async def created(user: Any) -> Any:
    """The key of a issue the user creates through the API."""
    row = await written(user, "post", API, await payload(), 201)
    return row[api_key(Issue)]


@database_sync_to_async
def listed(user: Any, key: Any) -> dict[str, Any]:
    """The row as the list endpoint shows it to the user."""
    response = api_client(user).get(API)
    rows = json.loads(response.content)["results"]
    return next(row for row in rows if str(row[api_key(Issue)]) == str(key))


async def test_a_signed_in_user_connects(admin_user):
    found = await credentials(admin_user)
    communicator = WebsocketCommunicator(
        websockets,
        SOCKET,
        headers=[ORIGIN, *found.get("headers", [])],
        subprotocols=found.get("subprotocols"),
    )
    connected, subprotocol = await communicator.connect()
    assert connected
    assert subprotocol is None
    await communicator.disconnect()


async def test_an_anonymous_socket_is_closed_as_not_signed_in():
    communicator = await opened(NOTIFICATIONS)
    assert await close_code(communicator) == 4401
    communicator = await opened(SOCKET)
    assert await close_code(communicator) == 4401


async def test_a_socket_from_another_site_is_refused(admin_user):
    found = await credentials(admin_user)
    communicator = WebsocketCommunicator(
        websockets,
        SOCKET,
        headers=[(b"origin", b"https://elsewhere.example"), *found.get("headers", [])],
        subprotocols=found.get("subprotocols"),
    )
    connected, _ = await communicator.connect()
    assert not connected


async def test_each_write_sends_one_message_in_order(admin_user):
    communicator = await opened(SOCKET, admin_user)
    key = await created(admin_user)
    shown = await listed(admin_user, key)
    await written(admin_user, "put", f"{API}{key}/", await payload(), 200)
    changed = await listed(admin_user, key)
    await written(admin_user, "delete", f"{API}{key}/", {}, 204)

    messages = [await communicator.receive_json_from() for _ in range(3)]
    assert [m["type"] for m in messages] == ["created", "updated", "deleted"]
    assert {str(m["id"]) for m in messages} == {str(key)}
    assert {m["entity"] for m in messages} == {"Issue"}
    assert [m["data"] for m in messages] == [shown, changed, {api_key(Issue): key}]
    assert [m["version"] for m in messages] == [1, 2, 3]
    positions = [m["position"] for m in messages]
    assert positions == sorted(positions) and len(set(positions)) == 3
    assert await communicator.receive_nothing()
    await communicator.disconnect()


@database_sync_to_async
def rolled_back_create(user: Any) -> None:
    data = validated(IssueSerializer, api_payload(IssueFactory, FIELDS))
    with transaction.atomic():
        dispatch(CreateIssue(data=data, user=user))
        transaction.set_rollback(True)


async def test_a_rolled_back_write_sends_nothing(admin_user):
    communicator = await opened(SOCKET, admin_user)
    await rolled_back_create(admin_user)
    assert await communicator.receive_nothing()
    key = await created(admin_user)  # the socket still hears committed writes
    assert str((await communicator.receive_json_from())["id"]) == str(key)
    await communicator.disconnect()


async def test_a_row_socket_carries_that_row_only(admin_user):
    key, other = await created(admin_user), await created(admin_user)
    communicator = await opened(f"{SOCKET}{key}/", admin_user)
    await written(admin_user, "put", f"{API}{other}/", await payload(), 200)
    await written(admin_user, "put", f"{API}{key}/", await payload(), 200)
    message = await communicator.receive_json_from()
    assert (message["type"], str(message["id"])) == ("updated", str(key))
    assert await communicator.receive_nothing()
    await communicator.disconnect()


async def test_a_reconnecting_socket_catches_up_since_its_last_position(admin_user):
    communicator = await opened(SOCKET, admin_user)
    await created(admin_user)
    last = (await communicator.receive_json_from())["position"]
    await communicator.disconnect()
    missed = [await created(admin_user), await created(admin_user)]

    communicator = await opened(f"{SOCKET}?since={last}", admin_user)
    replayed = [await communicator.receive_json_from() for _ in missed]
    assert [str(m["id"]) for m in replayed] == [str(key) for key in missed]
    assert all(m["position"] > last for m in replayed)
    assert await communicator.receive_nothing()
    await communicator.disconnect()


async def test_a_gap_too_old_to_replay_says_so(admin_user, settings):
    settings.WEBSOCKET_RECENT_EVENTS = 1
    await created(admin_user)
    await created(admin_user)
    communicator = await opened(f"{SOCKET}?since=0", admin_user)
    message = await communicator.receive_json_from()
    assert message["type"] == "gap"
    assert message["oldest"] == 2
    assert "REST API" in message["message"]
    await communicator.disconnect()


async def test_notify_reaches_the_users_sockets_only():
    user, other = await make_user(), await make_user()
    mine = await opened(NOTIFICATIONS, user)
    theirs = await opened(NOTIFICATIONS, other)
    await database_sync_to_async(notify)(user, "greeting", {"text": "hello"})
    message = await mine.receive_json_from()
    assert (message["type"], message["kind"], message["data"]) == (
        "notification",
        "greeting",
        {"text": "hello"},
    )
    assert await theirs.receive_nothing()
    await mine.disconnect()
    await theirs.disconnect()
