"""Generated projects for the end-to-end tests: running a command in one, and the environment
of its gate (the projects' virtual environment first on PATH, no service unless given)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
    done = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=1200
    )
    if done.returncode != 0:
        pytest.fail(
            f"`{' '.join(args)}` exited {done.returncode} in {cwd}\n"
            f"--- stdout (tail)\n{done.stdout[-8000:]}\n--- stderr (tail)\n{done.stderr[-8000:]}"
        )


def gate_env(project_venv: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env["PATH"] = f"{project_venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env.pop("VIRTUAL_ENV", None)
    env.update(extra)
    return env


def make_check(project: Path, venv: Path, env: dict[str, str]) -> None:
    """The generated project's whole gate, `make check`, with the projects' interpreter."""
    make = shutil.which("make")
    assert make, "make is required to run a generated project's gate"
    run([make, "check", f"PYTHON={venv / 'bin' / 'python'}"], project, env)
