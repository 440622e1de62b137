"""A function run in a forked child, started before its arguments are known: its value or its
error comes back as if it had run here, and the child leaves nothing behind (no process, no
output of ours written twice)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ParamSpec, TypeVar

import pytest

from djgen.errors import Diagnostic, DjgenError, Loc, Severity
from djgen.parallel import ChildDied, in_child

T = TypeVar("T")
P = ParamSpec("P")


def pid_and_sum(*numbers: int) -> tuple[int, int]:
    return os.getpid(), sum(numbers)


def run(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """`function(*args, **kwargs)` computed by a child started before it was sent them."""
    with in_child(function) as started:
        started.send(*args, **kwargs)
        return started.result()


def refuse(message: str) -> None:
    raise ValueError(message)


def reaped(pid: int) -> bool:
    """Whether `pid` is no child of this process any more (not even a zombie)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_the_value_comes_back_from_another_process_which_is_then_reaped() -> None:
    pid, total = run(pid_and_sum, 1, 2, 3)
    assert total == 6
    assert pid != os.getpid()
    assert reaped(pid)


def test_an_error_is_raised_here_with_its_type_and_message() -> None:
    with pytest.raises(ValueError) as raised:
        run(refuse, "no such thing")
    assert str(raised.value) == "no such thing"


def test_a_djgen_error_keeps_its_diagnostics() -> None:
    found = Diagnostic("DJG204", Severity.ERROR, "no class 'Custmer'", Loc("shop.mmd", 6, 23))

    def fail() -> None:
        raise DjgenError([found])

    with pytest.raises(DjgenError) as raised:
        run(fail)
    assert raised.value.diagnostics == (found,)
    assert str(raised.value) == str(found)


def test_a_value_that_cannot_be_sent_back_is_an_error_that_says_so() -> None:
    with pytest.raises(RuntimeError, match="cannot send lock from a child process"):
        run(threading.Lock)


def test_a_child_that_dies_is_an_error_that_says_how() -> None:
    def die() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    with pytest.raises(ChildDied, match="died: signal SIGKILL"):
        run(die)


def test_the_warm_up_runs_in_the_child_at_once_and_the_function_after_it(
    tmp_path: Path,
) -> None:
    warmed = tmp_path / "warmed"

    def warm_up() -> None:
        os.environ["WARMED_IN"] = str(os.getpid())
        warmed.write_text(str(os.getpid()))

    def where_warmed(number: int) -> tuple[str, int]:
        return os.environ["WARMED_IN"], number

    with in_child(where_warmed, warm_up=warm_up) as started:
        child = wait_for_pid(warmed)  # before it was sent anything
        started.send(7)
        assert started.result() == (str(child), 7)
    assert "WARMED_IN" not in os.environ


def test_arguments_larger_than_a_pipe_holds_are_sent_while_the_child_warms_up(
    tmp_path: Path,
) -> None:
    sent = tmp_path / "sent"

    def warm_up() -> None:
        """Ends once this process is done sending: sending must not wait for it."""
        deadline = time.monotonic() + 10
        while not sent.exists():
            if time.monotonic() > deadline:
                raise TimeoutError("the arguments were never sent")
            time.sleep(0.01)

    with in_child(len, warm_up=warm_up) as started:
        started.send(b"x" * 4_000_000)
        sent.touch()
        assert started.result() == 4_000_000


def test_an_error_of_the_warm_up_is_raised_here() -> None:
    with in_child(pid_and_sum, warm_up=lambda: refuse("cold")) as started:
        started.send(1)
        with pytest.raises(ValueError, match=r"^cold$"):
            started.result()


def test_a_child_that_dies_before_it_is_sent_anything_is_an_error_that_says_how() -> None:
    def die() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    with in_child(len, warm_up=die) as started:
        started.send(b"x" * 1_000_000)
        with pytest.raises(ChildDied, match="died: signal SIGKILL"):
            started.result()


def test_a_result_asked_for_before_the_arguments_are_sent_is_an_error() -> None:
    with in_child(pid_and_sum) as started, pytest.raises(RuntimeError, match="never sent"):
        started.result()


def wait_for_pid(path: Path) -> int:
    while not path.exists() or not path.read_text():
        time.sleep(0.01)
    return int(path.read_text())


def wait_forever_once_started(started: Path) -> Callable[..., None]:
    def wait_forever(*_: object) -> None:
        started.write_text(str(os.getpid()))
        time.sleep(60)

    return wait_forever


def test_a_child_never_sent_its_arguments_is_stopped_and_reaped(tmp_path: Path) -> None:
    started = tmp_path / "pid"
    with in_child(pid_and_sum, warm_up=wait_forever_once_started(started)):
        child = wait_for_pid(started)
    assert reaped(child)


def test_a_child_whose_result_nobody_takes_is_stopped_and_reaped(tmp_path: Path) -> None:
    started = tmp_path / "pid"
    with in_child(wait_forever_once_started(started)) as running:
        running.send()
        child = wait_for_pid(started)
    assert reaped(child)


def test_a_child_is_stopped_and_reaped_when_this_process_fails_meanwhile(
    tmp_path: Path,
) -> None:
    started = tmp_path / "pid"
    with (
        pytest.raises(LookupError),
        in_child(pid_and_sum, warm_up=wait_forever_once_started(started)),
    ):
        child = wait_for_pid(started)
        raise LookupError("no such spec")
    assert reaped(child)


@pytest.fixture
def another_thread() -> Iterator[None]:
    done = threading.Event()
    thread = threading.Thread(target=done.wait)
    thread.start()
    yield
    done.set()
    thread.join()


@pytest.mark.usefixtures("another_thread")
def test_with_other_threads_running_it_runs_here() -> None:
    assert run(pid_and_sum, 4, 5) == (os.getpid(), 9)
    with pytest.raises(ValueError) as raised:
        run(refuse, "still refused")
    assert str(raised.value) == "still refused"


def test_without_fork_it_runs_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "fork")
    assert run(pid_and_sum, 4, 5) == (os.getpid(), 9)


def test_the_child_neither_flushes_our_output_nor_runs_our_exit_handlers() -> None:
    script = textwrap.dedent(
        """
        import atexit, sys
        from djgen.parallel import in_child
        atexit.register(print, "exit handler")
        sys.stdout.write("buffered ")
        with in_child(sum) as started:
            started.send([1, 2])
            assert started.result() == 3
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout == "buffered exit handler\n"
    assert done.stderr == ""


def test_the_files_rendered_beside_the_child_need_no_django() -> None:
    """The child pays for Django while this process renders the rest: were any other generator
    to import Django, the fork would save nothing."""
    script = textwrap.dedent(
        """
        import sys
        from djgen.generators import GENERATORS
        from djgen.load import load
        project = load(sys.argv[1]).project
        for generate in GENERATORS:
            generate(project)
        print(sorted(name for name in sys.modules if name.split(".")[0] == "django"))
        """
    )
    spec = Path(__file__).parents[1] / "examples" / "kitchen-sink.md"
    done = subprocess.run(
        [sys.executable, "-c", script, str(spec)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
