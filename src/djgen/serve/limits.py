"""What keeps the service safe to expose: a cap on the request body, and bounded work.

Work runs in slots: a request waits a little for a free one and is turned away (503) when the
service stays busy; a job that runs out of time answers 504. A slot is given back when the work
itself ends, not when its request gives up on it, so work that overran still counts against
the bound until it is over.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

T = TypeVar("T")


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 512 * 1024  # a request body, JSON included
    check_seconds: float = 10.0  # validate, draw, list the files
    build_seconds: float = 60.0  # generate, format and zip a project
    checks: int = 4  # checks at once
    builds: int = 2  # generations at once
    wait_seconds: float = 5.0  # how long a request waits for a free slot


class Busy(Exception):
    """No slot came free in time."""


class TooSlow(Exception):
    """The work ran out of time."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the work took longer than {seconds:g} s")


class Slots:
    """At most `size` jobs at once; a caller waits `wait` seconds for a slot, then is Busy."""

    def __init__(self, size: int, wait: float) -> None:
        self._free = asyncio.Semaphore(size)
        self._wait = wait

    async def acquire(self) -> None:
        try:
            await asyncio.wait_for(self._free.acquire(), self._wait)
        except TimeoutError:
            raise Busy from None

    def release(self) -> None:
        self._free.release()


class ThreadSlots(Slots):
    """Slots for work done in this process, on threads of its own."""

    def __init__(self, size: int, wait: float) -> None:
        super().__init__(size, wait)
        self._threads = ThreadPoolExecutor(max_workers=size, thread_name_prefix="djgen-check")

    async def run(self, seconds: float, work: Callable[..., T], *args: Any) -> T:
        """`work(*args)` on a thread, answered within `seconds` or TooSlow."""
        await self.acquire()
        future = asyncio.get_running_loop().run_in_executor(self._threads, work, *args)
        future.add_done_callback(lambda _: self.release())
        try:
            return await asyncio.wait_for(asyncio.shield(future), seconds)
        except TimeoutError:
            raise TooSlow(seconds) from None


async def bounded(slots: Slots, seconds: float, work: Callable[[], Awaitable[T]]) -> T:
    """Run `work()` in a slot, within `seconds`; `work` must end its own children when
    cancelled."""
    await slots.acquire()
    try:
        return await asyncio.wait_for(work(), seconds)
    except TimeoutError:
        raise TooSlow(seconds) from None
    finally:
        slots.release()


class BodyLimit:
    """ASGI middleware: a request body over `max_bytes` answers 413, whether it announces its
    length or streams it. The body is read here, within the cap, and handed on whole."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
        handed = False

        async def replay() -> Message:
            nonlocal handed
            if handed:
                return await receive()
            handed = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        answer = JSONResponse(
            {"detail": f"the request is larger than {self.max_bytes // 1024} KB"}, status_code=413
        )
        await answer(scope, receive, send)
