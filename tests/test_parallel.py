"""A function run in a forked child: its value or its error comes back as if it had run here,
and the child leaves nothing behind (no process, no output of ours written twice)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from djgen.errors import Diagnostic, DjgenError, Loc, Severity
from djgen.parallel import ChildDied, in_child


def pid_and_sum(*numbers: int) -> tuple[int, int]:
    return os.getpid(), sum(numbers)


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
    pid, total = in_child(pid_and_sum, 1, 2, 3).result()
    assert total == 6
    assert pid != os.getpid()
    assert reaped(pid)


def test_an_error_is_raised_here_with_its_type_and_message() -> None:
    with pytest.raises(ValueError) as raised:
        in_child(refuse, "no such thing").result()
    assert str(raised.value) == "no such thing"


def test_a_djgen_error_keeps_its_diagnostics() -> None:
    found = Diagnostic("DJG204", Severity.ERROR, "no class 'Custmer'", Loc("shop.mmd", 6, 23))

    def fail() -> None:
        raise DjgenError([found])

    with pytest.raises(DjgenError) as raised:
        in_child(fail).result()
    assert raised.value.diagnostics == (found,)
    assert str(raised.value) == str(found)


def test_a_value_that_cannot_be_sent_back_is_an_error_that_says_so() -> None:
    with pytest.raises(RuntimeError, match="cannot send lock from a child process"):
        in_child(threading.Lock).result()


def test_a_child_that_dies_is_an_error_that_says_how() -> None:
    def die() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    with pytest.raises(ChildDied, match="died: signal SIGKILL"):
        in_child(die).result()


def test_a_child_whose_result_nobody_takes_is_stopped_and_reaped(tmp_path: Path) -> None:
    started = tmp_path / "pid"

    def wait_forever() -> None:
        started.write_text(str(os.getpid()))
        time.sleep(60)

    with in_child(wait_forever):
        while not started.exists() or not started.read_text():
            time.sleep(0.01)
    assert reaped(int(started.read_text()))


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
    assert in_child(pid_and_sum, 4, 5).result() == (os.getpid(), 9)
    with pytest.raises(ValueError) as raised:
        in_child(refuse, "still refused").result()
    assert str(raised.value) == "still refused"


def test_without_fork_it_runs_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "fork")
    assert in_child(pid_and_sum, 4, 5).result() == (os.getpid(), 9)


def test_the_child_neither_flushes_our_output_nor_runs_our_exit_handlers() -> None:
    script = textwrap.dedent(
        """
        import atexit, sys
        from djgen.parallel import in_child
        atexit.register(print, "exit handler")
        sys.stdout.write("buffered ")
        assert in_child(sum, [1, 2]).result() == 3
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
