"""Sockets, through the routing a server runs: who may connect (as for a GET of the REST
API), one message per committed write and none for a rolled-back one, rows that reach only
the users who may read them, catch-up with `?since=`, and notifications
(attendees serve as the rows written)."""

import json
from datetime import timedelta
from typing import Any

import pytest
from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.db import transaction
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken

from apps.core.cqrs import dispatch
from apps.core.cqrs.testing import validated
from apps.core.sockets import notify
from apps.core.sockets.recent import forget
from apps.core.sockets.routing import websockets
from apps.core.testing import api_key, api_payload, send
from apps.spaces.commands import CreateAttendee, UpdateBooking
from apps.spaces.factories import AttendeeFactory, BookingFactory
from apps.spaces.models import Attendee, Booking
from apps.spaces.serializers import AttendeeSerializer
from apps.studio.factories import MemberFactory

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]

SOCKET = "/ws/v1/attendees/"
API = "/api/v1/attendees/"
NOTIFICATIONS = "/ws/v1/notifications/"
ORIGIN = (b"origin", b"http://testserver")
# Writable API fields of attendees: model attribute → API name.
FIELDS = {
    "name": "name",
    "confirmed": "confirmed",
    "booking": "booking",
}


@pytest.fixture(autouse=True)
def fresh_layer():
    """Each test starts with no recent events and an empty channel layer."""
    forget()
    async_to_sync(get_channel_layer().flush)()


@database_sync_to_async
def make_user(**fields: Any) -> Any:
    return MemberFactory.create(**fields)


@database_sync_to_async
def credentials(user: Any) -> dict[str, Any]:
    """The user's access token, offered as the subprotocol a browser would send."""
    return {"subprotocols": [f"bearer.{AccessToken.for_user(user)}"]}


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
    return api_payload(AttendeeFactory, FIELDS)


async def created(user: Any) -> Any:
    """The key of a attendee the user creates through the API."""
    row = await written(user, "post", API, await payload(), 201)
    return row[api_key(Attendee)]


@database_sync_to_async
def listed(user: Any, key: Any) -> dict[str, Any]:
    """The row as the list endpoint shows it to the user."""
    response = api_client(user).get(API)
    rows = json.loads(response.content)["results"]
    return next(row for row in rows if str(row[api_key(Attendee)]) == str(key))


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
    assert subprotocol == found["subprotocols"][0]  # browsers drop a socket without it
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


async def test_an_expired_or_inactive_users_token_is_refused():
    user = await make_user()
    token = AccessToken.for_user(user)
    token.set_exp(lifetime=-timedelta(seconds=1))
    communicator = await opened(SOCKET, subprotocols=[f"bearer.{token}"])
    assert await close_code(communicator) == 4401
    inactive = await make_user(is_active=False)
    token = AccessToken.for_user(inactive)
    communicator = await opened(SOCKET, subprotocols=[f"bearer.{token}"])
    assert await close_code(communicator) == 4401
    communicator = await opened(SOCKET, subprotocols=["bearer.not-a-token"])
    assert await close_code(communicator) == 4401


async def test_a_token_in_the_query_string_signs_in(admin_user):
    token = AccessToken.for_user(admin_user)
    communicator = await opened(f"{SOCKET}?token={token}")
    key = await created(admin_user)
    message = await communicator.receive_json_from()
    assert (message["type"], str(message["id"])) == ("created", str(key))
    await communicator.disconnect()


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
    assert {m["entity"] for m in messages} == {"Attendee"}
    assert [m["data"] for m in messages] == [shown, changed, {api_key(Attendee): key}]
    assert [m["version"] for m in messages] == [1, 2, 3]
    positions = [m["position"] for m in messages]
    assert positions == sorted(positions) and len(set(positions)) == 3
    assert await communicator.receive_nothing()
    await communicator.disconnect()


@database_sync_to_async
def rolled_back_create(user: Any) -> None:
    data = validated(AttendeeSerializer, api_payload(AttendeeFactory, FIELDS))
    with transaction.atomic():
        dispatch(CreateAttendee(data=data, user=user))
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


OWNED_SOCKET = "/ws/v1/bookings/"
OWNED_API = "/api/v1/bookings/"
# Writable API fields of bookings: model attribute → API name.
OWNED_FIELDS = {
    "starts_at": "starts_at",
    "ends_at": "ends_at",
    "purpose": "purpose",
    "room": "room",
}


async def owned_row(user: Any) -> Any:
    """The key of a booking the user creates, and so owns."""
    body = await database_sync_to_async(api_payload)(BookingFactory, OWNED_FIELDS)
    row = await written(user, "post", OWNED_API, body, 201)
    return row[api_key(Booking)]


async def test_owned_rows_reach_their_owner_and_staff_only(admin_user):
    owner, other = await make_user(), await make_user()
    sockets = {
        name: await opened(OWNED_SOCKET, user)
        for name, user in (("owner", owner), ("other", other), ("staff", admin_user))
    }
    key = await owned_row(owner)
    for name in ("owner", "staff"):
        message = await sockets[name].receive_json_from()
        assert (message["type"], str(message["id"])) == ("created", str(key))
    assert await sockets["other"].receive_nothing()
    for communicator in sockets.values():
        await communicator.disconnect()


async def test_another_users_row_socket_is_forbidden():
    owner, other = await make_user(), await make_user()
    key = await owned_row(owner)
    communicator = await opened(f"{OWNED_SOCKET}{key}/", other)
    assert await close_code(communicator) == 4403
    communicator = await opened(f"{OWNED_SOCKET}{key}/", owner)
    assert await communicator.receive_nothing()
    await communicator.disconnect()


async def test_owners_are_notified_of_changes_by_others(admin_user):
    owner = await make_user()
    key = await owned_row(owner)
    communicator = await opened(NOTIFICATIONS, owner)
    await written(owner, "delete", f"{OWNED_API}{key}/", {}, 204)
    assert await communicator.receive_nothing()  # their own change
    key = await owned_row(owner)
    await written(admin_user, "delete", f"{OWNED_API}{key}/", {}, 204)
    message = await communicator.receive_json_from()
    assert message["kind"] == "spaces.booking.deleted"
    assert (message["data"]["entity"], str(message["data"]["id"])) == (
        "Booking",
        str(key),
    )
    await communicator.disconnect()


async def heard(
    communicator: WebsocketCommunicator, count: int
) -> list[dict[str, Any]]:
    """The next `count` messages of a socket, and then nothing."""
    messages = [await communicator.receive_json_from() for _ in range(count)]
    assert await communicator.receive_nothing()
    return messages


def told(messages: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """What makes each message the one it is: its change, row, position and version."""
    return [(m["type"], str(m["id"]), m["position"], m["version"]) for m in messages]


async def test_catching_up_replays_what_a_socket_open_all_along_heard(admin_user):
    """Replayed from the event store: the
    same messages, in the same order, to the same readers only."""
    owner, other = await make_user(), await make_user()
    communicator = await opened(OWNED_SOCKET, owner)
    first = await owned_row(owner)
    last = (await communicator.receive_json_from())["position"]
    await communicator.disconnect()
    readers = {"owner": owner, "other": other, "staff": admin_user}
    witnesses = {
        name: await opened(OWNED_SOCKET, user) for name, user in readers.items()
    }
    second = await owned_row(owner)
    await owned_row(other)
    body = await database_sync_to_async(api_payload)(BookingFactory, OWNED_FIELDS)
    await written(owner, "put", f"{OWNED_API}{second}/", body, 200)
    await written(owner, "delete", f"{OWNED_API}{first}/", {}, 204)
    counts = {"owner": 3, "other": 1, "staff": 4}
    for name, user in readers.items():
        live = await heard(witnesses[name], counts[name])
        await witnesses[name].disconnect()
        communicator = await opened(f"{OWNED_SOCKET}?since={last}", user)
        assert told(await heard(communicator, counts[name])) == told(live)
        await communicator.disconnect()
    assert [m["type"] for m in live] == ["created", "created", "updated", "deleted"]
    assert live[-1]["data"] == {api_key(Booking): live[-1]["id"]}


@database_sync_to_async
def handed_over(key: Any, owner: Any, by: Any) -> None:
    """The row given to `owner`, as a command of staff's would."""
    with transaction.atomic():
        dispatch(UpdateBooking(id=key, data={"booked_by": owner}, user=by))


async def test_a_row_given_to_another_owner_leaves_the_first_ones_view(admin_user):
    first, second = await make_user(), await make_user()
    key = await owned_row(first)
    readers = {"first": first, "second": second, "staff": admin_user}
    sockets = {name: await opened(OWNED_SOCKET, user) for name, user in readers.items()}
    await handed_over(key, second, admin_user)
    (removed,) = await heard(sockets["first"], 1)
    assert (removed["type"], str(removed["id"])) == ("removed", str(key))
    assert removed["data"] == {
        api_key(Booking): removed["id"]
    }  # no longer theirs to read
    for name in ("second", "staff"):
        (message,) = await heard(sockets[name], 1)
        assert (message["type"], str(message["id"])) == ("updated", str(key))
        assert (message["position"], message["version"]) == (
            removed["position"],
            removed["version"],
        )
    for communicator in sockets.values():
        await communicator.disconnect()
    communicator = await opened(
        f"{OWNED_SOCKET}?since={removed['position'] - 1}", first
    )
    assert told(await heard(communicator, 1)) == told([removed])
    assert (await communicator.receive_nothing()) is True
    await communicator.disconnect()
