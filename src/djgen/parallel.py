"""Run a function in a forked child process while this one goes on with other work.

For work whose cost is mostly imports (Django's migration machinery takes longer to import
than djgen takes to render everything else): the child starts with a copy of this process's
memory, so the function's arguments are not sent anywhere, and only its result comes back,
pickled through a pipe. The child leaves with `os._exit`: no atexit handler runs in it and
no buffered output of this process is written twice.

Where a process cannot be forked (no `os.fork`, as on Windows), or should not be (other
threads are running: a child would hold a copy of their locks in whatever state they were),
the function runs in this process instead, when its result is asked for.
"""

from __future__ import annotations

import functools
import gc
import os
import pickle
import signal
import threading
from collections.abc import Callable
from typing import Generic, ParamSpec, TypeVar

T = TypeVar("T")
P = ParamSpec("P")


class ChildDied(RuntimeError):
    """The child process ended without sending its outcome (killed, or out of memory)."""


class Pending(Generic[T]):
    """The outcome of a function, ready or on its way: `result()` returns its value or raises
    its exception. Leaving a `with` block abandons an outcome nobody asked for."""

    def result(self) -> T:
        raise NotImplementedError

    def close(self) -> None:
        """Release what the outcome holds (nothing, unless a child is still running)."""

    def __enter__(self) -> Pending[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class InProcess(Pending[T]):
    """An outcome computed in this process, each time it is asked for."""

    def __init__(self, call: Callable[[], T]) -> None:
        self._call = call

    def result(self) -> T:
        return self._call()


class Forked(Pending[T]):
    """An outcome the child process `pid` computes and sends through the pipe `reader`."""

    def __init__(self, pid: int, reader: int, name: str) -> None:
        self._pid: int | None = pid
        self._pipe = os.fdopen(reader, "rb")
        self._name = name

    def result(self) -> T:
        if self._pid is None:
            raise RuntimeError(f"the outcome of {self._name} was already taken")
        with self._pipe:
            data = self._pipe.read()
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        if os.waitstatus_to_exitcode(status) != 0:  # it exits with 0 once its outcome is sent
            raise ChildDied(f"the process computing {self._name} died: {_ending(status)}")
        succeeded, outcome = pickle.loads(data)
        if not succeeded:
            raise outcome
        value: T = outcome
        return value

    def close(self) -> None:
        self._pipe.close()
        if self._pid is not None:
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            self._pid = None


def _ending(status: int) -> str:
    code = os.waitstatus_to_exitcode(status)
    return f"signal {signal.Signals(-code).name}" if code < 0 else f"exit status {code}"


def can_fork() -> bool:
    """Whether forking is possible here and safe: a POSIX system, and no other thread running."""
    return hasattr(os, "fork") and threading.active_count() == 1


def in_child(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Pending[T]:
    """Start `function(*args, **kwargs)` in a forked child process (where one cannot be
    forked, it runs in this one when its result is asked for); the outcome's `result()`
    returns its value or raises the exception it raised, of the same type and message."""
    call = functools.partial(function, *args, **kwargs)
    if not can_fork():
        return InProcess(call)
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(reader)
        # The collector leaves the objects the child inherits alone: going over them would
        # copy every page they lie on.
        gc.freeze()
        _send_outcome(writer, call)
    os.close(writer)
    return Forked(pid, reader, getattr(function, "__qualname__", repr(function)))


def _send_outcome(writer: int, call: Callable[[], object]) -> None:
    """Run `call` and write its pickled outcome to `writer`, then end this (child) process
    without returning: nothing the parent owns is cleaned up or flushed here."""
    status = 1
    try:
        try:
            outcome = (True, call())
        except Exception as error:
            outcome = (False, error)
        with os.fdopen(writer, "wb") as pipe:
            pipe.write(_pickled(outcome))
        status = 0
    finally:
        os._exit(status)


def _pickled(outcome: tuple[bool, object]) -> bytes:
    """The outcome as bytes that unpickle in the parent; one that would not is replaced by a
    RuntimeError that says what it was."""
    try:
        data = pickle.dumps(outcome)
        pickle.loads(data)
    except Exception as failure:
        _, value = outcome
        unsent = f"cannot send {type(value).__name__} from a child process ({failure}): {value}"
        return pickle.dumps((False, RuntimeError(unsent)))
    return data
