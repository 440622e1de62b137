"""Run a function in a forked child process while this one goes on with other work.

For work whose cost is mostly imports (Django's migration machinery takes longer to import
than djgen takes to read a spec): the child is forked before the function's arguments exist
and runs a warm-up at once (the imports); this process sends it the arguments when it has
them, and the outcome comes back. Both travel pickled, through pipes. The child reads its
arguments as they come, so sending them never waits for its warm-up to end. It leaves with
`os._exit`: no atexit handler runs in it and no buffered output of this process is written
twice; if this process ends without sending anything, the child ends too.

Where a process cannot be forked (no `os.fork`, as on Windows), or should not be (other
threads are running: a child would hold a copy of their locks in whatever state they were),
the warm-up and the function run in this process instead, when the result is asked for.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import threading
from collections.abc import Callable
from typing import Generic, NoReturn, ParamSpec, Self, TypeVar

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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class Started(Pending[T], Generic[P, T]):
    """A function started before its arguments are known: `send()` gives them, once."""

    def send(self, *args: P.args, **kwargs: P.kwargs) -> None:
        raise NotImplementedError


class InProcess(Started[P, T]):
    """A function run in this process, after its warm-up, when its result is asked for."""

    def __init__(self, function: Callable[P, T], warm_up: Callable[[], object]) -> None:
        self._function = function
        self._warm_up = warm_up
        self._arguments: tuple[tuple[object, ...], dict[str, object]] | None = None

    def send(self, *args: P.args, **kwargs: P.kwargs) -> None:
        self._arguments = (args, kwargs)

    def result(self) -> T:
        if self._arguments is None:
            raise RuntimeError(f"{_name(self._function)} was never sent its arguments")
        args, kwargs = self._arguments
        self._warm_up()
        call: Callable[..., T] = self._function
        return call(*args, **kwargs)


class Forked(Started[P, T]):
    """A function the child process `pid` runs on the arguments sent through the pipe
    `arguments`, and whose outcome it sends back through the pipe `outcome`."""

    def __init__(self, pid: int, arguments: int, outcome: int, name: str) -> None:
        self._pid: int | None = pid
        self._arguments = os.fdopen(arguments, "wb")
        self._outcome = os.fdopen(outcome, "rb")
        self._name = name

    def send(self, *args: P.args, **kwargs: P.kwargs) -> None:
        if self._arguments.closed:
            raise RuntimeError(f"{self._name} was already sent its arguments")
        data = pickle.dumps((args, kwargs), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            with self._arguments as pipe:  # closed, it tells the child that all has come
                pipe.write(data)
        except BrokenPipeError:
            pass  # the child is gone: `result()` says how it ended

    def result(self) -> T:
        if self._pid is None:
            raise RuntimeError(f"the outcome of {self._name} was already taken")
        if not self._arguments.closed:
            raise RuntimeError(f"{self._name} was never sent its arguments")
        with self._outcome as pipe:
            data = pipe.read()
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
        self._arguments.close()
        self._outcome.close()
        if self._pid is not None:
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            self._pid = None


def _ending(status: int) -> str:
    code = os.waitstatus_to_exitcode(status)
    return f"signal {signal.Signals(-code).name}" if code < 0 else f"exit status {code}"


def _name(function: Callable[..., object]) -> str:
    return getattr(function, "__qualname__", repr(function))


def _nothing() -> None:
    """No warm-up."""


def can_fork() -> bool:
    """Whether forking is possible here and safe: a POSIX system, and no other thread running."""
    return hasattr(os, "fork") and threading.active_count() == 1


def in_child(function: Callable[P, T], warm_up: Callable[[], object] = _nothing) -> Started[P, T]:
    """Start a forked child process that runs `warm_up()` at once, then `function` on the
    arguments `send()` gives it (where no child can be forked, both run in this process when
    the result is asked for). `result()` returns the function's value or raises the exception
    it or the warm-up raised, of the same type and message."""
    if not can_fork():
        return InProcess(function, warm_up)
    arguments_reader, arguments_writer = os.pipe()
    outcome_reader, outcome_writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(arguments_writer)
        os.close(outcome_reader)
        # The collector leaves the objects the child inherits alone: going over them would
        # copy every page they lie on.
        gc.freeze()
        _serve(function, warm_up, arguments_reader, outcome_writer)
    os.close(arguments_reader)
    os.close(outcome_writer)
    return Forked(pid, arguments_writer, outcome_reader, _name(function))


def _serve(
    function: Callable[..., object], warm_up: Callable[[], object], arguments: int, outcome: int
) -> NoReturn:
    """Warm up, run `function` on the arguments read from `arguments` and write its pickled
    outcome to `outcome`, then end this (child) process without returning: nothing the parent
    owns is cleaned up or flushed here."""
    status = 1
    try:
        received = _read_aside(arguments)
        try:
            warm_up()
            args, kwargs = pickle.loads(received())
            sent = (True, function(*args, **kwargs))
        except Exception as error:
            sent = (False, error)
        with os.fdopen(outcome, "wb") as pipe:
            pipe.write(_pickled(sent))
        status = 0
    finally:
        os._exit(status)


def _read_aside(pipe: int) -> Callable[[], bytes]:
    """Read `pipe` to its end in a thread of its own, so that its writer need not wait for
    this process to be ready; the function returned waits for the bytes (none if the read
    failed: the writer went away)."""
    received: list[bytes] = []

    def read() -> None:
        with os.fdopen(pipe, "rb") as reader:
            received.append(reader.read())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()

    def wait() -> bytes:
        thread.join()
        return b"".join(received)

    return wait


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
